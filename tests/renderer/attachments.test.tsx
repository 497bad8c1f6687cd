import { screen, waitFor, within } from '@testing-library/react';
import { budgetStages, MAX_ATTACHMENT_BYTES, type AttachmentInfo, type FiscalYear, type StageReport, type StageSummary } from '../../main/api';
import type { WindowWithApi } from '../../renderer/api/transport';
import { AttachmentList } from '../../renderer/attachments/AttachmentList';
import { StagePanel } from '../../renderer/budget/StagePanel';
import { dialogsClosed, fail, fakeTransport, fill, newUser, renderScreen, status, type Replies } from './fakes';

const RECORD = { entity: 'budgetReport' as const, entityId: '2026:estimateApproved:1' };

function attachment(overrides: Partial<AttachmentInfo> = {}): AttachmentInfo {
  return {
    id: 7,
    ...RECORD,
    fileName: 'Ảnh bảng tin.png',
    mediaType: 'image/png',
    sizeBytes: 1536,
    sha256: 'a'.repeat(64),
    note: 'Bảng tin trụ sở UBND',
    createdAt: '2026-01-10T05:00:00Z',
    createdBy: 'Nguyễn Văn An',
    ...overrides,
  };
}

const photo = attachment();
const scan = attachment({ id: 8, fileName: 'ban-chup.pdf', mediaType: 'application/pdf', sizeBytes: 2_621_440, note: '' });

function renderList(replies: Replies, permissions: { canAdd: boolean; canDelete: boolean } = { canAdd: true, canDelete: true }) {
  const fake = fakeTransport(replies);
  renderScreen(<AttachmentList {...RECORD} title="Ảnh chụp bản niêm yết" emptyMessage="Chưa có ảnh chụp bản niêm yết." {...permissions} />, fake.transport);
  return fake;
}

const listTable = () => screen.findByRole('table', { name: 'Ảnh chụp bản niêm yết' });
const fileInput = () => screen.getByLabelText<HTMLInputElement>('Chọn ảnh hoặc bản chụp để đính kèm');

