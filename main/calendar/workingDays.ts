import type { CalendarDay } from '../api/calendar';
import { computedCalendarDays } from './holidays';
import { byDate, dateParts, dayNumber, fromDayNumber, isWeekend, shiftDays } from './isoDay';
import { officialSchedule } from './officialSchedules';

/** What the ward decides for one date: it replaces whatever the date had. */
export type WardAdjustment = Pick<CalendarDay, 'date' | 'kind' | 'name'>;

/**
 * The listed days of `year`: the official schedule where one is shipped, otherwise the computed one,
 * then the ward's adjustments of that year on top. Sorted by date.
 */
export function calendarDaysForYear(year: number, wardAdjustments: readonly WardAdjustment[]): CalendarDay[] {
  const byDateKey = new Map<string, CalendarDay>();
  for (const day of officialSchedule(year)?.days ?? computedCalendarDays(year)) byDateKey.set(day.date, day);
  for (const { date, kind, name } of wardAdjustments) {
    if (dateParts(date).year === year) byDateKey.set(date, { date, kind, name, source: 'ward' });
  }
  return [...byDateKey.values()].sort(byDate);
}

export interface WorkingDayCalendar {
  /** Monday–Friday unless listed as off; Saturday and Sunday only when listed as working. */
  isWorkingDay(date: string): boolean;
  /** The date `days` working days after `from` (`from` itself is not counted); 0 returns `from`. */
  addWorkingDays(from: string, days: number): string;
  addCalendarDays(from: string, days: number): string;
  /** Working days after `from` up to and including `to`; negative when `to` is before `from`. */
  workingDaysBetween(from: string, to: string): number;
}

/** What deadlines are computed with: working days and calendar days added to a date. */
export type DayArithmetic = Pick<WorkingDayCalendar, 'addWorkingDays' | 'addCalendarDays'>;

/** A calendar where no working day comes for this long is a broken calendar, not a long holiday. */
const maxDaysWithoutWork = 366;

/** Reads each year's listed days once, through `daysForYear`, and answers every question from them. */
export function createWorkingDayCalendar(daysForYear: (year: number) => readonly CalendarDay[]): WorkingDayCalendar {
  const kindsByYear = new Map<number, Map<string, CalendarDay['kind']>>();

  function listedKind(date: string): CalendarDay['kind'] | undefined {
    const { year } = dateParts(date);
    let kinds = kindsByYear.get(year);
    if (!kinds) {
      kinds = new Map(daysForYear(year).map((day) => [day.date, day.kind]));
      kindsByYear.set(year, kinds);
    }
    return kinds.get(date);
  }

  function isWorkingDay(date: string): boolean {
    const weekend = isWeekend(date); // rejects a malformed date before any year is read
    const kind = listedKind(date);
    return kind ? kind === 'working' : !weekend;
  }

  function addWorkingDays(from: string, days: number): string {
    if (!Number.isInteger(days) || days < 0) throw new RangeError(`Số ngày làm việc phải là số nguyên không âm (nhận ${days}).`);
    let day = dayNumber(from);
    let remaining = days;
    let daysWithoutWork = 0;
    while (remaining > 0) {
      day += 1;
      if (isWorkingDay(fromDayNumber(day))) {
        remaining -= 1;
        daysWithoutWork = 0;
      } else if (++daysWithoutWork > maxDaysWithoutWork) {
        throw new RangeError(`Không có ngày làm việc nào trong hơn ${maxDaysWithoutWork} ngày liên tiếp: lịch nghỉ bị sai.`);
      }
    }
    return fromDayNumber(day);
  }

  function addCalendarDays(from: string, days: number): string {
    if (!Number.isInteger(days)) throw new RangeError(`Số ngày phải là số nguyên (nhận ${days}).`);
    return shiftDays(from, days);
  }

  function workingDaysBetween(from: string, to: string): number {
    const first = dayNumber(from);
    const last = dayNumber(to);
    if (last < first) return -workingDaysBetween(to, from);
    let count = 0;
    for (let day = first + 1; day <= last; day += 1) if (isWorkingDay(fromDayNumber(day))) count += 1;
    return count;
  }

  return { isWorkingDay, addWorkingDays, addCalendarDays, workingDaysBetween };
}
