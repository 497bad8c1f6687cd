import { FormControl, FormLabel, InputAdornment, Stack, TextField } from '@mui/material';
import type { KeyboardEvent, ReactNode } from 'react';
import { formatNumber } from '../ui/format';

interface PointsFieldProps {
  value: string;
  maxPoints: number;
  onChange(text: string): void;
  /** Shown under the box in place of the hint. */
  error?: string | undefined;
  hint?: string;
  label?: string;
  /** Names the box where it has no visible label (a table cell). */
  ariaLabel?: string;
  name?: string;
  fullWidth?: boolean;
  onBlur?(): void;
  onKeyDown?(event: KeyboardEvent): void;
}

/** A box for points with its maximum after it ("/3"); "2,5" is typed with the decimal comma. */
export function PointsField({ value, maxPoints, onChange, error, hint, ariaLabel, name, ...rest }: PointsFieldProps) {
  return (
    <TextField
      {...rest}
      size="small"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error !== undefined}
      helperText={error ?? hint}
      slotProps={{
        htmlInput: { inputMode: 'decimal', name, 'aria-label': ariaLabel },
        input: { endAdornment: <InputAdornment position="end">/{formatNumber(maxPoints)}</InputAdornment> },
      }}
    />
  );
}

/** A criterion's points boxes, grouped under its label and maximum. */
export function CriterionFieldset({ label, maxPoints, children }: { label: string; maxPoints: number; children: ReactNode }) {
  return (
    <FormControl component="fieldset">
      <FormLabel component="legend" sx={{ mb: 1 }}>
        {label} (tối đa {formatNumber(maxPoints)} điểm)
      </FormLabel>
      <Stack spacing={1.5}>{children}</Stack>
    </FormControl>
  );
}
