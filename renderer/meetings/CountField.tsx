import { TextField } from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';

interface CountFieldProps {
  label: string;
  value: number | undefined;
  onChange(value: number | undefined): void;
  error?: string | undefined;
  hint?: ReactNode;
  disabled?: boolean;
  name?: string;
  /** A fixed width in pixels, for a count beside wider text fields; otherwise the default width. */
  width?: number;
}

const toCount = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text.trim()));

/** A count typed by the clerk (votes, households present); an empty box is undefined so the contract reports it. */
export function CountField({ label, value, onChange, error, hint, disabled, name, width }: CountFieldProps) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => {
    if (!Object.is(toCount(text), value)) setText(value === undefined ? '' : String(value));
  }, [value, text]);
  return (
    <TextField
      size="small"
      label={label}
      value={text}
      disabled={disabled}
      sx={width === undefined ? undefined : { width, flexShrink: 0 }}
      onChange={(event) => {
        setText(event.target.value);
        onChange(toCount(event.target.value));
      }}
      error={error !== undefined}
      helperText={error ?? hint}
      slotProps={{ htmlInput: { inputMode: 'numeric', name } }}
    />
  );
}
