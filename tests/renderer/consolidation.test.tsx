import { screen, waitFor, within } from '@testing-library/react';
import type { WindowWithApi } from '../../renderer/api/transport';
import type { CompletenessCell, CompletenessMatrix, ConsolidatedTables } from '../../main/api';
import { navigationFor } from '../../renderer/app/navigation';
import { ConsolidationScreen } from '../../renderer/consolidation/ConsolidationScreen';
import { fakeTransport, newUser, renderScreen, status, type Replies } from './fakes';

const superior = status({ installationRole: 'superior', unitName: 'Sở Nội vụ' });
const year = new Date().getFullYear();
const deadline = `${year + 1}-01-15`;

const cell = (state: CompletenessCell['state'], reason: string): CompletenessCell => ({
  state,
  reason,
  firstReceivedAt: state === 'notReceived' ? null : `${year}-03-02T02:00:00.000Z`,
  completeAt: state === 'complete' ? `${year}-03-02T02:00:00.000Z` : null,
  overdue: false,
});
const rate = (reported: number) => ({ expected: 2, reported, onTime: reported, percent: reported * 50 });
const missing = cell('notReceived', `Chưa nhận được; hạn 15/01/${year + 1}.`);
const problem = cell('problem', `Có 1 dòng dữ liệu bị từ chối cần xem lại và nhận chậm (ngày 20/01/${year + 1}, sau hạn 15/01/${year + 1}).`);

const matrix: CompletenessMatrix = {
  year,
  quarter: null,
  columns: [
    { dataset: 'budget_stages', label: 'Công khai ngân sách', period: String(year), deadline, rate: rate(1) },
    { dataset: 'meeting_minutes', label: 'Biên bản hội nghị, cuộc họp', period: String(year), deadline, rate: rate(0) },
  ],
  rows: [
    { unitCode: '00001', unitName: 'Phường Đống Đa', cells: [cell('complete', `Nhận đủ ngày 02/03/${year}, trong hạn 15/01/${year + 1}.`), missing] },
    { unitCode: '00002', unitName: 'Phường Hàng Bông', cells: [missing, missing] },
  ],
  total: { expected: 4, reported: 1, onTime: 1, percent: 25 },
  lateOrMissing: [
    { unitCode: '00001', unitName: 'Phường Đống Đa', dataset: 'meeting_minutes', label: 'Biên bản hội nghị, cuộc họp', period: String(year), deadline, cell: missing },
    { unitCode: '00002', unitName: 'Phường Hàng Bông', dataset: 'budget_stages', label: 'Công khai ngân sách', period: String(year), deadline, cell: problem },
  ],
};

const tables: ConsolidatedTables = {
  year,
  budget: [{ unitCode: '00001', unitName: 'Phường Đống Đa', stage: 'estimateApproved', stageLabel: 'Dự toán ngân sách đã được Hội đồng nhân dân quyết định', resolutionNumber: '12/NQ-HĐND', disclosed: true, postedOn: `${year}-01-05`, totalRevenue: 1_750_000, totalExpenditure: 1_600_000 }],
  meetings: [],
  grades: [],
  criteria: [{ unitCode: '00001', unitName: 'Phường Đống Đa', setId: 'tiep-can', setName: 'Tiếp cận pháp luật', selfTotal: 90.5, appraisedTotal: 85, appraisedOn: null }],
};