describe('attachment list', () => {
  it('shows each file with its type, vi-VN size, date, author and note', async () => {
    const fake = renderList({ 'attachments.list': [photo, scan] });
    const rows = within(await listTable()).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').slice(0, 3).map((cell) => cell.textContent))).toEqual([
      ['Ảnh bảng tin.png', 'Ảnh PNG', '1,5 KB'],
      ['ban-chup.pdf', 'PDF', '2,5 MB'],
    ]);
    expect(rows[0]!.textContent).toContain('10/01/2026');
    expect(rows[0]!.textContent).toContain('Nguyễn Văn An');
    expect(rows[0]!.textContent).toContain('Bảng tin trụ sở UBND');
    expect(fake.inputsOf('attachments.list')).toEqual([RECORD]);
  });

  it('says when a record has no attachment yet', async () => {
    renderList({ 'attachments.list': [] });
    expect(await screen.findByText('Chưa có ảnh chụp bản niêm yết.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('sends the chosen file as base64 with its record and note, showing progress, then the new list', async () => {
    let attached: AttachmentInfo[] = [];
    let answer: (value: AttachmentInfo) => void = () => undefined;
    const fake = renderList({
      'attachments.list': () => attached,
      // Main answers later: the fake transport hands back the promise and the client awaits it.
      'attachments.add': () =>
        new Promise<AttachmentInfo>((resolve) => {
          answer = (value) => {
            attached = [value];
            resolve(value);
          };
        }) as unknown as AttachmentInfo,
    });
    const user = newUser();
    expect(await screen.findByText('Chưa có ảnh chụp bản niêm yết.')).toBeTruthy();
    expect(fileInput().accept).toBe('image/*,application/pdf');

    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);
    await user.upload(fileInput(), new File([bytes], 'Ảnh bảng tin.png', { type: 'image/png' }));
    const dialog = await screen.findByRole('dialog', { name: 'Đính kèm tệp' });
    expect(within(dialog).getByText('Ảnh bảng tin.png · 10 B')).toBeTruthy();
    await fill(user, within(dialog).getByLabelText('Ghi chú'), 'Bảng tin trụ sở UBND');
    await user.click(within(dialog).getByRole('button', { name: 'Đính kèm' }));

    await waitFor(() => expect(fake.inputsOf('attachments.add')).toHaveLength(1));
    expect(fake.inputsOf('attachments.add')[0]).toEqual({ ...RECORD, fileName: 'Ảnh bảng tin.png', note: 'Bảng tin trụ sở UBND', contentBase64: 'iVBORw0KGgoA/w==' });
    expect(within(dialog).getByRole('status').textContent).toBe('Đang gửi tệp, vui lòng chờ…');
    expect(within(dialog).getByRole('button', { name: 'Đính kèm' }).hasAttribute('disabled')).toBe(true);
    expect(within(dialog).getByRole('button', { name: 'Hủy' }).hasAttribute('disabled')).toBe(true);

    answer(photo);
    await dialogsClosed();
    expect(await screen.findByText('Đã đính kèm tệp "Ảnh bảng tin.png".')).toBeTruthy();
    expect(within(await listTable()).getByText('Ảnh bảng tin.png')).toBeTruthy();
  });

  it('shows main’s refusal naming the file, and refuses a file over 20 MB without sending it', async () => {
    const refusal = 'Tệp "anh.png" không phải là ảnh (JPG, PNG, WEBP) hoặc PDF.';
    const fake = renderList({ 'attachments.list': [], 'attachments.add': fail('INVALID_FILE', refusal) });
    const user = newUser();
    await screen.findByText('Chưa có ảnh chụp bản niêm yết.');

    await user.upload(fileInput(), new File(['MZ'], 'anh.png', { type: 'image/png' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Đính kèm tệp' })).getByRole('button', { name: 'Đính kèm' }));
    const refused = await screen.findByRole('dialog', { name: 'Không đính kèm được tệp' });
    expect(within(refused).getByText(refusal)).toBeTruthy();
    await user.click(within(refused).getByRole('button', { name: 'Đóng' }));
    await dialogsClosed();
    expect(screen.getByText('Chưa có ảnh chụp bản niêm yết.')).toBeTruthy();

    await user.upload(fileInput(), new File([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)], 'ảnh lớn.jpg', { type: 'image/jpeg' }));
    expect(within(await screen.findByRole('dialog', { name: 'Không đính kèm được tệp' })).getByText('Tệp "ảnh lớn.jpg" lớn hơn 20 MB.')).toBeTruthy();
    expect(fake.inputsOf('attachments.add')).toHaveLength(1);
  });

  it('asks before deleting, and deletes only when confirmed', async () => {
    let attached = [photo, scan];
    const fake = renderList({
      'attachments.list': () => attached,
      'attachments.delete': ({ id }) => {
        attached = attached.filter((item) => item.id !== id);
        return null;
      },
    });
    const user = newUser();
    await user.click(within(await listTable()).getByRole('button', { name: 'Xóa ban-chup.pdf' }));
    const confirm = await screen.findByRole('dialog', { name: 'Xóa tệp "ban-chup.pdf"?' });
    await user.click(within(confirm).getByRole('button', { name: 'Hủy' }));
    await dialogsClosed();
    expect(fake.inputsOf('attachments.delete')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Xóa ban-chup.pdf' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Xóa tệp "ban-chup.pdf"?' })).getByRole('button', { name: 'Xóa' }));
    await waitFor(() => expect(fake.inputsOf('attachments.delete')).toEqual([{ id: 8 }]));
    await waitFor(() => expect(screen.queryByText('ban-chup.pdf')).toBeNull());
    expect(screen.getByText('Ảnh bảng tin.png')).toBeTruthy();
  });

  describe('in the desktop app', () => {
    const desktop = window as WindowWithApi;
    afterEach(() => {
      delete desktop.api;
    });

    it('opens a file by saving it through main’s save dialog', async () => {
      desktop.api = { invoke: async () => ({ ok: false, error: { code: 'INTERNAL', message: 'không dùng' } }) };
      const file = { fileName: 'Anh-bang-tin.png', mediaType: 'image/png', contentBase64: 'iVBORw0KGgo=' };
      const fake = renderList({ 'attachments.list': [photo], 'attachments.get': file, 'files.save': { savedAs: 'C:\\Users\\vanthu\\Anh-bang-tin.png' } }, { canAdd: false, canDelete: false });
      await newUser().click(within(await listTable()).getByRole('button', { name: 'Mở Ảnh bảng tin.png' }));
      expect(await screen.findByText('Đã lưu tệp vào C:\\Users\\vanthu\\Anh-bang-tin.png.')).toBeTruthy();
      expect(fake.inputsOf('attachments.get')).toEqual([{ id: 7 }]);
      expect(fake.inputsOf('files.save')).toEqual([{ fileName: file.fileName, contentBase64: file.contentBase64 }]);
    });
  });
});

