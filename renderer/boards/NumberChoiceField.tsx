import { NativeSelect } from '../ui/fields';
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
  return (
    <NativeSelect
      label={label}
      name={path}
      value={typeof value === 'number' ? String(value) : ''}
      options={[{ value: '', label: noneLabel }, ...options.map((option) => ({ value: String(option.value), label: option.label }))]}
      onChange={(chosen) => form.set(path, (chosen === '' ? null : Number(chosen)) as V[typeof path])}
      error={form.errors[path]}
    />
  );
}
