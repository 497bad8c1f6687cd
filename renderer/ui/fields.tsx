import { Checkbox, FormControlLabel, TextField, type SxProps, type Theme } from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';
import type { SchemaForm } from './schemaForm';

type KeysWith<V, T> = { [K in keyof V]-?: NonNullable<V[K]> extends T ? K : never }[keyof V] & string;

interface CommonFieldProps<V> {
  form: SchemaForm<V, unknown>;
  /** The contract field this input edits; its issues appear under it. */
  path: KeysWith<V, string>;
  label: string;
  /** Guidance shown under the field while it has no error. */
  hint?: ReactNode;
  disabled?: boolean;
  autoFocus?: boolean;
}

interface FormTextFieldProps<V> extends CommonFieldProps<V> {
  type?: 'text' | 'password' | 'email' | 'tel';
  autoComplete?: string;
  multiline?: boolean;
  inputMode?: 'text' | 'numeric' | 'email' | 'tel';
}

function errorProps<V>(form: SchemaForm<V, unknown>, path: string, hint: ReactNode) {
  const error = form.errors[path];
  return { error: error !== undefined, helperText: error ?? hint };
}

export function FormTextField<V>({ form, path, label, hint, type = 'text', multiline, inputMode, ...rest }: FormTextFieldProps<V>) {
  const value = form.values[path];
  return (
    <TextField
      {...rest}
      fullWidth
      label={label}
      type={type}
      value={typeof value === 'string' ? value : ''}
      onChange={(event) => form.set(path, event.target.value as V[typeof path])}
      multiline={multiline}
      minRows={multiline ? 2 : undefined}
      slotProps={{ htmlInput: { inputMode, name: path } }}
      {...errorProps(form, path, hint)}
    />
  );
}

function toNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed.replace(',', '.'));
}

/** A whole-number input; an empty box leaves the value undefined so the schema reports it as missing. */
export function FormNumberField<V>({ form, path, label, hint, ...rest }: Omit<CommonFieldProps<V>, 'path'> & { path: KeysWith<V, number> }) {
  const value = form.values[path];
  const [text, setText] = useState(typeof value === 'number' ? String(value) : '');
  useEffect(() => {
    if (!Object.is(toNumber(text), value)) setText(typeof value === 'number' ? String(value) : '');
  }, [value, text]);
  return (
    <TextField
      {...rest}
      fullWidth
      label={label}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        form.set(path, toNumber(event.target.value) as V[typeof path]);
      }}
      slotProps={{ htmlInput: { inputMode: 'numeric', name: path } }}
      {...errorProps(form, path, hint)}
    />
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

interface NativeSelectProps {
  label: string;
  /** The form field's name, for tests and autofill; optional for filters and pickers. */
  name?: string;
  value: string;
  /** An empty choice ("— Chọn —", "Tất cả") is an option with the value ''. */
  options: readonly SelectOption[];
  onChange(value: string): void;
  error?: string | undefined;
  /** Guidance shown under the field while it has no error. */
  hint?: ReactNode;
  autoFocus?: boolean;
  disabled?: boolean;
  size?: 'small' | 'medium';
  /** Default: the full width; a filter or a picker in a row sets its own width instead. */
  sx?: SxProps<Theme>;
}

/** A labelled native select: keyboard friendly, and simple to drive by label in tests. */
export function NativeSelect({ label, name, value, options, onChange, error, hint, sx, ...rest }: NativeSelectProps) {
  return (
    <TextField
      {...rest}
      select
      fullWidth={sx === undefined}
      sx={sx}
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error !== undefined}
      helperText={error ?? hint}
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

/** A schema form's text field chosen from a list. */
export function FormSelectField<V>({ form, path, options, ...rest }: CommonFieldProps<V> & { options: readonly SelectOption[] }) {
  const value = form.values[path];
  return (
    <NativeSelect
      {...rest}
      name={path}
      value={typeof value === 'string' ? value : ''}
      options={options}
      onChange={(chosen) => form.set(path, chosen as V[typeof path])}
      error={form.errors[path]}
    />
  );
}

export function FormCheckbox<V>({ form, path, label, disabled }: Omit<CommonFieldProps<V>, 'path' | 'hint'> & { path: KeysWith<V, boolean> }) {
  return (
    <FormControlLabel
      label={label}
      disabled={disabled}
      control={
        <Checkbox checked={form.values[path] === true} onChange={(event) => form.set(path, event.target.checked as V[typeof path])} />
      }
    />
  );
}
