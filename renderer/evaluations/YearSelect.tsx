import { Box } from '@mui/material';
import { NativeSelect } from '../ui/fields';

const FIRST_YEAR = 2020;

/** The years from 2020 to next year, newest first. */
export function YearSelect({ year, onChange }: { year: number; onChange(year: number): void }) {
  const last = new Date().getFullYear() + 1;
  const years = Array.from({ length: last - FIRST_YEAR + 1 }, (_, index) => String(last - index));
  return (
    <Box sx={{ width: 140 }}>
      <NativeSelect label="Năm" name="year" size="small" value={String(year)} options={years.map((entry) => ({ value: entry, label: entry }))} onChange={(value) => onChange(Number(value))} />
    </Box>
  );
}
