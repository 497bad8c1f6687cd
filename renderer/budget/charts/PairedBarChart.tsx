import { BarChart } from '../../ui/charts/BarChart';
import { formatAmount, unitLabels } from '../amountFormat';
import type { DisplayUnit } from '../../../main/api';
import type { PairedRow } from './chartData';

interface PairedBarChartProps {
  title: string;
  series: [string, string];
  rows: readonly PairedRow[];
  unit: DisplayUnit;
}

/** Two bars per line (estimate and execution, last year and this year), on one scale, in the budget's display unit. */
export function PairedBarChart({ title, series, rows, unit }: PairedBarChartProps) {
  return (
    <BarChart
      title={title}
      note={`Đơn vị: ${unitLabels[unit]}`}
      categoryHeader="Nội dung"
      categories={rows.map((row) => row.label)}
      series={series.map((label, index) => ({ label, color: index === 0 ? 'primary' : 'warning', values: rows.map((row) => row.values[index] ?? null) }))}
      formatValue={(value) => formatAmount(value, unit)}
      horizontal
      emptyText="Chưa có số liệu để so sánh."
    />
  );
}
