import { Box } from '@mui/material';

/** The 16 groups of a key fingerprint in four rows of four, as on the signed paper form, so they can be compared by eye. */
export function Fingerprint({ value, label = 'Dấu vân tay khóa' }: { value: string; label?: string }) {
  const groups = value.split(' ');
  const rows = [0, 4, 8, 12].map((start) => groups.slice(start, start + 4).join(' ')).filter((row) => row !== '');
  return (
    <Box component="span" role="group" aria-label={`${label}: ${value}`} sx={{ display: 'inline-block', fontFamily: 'monospace', fontSize: '1rem' }}>
      {rows.map((row) => (
        <Box component="span" key={row} sx={{ display: 'block' }} aria-hidden>
          {row}
        </Box>
      ))}
    </Box>
  );
}
