import { screen, waitFor, within } from '@testing-library/react';
import type { QuarterlyReport, ReportSection } from '../../main/api';
import { QuarterlyReportScreen } from '../../renderer/reports/QuarterlyReportScreen';
import { dialogsClosed, fakeTransport, fill, newUser, renderScreen, status, viewer, type Replies } from './fakes';

const section = (key: ReportSection['key'], title: string, overrides: Partial<ReportSection> = {}): ReportSection => ({
  key,
  title,
  figures: [{ label: 'Số cuộc', value: 0 }],
  items: [],
  defaultNarrative: `Câu tự động mục ${title}.`,
  narrative: `Câu tự động mục ${title}.`,
  narrativeEdited: false,
  ...overrides,
});

const draft: QuarterlyReport = {
  year: 2026,
  quarter: 1,
  period: '2026Q1',
  from: '2026-01-01',
  to: '2026-03-31',
  version: 1,
  status: 'draft',
  number: null,
  issuedOn: null,
  finalizedAt: null,
  compiledAt: '2026-04-02T02:00:00.000Z',
  correctionReason: '',
  hasRecords: true,
  finalizedVersions: [],
  sections: [
    section('disclosures', 'Kết quả thực hiện công khai', {
      figures: [{ label: 'Tổng số nội dung đã công khai', value: 1234 }],
      items: [{ date: '2026-03-02', text: 'Danh sách hộ nghèo, hộ cận nghèo năm 2026 (K7)' }],
    }),
    section('residentsDecide', 'Nhân dân bàn và quyết định trực tiếp'),
    section('residentsConsulted', 'Nhân dân tham gia ý kiến'),
    section('supervision', 'Nhân dân kiểm tra, giám sát'),
    section('inspectionBoard', 'Ban Thanh tra nhân dân'),
    section('investmentSupervisionBoard', 'Ban Giám sát đầu tư của cộng đồng'),
    section('petitions', 'Đơn thư khiếu nại, tố cáo; ý kiến, kiến nghị'),
    section('groupMeetings', 'Họp thôn, tổ dân phố'),
  ],
};

const finalized: QuarterlyReport = {
  ...draft,
  status: 'finalized',
  number: '01/BC-UBND',
  issuedOn: '2026-04-02',
  finalizedAt: '2026-04-02T03:00:00.000Z',
  finalizedVersions: [{ version: 1, number: '01/BC-UBND', issuedOn: '2026-04-02', finalizedAt: '2026-04-02T03:00:00.000Z', correctionReason: '' }],
};

const file = { fileName: 'bao-cao-dan-chu-2026-q1-v1.pdf', mediaType: 'application/pdf', contentBase64: 'JVBERg==' };

function renderReport(replies: Replies, options: Parameters<typeof renderScreen>[2] = {}) {
  const fake = fakeTransport({ 'quarterlyReport.export': file, ...replies });
  renderScreen(<QuarterlyReportScreen />, fake.transport, options);
  return fake;
}

