import type { Out, SentBatchView } from '../../main/api';

export type ExportableDatasets = Out<'exchange.datasets'>;
/** Dataset name → its Vietnamese label, as main registers it. */
export type DatasetLabels = Record<string, string>;

export const labelsOf = (datasets: ExportableDatasets | undefined): DatasetLabels => Object.fromEntries((datasets ?? []).map((d) => [d.dataset, d.label]));

/** "Kỳ 2026Q1 · Biên bản hội nghị, cuộc họp, Sổ theo dõi công khai thông tin"; "Toàn bộ" for a batch of everything. */
export function scopeText(filter: SentBatchView['filter'], labels: DatasetLabels): string {
  if (!filter) return 'Toàn bộ';
  const period = filter.period ? `Kỳ ${filter.period}` : 'Mọi kỳ';
  const datasets = filter.datasets ? filter.datasets.map((d) => labels[d] ?? d).join(', ') : 'mọi loại dữ liệu';
  return `${period} · ${datasets}`;
}

/** The years any record has, newest first. */
export function yearsOf(datasets: ExportableDatasets): string[] {
  return [...new Set(datasets.flatMap((d) => d.periods.map((p) => p.slice(0, 4))))].sort().reverse();
}
