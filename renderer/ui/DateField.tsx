import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState, type ReactNode } from 'react';
import type { SchemaForm } from './schemaForm';

/** Marks a half-typed date so the contract's isoDate rule reports it. */
const INCOMPLETE = 'ngày-chưa-hợp-lệ';

function toIso(value: Dayjs | null): string | null {
  if (value === null) return null;
  return value.isValid() ? value.format('YYYY-MM-DD') : INCOMPLETE;
}

function toDayjs(value: string | null | undefined): Dayjs | null {
  return value ? dayjs(value) : null;
}

interface DateFieldProps {
  label: string;
  /** yyyy-MM-dd, or null/undefined when empty. */
  value: string | null | undefined;
  onChange(value: string | null): void;
  error?: string | undefined;
  hint?: ReactNode;
  /** Offers a clear button, for dates that may stay empty. */
  clearable?: boolean;
  name?: string;
}

/** A dd/MM/yyyy date picker whose value is the contract's yyyy-MM-dd text. */
export function DateField({ label, value, onChange, error, hint, clearable = false, name }: DateFieldProps) {
  const [picked, setPicked] = useState<Dayjs | null>(() => toDayjs(value));
  useEffect(() => {
    if (toIso(picked) !== (value ?? null)) setPicked(toDayjs(value));
  }, [value, picked]);

  return (
    <DatePicker
      label={label}
      value={picked}
      format="DD/MM/YYYY"
      onChange={(next) => {
        setPicked(next);
        onChange(toIso(next));
      }}
      slotProps={{
        textField: { fullWidth: true, size: 'small', name, error: error !== undefined, helperText: error ?? hint },
        field: { clearable },
      }}
    />
  );
}

/**
 * A DateField bound to a form field. A `clearable` date may stay empty (null); a required one left empty
 * becomes undefined, so the contract reports it as missing.
 */
export function FormDateField<V, K extends keyof V & string>({
  form,
  path,
  ...rest
}: Omit<DateFieldProps, 'value' | 'onChange' | 'error' | 'name'> & { form: SchemaForm<V, unknown>; path: K & (NonNullable<V[K]> extends string ? K : never) }) {
  const value = form.values[path];
  return (
    <DateField
      {...rest}
      name={path}
      value={typeof value === 'string' ? value : null}
      onChange={(next) => form.set(path, (next ?? (rest.clearable ? null : undefined)) as V[K])}
      error={form.errors[path]}
    />
  );
}
