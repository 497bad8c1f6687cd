import { TextField } from '@mui/material';
import type { SelectOption } from '../ui/fields';

interface NativeSelectProps {
  label: string;
  name: string;
  value: string;
  options: readonly SelectOption[];
  onChange(value: string): void;
  error?: string | undefined;
  hint?: string | undefined;
  autoFocus?: boolean;
  size?: 'small' | 'medium';
}

/** A labelled native select for state that is not a schema form's field. */
export function NativeSelect({ label, name, value, options, onChange, error, hint, autoFocus, size }: NativeSelectProps) {
  return (
    <TextField
      select
      fullWidth
      size={size}
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error !== undefined}
      helperText={error ?? hint}
      autoFocus={autoFocus}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true }, htmlInput: { name } }}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </TextField>
  );
}
