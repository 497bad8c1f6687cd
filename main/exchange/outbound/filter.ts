import { AppError } from '../../api/errors';
import type { Db } from '../../db/database';
import type { ExchangedDataset } from './dataset';

/** A slice of what a ward sends: one period (exchange notation, §5.3) and/or some datasets; absent parts mean all. */
export type ExportFilter = { period?: string; datasets?: string[] };

type MonthRange = { year: number; from: number; to: number };

/** `2026` → months 1–12, `2026Q2` → 4–6, `2026H2` → 7–12, `202603` → 3–3; null when it is no exchange period. */
function monthRange(period: string): MonthRange | null {
  const match = /^(\d{4})(?:Q([1-4])|H([12])|(\d{2}))?$/.exec(period);
  if (!match) return null;
  const [, year, quarter, half, month] = match;
  const range = (from: number, length: number): MonthRange => ({ year: Number(year), from, to: from + length - 1 });
  if (quarter) return range(Number(quarter) * 3 - 2, 3);
  if (half) return range(Number(half) * 6 - 5, 6);
  if (month) return Number(month) >= 1 && Number(month) <= 12 ? range(Number(month), 1) : null;
  return range(1, 12);
}

/** Whether a record of period `period` belongs to the filter's period: the same period or one lying inside it. */
export function periodWithin(period: string | null, filter: string): boolean {
  const inner = period === null ? null : monthRange(period);
  const outer = monthRange(filter);
  return inner !== null && outer !== null && inner.year === outer.year && inner.from >= outer.from && inner.to <= outer.to;
}

/**
 * The filter as the batch records it, or a refusal naming the bad value. Datasets come back in registry order
 * without repeats; a filter naming every dataset and no period is no filter (undefined).
 */
export function checkedFilter(filter: ExportFilter | undefined, registry: readonly ExchangedDataset[]): ExportFilter | undefined {
  const { period, datasets } = filter ?? {};
  if (period !== undefined && !monthRange(period)) {
    throw new AppError('BAD_INPUT', `Kỳ «${period}» không hợp lệ: ghi năm (2026), quý (2026Q1), nửa năm (2026H1) hoặc tháng (202603).`, 'period');
  }
  if (datasets?.length === 0) throw new AppError('BAD_INPUT', 'Hãy chọn ít nhất một loại dữ liệu để gửi.', 'datasets');
  const unknown = datasets?.find((name) => !registry.some((d) => d.dataset === name));
  if (unknown !== undefined) {
    throw new AppError('BAD_INPUT', `Không có loại dữ liệu «${unknown}». Các loại gửi được: ${registry.map((d) => d.dataset).join(', ')}.`, 'datasets');
  }
  const chosen = datasets && registry.filter((d) => datasets.includes(d.dataset)).map((d) => d.dataset);
  const slice: ExportFilter = {
    ...(period !== undefined ? { period } : {}),
    ...(chosen && chosen.length < registry.length ? { datasets: chosen } : {}),
  };
  return Object.keys(slice).length > 0 ? slice : undefined;
}

/** The registered datasets the filter keeps. */
export function filteredDatasets(registry: readonly ExchangedDataset[], filter: ExportFilter | undefined): ExchangedDataset[] {
  return registry.filter((d) => !filter?.datasets || filter.datasets.includes(d.dataset));
}

/** Whether a record (current or tombstone) lies in the filter's period; every record does without a period. */
export function inPeriod(filter: ExportFilter | undefined): (record: { period: string | null }) => boolean {
  const period = filter?.period;
  return period === undefined ? () => true : (record) => periodWithin(record.period, period);
}

export type ExportableDataset = { dataset: string; label: string; periods: string[] };

/** What the export dialog offers: each dataset with its label and the periods its records (tombstones too) have. */
export function exportableDatasets(db: Db, registry: readonly ExchangedDataset[]): ExportableDataset[] {
  const sentPeriods = db.prepare('SELECT DISTINCT period FROM exchange_record_state WHERE dataset = ? AND period IS NOT NULL').pluck();
  return registry.map((source) => {
    const periods = new Set([...source.records(db).map((r) => r.period), ...(sentPeriods.all(source.dataset) as string[])]);
    return { dataset: source.dataset, label: source.label, periods: [...periods].filter((p): p is string => p !== null).sort() };
  });
}
