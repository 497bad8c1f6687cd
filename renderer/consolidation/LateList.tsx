import { Chip, Stack } from '@mui/material';
import { completenessWords, type CompletenessMatrix } from '../../main/api';
import { EmptyState } from '../ui/EmptyState';
import { formatDate } from '../ui/format';
import { RecordTable, type Column } from '../ui/RecordTable';
import { periodLabel, stateColors } from './labels';
import { ViewExport } from './ViewExport';

type Entry = CompletenessMatrix['lateOrMissing'][number];

const columns: Column<Entry>[] = [
  { header: 'Xã, phường', render: (row) => `${row.unitName} (${row.unitCode})` },
  { header: 'Nội dung', render: (row) => row.label },
  { header: 'Kỳ', render: (row) => periodLabel(row.period) },
  { header: 'Hạn', render: (row) => formatDate(row.deadline) },
  { header: 'Tình trạng', render: (row) => <Chip size="small" color={stateColors[row.cell.state]} label={completenessWords[row.cell.state].vi} /> },
  { header: 'Ghi chú', render: (row) => row.cell.reason },
];

/** The wards that sent late, have not sent yet, or sent data with problems, content by content. */
export function LateList({ matrix }: { matrix: CompletenessMatrix }) {
  return (
    <Stack spacing={2}>
      <ViewExport view="lateOrMissing" year={matrix.year} quarter={matrix.quarter} />
      {matrix.lateOrMissing.length === 0 ? (
        <EmptyState title="Không có xã, phường nào chậm, chưa gửi hoặc có dữ liệu lỗi" />
      ) : (
        <RecordTable
          label="Xã, phường chậm, chưa gửi hoặc có dữ liệu lỗi"
          rows={matrix.lateOrMissing}
          columns={columns}
          rowKey={(row) => `${row.unitCode} ${row.dataset} ${row.period}`}
          rowName={(row) => `${row.unitName} – ${row.label}`}
        />
      )}
    </Stack>
  );
}
