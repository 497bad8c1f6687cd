import { Box } from '@mui/material';
import type { CompletenessMatrix } from '../../main/api';
import { useChannel } from '../api/useChannel';
import { BarChart } from '../ui/charts/BarChart';
import { LoadState } from '../ui/LoadState';
import { periodLabel } from './labels';

/** How many wards sent each content, and each ward's criteria totals, self-assessed against appraised. */
export function ConsolidationCharts({ matrix }: { matrix: CompletenessMatrix }) {
  const tables = useChannel('consolidation.tables', { year: matrix.year });
  const multiplePeriods = new Set(matrix.columns.map((c) => c.period)).size > 1;
  return (
    <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' } }}>
      <BarChart
        title="Tỷ lệ xã, phường đã gửi theo nội dung (%)"
        categoryHeader="Nội dung"
        categories={matrix.columns.map((c) => (multiplePeriods ? `${periodLabel(c.period)} · ${c.label}` : c.label))}
        series={[
          { label: 'Đã gửi', color: 'primary', values: matrix.columns.map((c) => c.rate.percent) },
          { label: 'Đúng hạn', color: 'success', values: matrix.columns.map((c) => (c.rate.expected === 0 ? null : Math.round((c.rate.onTime / c.rate.expected) * 1000) / 10)) },
        ]}
        horizontal
      />
      <LoadState source={tables}>
        {(t) => (
          <BarChart
            title={`Điểm tiêu chí năm ${matrix.year} theo xã, phường`}
            categoryHeader="Xã, phường"
            categories={t.criteria.map((r) => `${r.unitName} – ${r.setName}`)}
            series={[
              { label: 'Tự chấm', color: 'info', values: t.criteria.map((r) => r.selfTotal) },
              { label: 'Thẩm định', color: 'success', values: t.criteria.map((r) => r.appraisedTotal) },
            ]}
            horizontal
            emptyText="Chưa nhận được kết quả chấm điểm tiêu chí của xã, phường nào."
          />
        )}
      </LoadState>
    </Box>
  );
}
