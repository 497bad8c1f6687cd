import { z } from 'zod';
import official from '../../resources/holidays/official.json';
import { calendarDay, type CalendarDay } from '../api/calendar';
import { isoDate } from '../api/fields';

/**
 * The government's announced schedules (resources/holidays/official.json). A year listed there
 * replaces the computed days of that year entirely, so a new year is added by editing data only.
 */
const officialDay = z
  .object({ date: isoDate, kind: calendarDay.shape.kind, name: z.string().trim().min(1).max(120) })
  .strict();

const officialYear = z
  .object({ source: z.string().trim().min(1), days: z.array(officialDay).min(1) })
  .strict();

const officialFile = z
  .object({ years: z.record(z.string().regex(/^\d{4}$/), officialYear) })
  .strict()
  .superRefine(({ years }, context) => {
    for (const [year, { days }] of Object.entries(years)) {
      const seen = new Set<string>();
      days.forEach(({ date }, index) => {
        const path = ['years', year, 'days', index, 'date'];
        if (!date.startsWith(`${year}-`)) context.addIssue({ code: 'custom', path, message: `Ngày ${date} không thuộc năm ${year}.` });
        if (seen.has(date)) context.addIssue({ code: 'custom', path, message: `Ngày ${date} bị liệt kê hai lần.` });
        seen.add(date);
      });
    }
  });

export type OfficialSchedules = z.infer<typeof officialFile>;

export interface OfficialSchedule {
  /** Which announcement the days come from, to show next to them. */
  source: string;
  days: CalendarDay[];
}

/** Validates the content of official.json; throws an error naming every bad field. */
export function parseOfficialSchedules(data: unknown): OfficialSchedules {
  const result = officialFile.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `- ${issue.path.join('.') || '(gốc)'}: ${issue.message}`);
  throw new Error(`Tệp lịch nghỉ chính thức (resources/holidays/official.json) không hợp lệ:\n${problems.join('\n')}`);
}

const schedules = parseOfficialSchedules(official);

export function officialSchedule(year: number): OfficialSchedule | undefined {
  const schedule = schedules.years[String(year)];
  if (!schedule) return undefined;
  return { source: schedule.source, days: schedule.days.map((day) => ({ ...day, source: 'official' })) };
}
