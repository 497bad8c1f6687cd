import { FormControl, FormLabel, InputAdornment, Stack, TextField } from '@mui/material';
import type { PointsScheme } from '../../main/api';
import { formatNumber } from '../ui/format';
import type { FieldErrors } from '../ui/schemaForm';

interface CriteriaFieldsProps {
  scheme: PointsScheme;
  scores: Record<string, string>;
  errors: FieldErrors;
  onChange(key: string, text: string): void;
}

/** One points box per sub-criterion, grouped under its general criterion, each with its maximum ("/3"). */
export function CriteriaFields({ scheme, scores, errors, onChange }: CriteriaFieldsProps) {
  return (
    <Stack spacing={2}>
      {scheme.generalCriteria.map((criterion) => (
        <FormControl key={criterion.key} component="fieldset">
          <FormLabel component="legend" sx={{ mb: 1 }}>
            {criterion.label} (tối đa {formatNumber(criterion.maxPoints)} điểm)
          </FormLabel>
          <Stack spacing={1.5}>
            {criterion.subCriteria.map((sub) => {
              const error = errors[`generalScores.${sub.key}`];
              return (
                <TextField
                  key={sub.key}
                  size="small"
                  fullWidth
                  label={sub.label}
                  value={scores[sub.key] ?? ''}
                  onChange={(event) => onChange(sub.key, event.target.value)}
                  error={error !== undefined}
                  helperText={error}
                  slotProps={{
                    htmlInput: { inputMode: 'decimal', name: `generalScores.${sub.key}` },
                    input: { endAdornment: <InputAdornment position="end">/{formatNumber(sub.maxPoints)}</InputAdornment> },
                  }}
                />
              );
            })}
          </Stack>
        </FormControl>
      ))}
    </Stack>
  );
}
