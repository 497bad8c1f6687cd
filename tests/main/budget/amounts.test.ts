import { amountFromNumber, formatAmount, formatPercent, parseAmount, type AmountRules } from '../../../main/api/amounts';

const dong: AmountRules = { unit: 'dong', allowNegative: false };
const dongSigned: AmountRules = { unit: 'dong', allowNegative: true };
const million: AmountRules = { unit: 'millionDong', allowNegative: false };

const value = (input: string, rules: AmountRules) => {
  const result = parseAmount(input, rules);
  if (!result.ok) throw new Error(`expected "${input}" to parse, got: ${result.message}`);
  return result.value;
};
const refusal = (input: string, rules: AmountRules) => {
  const result = parseAmount(input, rules);
  if (result.ok) throw new Error(`expected "${input}" to be refused, got ${result.value}`);
  return result.message;
};

describe('parseAmount in a form shown in đồng', () => {
  it.each([
    ['1.234.567', 1_234_567],
    ['1234567', 1_234_567],
    ['1 234 567', 1_234_567],
    ['1\u00a0234\u00a0567', 1_234_567],
    ['1,234,567', 1_234_567],
    ['  1.234.567  ', 1_234_567],
    ['1.234', 1_234],
    ['1,234', 1_234],
    ['1.234.567,00', 1_234_567],
    ['1,234,567.00', 1_234_567],
    ['1234.000', 1_234],
    ['0', 0],
    ['1.000.000.000.000.000', 1e15],
  ])('reads %j as %i đồng', (input, expected) => {
    expect(value(input, dong)).toBe(expected);
  });

  it.each(['', '   ', '-', '–'])('reads %j as an empty cell', (input) => {
    expect(value(input, dong)).toBeNull();
  });

  it('reads "(1.234)" and "-1.234" as negative only where the column allows negatives', () => {
    expect(value('(1.234)', dongSigned)).toBe(-1234);
    expect(value('-1.234', dongSigned)).toBe(-1234);
    expect(refusal('(1.234)', dong)).toBe('Cột này không nhận số âm.');
    expect(refusal('-5', dong)).toBe('Cột này không nhận số âm.');
  });

  it('refuses text that is not a number, naming what was typed', () => {
    expect(refusal('12a', dong)).toBe('"12a" không phải là số tiền hợp lệ.');
    expect(refusal('1.23.4', dong)).toBe('"1.23.4" không phải là số tiền hợp lệ.');
    expect(refusal('1.234,567.8', dong)).toBe('"1.234,567.8" không phải là số tiền hợp lệ.');
    expect(refusal('1.', dong)).toBe('"1." không phải là số tiền hợp lệ.');
    expect(refusal('--5', dongSigned)).toBe('"--5" không phải là số tiền hợp lệ.');
  });

  it('refuses fractions of a đồng: a single separator not followed by exactly three digits is a decimal point', () => {
    expect(refusal('1234,5', dong)).toBe('Số tiền tính bằng đồng phải là số nguyên.');
    expect(refusal('12.50', dong)).toBe('Số tiền tính bằng đồng phải là số nguyên.');
    expect(refusal('1.234.567,5', dong)).toBe('Số tiền tính bằng đồng phải là số nguyên.');
  });

  it('refuses amounts beyond 10^15 đồng', () => {
    expect(refusal('10.000.000.000.000.000', dong)).toBe('Số tiền vượt quá giới hạn cho phép (10^15 đồng).');
    expect(refusal('1000000000000001', dong)).toBe('Số tiền vượt quá giới hạn cho phép (10^15 đồng).');
  });
});

