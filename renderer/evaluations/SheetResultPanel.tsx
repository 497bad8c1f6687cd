import { Alert, AlertTitle, Box, Stack } from '@mui/material';
import type { SheetResult } from '../../main/api';
import { formatNumber } from '../ui/format';
import { GradeChip } from './GradeChip';

/** The grade of a sheet and how each figure was computed, line by line; `subject` names whose sheet (the person) or which (the period). */
export function SheetResultPanel({ subject, result }: { subject: string; result: SheetResult }) {
  return (
    <Alert severity={result.forcedByDiscipline ? 'warning' : 'success'} icon={false} role="region" aria-label={`Kết quả chấm của ${subject}`}>
      <AlertTitle>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <span>
            {subject}: {result.total === null ? '' : `${formatNumber(result.total)} điểm – `}
            {result.gradeLabel}
          </span>
          <GradeChip grade={result.grade} label={result.gradeLabel} />
        </Stack>
      </AlertTitle>
      <Box component="ol" sx={{ m: 0, pl: 3 }} aria-label="Cách tính">
        {result.explanation.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </Box>
    </Alert>
  );
}
