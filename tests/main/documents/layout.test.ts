import { footLeftShare, footRowViews, headerView, pageGeometry, placeHeaderCells, recipientLines, signatureView, tableView, titleView } from '../../../main/documents/layout';
import { wardIssuer, type Table } from '../../../main/documents/model';
import { budgetTable, communityRecord, decision, minutes } from './samples';

describe('header', () => {
  it('prints a ward as two bold upper-case lines, the number and the date line', () => {
    const view = headerView(decision);
    expect(view.issuer.map((l) => [l.text, l.bold])).toEqual([
      ['ỦY BAN NHÂN DÂN', true],
      ['PHƯỜNG ĐỐNG ĐA', true],
    ]);
    expect(view.national.map((l) => l.text)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(view.number?.text).toBe('Số: 05/QĐ-UBND');
    expect(view.dateLine).toMatchObject({ text: 'Phường Đống Đa, ngày 05 tháng 02 năm 2026', italic: true, sizePt: 14 });
    expect(view.formLabel?.text).toBe('Mẫu số 04/QĐ-CKNS');
  });

  it('prints a parent body in regular type above the ward, and no date line for minutes', () => {
    const view = headerView(minutes);
    expect(view.issuer.map((l) => [l.text, l.bold])).toEqual([
      ['UBND THÀNH PHỐ HÀ NỘI', false],
      ['ỦY BAN NHÂN DÂN', true],
      ['PHƯỜNG ĐỐNG ĐA', true],
    ]);
    expect(view.dateLine).toBeNull();
    expect(view.formLabel).toBeNull();
  });

  it('sizes the issuer rule to 1/3–1/2 of its line and the motto rule to the motto', () => {
    const view = headerView(decision);
    expect(view.issuerRuleMm).toBeGreaterThan(12);
    expect(view.issuerRuleMm).toBeLessThan(25);
    expect(view.mottoRuleMm).toBeGreaterThan(50);
    expect(view.mottoRuleMm).toBeLessThan(75);
  });

  it('accepts a one-line issuer', () => {
    const view = headerView({ ...decision, issuer: { body: ['Ban Chỉ đạo thực hiện dân chủ ở cơ sở'] } });
    expect(view.issuer.map((l) => l.text)).toEqual(['BAN CHỈ ĐẠO THỰC HIỆN DÂN CHỦ Ở CƠ SỞ']);
  });
});

it('upper-cases the title and rules off under the subject', () => {
  const view = titleView(decision);
  expect(view.lines.map((l) => l.text)).toEqual(['QUYẾT ĐỊNH', 'Về việc công bố công khai dự toán ngân sách xã năm 2026']);
  expect(view.ruleAfter).toBe(2);
  expect(titleView({ ...decision, subject: undefined }).ruleAfter).toBeNull();
});

it('stacks authority, position and name of a signature', () => {
  const view = signatureView({ authority: ['TM. Ủy ban nhân dân', 'KT. Chủ tịch'], position: 'Phó Chủ tịch', name: 'Phạm Thị Hoa' });
  expect(view.above.map((l) => l.text)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  expect(view.above.every((l) => l.bold)).toBe(true);
  expect(view.name).toMatchObject({ text: 'Phạm Thị Hoa', bold: true });
});

describe('the rows of signatures at the foot', () => {
  const texts = (view: ReturnType<typeof footRowViews>[number]['left']) => view && [...view.above.map((l) => l.text), view.name.text];

  it('keeps one row of the two blocks of minutes as they are, and the right block alone of a decision', () => {
    const [row, ...rest] = footRowViews(minutes.signatures);
    expect(rest).toEqual([]);
    expect(texts(row!.left)).toEqual(['THƯ KÝ', '(Chữ ký)', 'Trần Thị Lưu']);
    expect(texts(row!.right)).toEqual(['CHỦ TỌA', '(Chữ ký)', 'Lê Văn Hùng']);
    expect(footRowViews(decision.signatures)).toEqual([{ left: null, right: signatureView(decision.signatures!.right!) }]);
    expect(footRowViews(undefined)).toEqual([{ left: null, right: null }]);
  });

  it('adds the rows below, and levels the names with blank lines where a block has fewer title lines or no hint', () => {
    const [first, second] = footRowViews(communityRecord.signatures);
    expect(texts(first!.left)).toEqual(['TỔ TRƯỞNG TỔ DÂN PHỐ', '\u00a0', '(Ký, ghi rõ họ tên)', 'Hoàng Văn Dũng']);
    expect(texts(first!.right)).toEqual(['TRƯỞNG BAN CÔNG TÁC', 'MẶT TRẬN', '(Ký, ghi rõ họ tên)', 'Lương Văn Bình']);
    expect(first!.left!.above[1]).toMatchObject({ sizePt: 14, bold: false });
    expect(texts(second!.left)).toEqual(['ĐẠI DIỆN HỘ GIA ĐÌNH', '(Ký, ghi rõ họ tên)', 'Trần Thị Thu']);
    expect(texts(second!.right)).toEqual(['ĐẠI DIỆN HỘ GIA ĐÌNH', '\u00a0', 'Đinh Văn Sơn']);
    expect(second!.right!.above[1]).toMatchObject({ sizePt: 13 });
  });

  it('gives the left column half the width when any row signs on the left', () => {
    expect(footLeftShare(communityRecord.signatures)).toBe(0.5);
    expect(footLeftShare({ right: decision.signatures!.right!, below: [{ left: minutes.signatures!.left! }] })).toBe(0.5);
    expect(footLeftShare(decision.signatures)).toBe(0.45);
  });
});

it('leaves the day of an undated date line blank', () => {
  expect(headerView(communityRecord).dateLine).toMatchObject({ text: 'Phường Đống Đa, ngày … tháng … năm …', italic: true });
});

it('lists recipients with dashes and semicolons and ends with the archive', () => {
  const lines = recipientLines({ to: ['Như Điều 3', 'Sở Tài chính;'], archive: 'VT, TCKT' });
  expect(lines.map((l) => [l.text, l.sizePt])).toEqual([
    ['Nơi nhận:', 12],
    ['- Như Điều 3;', 11],
    ['- Sở Tài chính;', 11],
    ['- Lưu: VT, TCKT.', 11],
  ]);
  expect(lines[0]).toMatchObject({ bold: true, italic: true });
  expect(recipientLines({ to: [] }).at(-1)?.text).toBe('- Lưu: VT.');
});

it('keeps A4 with 30 mm left and 15 mm right margins in both orientations', () => {
  expect(pageGeometry('portrait')).toEqual({ widthMm: 210, heightMm: 297, textWidthMm: 165 });
  expect(pageGeometry('landscape')).toEqual({ widthMm: 297, heightMm: 210, textWidthMm: 252 });
  expect(wardIssuer('Xã Xuân Phú', { parent: 'UBND tỉnh Đồng Nai' }).parent).toEqual(['UBND tỉnh Đồng Nai']);
});

describe('tables', () => {
  it('places grouped header cells past the cells reaching down from above', () => {
    expect(placeHeaderCells(budgetTable.header, 5)).toEqual([
      { text: 'STT', row: 0, column: 0, rowSpan: 2, colSpan: 1 },
      { text: 'Nội dung', row: 0, column: 1, rowSpan: 2, colSpan: 1 },
      { text: 'Dự toán', row: 0, column: 2, rowSpan: 1, colSpan: 2 },
      { text: 'So sánh (%)', row: 0, column: 4, rowSpan: 2, colSpan: 1 },
      { text: 'Năm 2025', row: 1, column: 2, rowSpan: 1, colSpan: 1 },
      { text: 'Năm 2026', row: 1, column: 3, rowSpan: 1, colSpan: 1 },
    ]);
  });

  it.each([
    ['a row short of columns', [[{ text: 'A' }, { text: 'B' }]], /does not cover/],
    ['a cell past the last column', [[{ text: 'A', colSpan: 6 }]], /runs past/],
    ['a cell reaching below the header', [[{ text: 'A', rowSpan: 2 }, { text: 'B', colSpan: 4 }]], /runs past/],
  ])('refuses %s', (_case, header, message) => {
    expect(() => placeHeaderCells(header, 5)).toThrow(message);
  });

  it('formats cells by column kind, aligns numbers right and indents by level', () => {
    const view = tableView(budgetTable);
    expect(view.rows[0]!.cells.map((c) => c.text)).toEqual(['I', 'Tổng thu ngân sách xã', '10.350.000.000', '11.234.567.890', '108,5']);
    expect(view.rows[0]!.cells.map((c) => c.align)).toEqual(['center', 'left', 'right', 'right', 'right']);
    expect(view.rows[1]!.cells.map((c) => c.level)).toEqual([0, 1, 0, 0, 0]);
    expect(view.rows[4]).toMatchObject({ italic: true, bold: false });
    expect(view.widthShares.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it('refuses rows and numbering that do not match the columns', () => {
    const short: Table = { ...budgetTable, rows: [{ cells: ['1', 'Thiếu ô'] }] };
    expect(() => tableView(short)).toThrow(/row 1 has 2 cells for 5 columns/);
    expect(() => tableView({ ...budgetTable, numbering: ['A', 'B'] })).toThrow(/numbering row/);
  });
});
