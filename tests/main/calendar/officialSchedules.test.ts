import official from '../../../resources/holidays/official.json';
import { officialSchedule, parseOfficialSchedules } from '../../../main/calendar/officialSchedules';
import { calendarDaysForYear } from '../../../main/calendar/workingDays';

function listed(year: number): string[] {
  return calendarDaysForYear(year, []).map((day) => `${day.date} ${day.kind}`);
}

describe('the shipped official schedules', () => {
  it('replace the computed days of 2025 with the announced ones, day by day', () => {
    expect(listed(2025)).toEqual([
      '2025-01-01 off',
      // Tết Ất Tỵ: 28 tháng Chạp – mùng 3.
      '2025-01-27 off',
      '2025-01-28 off',
      '2025-01-29 off',
      '2025-01-30 off',
      '2025-01-31 off',
      '2025-04-07 off',
      // Friday 2/5 off in exchange for Saturday 26/4.
      '2025-04-26 working',
      '2025-04-30 off',
      '2025-05-01 off',
      '2025-05-02 off',
      '2025-09-01 off',
      '2025-09-02 off',
    ]);
  });

  it('replace the computed days of 2026 with the announced ones, day by day', () => {
    expect(listed(2026)).toEqual([
      '2026-01-01 off',
      // Tết Bính Ngọ: 29 tháng Chạp – mùng 4.
      '2026-02-16 off',
      '2026-02-17 off',
      '2026-02-18 off',
      '2026-02-19 off',
      '2026-02-20 off',
      // Giỗ Tổ on Sunday, compensatory Monday.
      '2026-04-26 off',
      '2026-04-27 off',
      '2026-04-30 off',
      '2026-05-01 off',
      // Monday 31/8 off in exchange for Saturday 22/8.
      '2026-08-22 working',
      '2026-08-31 off',
      '2026-09-01 off',
      '2026-09-02 off',
    ]);
  });

  it('mark their days as official and name the announcement', () => {
    const schedule = officialSchedule(2025);
    expect(schedule?.source).toContain('8726/VPCP-KGVX');
    expect(schedule?.days).toContainEqual({
      date: '2025-05-02',
      kind: 'off',
      name: 'Hoán đổi ngày làm việc sang thứ Bảy 26/4/2025',
      source: 'official',
    });
    expect(officialSchedule(2027)).toBeUndefined();
  });

  it('leave a year without an announcement to the computed rule', () => {
    const days = calendarDaysForYear(2027, []);
    expect(days.every((day) => day.source === 'computed')).toBe(true);
    expect(days.map((day) => day.date)).toContain('2027-02-06');
  });
});

describe('parseOfficialSchedules', () => {
  const validYear = { source: 'Thông báo thử', days: [{ date: '2031-01-01', kind: 'off', name: 'Tết Dương lịch' }] };

  it('accepts the shipped file and a new year added as data', () => {
    expect(Object.keys(parseOfficialSchedules(official).years)).toEqual(['2025', '2026']);
    expect(parseOfficialSchedules({ years: { '2031': validYear } }).years['2031']?.days).toHaveLength(1);
  });

  it.each([
    ['a date that does not exist', { '2031': { ...validYear, days: [{ date: '2031-02-30', kind: 'off', name: 'X' }] } }, 'years.2031.days.0.date: Ngày không tồn tại trong lịch.'],
    ['a date of another year', { '2031': { ...validYear, days: [{ date: '2030-12-31', kind: 'off', name: 'X' }] } }, 'years.2031.days.0.date: Ngày 2030-12-31 không thuộc năm 2031.'],
    ['a date listed twice', { '2031': { ...validYear, days: [...validYear.days, ...validYear.days] } }, 'years.2031.days.1.date: Ngày 2031-01-01 bị liệt kê hai lần.'],
    ['an unknown kind', { '2031': { ...validYear, days: [{ date: '2031-01-01', kind: 'holiday', name: 'X' }] } }, 'years.2031.days.0.kind'],
    ['a missing citation', { '2031': { days: validYear.days } }, 'years.2031.source'],
    ['an empty name', { '2031': { ...validYear, days: [{ date: '2031-01-01', kind: 'off', name: ' ' }] } }, 'years.2031.days.0.name: Không được để trống.'],
    ['a year key that is not a year', { next: validYear }, 'years.next'],
  ])('rejects %s with an error naming the field', (_case, years, expected) => {
    expect(() => parseOfficialSchedules({ years })).toThrow(expected);
    expect(() => parseOfficialSchedules({ years })).toThrow('Tệp lịch nghỉ chính thức (resources/holidays/official.json) không hợp lệ:');
  });

  it('rejects a file without the years object', () => {
    expect(() => parseOfficialSchedules([])).toThrow('(gốc)');
  });
});
