import { MAX_AMOUNT, type FormDefinition } from './budget';

/** How a form shows money: whole đồng, or triệu đồng with decimals. Figures are always stored in đồng. */
export type DisplayUnit = FormDefinition['displayUnit'];

export interface AmountRules {
  unit: DisplayUnit;
  allowNegative: boolean;
}

/** An amount read from what a clerk typed: integer đồng, or null for an empty cell. */
export type AmountResult = { ok: true; value: number | null } | { ok: false; message: string };

const DONG_PER_MILLION = 1_000_000n;
const MILLION_DECIMALS = 6;
const TOO_LARGE = 'Số tiền vượt quá giới hạn cho phép (10^15 đồng).';

const fail = (message: string): AmountResult => ({ ok: false, message });

/**
 * Reads an amount typed in a cell or pasted from Excel, in the form's display unit.
 *
 * Spaces (also non-breaking) always group thousands. "" and "-" mean an empty cell. A leading "-" or
 * parentheses, "(1.234)", make the amount negative, which only columns that allow negatives accept.
 * "." and "," are told apart like this:
 * - both appear: the rightmost one is the decimal separator and the other groups thousands
 *   ("1.234.567,5" and "1,234,567.5" are the same number);
 * - one of them appears several times: it groups thousands ("1.234.567", "1,234,567");
 * - one of them appears once:
 *   - in a form shown in đồng it groups thousands when exactly three digits follow and one to three
 *     digits (not starting with 0) precede it ("1.234" and "1,234" are 1234), otherwise it is a decimal
 *     separator ("1234,5", which is then refused because đồng are whole);
 *   - in a form shown in triệu đồng "," is the decimal separator ("1,234" is 1,234 triệu = 1.234.000 đồng)
 *     and "." follows the đồng rule: it groups thousands before exactly three digits ("1.234" is 1234 triệu)
 *     and is a decimal separator otherwise ("1.5" is 1,5 triệu = 1.500.000 đồng).
 * Grouped digits must come in threes. Triệu đồng may carry up to six decimals (whole đồng).
 */
export function parseAmount(input: string, rules: AmountRules): AmountResult {
  let text = input.replace(/[\s\u00a0\u202f]/g, '');
  if (text === '' || /^[-–—]$/.test(text)) return { ok: true, value: null };
  const invalid = fail(`"${input.trim()}" không phải là số tiền hợp lệ.`);
  let negative = false;
  const parenthesised = /^\((.*)\)$/.exec(text);
  if (parenthesised) {
    negative = true;
    text = parenthesised[1] ?? '';
  } else if (/^[-−]/.test(text)) {
    negative = true;
    text = text.slice(1);
  }
  if (!/^\d[\d.,]*$/.test(text) || /[.,]$/.test(text)) return invalid;
  const decimal = splitDecimal(text, rules.unit);
  if (!decimal) return invalid;
  return toDong(decimal, negative, rules);
}

/** Reads a numeric Excel cell, whose value is in the form's display unit. */
export function amountFromNumber(value: number, rules: AmountRules): AmountResult {
  const limit = rules.unit === 'dong' ? MAX_AMOUNT : MAX_AMOUNT / 1e6;
  if (!Number.isFinite(value)) return fail('Ô này không chứa số hợp lệ.');
  if (Math.abs(value) > limit) return fail(TOO_LARGE);
  // The shortest decimal text of a double is exactly what Excel shows, so 0.1 triệu stays 100.000 đồng.
  const digits = Math.abs(value).toString();
  const match = /^(\d+)(?:\.(\d+))?$/.exec(digits);
  if (!match) return fail(rules.unit === 'dong' ? 'Số tiền phải là số nguyên đồng.' : 'Số triệu đồng chỉ được có tối đa 6 chữ số thập phân.');
  return toDong({ integer: match[1] ?? '0', fraction: match[2] ?? '' }, value < 0, rules);
}

interface DecimalText {
  integer: string;
  fraction: string;
}

function splitDecimal(text: string, unit: DisplayUnit): DecimalText | null {
  const decimalSeparator = chooseDecimalSeparator(text, unit);
  let whole = text;
  let fraction = '';
  if (decimalSeparator) {
    const at = text.lastIndexOf(decimalSeparator);
    whole = text.slice(0, at);
    fraction = text.slice(at + 1);
    if (!/^\d+$/.test(fraction)) return null;
  }
  const integer = ungroup(whole);
  return integer === null ? null : { integer, fraction };
}

function chooseDecimalSeparator(text: string, unit: DisplayUnit): '.' | ',' | null {
  const dots = text.split('.').length - 1;
  const commas = text.split(',').length - 1;
  if (dots > 0 && commas > 0) return text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
  if (dots + commas !== 1) return null;
  const separator = dots === 1 ? '.' : ',';
  if (unit === 'millionDong' && separator === ',') return ',';
  return /^[1-9]\d{0,2}[.,]\d{3}$/.test(text) ? null : separator;
}

/** The digits of a whole part written plainly or grouped by threes with one separator ("1.234.567"). */
function ungroup(whole: string): string | null {
  if (/^\d+$/.test(whole)) return whole;
  return /^[1-9]\d{0,2}([.,])\d{3}(\1\d{3})*$/.test(whole) ? whole.replace(/[.,]/g, '') : null;
}

function toDong({ integer, fraction }: DecimalText, negative: boolean, rules: AmountRules): AmountResult {
  let dong: bigint;
  if (rules.unit === 'dong') {
    if (/[1-9]/.test(fraction)) return fail('Số tiền tính bằng đồng phải là số nguyên.');
    dong = BigInt(integer);
  } else {
    if (/[1-9]/.test(fraction.slice(MILLION_DECIMALS))) return fail('Số triệu đồng chỉ được có tối đa 6 chữ số thập phân.');
    dong = BigInt(integer) * DONG_PER_MILLION + BigInt(fraction.slice(0, MILLION_DECIMALS).padEnd(MILLION_DECIMALS, '0'));
  }
  if (dong > BigInt(MAX_AMOUNT)) return fail(TOO_LARGE);
  if (negative && dong !== 0n && !rules.allowNegative) return fail('Cột này không nhận số âm.');
  const value = Number(dong);
  return { ok: true, value: negative && value !== 0 ? -value : value };
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** vi-VN display of an amount in đồng: "1.234.567"; in triệu đồng with up to three decimals: "1.234,5". */
export function formatAmount(dong: number | null, unit: DisplayUnit): string {
  if (dong === null) return '';
  if (unit === 'dong') return `${dong < 0 ? '-' : ''}${groupThousands(Math.abs(dong).toString())}`;
  const thousandths = Math.round(Math.abs(dong) / 1000);
  const whole = groupThousands(Math.floor(thousandths / 1000).toString());
  const fraction = (thousandths % 1000).toString().padStart(3, '0').replace(/0+$/, '');
  const sign = dong < 0 && thousandths !== 0 ? '-' : '';
  return `${sign}${whole}${fraction ? `,${fraction}` : ''}`;
}

/** vi-VN display of a percentage with one decimal: "95,5"; "-" where there is no base. */
export function formatPercent(percent: number | null): string {
  if (percent === null) return '-';
  const [whole = '0', fraction = '0'] = Math.abs(percent).toFixed(1).split('.');
  const sign = percent < 0 && (whole !== '0' || fraction !== '0') ? '-' : '';
  return `${sign}${groupThousands(whole)},${fraction}`;
}
