import { getLunarDate, getSolarDate } from '@dqcai/vn-lunar';
import type { CalendarDay } from '../api/calendar';
import { byDate, dateParts, isWeekend, isoDay, shiftDays } from './isoDay';

interface Holiday {
  date: string;
  name: string;
}

/** The solar date of a lunar date; the library computes the Vietnamese calendar (UTC+7). */
function solarDateOfLunar(lunarDay: number, lunarMonth: number, lunarYear: number): string {
  const { day, month, year } = getSolarDate(lunarDay, lunarMonth, lunarYear);
  return isoDay(year, month, day);
}

function lunarDayOf(date: string): number {
  const { year, month, day } = dateParts(date);
  return getLunarDate(day, month, year).day;
}

/**
 * The default Tết: the last day of the old lunar year and mùng 1–4 (the 2026 choice).
 * The government picks the five days each year; the official and ward layers correct this default.
 */
function tetHolidays(year: number): Holiday[] {
  const lunarNewYear = solarDateOfLunar(1, 1, year);
  const lunarNewYearEve = shiftDays(lunarNewYear, -1);
  const firstDays = [1, 2, 3, 4].map((mung) => ({
    date: shiftDays(lunarNewYear, mung - 1),
    name: `Tết Nguyên đán (mùng ${mung})`,
  }));
  return [{ date: lunarNewYearEve, name: `Tết Nguyên đán (${lunarDayOf(lunarNewYearEve)} tháng Chạp)` }, ...firstDays];
}

/** Public holidays of Labour Code 2019 Art. 112(1), with 1/9 as the default day adjacent to 2/9. */
function publicHolidays(year: number): Holiday[] {
  return [
    { date: isoDay(year, 1, 1), name: 'Tết Dương lịch' },
    ...tetHolidays(year),
    { date: solarDateOfLunar(10, 3, year), name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    { date: isoDay(year, 4, 30), name: 'Ngày Chiến thắng 30/4' },
    { date: isoDay(year, 5, 1), name: 'Ngày Quốc tế Lao động 1/5' },
    { date: isoDay(year, 9, 1), name: 'Quốc khánh (ngày liền kề 1/9)' },
    { date: isoDay(year, 9, 2), name: 'Quốc khánh 2/9' },
  ].sort(byDate);
}

/** Art. 111(3): a holiday on a weekend gives a day off on the next day that is neither weekend nor holiday. */
function compensatoryDays(holidays: readonly Holiday[]): Holiday[] {
  const taken = new Set(holidays.map((holiday) => holiday.date));
  const compensatory: Holiday[] = [];
  for (const holiday of holidays.filter((candidate) => isWeekend(candidate.date))) {
    let date = shiftDays(holiday.date, 1);
    while (isWeekend(date) || taken.has(date)) date = shiftDays(date, 1);
    taken.add(date);
    compensatory.push({ date, name: `Nghỉ bù ${holiday.name}` });
  }
  return compensatory;
}

/** The days off of `year` as the law alone determines them (source 'computed'), sorted by date. */
export function computedCalendarDays(year: number): CalendarDay[] {
  const holidays = publicHolidays(year);
  return [...holidays, ...compensatoryDays(holidays)]
    .sort(byDate)
    .map((holiday) => ({ ...holiday, kind: 'off', source: 'computed' }));
}