describe('attachments in the budget stage panel', () => {
  const stage = 'estimateApproved' as const;
  const summary: StageSummary = {
    stage,
    triggerDate: '2025-12-20',
    deadline: '2026-01-19',
    deadlineRule: 'Chậm nhất 30 ngày kể từ ngày HĐND quyết định dự toán',
    status: 'disclosedOnTime',
    resolutionNumber: '15/NQ-HĐND',
    resolutionDate: '2025-12-20',
    submittedOn: null,
    currentVersion: 1,
    disclosedOn: '2026-01-10',
  };
  const year: FiscalYear = {
    year: 2026,
    formSetId: 'tt343-xa',
    formSetVersion: 1,
    formSetName: 'Biểu mẫu TT 343/2016 cấp xã',
    formSetVerified: false,
    stages: budgetStages.map((name) => ({ ...summary, stage: name })),
  };
  const disclosed: StageReport = {
    year: 2026,
    stage,
    versions: [
      {
        version: 1,
        status: 'disclosed',
        correctionReason: '',
        createdAt: '2026-01-05T02:00:00Z',
        disclosure: { postedOn: '2026-01-10', channels: ['postingHeadquarters'], postingDays: 30, performedBy: 'Nguyễn Văn An', note: '' },
      },
    ],
    version: 1,
    locked: true,
    forms: [],
  };

  function renderPanel(report: StageReport, account = status().account) {
    const fake = fakeTransport({ 'budget.getReport': report, 'attachments.list': [photo] });
    renderScreen(<StagePanel fiscalYear={year} summary={summary} previousYearOpen={false} onYearChanged={() => undefined} reloadYear={async () => undefined} />, fake.transport, {
      status: status({ account }),
    });
    return fake;
  }

  it('lists the shown version’s files; a disclosed report takes more but keeps the ones it has', async () => {
    const fake = renderPanel(disclosed);
    const table = await listTable();
    expect(fake.inputsOf('attachments.list')).toEqual([RECORD]);
    expect(within(table).getByRole('button', { name: 'Mở Ảnh bảng tin.png' })).toBeTruthy();
    expect(within(table).queryByRole('button', { name: 'Xóa Ảnh bảng tin.png' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Đính kèm ảnh/bản chụp…' })).toBeTruthy();
  });

  it('is read-only for a viewer', async () => {
    renderPanel({ ...disclosed, locked: false, versions: [{ ...disclosed.versions[0]!, status: 'draft', disclosure: null }] }, { id: 3, username: 'xem', fullName: 'Phạm Thu', role: 'viewer' });
    const table = await listTable();
    expect(within(table).getByRole('button', { name: 'Mở Ảnh bảng tin.png' })).toBeTruthy();
    expect(within(table).queryByRole('button', { name: 'Xóa Ảnh bảng tin.png' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Đính kèm ảnh/bản chụp…' })).toBeNull();
  });

  it('is not shown before the stage has a report version', async () => {
    const fake = renderPanel({ ...disclosed, versions: [], locked: false });
    expect(await screen.findByRole('heading', { name: 'Dự toán được HĐND quyết định năm 2026' })).toBeTruthy();
    await waitFor(() => expect(fake.inputsOf('budget.getReport')).toHaveLength(1));
    expect(screen.queryByRole('heading', { name: 'Ảnh chụp bản niêm yết' })).toBeNull();
    expect(fake.inputsOf('attachments.list')).toEqual([]);
  });
});
