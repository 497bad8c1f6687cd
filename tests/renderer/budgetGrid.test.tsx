import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import type { ComputedForm, FormColumn, ImportReport, In } from '../../main/api';
import { FormPanel } from '../../renderer/budget/FormPanel';
import { dialogsClosed, fail, fakeTransport, fill, newUser, renderScreen, type Replies } from './fakes';

type Line = ComputedForm['lines'][number];
type Cell = Line['cells'][string];

const money = (key: string, header: string, number: string): FormColumn => ({ key, header, number, kind: 'money', allowNegative: false });
const columns: FormColumn[] = [
  money('estimate', 'Dự toán năm', '1'),
  money('execution', 'Ước thực hiện quý I', '2'),
  { key: 'ofEstimate', header: 'Dự toán năm', group: 'So sánh (%)', number: '3=2/1', kind: 'percent', ratioOf: ['execution', 'estimate'], allowNegative: false },
  { key: 'ofLastYear', header: 'Cùng kỳ năm trước', group: 'So sánh (%)', number: '4', kind: 'percent', allowNegative: false },
];

const entered = (value: number | null, warning?: string): Cell => ({ value, source: 'entered', ...(warning ? { warning } : {}) });
const computed = (value: number | null): Cell => ({ value, source: 'computed' });

function line(code: string, marker: string, label: string, cells: Record<string, Cell>, extras: Partial<Line> = {}): Line {
  const parent = code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : undefined;
  return { code, marker, label, level: code.split('.').length - 1, bold: !parent, italic: false, extra: false, cells, ...(parent ? { parent } : {}), ...extras };
}

const lines: Line[] = [
  line('A', 'A', 'Tổng thu ngân sách xã', { estimate: computed(3_000_000), execution: computed(500_000), ofEstimate: computed(16.666), ofLastYear: computed(null) }),
  line('A.1', '1', 'Thu ngân sách xã hưởng 100%', { estimate: entered(1_000_000), execution: entered(null), ofEstimate: computed(null), ofLastYear: computed(null) }),
  line('A.2', '2', 'Thu bổ sung từ ngân sách cấp trên', { estimate: entered(2_000_000), execution: entered(500_000), ofEstimate: computed(25), ofLastYear: computed(null) }),
  line('B', 'B', 'Tổng chi ngân sách xã', { estimate: computed(900_000), execution: computed(null), ofEstimate: computed(null), ofLastYear: computed(null) }),
  line('B.1', 'I', 'Chi đầu tư phát triển', {
    estimate: entered(900_000, 'Số nhập (900.000) khác tổng các dòng chi tiết (800.000).'),
    execution: computed(null),
    ofEstimate: computed(null),
    ofLastYear: computed(null),
  }),
  line('B.1.x1', '-', 'Dự án nhà văn hóa tổ 3', { estimate: entered(800_000), execution: entered(null), ofEstimate: computed(null), ofLastYear: computed(null) }, { extra: true }),
];

const form: ComputedForm = {
  form: {
    code: 'b113',
    formNumber: 'Biểu số 113/CK TC-NSNN',
    title: 'CÂN ĐỐI NGÂN SÁCH XÃ QUÝ I',
    stages: ['executionQ1'],
    displayUnit: 'dong',
    orientation: 'portrait',
    columns,
    lines: lines
      .filter((entry) => !entry.extra)
      .map((entry) => ({
        code: entry.code,
        marker: entry.marker,
        label: entry.label,
        ...(entry.parent ? { parent: entry.parent } : {}),
        bold: entry.bold,
        italic: false,
        openChildren: entry.code === 'B.1',
        blankColumns: [],
      })),
  },
  lines,
};

const stageRef = { year: 2026, stage: 'executionQ1' as const, formCode: 'b113' };

