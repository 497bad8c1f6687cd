import type { FormDefinition, FormLine } from '../../../main/api/budget';
import { AppError } from '../../../main/api/errors';
import { builtInFormSets, parseFormSet } from '../../../main/budget/formSets';
import { carryOver, computeForm, percentOf, validateEntries, type EnteredFigures } from '../../../main/budget/rules';

/** A small final-accounts form: three levels of lines, a balance line, a computed and two percent columns. */
const form: FormDefinition = parseFormSet({
  id: 'test-set',
  version: 1,
  name: 'Bộ biểu thử',
  source: 'Dựng cho kiểm thử',
  verified: false,
  forms: [
    {
      code: 'T1',
      formNumber: 'Biểu số T1',
      title: 'QUYẾT TOÁN THỬ',
      stages: ['finalAccounts'],
      displayUnit: 'dong',
      columns: [
        { key: 'dt', header: 'Dự toán năm', number: '1', kind: 'money' },
        { key: 'qt', header: 'Quyết toán năm', number: '2', kind: 'money' },
        { key: 'chenh', header: 'Chênh lệch', number: '3=2-1', kind: 'money', formula: ['+qt', '-dt'], allowNegative: true },
        { key: 'con', header: 'Còn lại', number: '4=1-2', kind: 'money', formula: ['+dt', '-qt'] },
        { key: 'ss', header: 'Quyết toán/Dự toán', group: 'So sánh (%)', number: '5=2/1', kind: 'percent', ratioOf: ['qt', 'dt'] },
        { key: 'ghiChu', header: 'Ghi chú', number: '6', kind: 'text' },
      ],
      lines: [
        { code: 'A', marker: 'A', label: 'TỔNG THU', bold: true },
        { code: 'A.I', marker: 'I', label: 'Thu tại xã', parent: 'A' },
        { code: 'A.I.1', marker: '1', label: 'Phí, lệ phí', parent: 'A.I' },
        { code: 'A.I.2', marker: '2', label: 'Thu khác', parent: 'A.I' },
        { code: 'A.II', marker: 'II', label: 'Thu bổ sung', parent: 'A', blankColumns: ['dt'] },
        { code: 'B', marker: 'B', label: 'TỔNG CHI', bold: true },
        { code: 'B.I', marker: 'I', label: 'Chi thường xuyên', parent: 'B' },
        { code: 'B.II', marker: 'II', label: 'Chi dự án', parent: 'B', openChildren: true },
        { code: 'C', marker: 'C', label: 'KẾT DƯ', formula: ['+A', '-B'] },
      ],
    },
  ],
}).forms[0]!;

const cellsOf = (figures: EnteredFigures, extra: FormLine[] = []) =>
  Object.fromEntries(computeForm(form, figures, extra).lines.map((line) => [line.code, line.cells]));
const value = (figures: EnteredFigures, line: string, column: string) => cellsOf(figures)[line]?.[column]?.value;

