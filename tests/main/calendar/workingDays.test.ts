import { calendarDaysForYear, createWorkingDayCalendar, type WardAdjustment } from '../../../main/calendar/workingDays';

function everyDateOf(year: number): string[] {
  const dates: string[] = [];
  for (const day = new Date(Date.UTC(year, 0, 1)); day.getUTCFullYear() === year; day.setUTCDate(day.getUTCDate() + 1)) {
    dates.push(day.toISOString().slice(0, 10));
  }
  return dates;
}

function shippedCalendar(wardAdjustments: readonly WardAdjustment[] = []) {
  return createWorkingDayCalendar((year) => calendarDaysForYear(year, wardAdjustments));
}

describe('calendarDaysForYear', () => {
  const wardAdjustments: WardAdjustment[] = [
    { date: '2026-02-23', kind: 'off', name: 'Nghỉ thêm theo quyết định của UBND phường' },
    { date: '2026-02-20', kind: 'working', name: 'Trực Tết theo kế hoạch của phường' },
    { date: '2027-01-04', kind: 'off', name: 'Ngày của năm sau' },
  ];

  it('lets a ward adjustment replace whatever the date had, keeping the list sorted', () => {
    const days = calendarDaysForYear(2026, wardAdjustments);
    expect(days.filter((day) => day.date >= '2026-02-16' && day.date <= '2026-02-28')).toEqual([
      { date: '2026-02-16', kind: 'off', name: 'Tết Nguyên đán (29 tháng Chạp)', source: 'official' },
      { date: '2026-02-17', kind: 'off', name: 'Tết Nguyên đán (mùng 1)', source: 'official' },
      { date: '2026-02-18', kind: 'off', name: 'Tết Nguyên đán (mùng 2)', source: 'official' },
      { date: '2026-02-19', kind: 'off', name: 'Tết Nguyên đán (mùng 3)', source: 'official' },
      { date: '2026-02-20', kind: 'working', name: 'Trực Tết theo kế hoạch của phường', source: 'ward' },
      { date: '2026-02-23', kind: 'off', name: 'Nghỉ thêm theo quyết định của UBND phường', source: 'ward' },
    ]);
    expect(days.map((day) => day.date)).toEqual(days.map((day) => day.date).sort());
  });

  it('applies only the adjustments of the asked year', () => {
    expect(calendarDaysForYear(2026, wardAdjustments).map((day) => day.date)).not.toContain('2027-01-04');
    expect(calendarDaysForYear(2027, wardAdjustments)).toContainEqual({
      date: '2027-01-04',
      kind: 'off',
      name: 'Ngày của năm sau',
      source: 'ward',
    });
  });

  it('overrides a computed day too', () => {
    const days = calendarDaysForYear(2027, [{ date: '2027-02-11', kind: 'working', name: 'Làm việc bình thường' }]);
    expect(days.find((day) => day.date === '2027-02-11')).toMatchObject({ kind: 'working', source: 'ward' });
  });

  it('makes the ward the deciding layer for the working-day calendar', () => {
    const calendar = shippedCalendar(wardAdjustments);
    expect(calendar.isWorkingDay('2026-02-20')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-23')).toBe(false);
  });
});

describe('createWorkingDayCalendar', () => {
  const calendar = shippedCalendar();

  it('treats weekdays as working and weekends as off unless listed otherwise', () => {
    expect(calendar.isWorkingDay('2026-03-04')).toBe(true); // Wednesday
    expect(calendar.isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2026-03-08')).toBe(false); // Sunday
    expect(calendar.isWorkingDay('2026-02-18')).toBe(false); // mùng 2 Tết
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true); // Saturday worked in exchange
    expect(calendar.isWorkingDay('2025-05-02')).toBe(false); // Friday given off by the swap
  });

  it('counts working days across Tết', () => {
    // 13/2 is working; 14–22/2 are weekend and Tết; then 23, 24, 25, 26.
    expect(calendar.addWorkingDays('2026-02-12', 5)).toBe('2026-02-26');
    expect(calendar.workingDaysBetween('2026-02-12', '2026-02-26')).toBe(5);
  });

  it('counts a swapped Saturday as a working day and the swapped weekday as off', () => {
    expect(calendar.addWorkingDays('2025-04-24', 2)).toBe('2025-04-26');
    // 30/4, 1/5, the swapped 2/5 and the weekend are all off.
    expect(calendar.addWorkingDays('2025-04-29', 1)).toBe('2025-05-05');
    expect(calendar.addWorkingDays('2026-08-21', 1)).toBe('2026-08-22');
    expect(calendar.addWorkingDays('2026-08-28', 1)).toBe('2026-09-03');
  });

  it('does not count the starting day, and returns it for zero days', () => {
    expect(calendar.addWorkingDays('2026-03-04', 1)).toBe('2026-03-05');
    expect(calendar.addWorkingDays('2026-02-17', 0)).toBe('2026-02-17');
    expect(calendar.workingDaysBetween('2026-03-04', '2026-03-04')).toBe(0);
  });

  it('crosses into the next year with that year’s holidays', () => {
    // 31/12 working, 1/1/2026 off, 2/1 working, weekend, 5/1.
    expect(calendar.addWorkingDays('2025-12-30', 3)).toBe('2026-01-05');
  });

  it('makes workingDaysBetween the inverse of addWorkingDays, negative backwards', () => {
    for (const days of [1, 7, 20, 60, 250]) {
      const deadline = calendar.addWorkingDays('2025-12-15', days);
      expect(calendar.workingDaysBetween('2025-12-15', deadline)).toBe(days);
      expect(calendar.workingDaysBetween(deadline, '2025-12-15')).toBe(-days);
    }
  });

  it('counts calendar-day deadlines through holidays', () => {
    // "Within 15 days after the period" ending on 12/2/2026: Tết does not extend it.
    expect(calendar.addCalendarDays('2026-02-12', 15)).toBe('2026-02-27');
    expect(calendar.addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(calendar.addCalendarDays('2025-12-25', 15)).toBe('2026-01-09');
    expect(calendar.addCalendarDays('2026-01-09', -15)).toBe('2025-12-25');
  });

  it('reads each year once', () => {
    const asked: number[] = [];
    const counting = createWorkingDayCalendar((year) => {
      asked.push(year);
      return calendarDaysForYear(year, []);
    });
    counting.addWorkingDays('2025-12-01', 40);
    counting.workingDaysBetween('2025-01-01', '2026-12-31');
    expect(asked).toEqual([2025, 2026]);
  });

  it('rejects malformed dates and day counts', () => {
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow('Ngày không hợp lệ: "2026-02-30"');
    expect(() => calendar.isWorkingDay('hôm nay')).toThrow('Ngày không hợp lệ: "hôm nay"');
    expect(() => calendar.addWorkingDays('12/02/2026', 1)).toThrow('Ngày không hợp lệ');
    expect(() => calendar.addWorkingDays('2026-02-12', -1)).toThrow('số nguyên không âm');
    expect(() => calendar.addCalendarDays('2026-02-12', 1.5)).toThrow('số nguyên');
  });

  it('fails instead of looping forever on a calendar without working days', () => {
    const allOff = createWorkingDayCalendar((year) => everyDateOf(year).map((date) => ({ date, kind: 'off', name: 'Nghỉ', source: 'ward' })));
    expect(() => allOff.addWorkingDays('2026-01-01', 1)).toThrow('lịch nghỉ bị sai');
  });
});

describe('time zone independence', () => {
  const originalZone = process.env.TZ;
  afterEach(() => {
    if (originalZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalZone;
  });

  it.each(['America/Los_Angeles', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati'])('gives the same dates in %s', (zone) => {
    process.env.TZ = zone;
    const calendar = shippedCalendar();
    expect(calendar.addWorkingDays('2026-02-12', 5)).toBe('2026-02-26');
    expect(calendar.addCalendarDays('2026-03-28', 3)).toBe('2026-03-31');
    expect(calendar.isWorkingDay('2026-03-07')).toBe(false);
  });
});
