import { daysSince, formatAge, formatDate, formatDateTime, formatDateWithWeekday, formatFileSize, formatNumber, formatPercent } from '../../renderer/ui/format';

describe('vi-VN formatters', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(95.5)).toBe('95,5');
    expect(formatPercent(95.5)).toBe('95,5 %');
  });

  it('writes calendar dates as dd/MM/yyyy with leading zeros', () => {
    expect(formatDate('2026-02-05')).toBe('05/02/2026');
    expect(formatDate('2025-12-31')).toBe('31/12/2025');
  });

  it('names the weekday in Vietnamese', () => {
    expect(formatDateWithWeekday('2026-02-05')).toBe('Thứ Năm, 05/02/2026');
    expect(formatDateWithWeekday('2026-02-08')).toBe('Chủ Nhật, 08/02/2026');
  });

  it('writes timestamps in local time as dd/MM/yyyy HH:mm', () => {
    const local = new Date(2026, 1, 5, 8, 7);
    expect(formatDateTime(local.toISOString())).toBe('05/02/2026 08:07');
    expect(formatDateTime('không phải ngày')).toBe('không phải ngày');
  });

  it('gives sizes and ages in plain Vietnamese', () => {
    expect(formatFileSize(512)).toBe('512 B');
    expect(formatFileSize(1536)).toBe('1,5 KB');
    expect(formatFileSize(5 * 1024 * 1024)).toBe('5 MB');
    const now = new Date('2026-02-10T12:00:00Z');
    expect(daysSince('2026-02-10T01:00:00Z', now)).toBe(0);
    expect(daysSince('2026-02-01T12:00:00Z', now)).toBe(9);
    expect(formatAge(0)).toBe('hôm nay');
    expect(formatAge(1)).toBe('hôm qua');
    expect(formatAge(9)).toBe('9 ngày trước');
  });
});