describe('computeForm', () => {
  it('sums children into parents over three levels, marking computed cells', () => {
    const cells = cellsOf({ 'A.I.1': { dt: 1_000_000, qt: 1_200_000 }, 'A.I.2': { dt: 500_000, qt: 300_000 }, 'A.II': { qt: 2_000_000 } });
    expect(cells['A.I.1']!.dt).toEqual({ value: 1_000_000, source: 'entered' });
    expect(cells['A.I']!.dt).toEqual({ value: 1_500_000, source: 'computed' });
    expect(cells['A.I']!.qt).toEqual({ value: 1_500_000, source: 'computed' });
    expect(cells['A']!.dt).toEqual({ value: 1_500_000, source: 'computed' });
    expect(cells['A']!.qt).toEqual({ value: 3_500_000, source: 'computed' });
  });

  it('leaves a parent empty when none of its children has a figure', () => {
    expect(value({}, 'A', 'dt')).toBeNull();
    expect(value({ 'A.I.1': { dt: null } }, 'A.I', 'dt')).toBeNull();
  });

  it('keeps an entered parent that differs from its children, with a warning giving both numbers', () => {
    const cells = cellsOf({ 'A.I': { dt: 2_000_000 }, 'A.I.1': { dt: 1_000_000 }, 'A.I.2': { dt: 500_000 } });
    expect(cells['A.I']!.dt).toEqual({
      value: 2_000_000,
      source: 'entered',
      warning: 'Số đã nhập 2.000.000 khác tổng các dòng con 1.500.000 (chênh lệch 500.000).',
    });
    // The grandparent adds up what the lines show.
    expect(cells['A']!.dt).toEqual({ value: 2_000_000, source: 'computed' });
  });

  it('accepts an entered parent that matches its children, or one whose children are empty', () => {
    expect(cellsOf({ 'A.I': { dt: 1_500_000 }, 'A.I.1': { dt: 1_000_000 }, 'A.I.2': { dt: 500_000 } })['A.I']!.dt).toEqual({ value: 1_500_000, source: 'entered' });
    expect(cellsOf({ 'A.I': { dt: 9_000_000 } })['A.I']!.dt).toEqual({ value: 9_000_000, source: 'entered' });
  });

  it('computes a line formula (C = A − B), with a warning if the clerk typed something else', () => {
    const figures = { 'A.I.1': { dt: 10_000_000, qt: 9_000_000 }, 'B.I': { dt: 8_000_000, qt: 6_500_000 } };
    expect(cellsOf(figures)['C']!.qt).toEqual({ value: 2_500_000, source: 'computed' });
    expect(cellsOf({ ...figures, C: { qt: 3_000_000 } })['C']!.qt).toEqual({
      value: 3_000_000,
      source: 'entered',
      warning: 'Số đã nhập 3.000.000 khác kết quả công thức 2.500.000 (chênh lệch 500.000).',
    });
  });

  it('applies column formulas on every line, parents included, and warns when a result that must not be negative is', () => {
    const cells = cellsOf({ 'A.I.1': { dt: 1_000_000, qt: 1_200_000 }, 'A.I.2': { dt: 500_000, qt: 100_000 } });
    expect(cells['A.I.1']!.chenh).toEqual({ value: 200_000, source: 'computed' });
    expect(cells['A.I']!.chenh).toEqual({ value: -200_000, source: 'computed' });
    expect(cells['A.I.2']!.con).toEqual({ value: 400_000, source: 'computed' });
    expect(cells['A.I.1']!.con).toEqual({
      value: -200_000,
      source: 'computed',
      warning: 'Kết quả tính được là số âm (-200.000), cần kiểm tra lại số liệu.',
    });
    expect(cells['B']!.chenh).toEqual({ value: null, source: 'computed' });
  });

  it('computes percentages rounded to one decimal, "-" (null) where the base is 0 or missing', () => {
    const cells = cellsOf({ 'A.I.1': { dt: 3_000_000, qt: 2_000_000 }, 'A.I.2': { dt: 0, qt: 500_000 }, 'B.I': { qt: 100 } });
    expect(cells['A.I.1']!.ss).toEqual({ value: 66.7, source: 'computed' });
    expect(cells['A.I.2']!.ss).toEqual({ value: null, source: 'computed' });
    expect(cells['B.I']!.ss).toEqual({ value: null, source: 'computed' });
    expect(cells['A.I']!.ss).toEqual({ value: 83.3, source: 'computed' });
  });

  it('rounds percentages half away from zero, exactly', () => {
    expect(percentOf(1, 8)).toBe(12.5);
    expect(percentOf(1, 2000)).toBe(0.1);
    expect(percentOf(-1, 2000)).toBe(-0.1);
    expect(percentOf(955, 1000)).toBe(95.5);
    expect(percentOf(0, 5)).toBe(0);
    expect(percentOf(999_999_999_999_999, 1_000_000_000_000_000)).toBe(100);
    expect(percentOf(null, 5)).toBeNull();
  });

  it('keeps blank columns empty even when something was entered there', () => {
    const cells = cellsOf({ 'A.II': { dt: 700, qt: 800 } });
    expect(cells['A.II']!.dt).toEqual({ value: null, source: 'computed' });
    expect(cells['A.II']!.qt).toEqual({ value: 800, source: 'entered' });
    expect(cells['A.II']!.ss!.value).toBeNull();
    expect(cells['A']!.dt!.value).toBeNull();
  });

  it('leaves text columns out of the cells', () => {
    expect(Object.keys(cellsOf({})['A']!)).toEqual(['dt', 'qt', 'chenh', 'con', 'ss']);
  });

  it('places the clerk’s detail lines under their open parent, sums them and marks them', () => {
    const extra: FormLine[] = [
      { code: 'B.II.x1', parent: 'B.II', marker: '-', label: 'Đường thôn 3', bold: false, italic: false, openChildren: false, blankColumns: [] },
      { code: 'B.II.x2', parent: 'B.II', marker: '-', label: 'Nhà văn hóa', bold: false, italic: false, openChildren: false, blankColumns: [] },
    ];
    const computed = computeForm(form, { 'B.II.x1': { dt: 300 }, 'B.II.x2': { dt: 200 } }, extra);
    expect(computed.lines.map((l) => [l.code, l.level, l.extra])).toEqual([
      ['A', 0, false],
      ['A.I', 1, false],
      ['A.I.1', 2, false],
      ['A.I.2', 2, false],
      ['A.II', 1, false],
      ['B', 0, false],
      ['B.I', 1, false],
      ['B.II', 1, false],
      ['B.II.x1', 2, true],
      ['B.II.x2', 2, true],
      ['C', 0, false],
    ]);
    expect(computed.lines.find((l) => l.code === 'B.II')!.cells.dt).toEqual({ value: 500, source: 'computed' });
    expect(computed.lines.find((l) => l.code === 'B.II.x1')).toMatchObject({ parent: 'B.II', marker: '-', label: 'Đường thôn 3' });
  });

  it('refuses a detail line under a parent that does not accept them', () => {
    const extra: FormLine = { code: 'A.I.x1', parent: 'A.I', marker: '-', label: 'Thu lạ', bold: false, italic: false, openChildren: false, blankColumns: [] };
    expect(() => computeForm(form, {}, [extra])).toThrow(AppError);
    expect(() => computeForm(form, {}, [extra])).toThrow('Biểu T1: dòng chi tiết "Thu lạ" phải nằm dưới một dòng của biểu cho phép thêm dòng.');
  });
});

