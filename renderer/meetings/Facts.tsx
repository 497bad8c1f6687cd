import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** Label–value pairs shown read-only; empty values are left out. */
export function Facts({ facts, label }: { facts: [string, ReactNode][]; label: string }) {
  const shown = facts.filter(([, value]) => value !== '' && value !== null && value !== undefined);
  return (
    <Box component="dl" aria-label={label} sx={{ display: 'grid', gridTemplateColumns: 'minmax(160px, max-content) 1fr', columnGap: 2, rowGap: 0.75, m: 0 }}>
      {shown.map(([term, value]) => (
        <Box key={term} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {term}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, whiteSpace: 'pre-line' }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
