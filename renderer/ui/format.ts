/** vi-VN presentation of numbers and dates (rules §9): 1.234.567 · 95,5 · 05/02/2026. */
const integerFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return (Number.isInteger(value) ? integerFormat : decimalFormat).format(value);
}

export function formatPercent(value: number): string {
  return `${decimalFormat.format(value)} %`;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A stored calendar date (yyyy-MM-dd) as dd/MM/yyyy; other text is returned unchanged. */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate;
}

/** A timestamp as local dd/MM/yyyy HH:mm. */
export function formatDateTime(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A file size in KB/MB with a Vietnamese decimal comma. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${decimalFormat.format(Math.round((bytes / 1024) * 10) / 10)} KB`;
  return `${decimalFormat.format(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}

/** Whole days between a timestamp and now, never negative. */
export function daysSince(isoDateTime: string, now: Date = new Date()): number {
  const elapsed = now.getTime() - new Date(isoDateTime).getTime();
  return Math.max(0, Math.floor(elapsed / 86_400_000));
}

/** "hôm nay", "hôm qua", "5 ngày trước". */
export function formatAge(days: number): string {
  if (days === 0) return 'hôm nay';
  if (days === 1) return 'hôm qua';
  return `${formatNumber(days)} ngày trước`;
}

const weekdayFormat = new Intl.DateTimeFormat('vi-VN', { weekday: 'long', timeZone: 'UTC' });

/** "Thứ Năm, 05/02/2026" for a stored yyyy-MM-dd date. */
export function formatDateWithWeekday(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  const weekday = weekdayFormat.format(date);
  return `${weekday.charAt(0).toUpperCase()}${weekday.slice(1)}, ${formatDate(isoDate)}`;
}

/** Today on this computer's calendar, yyyy-MM-dd: the default of "done on" and "disclosed on" dates. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
