import { MAX_AMOUNT } from '../../main/api';
import { amountEditText, formatAmount, formatPercent } from '../../renderer/budget/amountFormat';
import { parseAmount } from '../../main/api';

const amountOf = (text: string, unit: 'dong' | 'millionDong' = 'dong') => {
  const parsed = parseAmount(text, { unit, allowNegative: true });
  if (!parsed.ok) throw new Error(`"${text}" was refused: ${parsed.message}`);
  return parsed.value;
};
const messageOf = (text: string, unit: 'dong' | 'millionDong' = 'dong') => {
  const parsed = parseAmount(text, { unit, allowNegative: true });
  if (parsed.ok) throw new Error(`"${text}" was accepted as ${parsed.value}`);
  return parsed.message;
};

describe('parseAmount', () => {
  it('reads Vietnamese, plain and spaced thousands in đồng', () => {
    expect(amountOf('1.234.567')).toBe(1234567);
    expect(amountOf('1234567')).toBe(1234567);
    expect(amountOf('1 234 567')).toBe(1234567);
    expect(amountOf('1\u00a0234\u00a0567')).toBe(1234567);
    expect(amountOf('  42 ')).toBe(42);
  });

  it('reads an English paste from Excel', () => {
    expect(amountOf('1,234,567')).toBe(1234567);
    expect(amountOf('1,234')).toBe(1234);
    expect(amountOf('1,234,567.00')).toBe(1234567);
  });

  it('clears the cell for an empty text or a dash', () => {
    expect(amountOf('')).toBeNull();
    expect(amountOf('   ')).toBeNull();
    expect(amountOf('-')).toBeNull();
  });

  it('reads negative amounts written with brackets or a minus sign', () => {
    expect(amountOf('(1.234)')).toBe(-1234);
    expect(amountOf('-1.234')).toBe(-1234);
    expect(amountOf('−500')).toBe(-500);
    expect(Object.is(amountOf('-0'), 0)).toBe(true);
  });

  it('reads triệu đồng with a decimal comma', () => {
    expect(amountOf('1,5', 'millionDong')).toBe(1_500_000);
    expect(amountOf('1.234,5', 'millionDong')).toBe(1_234_500_000);
    expect(amountOf('1.234', 'millionDong')).toBe(1_234_000_000);
    expect(amountOf('0,000001', 'millionDong')).toBe(1);
    expect(amountOf('(2,25)', 'millionDong')).toBe(-2_250_000);
  });

  it('refuses text that is not a number, with a Vietnamese message', () => {
    for (const text of ['12a', 'abc', '1.2.3', '1,23,4', '1.234,5.6', '1..2', '.5', '5.', '(1.234', '+5', '1e6']) {
      expect(messageOf(text)).toMatch(/không phải là số tiền hợp lệ\.$/);
    }
  });

  it('refuses a fraction of a đồng', () => {
    expect(messageOf('1,5')).toBe('Số tiền tính bằng đồng phải là số nguyên.');
    expect(messageOf('12.5')).toBe('Số tiền tính bằng đồng phải là số nguyên.');
    expect(messageOf('0,0000001', 'millionDong')).toBe('Số triệu đồng chỉ được có tối đa 6 chữ số thập phân.');
  });

  it('refuses amounts beyond the contract limit, both signs', () => {
    expect(amountOf(String(MAX_AMOUNT))).toBe(MAX_AMOUNT);
    expect(messageOf('1.000.000.000.000.001')).toBe('Số tiền vượt quá giới hạn cho phép (10^15 đồng).');
    expect(messageOf('(1.000.000.000.000.001)')).toBe('Số tiền vượt quá giới hạn cho phép (10^15 đồng).');
    expect(messageOf('1000000000,1', 'millionDong')).toBe('Số tiền vượt quá giới hạn cho phép (10^15 đồng).');
    expect(messageOf('9'.repeat(400))).toBe('Số tiền vượt quá giới hạn cho phép (10^15 đồng).');
  });
});

describe('amount display', () => {
  it('shows đồng and triệu đồng the Vietnamese way, and "-" for a missing percentage', () => {
    expect(formatAmount(1234567, 'dong')).toBe('1.234.567');
    expect(formatAmount(1234567, 'millionDong')).toBe('1,235');
    expect(formatAmount(1_234_500_000, 'millionDong')).toBe('1.234,5');
    expect(formatAmount(null, 'dong')).toBe('');
    expect(formatPercent(95.54)).toBe('95,5');
    expect(formatPercent(100)).toBe('100,0');
    expect(formatPercent(null)).toBe('-');
  });

  it('starts editing from a text that reads back to the same amount', () => {
    for (const [value, unit] of [
      [1234567, 'millionDong'],
      [-1_234_500_000, 'millionDong'],
      [1234567, 'dong'],
      [-42, 'dong'],
    ] as const) {
      expect(amountOf(amountEditText(value, unit), unit)).toBe(value);
    }
  });
});
