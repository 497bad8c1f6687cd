import { z } from 'zod';
import { exchangedDatasets } from '../datasets';
import scheduleFile from '../../resources/exchange/reporting-schedule.json';

export const reportingSchedule = z.object({
  source: z.string(),
  datasets: z
    .array(z.object({ dataset: z.string(), period: z.enum(['year', 'quarter']), timelyDays: z.number().int().min(0).max(366) }).strict())
    .min(1),
});
export type ScheduleEntry = z.infer<typeof reportingSchedule>['datasets'][number] & { label: string };

/** The schedule with each dataset's Vietnamese label from the registry; a dataset the registry does not know is an error in the file. */
export function parseSchedule(json: unknown): ScheduleEntry[] {
  return reportingSchedule.parse(json).datasets.map((entry) => {
    const known = exchangedDatasets.find((d) => d.dataset === entry.dataset);
    if (!known) throw new Error(`reporting-schedule.json: unknown dataset ${entry.dataset}`);
    return { ...entry, label: known.label };
  });
}

let loaded: ScheduleEntry[] | undefined;
export function shippedSchedule(): ScheduleEntry[] {
  loaded ??= parseSchedule(scheduleFile);
  return loaded;
}

/** What each unit is expected to send for the chosen year (and quarter): one column per dataset and period. */
export type ExpectedColumn = { dataset: string; label: string; period: string; deadline: string };

function addDays(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The last day of a period: `2026` → 2026-12-31, `2026Q2` → 2026-06-30. */
export function periodEnd(period: string): string {
  const year = Number(period.slice(0, 4));
  const quarter = period.length === 6 ? Number(period.slice(5)) : 4;
  return new Date(Date.UTC(year, quarter * 3, 0)).toISOString().slice(0, 10);
}

/** A quarter view holds only quarterly datasets: a yearly one is due next year and shows in the whole-year view. */
function periodsOf(entry: ScheduleEntry, year: number, quarter: number | null): string[] {
  if (entry.period === 'year') return quarter === null ? [String(year)] : [];
  return (quarter === null ? [1, 2, 3, 4] : [quarter]).map((q) => `${year}Q${q}`);
}

export function expectedColumns(schedule: readonly ScheduleEntry[], year: number, quarter: number | null): ExpectedColumn[] {
  return schedule.flatMap((entry) =>
    periodsOf(entry, year, quarter).map((period) => ({ dataset: entry.dataset, label: entry.label, period, deadline: addDays(periodEnd(period), entry.timelyDays) })),
  );
}
