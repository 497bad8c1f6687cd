import { TextField } from '@mui/material';
import type { SchemaForm } from '../ui/schemaForm';

interface NumberChoiceFieldProps<V> {
  form: SchemaForm<V, unknown>;
  path: keyof V & string;
  label: string;
  options: readonly { value: number; label: string }[];
  /** The label of the empty choice, which stands for null. */
  noneLabel: string;
}

/** A native select whose value is a number or null (a residential group, a quarter). */
export function NumberChoiceField<V>({ form, path, label, options, noneLabel }: NumberChoiceFieldProps<V>) {
  const value = form.values[path];
  const error = form.errors[path];
  return (
    <TextField
      select
      fullWidth
      label={label}
      value={typeof value === 'number' ? String(value) : ''}
      onChange={(event) => form.set(path, (event.target.value === '' ? null : Number(event.target.value)) as V[typeof path])}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true }, htmlInput: { name: path } }}
      error={error !== undefined}
      helperText={error}
    >
      <option value="">{noneLabel}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </TextField>
  );
}
