import { TextField } from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';

interface LinesFieldProps {
  label: string;
  /** One entry per non-empty line. */
  value: readonly string[];
  onChange(value: string[]): void;
  error?: string | undefined;
  hint?: ReactNode;
  name?: string;
}

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** A list typed one entry per line (presidium, documents, guests); the text keeps the line being typed. */
export function LinesField({ label, value, onChange, error, hint, name }: LinesFieldProps) {
  const [text, setText] = useState(value.join('\n'));
  useEffect(() => {
    if (linesOf(text).join('\n') !== value.join('\n')) setText(value.join('\n'));
  }, [value, text]);
  return (
    <TextField
      fullWidth
      multiline
      minRows={2}
      label={label}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(linesOf(event.target.value));
      }}
      error={error !== undefined}
      helperText={error ?? hint}
      slotProps={{ htmlInput: { name } }}
    />
  );
}