/** Main's answer to saveFigures: the same form with the changed cells entered. */
function withFigures({ changes }: In<'budget.saveFigures'>, base = form): ComputedForm {
  return {
    ...base,
    lines: base.lines.map((entry) => {
      const mine = changes.filter((change) => change.lineCode === entry.code);
      if (mine.length === 0) return entry;
      const cells = { ...entry.cells };
      const texts = { ...entry.texts };
      for (const change of mine) {
        if ('text' in change) texts[change.columnKey] = change.text;
        else cells[change.columnKey] = entered(change.amount);
      }
      return { ...entry, cells, texts };
    }),
  };
}

function Harness({ readOnly = false, initial = form }: { readOnly?: boolean; initial?: ComputedForm }) {
  const [current, setCurrent] = useState(initial);
  return <FormPanel year={2026} stage="executionQ1" computed={current} readOnly={readOnly} onChanged={setCurrent} />;
}

function renderGrid(replies: Replies = {}, readOnly = false, initial = form) {
  const fake = fakeTransport({ 'budget.saveFigures': withFigures, ...replies });
  renderScreen(<Harness readOnly={readOnly} initial={initial} />, fake.transport);
  return fake;
}

/** The cells of a line, in column order. */
function cellsOf(label: string): HTMLElement[] {
  const row = screen.getByRole('rowheader', { name: new RegExp(`^${label}`) }).closest('tr')!;
  return within(row).getAllByRole('gridcell');
}

const cell = (label: string, column: number) => cellsOf(label)[column]!;

