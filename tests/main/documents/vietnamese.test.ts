import { formatAmount, formatDateLine, formatLegalDate, formatPercent, formatShortDate, parseIsoDay, unitNameInSentence, upperVietnamese } from '../../../main/documents/vietnamese';

describe('the NĐ 30 date line', () => {
  it.each([
    ['2026-02-05', 'ngày 05 tháng 02 năm 2026'],
    ['2026-01-31', 'ngày 31 tháng 01 năm 2026'],
    ['2026-03-15', 'ngày 15 tháng 3 năm 2026'],
    ['2026-12-09', 'ngày 09 tháng 12 năm 2026'],
    ['2026-10-01', 'ngày 01 tháng 10 năm 2026'],
    ['2028-02-29', 'ngày 29 tháng 02 năm 2028'],
  ])('writes %s as "%s"', (isoDay, expected) => {
    expect(formatLegalDate(isoDay)).toBe(expected);
  });

  it('puts the place in front', () => {
    expect(formatDateLine('Phường Đống Đa', '2026-02-05')).toBe('Phường Đống Đa, ngày 05 tháng 02 năm 2026');
  });

  it('leaves the day blank to be written by hand when there is none', () => {
    expect(formatDateLine('Phường Đống Đa', null)).toBe('Phường Đống Đa, ngày … tháng … năm …');
  });

  it('writes a day in a table as dd/MM/yyyy', () => {
    expect(formatShortDate('2026-02-05')).toBe('05/02/2026');
    expect(formatShortDate('2026-12-31')).toBe('31/12/2026');
    expect(() => formatShortDate('2026-02-30')).toThrow(/Ngày không hợp lệ/);
  });

  it.each(['2026-02-30', '2026-13-01', '05/02/2026', '2026-2-5', ''])('refuses the non-date "%s"', (text) => {
    expect(() => parseIsoDay(text)).toThrow(/Ngày không hợp lệ/);
  });
});

describe('vi-VN numbers', () => {
  it('groups thousands with "." and rounds amounts to whole đồng', () => {
    expect(formatAmount(1_234_567)).toBe('1.234.567');
    expect(formatAmount(1234)).toBe('1.234');
    expect(formatAmount(-2_500_000)).toBe('-2.500.000');
    expect(formatAmount(999.6)).toBe('1.000');
  });

  it('writes percentages with one decimal after a comma', () => {
    expect(formatPercent(95.5)).toBe('95,5');
    expect(formatPercent(109)).toBe('109,0');
    expect(formatPercent(1234.56)).toBe('1.234,6');
  });
});

it('upper-cases Vietnamese letters, composed', () => {
  expect(upperVietnamese('Phường Đống Đa')).toBe('PHƯỜNG ĐỐNG ĐA');
  expect(upperVietnamese('Ủy ban nhân dân'.normalize('NFD'))).toBe('ỦY BAN NHÂN DÂN');
});

it('writes the kind of a unit in lower case inside a sentence, and nothing else', () => {
  expect(unitNameInSentence('Phường Đống Đa')).toBe('phường Đống Đa');
  expect(unitNameInSentence('Xã Xuân Phú')).toBe('xã Xuân Phú');
  expect(unitNameInSentence('Đặc khu Phú Quốc')).toBe('đặc khu Phú Quốc');
  expect(unitNameInSentence('Tổ dân phố 5')).toBe('tổ dân phố 5');
  expect(unitNameInSentence('Thôn Đông')).toBe('thôn Đông');
  expect(unitNameInSentence('Phường 7')).toBe('phường 7');
  expect(unitNameInSentence('Phườngxyz')).toBe('Phườngxyz');
  expect(unitNameInSentence('Hội trường Phường Đống Đa')).toBe('Hội trường Phường Đống Đa');
});
