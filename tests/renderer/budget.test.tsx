import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { BudgetStage, ComputedForm, FiscalYear, GeneratedFile, StageReport, StageSummary } from '../../main/api';
import { budgetStages } from '../../main/api';
import { createClient } from '../../renderer/api/client';
import type { WindowWithApi } from '../../renderer/api/transport';
import { navigationFor } from '../../renderer/app/navigation';
import { BudgetScreen } from '../../renderer/budget/BudgetScreen';
import { saveFile } from '../../renderer/ui/saveFile';
import { dialogsClosed, fail, fakeTransport, fill, newUser, renderScreen, status, type Replies } from './fakes';

const rules: Record<BudgetStage, string> = {
  estimateSubmitted: 'Chậm nhất 05 ngày làm việc kể từ ngày UBND gửi tài liệu cho đại biểu HĐND',
  estimateApproved: 'Chậm nhất 30 ngày kể từ ngày HĐND quyết định dự toán',
  executionQ1: 'Chậm nhất 15 ngày kể từ ngày kết thúc quý I',
  execution6m: 'Chậm nhất 15 ngày kể từ ngày kết thúc 6 tháng đầu năm',
  execution9m: 'Chậm nhất 15 ngày kể từ ngày kết thúc 9 tháng',
  executionYear: 'Khi UBND trình HĐND báo cáo thực hiện ngân sách năm',
  finalAccounts: 'Chậm nhất 30 ngày kể từ ngày HĐND phê chuẩn quyết toán',
};

function summary(stage: BudgetStage, overrides: Partial<StageSummary> = {}): StageSummary {
  return {
    stage,
    triggerDate: null,
    deadline: null,
    deadlineRule: rules[stage],
    status: 'notStarted',
    resolutionNumber: '',
    resolutionDate: null,
    submittedOn: null,
    currentVersion: null,
    disclosedOn: null,
    ...overrides,
  };
}

const stageOverrides: Partial<Record<BudgetStage, Partial<StageSummary>>> = {
  estimateSubmitted: { status: 'disclosedOnTime', submittedOn: '2025-12-05', deadline: '2025-12-12', currentVersion: 1, disclosedOn: '2025-12-08' },
  estimateApproved: { status: 'draft', resolutionNumber: '15/NQ-HĐND', resolutionDate: '2025-12-20', deadline: '2026-01-19', currentVersion: 1 },
  executionQ1: { status: 'overdue', deadline: '2026-04-15' },
  execution6m: { deadline: '2026-07-15' },
  execution9m: { deadline: '2026-10-15' },
};

function fiscalYear(year = 2026, overrides = stageOverrides): FiscalYear {
  return {
    year,
    formSetId: 'tt343-xa',
    formSetVersion: 1,
    formSetName: 'Biểu mẫu TT 343/2016 cấp xã',
    formSetVerified: false,
    stages: budgetStages.map((stage) => summary(stage, overrides[stage])),
  };
}

type Line = ComputedForm['lines'][number];
const cellOf = (value: number | null, source: 'entered' | 'computed') => ({ value, source });
function line(code: string, label: string, value: number | null): Line {
  const parent = code.includes('.') ? code.split('.')[0] : undefined;
  return {
    code,
    marker: parent ? code.split('.')[1]! : code,
    label,
    level: parent ? 1 : 0,
    bold: !parent,
    italic: false,
    extra: false,
    cells: { estimate: cellOf(value, parent ? 'entered' : 'computed') },
    ...(parent ? { parent } : {}),
  };
}