describe('parseAmount in a form shown in triệu đồng', () => {
  it.each([
    ['1,5', 1_500_000],
    ['1.5', 1_500_000],
    ['0,25', 250_000],
    // "," is the decimal separator, even before three digits…
    ['1,234', 1_234_000],
    // …while a single "." before three digits groups thousands, as vi-VN writes them.
    ['1.234', 1_234_000_000],
    ['1.234,5', 1_234_500_000],
    ['1,234.5', 1_234_500_000],
    ['1.234.567', 1_234_567_000_000],
    ['2 500,75', 2_500_750_000],
    ['1,000001', 1_000_001],
  ])('reads %j triệu as %i đồng', (input, expected) => {
    expect(value(input, million)).toBe(expected);
  });

  it('refuses more precision than one đồng and more than 10^15 đồng', () => {
    expect(refusal('0,0000001', million)).toBe('Số triệu đồng chỉ được có tối đa 6 chữ số thập phân.');
    expect(refusal('1.000.000.001', million)).toBe('Số tiền vượt quá giới hạn cho phép (10^15 đồng).');
  });
});

describe('amountFromNumber (numeric Excel cells)', () => {
  it('takes whole đồng and refuses fractions', () => {
    expect(amountFromNumber(1_234_567, dong)).toEqual({ ok: true, value: 1_234_567 });
    expect(amountFromNumber(0.5, dong)).toEqual({ ok: false, message: 'Số tiền tính bằng đồng phải là số nguyên.' });
    expect(amountFromNumber(-20, dongSigned)).toEqual({ ok: true, value: -20 });
    expect(amountFromNumber(-20, dong)).toEqual({ ok: false, message: 'Cột này không nhận số âm.' });
  });

  it('converts triệu exactly, as Excel shows them', () => {
    expect(amountFromNumber(1.5, million)).toEqual({ ok: true, value: 1_500_000 });
    expect(amountFromNumber(0.1, million)).toEqual({ ok: true, value: 100_000 });
    expect(amountFromNumber(1234.567891, million)).toEqual({ ok: true, value: 1_234_567_891 });
    expect(amountFromNumber(0.0000001, million).ok).toBe(false);
  });

  it('refuses 10^16 and what is not a number', () => {
    expect(amountFromNumber(1e16, dong)).toEqual({ ok: false, message: 'Số tiền vượt quá giới hạn cho phép (10^15 đồng).' });
    expect(amountFromNumber(1e10, million)).toEqual({ ok: false, message: 'Số tiền vượt quá giới hạn cho phép (10^15 đồng).' });
    expect(amountFromNumber(Number.NaN, dong).ok).toBe(false);
  });
});

describe('formatAmount and formatPercent (vi-VN)', () => {
  it.each([
    [1_234_567, '1.234.567'],
    [-1_234_567, '-1.234.567'],
    [0, '0'],
    [999, '999'],
    [1e15, '1.000.000.000.000.000'],
  ])('shows %i đồng as %j', (amount, shown) => {
    expect(formatAmount(amount, 'dong')).toBe(shown);
  });

  it.each([
    [1_234_500_000, '1.234,5'],
    [1_500_000, '1,5'],
    [1_000_000, '1'],
    [1_234_567, '1,235'],
    [2_407_437_000_000, '2.407.437'],
    [400, '0'],
    [-400, '0'],
    [-2_500_000, '-2,5'],
  ])('shows %i đồng in triệu as %j (at most three decimals)', (amount, shown) => {
    expect(formatAmount(amount, 'millionDong')).toBe(shown);
  });

  it('shows an empty amount as an empty cell', () => {
    expect(formatAmount(null, 'dong')).toBe('');
  });

  it('reads back what it shows in triệu', () => {
    for (const amount of [1_234_500_000, 1_500_000, 987_654_321_000]) {
      expect(value(formatAmount(amount, 'millionDong'), million)).toBe(amount);
    }
  });

  it.each([
    [95.5, '95,5'],
    [100, '100,0'],
    [1234.5, '1.234,5'],
    [-3.2, '-3,2'],
    [0, '0,0'],
    [null, '-'],
  ])('shows the percentage %j as %j', (percent, shown) => {
    expect(formatPercent(percent)).toBe(shown);
  });
});
