import { Button } from '@mui/material';
import type { CriteriaAssessmentSummary } from '../../../main/api';
import { formatNumber } from '../../ui/format';
import { RecordTable, type Column } from '../../ui/RecordTable';
import { PassChip } from './PassChip';

const columns: Column<CriteriaAssessmentSummary>[] = [
  { header: 'Năm', render: (entry) => entry.year },
  { header: 'Bộ tiêu chí', render: (entry) => `${entry.setName} (phiên bản ${entry.setVersion})` },
  {
    header: 'Tự chấm',
    align: 'right',
    render: (entry) => `${formatNumber(entry.selfTotal)} / ${formatNumber(entry.maxPoints)}${entry.unscored > 0 ? ` (${entry.unscored} chỉ tiêu chưa chấm)` : ''}`,
  },
  { header: 'Kết quả tự chấm', render: (entry) => <PassChip passed={entry.selfPassed} /> },
  { header: 'Điểm thẩm định', align: 'right', render: (entry) => (entry.appraisedTotal === null ? 'Chưa thẩm định' : formatNumber(entry.appraisedTotal)) },
];

const nameOf = (entry: CriteriaAssessmentSummary) => `hồ sơ năm ${entry.year} – ${entry.setName}`;

/** The ward's assessments, newest year first: self total against the maximum, pass, and the appraised total once known. */
export function AssessmentList({ assessments, onOpen }: { assessments: readonly CriteriaAssessmentSummary[]; onOpen(id: number): void }) {
  return (
    <RecordTable
      label="Hồ sơ tự chấm điểm"
      rows={assessments}
      columns={columns}
      rowKey={(entry) => entry.id}
      rowName={nameOf}
      rowActions={(entry) => (
        <Button size="small" aria-label={`Mở ${nameOf(entry)}`} onClick={() => onOpen(entry.id)}>
          Mở
        </Button>
      )}
    />
  );
}
