import { Stack } from '@mui/material';
import type { PointsScheme } from '../../main/api';
import type { FieldErrors } from '../ui/schemaForm';
import { CriterionFieldset, PointsField } from './PointsField';

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
        <CriterionFieldset key={criterion.key} label={criterion.label} maxPoints={criterion.maxPoints}>
          {criterion.subCriteria.map((sub) => (
            <PointsField
              key={sub.key}
              fullWidth
              label={sub.label}
              name={`generalScores.${sub.key}`}
              value={scores[sub.key] ?? ''}
              maxPoints={sub.maxPoints}
              onChange={(text) => onChange(sub.key, text)}
              error={errors[`generalScores.${sub.key}`]}
            />
          ))}
        </CriterionFieldset>
      ))}
    </Stack>
  );
}
