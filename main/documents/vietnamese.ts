/** Vietnamese conventions for printed documents: NĐ 30/2020 date lines and vi-VN numbers (rules §8, §9). */

const money = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "1.234.567": whole đồng, "." between thousands. */
export function formatAmount(value: number): string {
  return money.format(value);
}

/** "95,5": one decimal with a comma; the "%" belongs to the column header. */
export function formatPercent(value: number): string {
  return percent.format(value);
}

/** A calendar day "yyyy-MM-dd" as its parts; throws on anything else, so a bad date never reaches paper. */
export function parseIsoDay(isoDay: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!match || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new Error(`Ngày không hợp lệ: "${isoDay}" (cần dạng yyyy-MM-dd).`);
  }
  return { year, month, day };
}

/**
 * "ngày 05 tháng 02 năm 2026": NĐ 30 writes days below 10 and the months 1 and 2 with a leading zero,
 * so that nothing can be written in front of them later.
 */
export function formatLegalDate(isoDay: string): string {
  const { year, month, day } = parseIsoDay(isoDay);
  const monthText = month <= 2 ? `0${month}` : String(month);
  return `ngày ${String(day).padStart(2, '0')} tháng ${monthText} năm ${year}`;
}

/** "Phường Đống Đa, ngày 05 tháng 02 năm 2026"; without a day, blanks to fill in by hand. */
export function formatDateLine(place: string, isoDay: string | null): string {
  return `${place}, ${isoDay === null ? 'ngày … tháng … năm …' : formatLegalDate(isoDay)}`;
}

/** "05/02/2026": a day in a table cell or a list (rules §9). */
export function formatShortDate(isoDay: string): string {
  const { year, month, day } = parseIsoDay(isoDay);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/**
 * The name of a unit inside a sentence, its kind in lower case: "Ủy ban nhân dân phường Đống Đa",
 * "tại nhà văn hóa, tổ dân phố 5 tổ chức …".
 */
export function unitNameInSentence(name: string): string {
  return name.replace(/^(Phường|Xã|Đặc khu|Thị trấn|Tổ dân phố|Thôn|Bản|Ấp)(?=\s)/u, (kind) => kind.toLocaleLowerCase('vi-VN'));
}

/** Upper case with Vietnamese rules ("Phường Đống Đa" → "PHƯỜNG ĐỐNG ĐA"), in Unicode NFC. */
export function upperVietnamese(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi-VN');
}