function balanceForm(values: { own: number | null; transfer: number | null; recurrent: number | null }): ComputedForm {
  const lines = [
    line('A', 'Tổng thu ngân sách xã', (values.own ?? 0) + (values.transfer ?? 0)),
    line('A.1', 'Thu ngân sách xã hưởng 100%', values.own),
    line('A.2', 'Thu bổ sung từ ngân sách cấp trên', values.transfer),
    line('B', 'Tổng chi ngân sách xã', values.recurrent),
    line('B.1', 'Chi thường xuyên', values.recurrent),
  ];
  return {
    form: {
      code: 'b108',
      formNumber: 'Biểu số 108/CK TC-NSNN',
      title: 'CÂN ĐỐI DỰ TOÁN NGÂN SÁCH XÃ',
      stages: ['estimateApproved'],
      displayUnit: 'dong',
      orientation: 'portrait',
      columns: [{ key: 'estimate', header: 'Dự toán năm', number: '1', kind: 'money', allowNegative: false }],
      lines: lines.map(({ code, marker, label, parent, bold }) => ({
        code,
        marker,
        label,
        ...(parent ? { parent } : {}),
        bold,
        italic: false,
        openChildren: false,
        blankColumns: [],
      })),
    },
    lines,
  };
}

const figures = balanceForm({ own: 400_000_000, transfer: 600_000_000, recurrent: 1_000_000_000 });
const disclosure = {
  postedOn: '2026-01-10',
  channels: ['postingHeadquarters' as const, 'loudspeaker' as const],
  postingDays: 30,
  performedBy: 'Nguyễn Văn An',
  note: '',
};

function report(overrides: Partial<StageReport> = {}): StageReport {
  return {
    year: 2026,
    stage: 'estimateApproved',
    versions: [{ version: 1, status: 'draft', correctionReason: '', createdAt: '2026-01-05T02:00:00Z', disclosure: null }],
    version: 1,
    locked: false,
    forms: [figures],
    ...overrides,
  };
}

const lockedReport = report({
  locked: true,
  versions: [{ version: 1, status: 'disclosed', correctionReason: '', createdAt: '2026-01-05T02:00:00Z', disclosure }],
});

function renderBudget(replies: Replies = {}, account = status().account) {
  const fake = fakeTransport({
    'budget.listYears': [{ year: 2026, formSetName: 'Biểu mẫu TT 343/2016 cấp xã' }],
    'budget.getYear': fiscalYear(),
    'budget.getReport': report(),
    'attachments.list': [],
    ...replies,
  });
  renderScreen(<BudgetScreen />, fake.transport, { status: status({ account }) });
  return fake;
}

const viewer = { id: 3, username: 'xem', fullName: 'Phạm Thu', role: 'viewer' as const };

/** Types a dd/MM/yyyy date the way autofill or paste reaches the picker's hidden input. */
function enterDate(dialog: HTMLElement, name: string, text: string) {
  const input = dialog.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!input) throw new Error(`No date input named ${name}`);
  fireEvent.change(input, { target: { value: text } });
}

