import { Checkbox, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel } from '@mui/material';

/** Ticks a subset of fixed options, e.g. the forms of a disclosure. */
export function OptionsField<K extends string>({ legend, options, labels, value, onChange, error }: {
  legend: string;
  options: readonly K[];
  labels: Record<K, string>;
  value: readonly K[];
  onChange(value: K[]): void;
  error?: string | undefined;
}) {
  const toggle = (option: K, checked: boolean) => onChange(checked ? [...value, option] : value.filter((entry) => entry !== option));
  return (
    <FormControl component="fieldset" error={error !== undefined}>
      <FormLabel component="legend">{legend}</FormLabel>
      <FormGroup row>
        {options.map((option) => (
          <FormControlLabel
            key={option}
            label={labels[option]}
            control={<Checkbox size="small" checked={value.includes(option)} onChange={(event) => toggle(option, event.target.checked)} />}
          />
        ))}
      </FormGroup>
      {error ? <FormHelperText>{error}</FormHelperText> : null}
    </FormControl>
  );
}