describe('validateEntries', () => {
  const messages = (figures: EnteredFigures) => validateEntries(form, figures).map((issue) => issue.message);

  it('accepts integers within the limits, and cleared cells anywhere', () => {
    expect(validateEntries(form, { 'A.I.1': { dt: 1e15, qt: 0 }, 'B.I': { chenh: null }, X: { dt: null } })).toEqual([]);
  });

  it('refuses negatives and 10^16, naming the line and the column', () => {
    expect(validateEntries(form, { 'A.I.1': { dt: -5 }, 'B.I': { qt: 1e16 } })).toEqual([
      { lineCode: 'A.I.1', columnKey: 'dt', message: 'Dòng "1 Phí, lệ phí", cột "Dự toán năm": không được nhập số âm.' },
      { lineCode: 'B.I', columnKey: 'qt', message: 'Dòng "I Chi thường xuyên", cột "Quyết toán năm": số tiền vượt quá giới hạn cho phép (10^15 đồng).' },
    ]);
  });

  it('refuses fractions of a đồng', () => {
    expect(messages({ 'A.I.2': { qt: 10.5 } })).toEqual(['Dòng "2 Thu khác", cột "Quyết toán năm": số tiền phải là số nguyên đồng.']);
  });

  it('refuses entries into computed, percent, text and blank cells', () => {
    expect(messages({ 'A.I.1': { chenh: 1, ss: 50, ghiChu: 3 }, 'A.II': { dt: 5 } })).toEqual([
      'Dòng "1 Phí, lệ phí", cột "Chênh lệch": cột được tính tự động theo công thức, không nhập.',
      'Dòng "1 Phí, lệ phí", cột "So sánh (%) – Quyết toán/Dự toán": tỷ lệ phần trăm được tính tự động, không nhập.',
      'Dòng "1 Phí, lệ phí", cột "Ghi chú": cột chữ, không nhập số tiền.',
      'Dòng "II Thu bổ sung", cột "Dự toán năm": ô này để trống theo mẫu biểu.',
    ]);
  });

  it('refuses unknown lines and unknown columns', () => {
    expect(validateEntries(form, { 'Z.9': { dt: 1 }, 'A.I.1': { nam: 2 } })).toEqual([
      { lineCode: 'Z.9', columnKey: '', message: 'Biểu T1 không có dòng mã "Z.9".' },
      { lineCode: 'A.I.1', columnKey: 'nam', message: 'Dòng "1 Phí, lệ phí": biểu không có cột mã "nam".' },
    ]);
  });

  it('knows the clerk’s detail lines', () => {
    const extra: FormLine = { code: 'B.II.x1', parent: 'B.II', marker: '-', label: 'Cầu', bold: false, italic: false, openChildren: false, blankColumns: [] };
    expect(validateEntries(form, { 'B.II.x1': { dt: 5 } }, [extra])).toEqual([]);
    expect(validateEntries(form, { 'B.II.x1': { dt: 5 } })).toHaveLength(1);
  });
});

