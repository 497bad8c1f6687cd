/**
 * Arithmetic on calendar dates written as 'yyyy-MM-dd'. Every date is handled as a whole UTC day,
 * so the result never depends on the machine's time zone.
 */
const msPerDay = 86_400_000;
const isoDayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** Days since 1970-01-01. Throws on a string that is not an existing yyyy-MM-dd date. */
export function dayNumber(date: string): number {
  if (isoDayPattern.test(date)) {
    const { year, month, day } = dateParts(date);
    const number = Date.UTC(year, month - 1, day) / msPerDay;
    if (fromDayNumber(number) === date) return number;
  }
  throw new RangeError(`Ngày không hợp lệ: "${date}" (cần ngày có thật, dạng yyyy-MM-dd).`);
}

/** The numbers of a date already known to be well formed. */
export function dateParts(date: string): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function fromDayNumber(number: number): string {
  return new Date(number * msPerDay).toISOString().slice(0, 10);
}

export function isoDay(year: number, month: number, day: number): string {
  return fromDayNumber(Date.UTC(year, month - 1, day) / msPerDay);
}

export function shiftDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

export function isWeekend(date: string): boolean {
  // 1970-01-01 was a Thursday; 0 = Sunday … 6 = Saturday.
  const weekday = (((dayNumber(date) + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
}

/** Sort order for anything dated: yyyy-MM-dd strings compare in calendar order. */
export function byDate(a: { date: string }, b: { date: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}
