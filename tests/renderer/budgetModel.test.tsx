import type { ComputedForm, FormColumn } from '../../main/api';
import { editableCells, headerRows, moveFrom, parseClipboardTable, planPaste, readEntry } from '../../renderer/budget/gridModel';
import { executionRows, structureOf } from '../../renderer/budget/charts/chartData';

const column = (key: string, extras: Partial<FormColumn> = {}): FormColumn => ({ key, header: key, number: key, kind: 'money', allowNegative: false, ...extras });

describe('grid model', () => {
  it('spans a group header over adjacent columns of the same group', () => {
    const rows = headerRows([column('a'), column('b', { group: 'So sánh (%)' }), column('c', { group: 'So sánh (%)' }), column('d')]);
    expect(rows).toEqual([
      [
        { key: 'a', label: 'a', colSpan: 1, rowSpan: 2 },
        { key: 'group-b', label: 'So sánh (%)', colSpan: 2, rowSpan: 1 },
        { key: 'd', label: 'd', colSpan: 1, rowSpan: 2 },
      ],
      [
        { key: 'b', label: 'b', colSpan: 1, rowSpan: 1 },
        { key: 'c', label: 'c', colSpan: 1, rowSpan: 1 },
      ],
    ]);
    expect(headerRows([column('a'), column('b')])).toHaveLength(1);
  });

  it('reads Excel clipboard rows, keeping empty cells', () => {
    expect(parseClipboardTable('1\t2\r\n\t4\r\n')).toEqual([
      ['1', '2'],
      ['', '4'],
    ]);
    expect(parseClipboardTable('5')).toEqual([['5']]);
  });

  it('lets the clerk enter only leaf figures of money columns without formula, outside blank columns', () => {
    const entered = { value: null, source: 'entered' as const };
    const form = {
      form: {
        columns: [column('a'), column('b'), column('sum', { formula: ['+a', '+b'] }), column('pct', { kind: 'percent' })],
        lines: [
          { code: 'P', blankColumns: [] },
          { code: 'C', blankColumns: ['b'] },
        ],
      },
      lines: [
        { code: 'P', cells: { a: entered, b: entered, sum: entered, pct: entered } },
        { code: 'C', parent: 'P', cells: { a: entered, b: entered, sum: entered, pct: entered } },
        { code: 'X', parent: 'P', extra: true, cells: { a: entered, b: { value: 1, source: 'computed' } } },
      ],
    } as unknown as ComputedForm;
    expect(editableCells(form)).toEqual([
      [false, false, false, false],
      [true, false, false, false],
      [true, false, false, false],
    ]);
  });

  it('refuses a negative amount in a column that does not allow one', () => {
    const line = { code: 'L1' } as ComputedForm['lines'][number];
    expect(readEntry('-5', line, column('a'), 'dong')).toEqual({ ok: false, message: 'Cột này không nhận số âm.' });
    expect(readEntry('-5', line, column('a', { allowNegative: true }), 'dong')).toEqual({ ok: true, change: { lineCode: 'L1', columnKey: 'a', amount: -5 } });
  });

  it('reads a text column as trimmed text, never as an amount', () => {
    const line = { code: 'T.x1' } as ComputedForm['lines'][number];
    expect(readEntry('  Thôn 2 ', line, column('diaDiem', { kind: 'text' }), 'dong')).toEqual({ ok: true, change: { lineCode: 'T.x1', columnKey: 'diaDiem', text: 'Thôn 2' } });
  });

  it('lays a pasted block cell for cell, counting values that fall outside the editable cells', () => {
    const form = {
      form: { displayUnit: 'dong', columns: [column('a'), column('b')] },
      lines: [{ code: 'L1' }, { code: 'L2' }],
    } as unknown as ComputedForm;
    const editable = [
      [true, false],
      [true, true],
    ];
    expect(planPaste(form, editable, { row: 0, col: 0 }, [['1', '2', '3'], ['', '4'], ['5']])).toEqual({
      changes: [
        { lineCode: 'L1', columnKey: 'a', amount: 1 },
        { lineCode: 'L2', columnKey: 'a', amount: null },
        { lineCode: 'L2', columnKey: 'b', amount: 4 },
      ],
      skipped: 3,
      failure: null,
    });
    expect(planPaste(form, editable, { row: 1, col: 0 }, [['7', 'x']]).failure?.position).toEqual({ row: 1, col: 1 });
  });

  it('moves the active cell within the grid', () => {
    const size = { rows: 40, cols: 3 };
    expect(moveFrom({ row: 0, col: 0 }, 'ArrowUp', size, false)).toEqual({ row: 0, col: 0 });
    expect(moveFrom({ row: 5, col: 1 }, 'ArrowDown', size, true)).toEqual({ row: 39, col: 1 });
    expect(moveFrom({ row: 5, col: 1 }, 'End', size, false)).toEqual({ row: 5, col: 2 });
    expect(moveFrom({ row: 5, col: 1 }, 'PageDown', size, false)).toEqual({ row: 20, col: 1 });
    expect(moveFrom({ row: 5, col: 1 }, 'Home', size, true)).toEqual({ row: 0, col: 0 });
    expect(moveFrom({ row: 5, col: 1 }, 'x', size, false)).toBeNull();
  });
});

describe('chart data', () => {
  const cells = (estimate: number | null, execution: number | null) => ({
    estimate: { value: estimate, source: 'entered' as const },
    execution: { value: execution, source: 'entered' as const },
  });
  const form = {
    form: { columns: [column('estimate', { header: 'Dự toán năm' }), column('execution', { header: 'Ước thực hiện' }), column('ratio', { kind: 'percent' })] },
    lines: [
      { code: 'A', label: 'TỔNG THU NGÂN SÁCH XÃ', level: 0, cells: cells(100, 50) },
      { code: 'A.1', parent: 'A', label: 'Thu phí, lệ phí', level: 1, cells: cells(40, 20) },
      { code: 'A.2', parent: 'A', label: 'Thu khác', level: 1, cells: cells(60, null) },
      { code: 'A.2.1', parent: 'A.2', label: 'Thu chi tiết', level: 2, cells: cells(60, null) },
      { code: 'B', label: 'Tổng chi ngân sách xã', level: 0, cells: cells(0, null) },
      { code: 'B.1', parent: 'B', label: 'Chi thường xuyên', level: 1, cells: cells(null, null) },
    ],
  } as unknown as ComputedForm;

  it('finds revenue and expenditure totals by their labels and shares their children in the last money column', () => {
    expect(structureOf(form, 'thu')?.shares).toEqual([{ label: 'Thu phí, lệ phí', value: 20 }]);
    expect(structureOf(form, 'chi')?.total.code).toBe('B');
    expect(structureOf(form, 'chi')?.shares).toEqual([]);
  });

  it('pairs estimate and execution for the summary lines that have figures', () => {
    expect(executionRows(form)?.rows).toEqual([
      { label: 'TỔNG THU NGÂN SÁCH XÃ', values: [100, 50] },
      { label: 'Thu phí, lệ phí', values: [40, 20] },
      { label: 'Thu khác', values: [60, null] },
      { label: 'Tổng chi ngân sách xã', values: [0, null] },
    ]);
  });
});
