import type { DisplayUnit } from '../../main/api';

/** Display of amounts and percentages is the contract's (main/api/amounts.ts), shared with the documents and the Excel import. */
export { formatAmount, formatPercent } from '../../main/api';

const MILLION = 1_000_000;
const dongFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
/** While editing, a triệu-đồng amount keeps every đồng so that confirming an unchanged cell changes nothing. */
const millionEditFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });

export const unitLabels: Record<DisplayUnit, string> = { dong: 'đồng', millionDong: 'triệu đồng' };

/** The text an editor starts from; parseAmount reads it back to the same amount. */
export function amountEditText(value: number | null, unit: DisplayUnit): string {
  if (value === null) return '';
  return unit === 'dong' ? dongFormat.format(value) : millionEditFormat.format(value / MILLION);
}
