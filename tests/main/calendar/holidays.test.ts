import { computedCalendarDays } from '../../../main/calendar/holidays';

function dateNamed(year: number, name: string): string | undefined {
  return computedCalendarDays(year).find((day) => day.name === name)?.date;
}

function offDates(year: number, from: string, to: string): string[] {
  return computedCalendarDays(year)
    .filter((day) => day.date >= from && day.date <= to)
    .map((day) => day.date);
}

describe('computedCalendarDays', () => {
  it.each([
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
    // Vietnam counts the new moon in UTC+7: 2007 and 2030 start a day before China's (02-18, 02-03).
    [2007, '2007-02-17'],
    [2030, '2030-02-02'],
  ])('puts mùng 1 Tết %i on the published Vietnamese lunar new year %s', (year, lunarNewYear) => {
    expect(dateNamed(year, 'Tết Nguyên đán (mùng 1)')).toBe(lunarNewYear);
  });

  it('takes the last day of the lunar year and mùng 1–4 as the default Tết, naming the lunar day', () => {
    const tet = (year: number) => computedCalendarDays(year).filter((day) => day.name.startsWith('Tết Nguyên đán'));
    expect(tet(2026).map(({ date, name }) => [date, name])).toEqual([
      ['2026-02-16', 'Tết Nguyên đán (29 tháng Chạp)'],
      ['2026-02-17', 'Tết Nguyên đán (mùng 1)'],
      ['2026-02-18', 'Tết Nguyên đán (mùng 2)'],
      ['2026-02-19', 'Tết Nguyên đán (mùng 3)'],
      ['2026-02-20', 'Tết Nguyên đán (mùng 4)'],
    ]);
    // The last month of Quý Mão had 30 days.
    expect(tet(2024)[0]).toMatchObject({ date: '2024-02-09', name: 'Tết Nguyên đán (30 tháng Chạp)' });
  });

  it.each([
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('puts Giỗ Tổ Hùng Vương %i on %s', (year, date) => {
    expect(dateNamed(year, 'Giỗ Tổ Hùng Vương (10/3 âm lịch)')).toBe(date);
  });

  it('lists the fixed-date holidays with 1/9 as the day adjacent to 2/9', () => {
    const days = computedCalendarDays(2025);
    for (const [date, name] of [
      ['2025-01-01', 'Tết Dương lịch'],
      ['2025-04-30', 'Ngày Chiến thắng 30/4'],
      ['2025-05-01', 'Ngày Quốc tế Lao động 1/5'],
      ['2025-09-01', 'Quốc khánh (ngày liền kề 1/9)'],
      ['2025-09-02', 'Quốc khánh 2/9'],
    ]) {
      expect(days).toContainEqual({ date, name, kind: 'off', source: 'computed' });
    }
  });

  it('gives the next working day off when a holiday falls on a Sunday', () => {
    expect(dateNamed(2026, 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)')).toBe('2026-04-27');
    expect(dateNamed(2023, 'Nghỉ bù Tết Dương lịch')).toBe('2023-01-02');
  });

  it('gives one compensatory day per weekend holiday, in order', () => {
    // 2022: 30/4 on Saturday, 1/5 on Sunday.
    expect(dateNamed(2022, 'Nghỉ bù Ngày Chiến thắng 30/4')).toBe('2022-05-02');
    expect(dateNamed(2022, 'Nghỉ bù Ngày Quốc tế Lao động 1/5')).toBe('2022-05-03');
  });

  it('skips over other holidays when placing a compensatory day', () => {
    // 2024: 1/9 is a Sunday and Monday 2/9 is itself a holiday.
    expect(dateNamed(2024, 'Nghỉ bù Quốc khánh (ngày liền kề 1/9)')).toBe('2024-09-03');
    // 2027: mùng 1–2 on the weekend, mùng 3–4 on Monday–Tuesday.
    expect(offDates(2027, '2027-02-05', '2027-02-12')).toEqual([
      '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11',
    ]);
    expect(dateNamed(2027, 'Nghỉ bù Tết Nguyên đán (mùng 1)')).toBe('2027-02-10');
    expect(dateNamed(2027, 'Nghỉ bù Tết Nguyên đán (mùng 2)')).toBe('2027-02-11');
  });

  it('adds no compensatory day for holidays on weekdays', () => {
    expect(computedCalendarDays(2025).filter((day) => day.name.startsWith('Nghỉ bù')).map((day) => day.date)).toEqual([
      '2025-02-03', // mùng 4 Tết Ất Tỵ is Saturday 1/2
    ]);
  });

  it('returns sorted days off of the asked year only, each date once, for every supported year', () => {
    for (let year = 2000; year <= 2100; year += 1) {
      const dates = computedCalendarDays(year).map((day) => day.date);
      expect(dates.every((date) => date.startsWith(`${year}-`)), String(year)).toBe(true);
      expect([...dates].sort(), String(year)).toEqual(dates);
      expect(new Set(dates).size, String(year)).toBe(dates.length);
    }
  });
});
