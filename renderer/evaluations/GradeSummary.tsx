import { Alert, Stack, Typography } from '@mui/material';
import type { Out } from '../../main/api';
import { useChannel } from '../api/useChannel';
import { EmptyState } from '../ui/EmptyState';
import { formatNumber } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { RecordTable, type Column } from '../ui/RecordTable';
import { gradeCountColumns } from './gradeColumns';

type GroupSummary = Out<'evaluations.gradeSummary'>[number];

const columns: Column<GroupSummary>[] = [
  { header: 'Nhóm', render: (row) => row.groupName },
  ...gradeCountColumns<GroupSummary>((row) => row.counts),
  { header: 'Số người đã xếp loại', render: (row) => formatNumber(row.graded), align: 'right' },
  { header: 'Cảnh báo tỷ lệ', render: (row) => (row.quotaWarning ? <Alert severity="warning">{row.quotaWarning}</Alert> : '—') },
];

/** What every account may see: how many people got each grade, never who. */
export function GradeSummary({ year }: { year: number }) {
  const summary = useChannel('evaluations.gradeSummary', { year });
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        Điểm và xếp loại của từng người chỉ người đứng đầu (quản trị viên) được xem. Tại đây chỉ hiện số người theo từng mức xếp loại.
      </Typography>
      <LoadState source={summary}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title={`Chưa có kết quả xếp loại năm ${year}`} />
          ) : (
            <RecordTable label={`Số người theo mức xếp loại năm ${year}`} rows={rows} columns={columns} rowKey={(row) => row.groupName} rowName={(row) => row.groupName} />
          )
        }
      </LoadState>
    </Stack>
  );
}
