import { Alert, Box, Stack, Typography } from '@mui/material';
import { grades, type Out } from '../../main/api';
import { useChannel } from '../api/useChannel';
import { EmptyState } from '../ui/EmptyState';
import { formatNumber } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { BarChart } from '../ui/charts/BarChart';
import { RecordTable, type Column } from '../ui/RecordTable';
import { gradeCountColumns } from './gradeColumns';
import { gradeAbbreviations } from './labels';

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
            <>
              <RecordTable label={`Số người theo mức xếp loại năm ${year}`} rows={rows} columns={columns} rowKey={(row) => row.groupName} rowName={(row) => row.groupName} />
              <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' } }}>
                {rows.map((row) => (
                  <GradeDistributionChart key={row.groupName} year={year} group={row} />
                ))}
              </Box>
            </>
          )
        }
      </LoadState>
    </Stack>
  );
}

function GradeDistributionChart({ year, group }: { year: number; group: GroupSummary }) {
  return (
    <BarChart
      title={`${group.groupName}: số người theo mức xếp loại năm ${year}`}
      categoryHeader="Mức xếp loại"
      categories={grades.map((grade) => gradeAbbreviations[grade])}
      series={[{ label: 'Số người', color: 'primary', values: grades.map((grade) => group.counts[grade]) }]}
      integer
    />
  );
}
