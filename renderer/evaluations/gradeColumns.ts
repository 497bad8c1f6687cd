import { grades, type Grade } from '../../main/api';
import { formatNumber } from '../ui/format';
import type { Column } from '../ui/RecordTable';
import { gradeAbbreviations } from './labels';

/** One column per grade, e.g. "HTXSNV": how many people got it. */
export function gradeCountColumns<T>(countsOf: (row: T) => Record<Grade, number>): Column<T>[] {
  return grades.map((grade) => ({ header: gradeAbbreviations[grade], render: (row) => formatNumber(countsOf(row)[grade]), align: 'right' }));
}