describe('budget form grid', () => {
  it('shows the form headers, computed parents read-only and "-" for a percentage without base', () => {
    renderGrid();
    const grid = screen.getByRole('grid', { name: 'Biểu số 113/CK TC-NSNN CÂN ĐỐI NGÂN SÁCH XÃ QUÝ I' });
    const headers = within(grid).getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(['STT', 'Nội dung', 'Dự toán năm', 'Ước thực hiện quý I', 'So sánh (%)', 'Dự toán năm', 'Cùng kỳ năm trước', 'A', 'B', '1', '2', '3=2/1', '4']);
    expect(within(grid).getByRole('columnheader', { name: 'So sánh (%)' }).getAttribute('colspan')).toBe('2');

    const total = cellsOf('Tổng thu ngân sách xã');
    expect(total.map((entry) => entry.textContent)).toEqual(['3.000.000', '500.000', '16,7', '-']);
    expect(total.every((entry) => entry.getAttribute('aria-readonly') === 'true')).toBe(true);
    expect(total[0]!.className).toContain('computed');
    expect(cellsOf('Thu bổ sung từ ngân sách cấp trên').map((entry) => entry.textContent)).toEqual(['2.000.000', '500.000', '25,0', '-']);
    expect(cell('Thu ngân sách xã hưởng 100%', 1).getAttribute('aria-readonly')).toBe('false');
  });

  it('shows an entered parent figure as read-only, with its warning visible', () => {
    renderGrid();
    const parent = cell('Chi đầu tư phát triển', 0);
    expect(parent.getAttribute('aria-readonly')).toBe('true');
    expect(parent.className).toContain('entered-parent');
    expect(within(parent).getByRole('img', { name: 'Số nhập (900.000) khác tổng các dòng chi tiết (800.000).' })).toBeTruthy();
  });

  it('saves a typed amount as whole đồng on Enter and moves down', async () => {
    const fake = renderGrid();
    const user = newUser();
    await user.click(cell('Thu ngân sách xã hưởng 100%', 1));
    await user.keyboard('1.234.567{Enter}');

    await waitFor(() => expect(fake.inputsOf('budget.saveFigures')).toHaveLength(1));
    expect(fake.inputsOf('budget.saveFigures')[0]).toEqual({ ...stageRef, changes: [{ lineCode: 'A.1', columnKey: 'execution', amount: 1234567 }] });
    await waitFor(() => expect(cell('Thu ngân sách xã hưởng 100%', 1).textContent).toBe('1.234.567'));
    expect(cell('Thu bổ sung từ ngân sách cấp trên', 1).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(cell('Thu bổ sung từ ngân sách cấp trên', 1));
  });

  it('refuses a bad entry at the cell and sends nothing', async () => {
    const fake = renderGrid();
    const user = newUser();
    await user.click(cell('Thu ngân sách xã hưởng 100%', 0));
    await user.keyboard('12a{Enter}');

    const editor = screen.getByRole('textbox', { name: 'Thu ngân sách xã hưởng 100% – Dự toán năm' });
    expect(editor.getAttribute('aria-invalid')).toBe('true');
    expect(within(cell('Thu ngân sách xã hưởng 100%', 0)).getByRole('alert').textContent).toMatch(/không phải là số tiền hợp lệ/);
    expect(fake.calls).toEqual([]);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(cell('Thu ngân sách xã hưởng 100%', 0).textContent).toBe('1.000.000');
    expect(fake.calls).toEqual([]);
  });

  it('edits with F2 from the current amount, moves with Tab and arrows, clears with Delete', async () => {
    const fake = renderGrid();
    const user = newUser();
    await user.click(cell('Thu bổ sung từ ngân sách cấp trên', 0));
    await user.keyboard('{F2}');
    const editor = screen.getByRole<HTMLInputElement>('textbox', { name: 'Thu bổ sung từ ngân sách cấp trên – Dự toán năm' });
    expect(editor.value).toBe('2.000.000');
    await user.keyboard('{Backspace}{Backspace}{Backspace}{Backspace}{Backspace}{Backspace}{Backspace}{Backspace}{Backspace}2.500.000{Tab}');
    await waitFor(() => expect(fake.inputsOf('budget.saveFigures')).toHaveLength(1));
    expect(fake.inputsOf('budget.saveFigures')[0]).toEqual({ ...stageRef, changes: [{ lineCode: 'A.2', columnKey: 'estimate', amount: 2_500_000 }] });
    await waitFor(() => expect(document.activeElement).toBe(cell('Thu bổ sung từ ngân sách cấp trên', 1)));

    await user.keyboard('{Delete}');
    await waitFor(() => expect(fake.inputsOf('budget.saveFigures')).toHaveLength(2));
    expect(fake.inputsOf('budget.saveFigures')[1]).toEqual({ ...stageRef, changes: [{ lineCode: 'A.2', columnKey: 'execution', amount: null }] });

    await user.keyboard('{ArrowUp}{ArrowLeft}{Delete}');
    expect(document.activeElement).toBe(cell('Thu ngân sách xã hưởng 100%', 0));
    await waitFor(() => expect(fake.inputsOf('budget.saveFigures')).toHaveLength(3));
    expect(fake.inputsOf('budget.saveFigures')[2]).toEqual({ ...stageRef, changes: [{ lineCode: 'A.1', columnKey: 'estimate', amount: null }] });
  });

  it('shows and reads triệu đồng in a form kept in millions', async () => {
    const inMillions = { ...form, form: { ...form.form, displayUnit: 'millionDong' as const } };
    const fake = renderGrid({ 'budget.saveFigures': inMillions }, false, inMillions);
    const user = newUser();
    expect(screen.getByText('Đơn vị tính: triệu đồng')).toBeTruthy();
    expect(cellsOf('Tổng thu ngân sách xã').map((entry) => entry.textContent)).toEqual(['3', '0,5', '16,7', '-']);
    await user.click(cell('Thu ngân sách xã hưởng 100%', 1));
    await user.keyboard('1.234,5{Enter}');
    await waitFor(() => expect(fake.inputsOf('budget.saveFigures')).toHaveLength(1));
    expect(fake.inputsOf('budget.saveFigures')[0]).toEqual({ ...stageRef, changes: [{ lineCode: 'A.1', columnKey: 'execution', amount: 1_234_500_000 }] });
  });

  it('sends nothing when an edit is confirmed unchanged', async () => {
    const fake = renderGrid();
    const user = newUser();
    await user.click(cell('Thu ngân sách xã hưởng 100%', 0));
    await user.keyboard('{Enter}{Enter}');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(cell('Thu bổ sung từ ngân sách cấp trên', 0).getAttribute('aria-selected')).toBe('true');
    expect(fake.calls).toEqual([]);
  });

  it('pastes a block from Excel in one save', async () => {
    const fake = renderGrid();
    const user = newUser();
    await user.click(cell('Thu ngân sách xã hưởng 100%', 0));
    await user.paste('1.100.000\t200.000\r\n2.100.000\t(0)\r\n');

    await waitFor(() => expect(fake.inputsOf('budget.saveFigures')).toHaveLength(1));
    expect(fake.inputsOf('budget.saveFigures')[0]).toEqual({
      ...stageRef,
      changes: [
        { lineCode: 'A.1', columnKey: 'estimate', amount: 1_100_000 },
        { lineCode: 'A.1', columnKey: 'execution', amount: 200_000 },
        { lineCode: 'A.2', columnKey: 'estimate', amount: 2_100_000 },
        { lineCode: 'A.2', columnKey: 'execution', amount: 0 },
      ],
    });
    expect(await screen.findByText('Đã dán số liệu vào 4 ô.')).toBeTruthy();
    expect(cell('Thu bổ sung từ ngân sách cấp trên', 0).textContent).toBe('2.100.000');
  });

  it('pastes nothing when one pasted value is not an amount, and skips computed cells', async () => {
    const fake = renderGrid();
    const user = newUser();
    await user.click(cell('Thu ngân sách xã hưởng 100%', 0));
    await user.paste('1.000\nx\n');
    expect(within(cell('Thu bổ sung từ ngân sách cấp trên', 0)).getByRole('alert').textContent).toMatch(/^Chưa dán số liệu nào\. .*không phải là số tiền hợp lệ/);
    expect(fake.calls).toEqual([]);

    await user.click(cell('Tổng thu ngân sách xã', 0));
    await user.paste('5\n6\n7\n');
    await waitFor(() => expect(fake.inputsOf('budget.saveFigures')).toHaveLength(1));
    expect(fake.inputsOf('budget.saveFigures')[0]).toEqual({
      ...stageRef,
      changes: [
        { lineCode: 'A.1', columnKey: 'estimate', amount: 6 },
        { lineCode: 'A.2', columnKey: 'estimate', amount: 7 },
      ],
    });
    expect(await screen.findByText('Đã dán số liệu vào 2 ô. Bỏ qua 1 giá trị rơi vào ô tự tính hoặc ngoài biểu.')).toBeTruthy();
  });

  it("shows main's refusal at the cell it names", async () => {
    const refusal = 'Dòng "Thu ngân sách xã hưởng 100%", cột "Dự toán năm": số tiền không được âm.';
    renderGrid({ 'budget.saveFigures': fail('BAD_INPUT', refusal, 'A.1.estimate') });
    const user = newUser();
    await user.click(cell('Thu ngân sách xã hưởng 100%', 0));
    await user.keyboard('5{Enter}');
    expect((await within(cell('Thu ngân sách xã hưởng 100%', 0)).findByRole('alert')).textContent).toBe(refusal);
    expect(screen.getByRole('textbox', { name: 'Thu ngân sách xã hưởng 100% – Dự toán năm' })).toBeTruthy();
  });

  it("shows main's refusal of a pasted block at the cell its path names", async () => {
    const refusal = 'Dòng "Dự án nhà văn hóa tổ 3", cột "Dự toán năm": vượt quá dự toán được giao.';
    const fake = renderGrid({ 'budget.saveFigures': fail('BAD_INPUT', refusal, 'B.1.x1.estimate') });
    const user = newUser();
    await user.click(cell('Dự án nhà văn hóa tổ 3', 0));
    await user.paste('7\t8\n');
    await waitFor(() => expect(fake.inputsOf('budget.saveFigures')).toHaveLength(1));
    expect((await within(cell('Dự án nhà văn hóa tổ 3', 0)).findByRole('alert')).textContent).toBe(refusal);
    expect(document.activeElement).toBe(cell('Dự án nhà văn hóa tổ 3', 0));
  });

  it('is read-only when the report is locked', async () => {
    const fake = renderGrid({}, true);
    const user = newUser();
    expect(screen.getByRole('grid').getAttribute('aria-readonly')).toBe('true');
    expect(screen.getAllByRole('gridcell').every((entry) => entry.getAttribute('aria-readonly') === 'true')).toBe(true);
    await user.click(cell('Thu ngân sách xã hưởng 100%', 0));
    await user.keyboard('5{Enter}{F2}{Delete}');
    await user.paste('1\t2');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Nhập từ Excel…' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Thêm dòng/ })).toBeNull();
    expect(fake.calls).toEqual([]);
  });

  it('adds a detail line under an open line and removes an added one after confirmation', async () => {
    const fake = renderGrid({ 'budget.addLine': form, 'budget.removeLine': form });
    const user = newUser();
    const add = screen.getByRole('button', { name: 'Thêm dòng vào "Chi đầu tư phát triển"' });
    expect(add.getAttribute('title')).toBe('Thêm dòng chi tiết');
    await user.click(add);
    const dialog = await screen.findByRole('dialog', { name: 'Thêm dòng vào "Chi đầu tư phát triển"' });
    await fill(user, within(dialog).getByLabelText('Nội dung dòng'), 'Dự án đường tổ 5');
    await user.click(within(dialog).getByRole('button', { name: 'Thêm dòng' }));
    await waitFor(() => expect(fake.inputsOf('budget.addLine')).toEqual([{ ...stageRef, parent: 'B.1', label: 'Dự án đường tổ 5' }]));
    await dialogsClosed();

    await user.click(screen.getByRole('button', { name: 'Xóa dòng "Dự án nhà văn hóa tổ 3"' }));
    const confirm = await screen.findByRole('dialog', { name: 'Xóa dòng "Dự án nhà văn hóa tổ 3"?' });
    await user.click(within(confirm).getByRole('button', { name: 'Xóa' }));
    await waitFor(() => expect(fake.inputsOf('budget.removeLine')).toEqual([{ ...stageRef, lineCode: 'B.1.x1' }]));
  });
});

describe('text columns of a project form', () => {
  const projects: ComputedForm = {
    form: {
      ...form.form,
      code: '106',
      columns: [{ key: 'diaDiem', header: 'Địa điểm xây dựng', number: '1', kind: 'text', allowNegative: false }, money('tongMuc', 'Tổng mức đầu tư', '2')],
      lines: [{ code: 'T', marker: '', label: 'TỔNG SỐ', bold: true, italic: false, openChildren: true, blankColumns: [] }],
    },
    lines: [
      line('T', '', 'TỔNG SỐ', { tongMuc: computed(800_000) }),
      line('T.x1', '-', 'Nhà văn hóa thôn 2', { tongMuc: entered(800_000) }, { extra: true, texts: { diaDiem: 'Thôn 1' } }),
    ],
  };
  const projectRef = { ...stageRef, formCode: '106' };
  const renderProjects = () => renderGrid({ 'budget.saveFigures': (input: In<'budget.saveFigures'>) => withFigures(input, projects) }, false, projects);

  it('shows the text left-aligned and not summed, and saves what is typed as text', async () => {
    const fake = renderProjects();
    const place = cell('Nhà văn hóa thôn 2', 0);
    expect(place.textContent).toBe('Thôn 1');
    expect(place.className).toContain('text');
    expect(place.className).not.toContain('number');
    expect(cell('TỔNG SỐ', 0).textContent).toBe('');

    const user = newUser();
    await user.click(place);
    await user.keyboard('{F2}{Backspace}2, xã An Bình{Enter}');
    await waitFor(() => expect(fake.inputsOf('budget.saveFigures')).toHaveLength(1));
    expect(fake.inputsOf('budget.saveFigures')[0]).toEqual({ ...projectRef, changes: [{ lineCode: 'T.x1', columnKey: 'diaDiem', text: 'Thôn 2, xã An Bình' }] });
    await waitFor(() => expect(cell('Nhà văn hóa thôn 2', 0).textContent).toBe('Thôn 2, xã An Bình'));
  });

  it('pastes a block from Excel with the text into the text column and the amount into the money column', async () => {
    const fake = renderProjects();
    const user = newUser();
    await user.click(cell('Nhà văn hóa thôn 2', 0));
    await user.paste('Thôn 3\t950.000\r\n');
    await waitFor(() => expect(fake.inputsOf('budget.saveFigures')).toHaveLength(1));
    expect(fake.inputsOf('budget.saveFigures')[0]).toEqual({
      ...projectRef,
      changes: [
        { lineCode: 'T.x1', columnKey: 'diaDiem', text: 'Thôn 3' },
        { lineCode: 'T.x1', columnKey: 'tongMuc', amount: 950_000 },
      ],
    });
    expect(await screen.findByText('Đã dán số liệu vào 2 ô.')).toBeTruthy();
  });
});

describe('import from Excel', () => {
  const workbook = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04])], 'so-lieu.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const report = (errorCount: number): ImportReport => ({
    lines: [
      { row: 7, lineCode: 'A.1', label: 'Thu ngân sách xã hưởng 100%', status: 'ok', messages: [] },
      errorCount > 0
        ? { row: 8, lineCode: 'A.2', label: 'Thu bổ sung từ ngân sách cấp trên', status: 'error', messages: ['Ô C8: "12a" không phải số tiền.'] }
        : { row: 8, lineCode: 'A.2', label: 'Thu bổ sung từ ngân sách cấp trên', status: 'ok', messages: [] },
    ],
    errorCount,
    warningCount: 0,
  });

  it('reports each line and saves nothing while the file has errors', async () => {
    const fake = renderGrid({ 'budget.previewWorkbook': report(1) });
    const user = newUser();
    await user.upload(screen.getByLabelText('Chọn tệp Excel để nhập'), workbook);

    const dialog = await screen.findByRole('dialog', { name: 'Nhập số liệu từ tệp so-lieu.xlsx' });
    expect(await within(dialog).findByText('Ô C8: "12a" không phải số tiền.')).toBeTruthy();
    expect(fake.inputsOf('budget.previewWorkbook')).toEqual([{ ...stageRef, contentBase64: 'UEsDBA==' }]);
    expect(within(dialog).getByText(/Tệp còn 1 lỗi nên chưa lưu được/)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Lưu số liệu' }).hasAttribute('disabled')).toBe(true);
    expect(fake.inputsOf('budget.applyWorkbook')).toEqual([]);
  });

  it('saves a clean file', async () => {
    const fake = renderGrid({ 'budget.previewWorkbook': report(0), 'budget.applyWorkbook': form });
    const user = newUser();
    await user.upload(screen.getByLabelText('Chọn tệp Excel để nhập'), workbook);
    const dialog = await screen.findByRole('dialog', { name: 'Nhập số liệu từ tệp so-lieu.xlsx' });
    await user.click(await within(dialog).findByRole('button', { name: 'Lưu số liệu' }));
    await waitFor(() => expect(fake.inputsOf('budget.applyWorkbook')).toEqual([{ ...stageRef, contentBase64: 'UEsDBA==' }]));
    await dialogsClosed();
    expect(await screen.findByText('Đã lưu số liệu từ tệp Excel.')).toBeTruthy();
  });

  it('refuses a file that is not .xlsx without sending it', async () => {
    const fake = renderGrid();
    const input = screen.getByLabelText<HTMLInputElement>('Chọn tệp Excel để nhập');
    fireEvent.change(input, { target: { files: [new File(['a;b'], 'so-lieu.csv', { type: 'text/csv' })] } });
    const dialog = await screen.findByRole('dialog', { name: 'Nhập số liệu từ tệp so-lieu.csv' });
    expect(within(dialog).getByText(/Chỉ nhận tệp Excel dạng \.xlsx/)).toBeTruthy();
    expect(fake.calls).toEqual([]);
  });
});