describe('quarterly report screen', () => {
  it('offers to compile a quarter not yet reported, then shows its eight sections with figures and records', async () => {
    const user = newUser();
    let opened = false;
    const fake = renderReport({ 'quarterlyReport.get': () => (opened ? draft : null), 'quarterlyReport.open': () => ((opened = true), draft) });
    await user.selectOptions(await screen.findByLabelText('Quý'), '1');
    expect(await screen.findByText(`Chưa lập báo cáo quý I năm ${new Date().getFullYear()}`)).toBeTruthy();
    expect(fake.inputsOf('quarterlyReport.get').at(-1)).toEqual({ year: new Date().getFullYear(), quarter: 1 });

    await user.click(screen.getByRole('button', { name: 'Lập báo cáo' }));
    expect(await screen.findByText('Đang soạn')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(draft.sections.map((s, i) => `${i + 1}. ${s.title}`));
    const figures = screen.getByRole('table', { name: 'Số liệu: Kết quả thực hiện công khai' });
    expect(within(figures).getByText('1.234')).toBeTruthy();
    expect(screen.getByText('02/03/2026: Danh sách hộ nghèo, hộ cận nghèo năm 2026 (K7)')).toBeTruthy();
  });

  it('saves a rewritten narrative and can go back to the compiled sentence', async () => {
    const user = newUser();
    const rewritten = { ...draft, sections: draft.sections.map((s) => (s.key === 'petitions' ? { ...s, narrative: 'Đã giải quyết dứt điểm phản ánh về rác thải.', narrativeEdited: true } : s)) };
    const fake = renderReport({ 'quarterlyReport.get': draft, 'quarterlyReport.saveNarrative': (input) => (input.text ? rewritten : draft) });
    const field = await screen.findByLabelText('Nội dung báo cáo mục Đơn thư khiếu nại, tố cáo; ý kiến, kiến nghị');
    await fill(user, field, 'Đã giải quyết dứt điểm phản ánh về rác thải.');
    const petitions = screen.getByRole('region', { name: 'Đơn thư khiếu nại, tố cáo; ý kiến, kiến nghị' });
    await user.click(within(petitions).getByRole('button', { name: 'Lưu nội dung' }));
    expect(await screen.findByText('Đã lưu nội dung.')).toBeTruthy();
    expect(fake.inputsOf('quarterlyReport.saveNarrative')).toEqual([{ year: 2026, quarter: 1, section: 'petitions', text: 'Đã giải quyết dứt điểm phản ánh về rác thải.' }]);

    await user.click(within(petitions).getByRole('button', { name: 'Dùng câu tự động' }));
    await waitFor(() => expect(fake.inputsOf('quarterlyReport.saveNarrative')).toHaveLength(2));
    expect(fake.inputsOf('quarterlyReport.saveNarrative')[1]).toMatchObject({ section: 'petitions', text: '' });
  });

  it('updates the figures, then finalizes after confirming: the report is locked with its number', async () => {
    const user = newUser();
    const fake = renderReport({ 'quarterlyReport.get': draft, 'quarterlyReport.refresh': draft, 'quarterlyReport.finalize': finalized });
    await user.click(await screen.findByRole('button', { name: 'Cập nhật số liệu' }));
    expect(await screen.findByText('Đã cập nhật số liệu từ hồ sơ.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Hoàn thành báo cáo' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hoàn thành báo cáo?' });
    expect(fake.inputsOf('quarterlyReport.finalize')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Hoàn thành báo cáo' }));
    await dialogsClosed();
    expect(await screen.findByText('Đã hoàn thành – số 01/BC-UBND ngày 02/04/2026')).toBeTruthy();
    expect(fake.inputsOf('quarterlyReport.finalize')).toEqual([{ year: 2026, quarter: 1 }]);
    expect(screen.queryByRole('button', { name: 'Cập nhật số liệu' })).toBeNull();
    expect(screen.queryByLabelText('Nội dung báo cáo mục Kết quả thực hiện công khai')).toBeNull();
    expect(screen.getByText('Câu tự động mục Kết quả thực hiện công khai.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tạo bản điều chỉnh' })).toBeTruthy();
  });

  it('asks a reason for a correction of a finalized report', async () => {
    const user = newUser();
    const correcting = { ...draft, version: 2, correctionReason: 'Bổ sung số liệu', finalizedVersions: finalized.finalizedVersions };
    const fake = renderReport({ 'quarterlyReport.get': finalized, 'quarterlyReport.startCorrection': correcting });
    await user.click(await screen.findByRole('button', { name: 'Tạo bản điều chỉnh' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tạo bản điều chỉnh' });
    await fill(user, within(dialog).getByLabelText('Lý do điều chỉnh'), 'Bổ sung số liệu');
    await user.click(within(dialog).getByRole('button', { name: 'Tạo bản điều chỉnh' }));
    expect(await screen.findByText('Bản điều chỉnh lần 1 – đang soạn')).toBeTruthy();
    expect(screen.getByText('Lý do điều chỉnh: Bổ sung số liệu')).toBeTruthy();
    expect(fake.inputsOf('quarterlyReport.startCorrection')).toEqual([{ year: 2026, quarter: 1, reason: 'Bổ sung số liệu' }]);
  });

  it('lets a viewer read and download, never change', async () => {
    const user = newUser();
    const fake = renderReport({ 'quarterlyReport.get': { ...draft, hasRecords: false } }, { status: status({ account: viewer }) });
    expect(await screen.findByText(/chưa có hồ sơ nào/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Hoàn thành báo cáo' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cập nhật số liệu' })).toBeNull();
    expect(screen.queryByLabelText('Nội dung báo cáo mục Kết quả thực hiện công khai')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Tải PDF' }));
    expect(await screen.findByText('Đã tải xuống tệp bao-cao-dan-chu-2026-q1-v1.pdf.')).toBeTruthy();
    expect(fake.inputsOf('quarterlyReport.export')).toEqual([{ year: 2026, quarter: 1, format: 'pdf' }]);
  });
});