const xlsx = { fileName: `tong-hop-matrix-${year}.xlsx`, mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', contentBase64: 'UEsDBA==' };

function renderConsolidation(replies: Replies = {}, navigate = () => undefined) {
  const fake = fakeTransport({ 'consolidation.completeness': matrix, 'consolidation.tables': tables, ...replies });
  renderScreen(<ConsolidationScreen />, fake.transport, { status: superior, navigate });
  return fake;
}

describe('consolidation at the superior office', () => {
  const desktop = window as WindowWithApi;
  beforeEach(() => {
    desktop.api = { invoke: async () => ({ ok: false, error: { code: 'INTERNAL', message: 'không dùng' } }) };
  });
  afterEach(() => {
    delete desktop.api;
  });

  it('shows the matrix: a chip per ward and content with the reason, and the reporting rate', async () => {
    renderConsolidation();
    const table = await screen.findByRole('table', { name: 'Tình hình nhận dữ liệu theo xã, phường' });
    expect(within(table).getByLabelText(`Phường Đống Đa – Công khai ngân sách: Đủ. Nhận đủ ngày 02/03/${year}, trong hạn 15/01/${year + 1}.`)).toBeTruthy();
    expect(within(table).getAllByText('Chưa nhận')).toHaveLength(3);
    expect(within(table).getByText('1/2 (50 %)')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Đã nhận 1/4 nội dung cần gửi (25 %), trong đó 1 đúng hạn.');
  });

  it('asks again for another year and quarter', async () => {
    const fake = renderConsolidation();
    const user = newUser();
    await screen.findByRole('table', { name: 'Tình hình nhận dữ liệu theo xã, phường' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Năm' }), String(year - 1));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kỳ' }), '2');
    await waitFor(() => expect(fake.inputsOf('consolidation.completeness').at(-1)).toEqual({ year: year - 1, quarter: 2 }));
  });

  it('says in a quarter that the yearly content is in the whole year', async () => {
    renderConsolidation({ 'consolidation.completeness': { ...matrix, quarter: 2 } });
    await screen.findByRole('table', { name: 'Tình hình nhận dữ liệu theo xã, phường' });
    expect(screen.getByRole('status').textContent).toContain('Kỳ quý chỉ gồm nội dung gửi theo quý; nội dung gửi theo năm xem ở kỳ «Cả năm».');
  });

  it('does not say so for the whole year', async () => {
    renderConsolidation();
    await screen.findByRole('table', { name: 'Tình hình nhận dữ liệu theo xã, phường' });
    expect(screen.getByRole('status').textContent).not.toContain('Cả năm');
  });

  it('lists late, missing and problem cells, and exports the matrix to Excel', async () => {
    const fake = renderConsolidation({ 'consolidation.exportXlsx': xlsx, 'files.save': { savedAs: 'C:\\tong-hop.xlsx' } });
    const user = newUser();
    await user.click(await screen.findByRole('button', { name: 'Xuất Excel' }));
    expect(await screen.findByText('Đã lưu tệp vào C:\\tong-hop.xlsx.')).toBeTruthy();
    expect(fake.inputsOf('files.save')).toEqual([{ fileName: xlsx.fileName, contentBase64: xlsx.contentBase64 }]);
    expect(fake.inputsOf('consolidation.exportXlsx')).toEqual([{ year, quarter: null, view: 'matrix' }]);
    await user.click(screen.getByRole('tab', { name: 'Chậm / chưa gửi / có lỗi' }));
    const list = await screen.findByRole('table', { name: 'Xã, phường chậm, chưa gửi hoặc có dữ liệu lỗi' });
    expect(within(list).getByText('Biên bản hội nghị, cuộc họp')).toBeTruthy();
    expect(within(list).getByText(missing.reason)).toBeTruthy();
    expect(within(list).getByText('Có lỗi')).toBeTruthy();
    expect(within(list).getByText(problem.reason)).toBeTruthy();
  });

  it('shows the consolidated tables with an export per table, and the charts', async () => {
    const fake = renderConsolidation({ 'consolidation.exportXlsx': xlsx, 'files.save': { savedAs: 'C:\\tong-hop.xlsx' } });
    const user = newUser();
    await user.click(await screen.findByRole('tab', { name: 'Bảng tổng hợp' }));
    const budget = await screen.findByRole('table', { name: 'Công khai ngân sách theo xã, phường' });
    expect(within(budget).getByText(`Đã công khai ngày 05/01/${year}`)).toBeTruthy();
    expect(within(budget).getByText('1.750.000')).toBeTruthy();
    expect(screen.getAllByText(`Chưa nhận được dữ liệu năm ${year}.`)).toHaveLength(2);
    await user.click(screen.getAllByRole('button', { name: 'Xuất Excel' })[3]!);
    await waitFor(() => expect(fake.inputsOf('consolidation.exportXlsx')).toEqual([{ year, quarter: null, view: 'criteria' }]));
    await user.click(screen.getByRole('tab', { name: 'Biểu đồ' }));
    expect(await screen.findByRole('figure', { name: 'Tỷ lệ xã, phường đã gửi theo nội dung (%)' })).toBeTruthy();
    expect(await screen.findByRole('figure', { name: `Điểm tiêu chí năm ${year} theo xã, phường` })).toBeTruthy();
  });

  it('says no ward is registered yet and leads to receiving data', async () => {
    const navigate = vi.fn();
    renderConsolidation({ 'consolidation.completeness': { ...matrix, rows: [], lateOrMissing: [] } }, navigate);
    expect(await screen.findByText('Chưa có xã, phường nào được đăng ký')).toBeTruthy();
    await newUser().click(screen.getByRole('button', { name: 'Nhận dữ liệu' }));
    expect(navigate).toHaveBeenCalledWith('exchangeReceive');
  });

  it('is in the navigation of the superior office only', () => {
    const labels = (installation: 'ward' | 'superior') => navigationFor(installation, 'viewer').flatMap((group) => group.items.map((item) => item.label));
    expect(labels('superior')).toContain('Tổng hợp');
    expect(labels('ward')).not.toContain('Tổng hợp');
  });
});
