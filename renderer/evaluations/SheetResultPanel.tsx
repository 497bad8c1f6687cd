import ExpandMore from '@mui/icons-material/ExpandMore';
import { Accordion, AccordionDetails, AccordionSummary, Alert, AlertTitle, Box, Stack } from '@mui/material';
import type { SheetResult } from '../../main/api';
import { formatNumber } from '../ui/format';
import { GradeChip } from './GradeChip';

/** "Tháng 3/2026: 95,62 điểm – Hoàn thành xuất sắc nhiệm vụ" with the grade's chip. */
function SheetResultTitle({ subject, result }: { subject: string; result: SheetResult }) {
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <span>
        {subject}: {result.total === null ? '' : `${formatNumber(result.total)} điểm – `}
        {result.gradeLabel}
      </span>
      <GradeChip grade={result.grade} label={result.gradeLabel} />
    </Stack>
  );
}

function ExplanationList({ lines }: { lines: readonly string[] }) {
  return (
    <Box component="ol" sx={{ m: 0, pl: 3 }} aria-label="Cách tính">
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </Box>
  );
}

/** The grade of a sheet and how each figure was computed, line by line; `subject` names whose sheet (the person) or which (the period). */
export function SheetResultPanel({ subject, result }: { subject: string; result: SheetResult }) {
  return (
    <Alert severity={result.forcedByDiscipline ? 'warning' : 'success'} icon={false} role="region" aria-label={`Kết quả chấm của ${subject}`}>
      <AlertTitle>
        <SheetResultTitle subject={subject} result={result} />
      </AlertTitle>
      <ExplanationList lines={result.explanation} />
    </Alert>
  );
}

/** The same result folded to its title line, opened on demand: a year of months stays readable. */
export function FoldedSheetResult({ subject, result }: { subject: string; result: SheetResult }) {
  return (
    <Accordion disableGutters variant="outlined" role="region" aria-label={`Kết quả chấm của ${subject}`}>
      <AccordionSummary expandIcon={<ExpandMore />}>
        <SheetResultTitle subject={subject} result={result} />
      </AccordionSummary>
      <AccordionDetails>
        <ExplanationList lines={result.explanation} />
      </AccordionDetails>
    </Accordion>
  );
}
