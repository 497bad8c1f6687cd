import { Chip } from '@mui/material';
import type { Grade } from '../../main/api';
import { gradeAbbreviations, gradeColors } from './labels';

/** "HTTNV" with the full grade name as its tooltip and accessible name. */
export function GradeChip({ grade, label }: { grade: Grade; label: string }) {
  return <Chip size="small" color={gradeColors[grade]} label={gradeAbbreviations[grade]} title={label} aria-label={label} />;
}