describe('carryOver', () => {
  const [set] = builtInFormSets();
  const shippedForm = (code: string) => set!.forms.find((f) => f.code === code)!;

  it('turns the approved estimate into the "Dự toán năm" of the execution form, with the detail lines', () => {
    const approved = shippedForm('110');
    const execution = shippedForm('115');
    const extra: FormLine = { code: 'B.II.11.x1', parent: 'B.II.11', marker: '-', label: 'Hội Người cao tuổi', bold: false, italic: false, openChildren: false, blankColumns: [] };
    const carried = carryOver(approved, { 'B.I': { dt: 900 }, 'B.II.1': { dt: 100 }, 'B.II.11.x1': { dt: 40 }, 'B.III': { dt: 20 } }, execution, { dt: 'dt' }, [extra]);
    expect(carried.figures).toEqual({ 'B.I': { dt: 900 }, 'B.II.1': { dt: 100 }, 'B.II.11.x1': { dt: 40 }, 'B.III': { dt: 20 } });
    expect(carried.extraLines).toEqual([extra]);
    expect(computeForm(execution, carried.figures, carried.extraLines).lines[0]!.cells.dt).toEqual({ value: 1060, source: 'computed' });
  });

  it('maps differently named columns: the commune share of the revenue estimate becomes the execution form’s estimate', () => {
    const carried = carryOver(shippedForm('109'), { 'A.I.1': { dtNsnn: 50, dtNsx: 40 }, 'A.I.2': { dtNsx: 60 }, 'A.V.1': { dtNsx: 700 } }, shippedForm('114'), { dt: 'dtNsx' });
    expect(carried.figures).toEqual({ 'A.I.1': { dt: 40 }, 'A.I.2': { dt: 60 }, 'A.V.1': { dt: 700 } });
  });

  it('carries a computed total where the target line has no detail lines', () => {
    const summary = parseFormSet({
      id: 'test-summary',
      version: 1,
      name: 'Tóm tắt',
      source: 'Dựng cho kiểm thử',
      verified: false,
      forms: [
        {
          code: 'T2',
          formNumber: 'Biểu số T2',
          title: 'TÓM TẮT',
          stages: ['estimateSubmitted'],
          displayUnit: 'dong',
          columns: [{ key: 'uthTruoc', header: 'Ước thực hiện năm trước', number: '1', kind: 'money' }],
          lines: [
            { code: 'A', marker: 'A', label: 'TỔNG THU' },
            { code: 'A.I', marker: 'I', label: 'Thu tại xã', parent: 'A' },
          ],
        },
      ],
    }).forms[0]!;
    const carried = carryOver(form, { 'A.I.1': { qt: 100 }, 'A.I.2': { qt: 50 }, 'B.I': { qt: 70 } }, summary, { uthTruoc: 'qt' });
    expect(carried.figures).toEqual({ 'A.I': { uthTruoc: 150 } });
  });

  it('refuses a mapping to a column that cannot be entered', () => {
    expect(() => carryOver(shippedForm('110'), {}, shippedForm('115'), { ssDt: 'dt' })).toThrow('Biểu 115 không có cột nhập số tiền mã "ssDt".');
    expect(() => carryOver(shippedForm('110'), {}, shippedForm('115'), { dt: 'qt' })).toThrow('Biểu 110 không có cột số tiền mã "qt".');
  });
});
