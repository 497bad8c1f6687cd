import { TextField } from '@mui/material';
import type { FieldErrors } from './schemaForm';

/** The error key of the repeat-password box, shown by the form like any contract field. */
export const PASSWORD_AGAIN = 'passwordAgain';

export function passwordMismatch(password: string | undefined, again: string): FieldErrors {
  return again === (password ?? '') ? {} : { [PASSWORD_AGAIN]: 'Mật khẩu nhập lại không khớp.' };
}

interface PasswordAgainFieldProps {
  value: string;
  onChange(value: string): void;
  errors: FieldErrors;
  label?: string;
}

export function PasswordAgainField({ value, onChange, errors, label = 'Nhập lại mật khẩu' }: PasswordAgainFieldProps) {
  const error = errors[PASSWORD_AGAIN];
  return (
    <TextField
      fullWidth
      label={label}
      type="password"
      autoComplete="new-password"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error !== undefined}
      helperText={error}
    />
  );
}