describe('budget years', () => {
  it('explains an empty year list and opens a year with a chosen form set, warning that it is unverified', async () => {
    let opened = false;
    const fake = renderBudget({
      'budget.listYears': () => (opened ? [{ year: 2026, formSetName: 'Biểu mẫu TT 343/2016 cấp xã' }] : []),
      'budget.listFormSets': [
        { id: 'tt343-xa', version: 1, name: 'Biểu mẫu TT 343/2016 cấp xã', verified: false, builtIn: true },
        { id: 'tinh-ha-noi', version: 2, name: 'Biểu mẫu tỉnh Hà Nội', verified: true, builtIn: false },
      ],
      'budget.openYear': () => {
        opened = true;
        return fiscalYear();
      },
    });
    const user = newUser();

    expect(await screen.findByText('Chưa mở năm ngân sách nào')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Mở năm ngân sách' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mở năm ngân sách' });
    const formSet = await within(dialog).findByLabelText('Bộ biểu mẫu');
    expect(within(formSet).getByRole('option', { name: 'Biểu mẫu TT 343/2016 cấp xã (chưa đối chiếu với phụ lục chính thức)' })).toBeTruthy();
    expect(within(dialog).getByText(/chưa đối chiếu với phụ lục chính thức của Thông tư 343\/2016\/TT-BTC/)).toBeTruthy();

    await fill(user, within(dialog).getByLabelText('Năm cần mở'), '1999');
    await user.click(within(dialog).getByRole('button', { name: 'Mở năm' }));
    expect(within(dialog).getByText('Giá trị phải từ 2000 trở lên.')).toBeTruthy();

    await fill(user, within(dialog).getByLabelText('Năm cần mở'), '2026');
    await user.click(within(dialog).getByRole('button', { name: 'Mở năm' }));
    await waitFor(() => expect(fake.inputsOf('budget.openYear')).toEqual([{ year: 2026, formSetId: 'tt343-xa', formSetVersion: 1 }]));
    await dialogsClosed();
    expect(await screen.findByRole('list', { name: 'Các giai đoạn công khai năm 2026' })).toBeTruthy();
  });

  it("lets an administrator import a province's form set file and reports main's refusal", async () => {
    let imported = false;
    const fake = renderBudget({
      'budget.listYears': [],
      'budget.listFormSets': () => [
        { id: 'tt343-xa', version: 1, name: 'Biểu mẫu TT 343/2016 cấp xã', verified: false, builtIn: true },
        ...(imported ? [{ id: 'tinh-minh-son', version: 1, name: 'Biểu mẫu tỉnh Minh Sơn', verified: true, builtIn: false }] : []),
      ],
      'budget.importFormSet': (input) => {
        if ((input as { json: string }).json.includes('"broken"')) return fail('INVALID_FILE', 'Biểu 110, dòng "B.II.3": dòng cha "B.II.9" không tồn tại.');
        imported = true;
        return { id: 'tinh-minh-son', version: 1 };
      },
    });
    const user = newUser();
    await user.click(await screen.findByRole('button', { name: 'Mở năm ngân sách' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mở năm ngân sách' });
    const input = await within(dialog).findByLabelText('Chọn tệp bộ biểu mẫu');
    await user.upload(input, new File(['{"id":"broken"}'], 'hong.json', { type: 'application/json' }));
    expect(await within(dialog).findByText('Biểu 110, dòng "B.II.3": dòng cha "B.II.9" không tồn tại.')).toBeTruthy();
    await user.upload(input, new File(['{"id":"tinh-minh-son"}'], 'minh-son.json', { type: 'application/json' }));
    await waitFor(() => expect(fake.inputsOf('budget.importFormSet')).toHaveLength(2));
    expect(fake.inputsOf('budget.importFormSet')[1]).toEqual({ json: '{"id":"tinh-minh-son"}' });
    await waitFor(() => expect((within(dialog).getByLabelText('Bộ biểu mẫu') as HTMLSelectElement).value).toBe('tinh-minh-son@1'));
  });

  it('tells a viewer who may open a year instead of offering the button', async () => {
    renderBudget({ 'budget.listYears': [] }, viewer);
    expect(await screen.findByText(/Cán bộ phụ trách cần mở năm ngân sách trước/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mở năm ngân sách' })).toBeNull();
  });

  it('lists the budget screen for every role of a ward, not for a superior office', () => {
    const labels = (groups: ReturnType<typeof navigationFor>) => groups.flatMap((group) => group.items.map((item) => item.label));
    expect(labels(navigationFor('ward', 'viewer'))).toContain('Công khai ngân sách');
    expect(labels(navigationFor('ward', 'administrator'))).toContain('Công khai ngân sách');
    expect(labels(navigationFor('superior', 'administrator'))).not.toContain('Công khai ngân sách');
  });
});

describe('stage timeline', () => {
  it('shows every stage with its status, deadline and rule, and opens the first stage not yet disclosed', async () => {
    const fake = renderBudget();
    const timeline = await screen.findByRole('list', { name: 'Các giai đoạn công khai năm 2026' });
    const items = within(timeline).getAllByRole('listitem');
    const nameOf = (item: HTMLElement) => document.getElementById(within(item).getByRole('button').getAttribute('aria-labelledby')!)!.textContent;
    expect(items.map(nameOf)).toEqual([
      'Dự toán trình HĐND',
      'Dự toán được HĐND quyết định',
      'Thực hiện quý I',
      'Thực hiện 6 tháng',
      'Thực hiện 9 tháng',
      'Thực hiện cả năm',
      'Quyết toán được HĐND phê chuẩn',
    ]);
    const stage = (name: string) => within(timeline).getByRole('button', { name });
    expect(stage('Dự toán trình HĐND').textContent).toContain('Đã công khai đúng hạn');
    expect(stage('Dự toán trình HĐND').textContent).toContain('Hạn: 12/12/2025');
    expect(stage('Dự toán được HĐND quyết định').textContent).toContain('Đang nhập');
    expect(stage('Dự toán được HĐND quyết định').textContent).toContain('Hạn: 19/01/2026');
    expect(stage('Dự toán được HĐND quyết định').textContent).toContain(rules.estimateApproved);
    expect(stage('Thực hiện quý I').textContent).toContain('Quá hạn');
    expect(stage('Quyết toán được HĐND phê chuẩn').textContent).toContain('Chưa bắt đầu');
    expect(stage('Quyết toán được HĐND phê chuẩn').textContent).toContain('Hạn: chưa xác định');
    expect(stage('Dự toán được HĐND quyết định').getAttribute('aria-current')).toBe('step');
    expect(screen.getByText(/Bộ biểu mẫu “Biểu mẫu TT 343\/2016 cấp xã” chưa đối chiếu với phụ lục chính thức/)).toBeTruthy();

    expect(await screen.findByRole('heading', { name: 'Dự toán được HĐND quyết định năm 2026' })).toBeTruthy();
    expect(screen.getByText(/Nghị quyết số 15\/NQ-HĐND ngày 20\/12\/2025/)).toBeTruthy();
    expect(fake.inputsOf('budget.getReport')).toEqual([{ year: 2026, stage: 'estimateApproved' }]);

    await newUser().click(stage('Thực hiện quý I'));
    expect(await screen.findByRole('heading', { name: 'Thực hiện quý I năm 2026' })).toBeTruthy();
    expect(fake.inputsOf('budget.getReport')).toContainEqual({ year: 2026, stage: 'executionQ1' });
  });

  it("records the council resolution of a stage and shows the year main returns", async () => {
    const updated = fiscalYear(2026, { ...stageOverrides, estimateApproved: { ...stageOverrides.estimateApproved, resolutionNumber: '16/NQ-HĐND' } });
    const fake = renderBudget({ 'budget.updateStage': updated });
    const user = newUser();
    await user.click(await screen.findByRole('button', { name: 'Cập nhật ngày' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cập nhật ngày: Dự toán được HĐND quyết định' });
    await fill(user, within(dialog).getByLabelText('Số nghị quyết của HĐND'), '16/NQ-HĐND');
    enterDate(dialog, 'resolutionDate', '22/12/2025');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(fake.inputsOf('budget.updateStage')).toEqual([
        { year: 2026, stage: 'estimateApproved', resolutionNumber: '16/NQ-HĐND', resolutionDate: '2025-12-22', submittedOn: null },
      ]),
    );
    expect(await screen.findByText(/Nghị quyết số 16\/NQ-HĐND/)).toBeTruthy();
  });
});

describe('disclosure', () => {
  it('warns under 30 posting days, sends the contract shape, then shows main’s warnings over a locked grid', async () => {
    let disclosed = false;
    const warning = 'Thời gian niêm yết 20 ngày, ít hơn mức tối thiểu 30 ngày theo quy định.';
    const fake = renderBudget({
      'budget.getReport': () => (disclosed ? lockedReport : report()),
      'budget.recordDisclosure': () => {
        disclosed = true;
        return { year: fiscalYear(), warnings: [warning] };
      },
    });
    const user = newUser();

    await user.click(await screen.findByRole('button', { name: 'Ghi nhận công khai' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ghi nhận công khai: Dự toán được HĐND quyết định năm 2026' });
    const checked = within(dialog)
      .getAllByRole('checkbox')
      .filter((box) => (box as HTMLInputElement).checked)
      .map((box) => box.closest('label')!.textContent);
    expect(checked).toEqual([
      'Niêm yết tại trụ sở UBND',
      'Hệ thống loa truyền thanh',
      'Văn bản gửi Đảng ủy, các tổ chức chính trị - xã hội',
      'Văn bản gửi trưởng thôn, tổ trưởng tổ dân phố',
    ]);
    expect(within(dialog).queryByText(/ít hơn mức tối thiểu/)).toBeNull();

    await fill(user, within(dialog).getByLabelText('Số ngày niêm yết'), '20');
    expect(within(dialog).getByText('Thời gian niêm yết 20 ngày, ít hơn mức tối thiểu 30 ngày theo Điều 17 Thông tư 343/2016/TT-BTC.')).toBeTruthy();
    enterDate(dialog, 'postedOn', '05/02/2026');
    await user.click(within(dialog).getByLabelText('Cổng/trang thông tin điện tử'));
    await fill(user, within(dialog).getByLabelText('Ghi chú'), 'Quyết định số 05/QĐ-UBND');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận công khai' }));

    await waitFor(() => expect(fake.inputsOf('budget.recordDisclosure')).toHaveLength(1));
    expect(fake.inputsOf('budget.recordDisclosure')[0]).toEqual({
      year: 2026,
      stage: 'estimateApproved',
      postedOn: '2026-02-05',
      channels: ['postingHeadquarters', 'loudspeaker', 'portal', 'noticeToPartyAndOrganisations', 'noticeToGroupHeads'],
      postingDays: 20,
      performedBy: 'Nguyễn Văn An',
      note: 'Quyết định số 05/QĐ-UBND',
    });
    await dialogsClosed();
    expect(await screen.findByText(warning)).toBeTruthy();
    expect(await screen.findByText(/Báo cáo đã công khai nên số liệu đã khóa/)).toBeTruthy();
    expect(screen.getByRole('grid').getAttribute('aria-readonly')).toBe('true');
    expect(screen.queryByRole('button', { name: 'Ghi nhận công khai' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Tạo bản điều chỉnh' })).toBeTruthy();
  });

  it('fills the draft from earlier stages after a confirmation, and shows the figures main returns', async () => {
    const carried = report({ forms: [balanceForm({ own: 700_000_000, transfer: 600_000_000, recurrent: 1_000_000_000 })] });
    const fake = renderBudget({ 'budget.carryOver': () => ({ report: carried, carriedCells: 3 }) });
    const user = newUser();
    await user.click(await screen.findByRole('button', { name: 'Lấy số liệu đã nhập trước' }));
    await user.click(await screen.findByRole('button', { name: 'Lấy số liệu' }));
    await waitFor(() => expect(fake.inputsOf('budget.carryOver')).toEqual([{ year: 2026, stage: 'estimateApproved' }]));
    expect(await screen.findByText('700.000.000')).toBeTruthy();
  });

  it('starts a correction with a reason and shows older versions read-only', async () => {
    const corrected = report({
      version: 2,
      versions: [
        { ...lockedReport.versions[0]!, status: 'superseded' },
        { version: 2, status: 'draft', correctionReason: 'Sai số thu bổ sung', createdAt: '2026-02-01T02:00:00Z', disclosure: null },
      ],
    });
    let correcting = false;
    const fake = renderBudget({
      'budget.getReport': ({ version }) => (version === 1 ? { ...corrected, version: 1, locked: true } : correcting ? corrected : lockedReport),
      'budget.startCorrection': () => {
        correcting = true;
        return corrected;
      },
    });
    const user = newUser();

    await user.click(await screen.findByRole('button', { name: 'Tạo bản điều chỉnh' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tạo bản điều chỉnh' });
    await user.click(within(dialog).getByRole('button', { name: 'Tạo bản điều chỉnh' }));
    expect(within(dialog).getByText('Không được để trống.')).toBeTruthy();
    await fill(user, within(dialog).getByLabelText('Lý do điều chỉnh'), 'Sai số thu bổ sung');
    await user.click(within(dialog).getByRole('button', { name: 'Tạo bản điều chỉnh' }));
    await waitFor(() => expect(fake.inputsOf('budget.startCorrection')).toEqual([{ year: 2026, stage: 'estimateApproved', reason: 'Sai số thu bổ sung' }]));
    await dialogsClosed();

    expect(screen.getByRole('grid').getAttribute('aria-readonly')).toBe('false');
    const versions = screen.getByLabelText('Phiên bản');
    expect(within(versions).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Bản 2: Đang nhập, điều chỉnh: Sai số thu bổ sung',
      'Bản 1: Đã được thay thế, công khai ngày 10/01/2026',
    ]);
    await user.selectOptions(versions, '1');
    expect(await screen.findByText('Đây là bản 1 (đã được thay thế), chỉ để xem. Bản hiện hành là bản 2.')).toBeTruthy();
    expect(fake.inputsOf('budget.getReport')).toContainEqual({ year: 2026, stage: 'estimateApproved', version: 1 });
    expect(screen.getByRole('grid').getAttribute('aria-readonly')).toBe('true');
    expect(screen.queryByRole('button', { name: 'Ghi nhận công khai' })).toBeNull();
  });

  it('gives a viewer the figures and documents but no writing', async () => {
    renderBudget({}, viewer);
    expect(await screen.findByText('Bạn chỉ có quyền xem số liệu.')).toBeTruthy();
    expect(screen.getByRole('grid').getAttribute('aria-readonly')).toBe('true');
    expect(screen.getByRole('button', { name: 'Xuất PDF' })).toBeTruthy();
    for (const name of ['Ghi nhận công khai', 'Cập nhật ngày', 'Nhập từ Excel…', 'Mở năm ngân sách']) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
  });
});

describe('documents', () => {
  const pdf: GeneratedFile = { fileName: 'cong-khai-du-toan-2026.pdf', mediaType: 'application/pdf', contentBase64: 'JVBERi0=' };
  const desktop = window as WindowWithApi;

  afterEach(() => {
    delete desktop.api;
  });

  it('exports the PDF of the shown version and saves it through main in the desktop app', async () => {
    desktop.api = { invoke: async () => ({ ok: false, error: { code: 'INTERNAL', message: 'không dùng' } }) };
    const fake = renderBudget({ 'budget.exportDocuments': pdf, 'files.save': { savedAs: 'C:\\Users\\vanthu\\Documents\\cong-khai-du-toan-2026.pdf' } });
    await newUser().click(await screen.findByRole('button', { name: 'Xuất PDF' }));
    expect(await screen.findByText('Đã lưu tệp vào C:\\Users\\vanthu\\Documents\\cong-khai-du-toan-2026.pdf.')).toBeTruthy();
    expect(fake.inputsOf('budget.exportDocuments')).toEqual([{ year: 2026, stage: 'estimateApproved', version: 1, format: 'pdf' }]);
    expect(fake.inputsOf('files.save')).toEqual([{ fileName: pdf.fileName, contentBase64: pdf.contentBase64 }]);
  });

  it('stays silent when the save dialog is cancelled, and shows main’s error when generating fails', async () => {
    desktop.api = { invoke: async () => ({ ok: false, error: { code: 'INTERNAL', message: 'không dùng' } }) };
    const fake = renderBudget({
      'budget.exportDocuments': ({ format }) => (format === 'pdf' ? pdf : fail('INTERNAL', 'Không tạo được tệp Word.')),
      'files.save': fail('CANCELLED', 'Đã hủy.'),
    });
    const user = newUser();
    await user.click(await screen.findByRole('button', { name: 'Xuất PDF' }));
    await waitFor(() => expect(fake.inputsOf('files.save')).toHaveLength(1));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Xuất PDF' }).hasAttribute('disabled')).toBe(false));
    expect(screen.queryByText('Đã hủy.')).toBeNull();
    expect(screen.queryByText(/^Đã lưu tệp/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Xuất Word' }));
    expect(await screen.findByText('Không tạo được tệp Word.')).toBeTruthy();
  });

  it('downloads the file in the browser', async () => {
    const client = createClient(fakeTransport({}).transport);
    const created: Blob[] = [];
    const downloads: string[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:tep';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    try {
      expect(await saveFile(client, pdf)).toEqual({ kind: 'downloaded' });
      expect(downloads).toEqual(['cong-khai-du-toan-2026.pdf']);
      expect(created[0]!.type).toBe('application/pdf');
      expect(new Uint8Array(await created[0]!.arrayBuffer())).toEqual(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]));
      expect(document.querySelector('a[download]')).toBeNull();
    } finally {
      click.mockRestore();
      vi.unstubAllGlobals();
    }
  });
});

describe('charts', () => {
  it('draws the revenue and expenditure structure with a table of the same figures', async () => {
    renderBudget();
    await newUser().click(await screen.findByRole('tab', { name: 'Biểu đồ' }));
    const revenue = screen.getByRole('figure', { name: 'Cơ cấu Tổng thu ngân sách xã (Dự toán năm)' });
    expect(within(revenue).getByRole('img').getAttribute('aria-label')).toBe(
      'Cơ cấu Tổng thu ngân sách xã (Dự toán năm): Thu ngân sách xã hưởng 100% 40,0 %; Thu bổ sung từ ngân sách cấp trên 60,0 %',
    );
    const table = within(revenue).getByRole('table', { name: 'Cơ cấu Tổng thu ngân sách xã (Dự toán năm)' });
    expect(within(table).getByRole('row', { name: /Thu bổ sung từ ngân sách cấp trên/ }).textContent).toBe('Thu bổ sung từ ngân sách cấp trên600.000.00060,0');
    expect(screen.getByRole('figure', { name: 'Cơ cấu Tổng chi ngân sách xã (Dự toán năm)' })).toBeTruthy();
    expect(screen.queryByRole('figure', { name: 'Thực hiện so với dự toán' })).toBeNull();
  });

  it('compares with the same stage of last year when that year is open', async () => {
    const lastYear = report({ year: 2025, forms: [balanceForm({ own: 300_000_000, transfer: 500_000_000, recurrent: 800_000_000 })] });
    const fake = renderBudget({
      'budget.listYears': [
        { year: 2026, formSetName: 'Biểu mẫu TT 343/2016 cấp xã' },
        { year: 2025, formSetName: 'Biểu mẫu TT 343/2016 cấp xã' },
      ],
      'budget.getReport': ({ year }) => (year === 2025 ? lastYear : report()),
    });
    await newUser().click(await screen.findByRole('tab', { name: 'Biểu đồ' }));
    const comparison = await screen.findByRole('figure', { name: 'Năm 2026 so với năm 2025' });
    expect(fake.inputsOf('budget.getReport')).toContainEqual({ year: 2025, stage: 'estimateApproved' });
    const table = within(comparison).getByRole('table');
    expect(within(table).getByRole('row', { name: /^Tổng thu ngân sách xã/ }).textContent).toBe('Tổng thu ngân sách xã800.000.0001.000.000.000');
  });
});
