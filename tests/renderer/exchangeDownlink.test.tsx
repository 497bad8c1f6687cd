import { screen, waitFor, within } from '@testing-library/react';
import type { DownlinkReportView, PinnedSuperiorView, SentBatchView } from '../../main/api';
import { SendScreen } from '../../renderer/exchange/SendScreen';
import { dialogsClosed, fail, fakeTransport, newUser, renderScreen, status, type Replies } from './fakes';

const fingerprint = 'AB12 CD34 EF56 7890 1111 2222 3333 4444 5555 6666 7777 8888 9999 AAAA BBBB CCCC';
const newFingerprint = 'FFFF CD34 EF56 7890 1111 2222 3333 4444 5555 6666 7777 8888 9999 AAAA BBBB CCCC';
const clerk = { id: 2, username: 'vt', fullName: 'Lê Văn Thư', role: 'clerk' as const };

const superior = (fp = fingerprint): PinnedSuperiorView => ({
  unitCode: 'SNV-01', unitName: 'Sở Nội vụ thành phố Hà Nội', installationId: 'i-1', fingerprint: fp, pinnedAt: '2026-03-01T02:00:00Z', pinnedBy: 'quantri',
});

const batch = (seq: number, receipt: Pick<SentBatchView, 'receiptStatus' | 'receiptDetail'>): SentBatchView => ({
  seq, batchId: `b-${seq}`, kind: 'delta', fileName: `f-${seq}.sdc.zip`, createdAt: '2026-03-02T09:00:00+07:00', batchHash: 'h', prevBatchHash: null, fileSha256: 's',
  counts: { meetings: 1 }, ...receipt,
});

const applied: DownlinkReportView = {
  fileName: '01_RECEIPT_000003_20260302_abcd.sdc.zip',
  fileSha256: 'a',
  result: 'applied',
  reason: null,
  batch: { kind: 'receipt', seq: 3, batchId: 'r-3', createdAt: '2026-03-02T09:00:00+07:00' },
  receipts: [{ line: 1, batchId: 'b-1', sentSeq: 1, outcome: 'partial', message: 'Lô số 1: cấp trên nhận một phần, 1 dòng bị từ chối.' }],
  criteriaSets: [],
  formSets: [],
  unknownLines: [],
};

function renderSend(replies: Replies, account = status().account) {
  const fake = fakeTransport({ 'exchange.keyStatus': null, 'exchange.listSent': [], 'exchange.superiorStatus': null, ...replies });
  renderScreen(<SendScreen />, fake.transport, { status: status({ account }) });
  return fake;
}

const card = async () => screen.findByRole('region', { name: 'Cơ quan cấp trên' });

describe('files from the superior office, on the ward', () => {
  it('pins the superior from its enrolment file and shows the fingerprint to compare with the paper form', async () => {
    let pinned: PinnedSuperiorView | null = null;
    const fake = renderSend({
      'exchange.superiorStatus': () => pinned,
      'exchange.pinSuperior': () => ((pinned = superior()), { ...superior(), previousFingerprint: null, alreadyPinned: false }),
    });
    const section = await card();
    expect(section.textContent).toContain('Chưa ghi nhận khóa của cơ quan cấp trên');
    expect((within(section).getByRole('button', { name: 'Nhận tệp từ cấp trên' }) as HTMLButtonElement).disabled).toBe(true);

    await newUser().upload(within(section).getByLabelText('Chọn phiếu đăng ký khóa của cấp trên (.json)'), new File(['{"enrol":1}'], 'enrol-SNV-01.json', { type: 'application/json' }));
    expect(await within(section).findByRole('group', { name: `Dấu vân tay khóa cấp trên: ${fingerprint}` })).toBeTruthy();
    expect(section.textContent).toContain('Sở Nội vụ thành phố Hà Nội (mã SNV-01)');
    expect(fake.inputsOf('exchange.pinSuperior')).toEqual([{ content: '{"enrol":1}', replace: false }]);
    expect((within(section).getByRole('button', { name: 'Nhận tệp từ cấp trên' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('replaces a pinned key with another only after confirmation', async () => {
    const fake = renderSend({
      'exchange.superiorStatus': superior(),
      'exchange.pinSuperior': ({ replace }) =>
        replace ? { ...superior(newFingerprint), previousFingerprint: fingerprint, alreadyPinned: false } : fail('CONFLICT', `Đã ghi nhận khóa của Sở Nội vụ (dấu vân tay ${fingerprint}).`),
    });
    const user = newUser();
    const section = await card();
    await user.upload(await within(section).findByLabelText('Chọn phiếu đăng ký khóa của cấp trên (.json)'), new File(['new'], 'enrol.json', { type: 'application/json' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thay khóa cơ quan cấp trên?' });
    expect(dialog.textContent).toContain(`dấu vân tay ${fingerprint}`);
    await user.click(within(dialog).getByRole('button', { name: 'Thay khóa cấp trên' }));
    expect(await within(section).findByRole('group', { name: `Dấu vân tay khóa cấp trên: ${newFingerprint}` })).toBeTruthy();
    expect(fake.inputsOf('exchange.pinSuperior')).toEqual([{ content: 'new', replace: false }, { content: 'new', replace: true }]);
  });

  it('imports a receipt, says what it did and reloads the sent batches', async () => {
    const fake = renderSend({ 'exchange.superiorStatus': superior(), 'exchange.importFromSuperior': applied });
    await newUser().click(await within(await card()).findByRole('button', { name: 'Nhận tệp từ cấp trên' }));
    const dialog = await screen.findByRole('dialog', { name: `Nhận tệp từ cấp trên: ${applied.fileName}` });
    expect(dialog.textContent).toContain('Đã nhận giấy báo nhận số 3 của cấp trên.');
    expect(within(dialog).getByRole('list', { name: 'Các lô được báo nhận' }).textContent).toContain('Lô số 1: cấp trên nhận một phần, 1 dòng bị từ chối.');
    await waitFor(() => expect(fake.inputsOf('exchange.listSent')).toHaveLength(2));
  });

  it('shows why a file was refused, and the criteria sets of a directive line by line', async () => {
    let report: DownlinkReportView = { ...applied, result: 'rejected', batch: null, receipts: [], reason: { code: 'WRONG_RECIPIENT', message: 'Tệp cấp trên gửi cho một đơn vị khác, không phải đơn vị này.', detail: '' } };
    renderSend({ 'exchange.superiorStatus': superior(), 'exchange.importFromSuperior': () => report });
    const user = newUser();
    const button = await within(await card()).findByRole('button', { name: 'Nhận tệp từ cấp trên' });
    await user.click(button);
    expect((await screen.findByRole('dialog')).textContent).toContain('gửi cho một đơn vị khác');
    await user.click(screen.getByRole('button', { name: 'Đóng' }));

    report = {
      ...applied, batch: { ...applied.batch!, kind: 'directive' }, receipts: [],
      criteriaSets: [
        { line: 1, setId: 'a', version: 1, name: 'Bộ tiêu chí A', outcome: 'added', message: 'Đã thêm.' },
        { line: 2, setId: 'b', version: 2, name: 'Bộ tiêu chí B', outcome: 'refused', message: 'Đã có phiên bản 2 với nội dung khác.' },
      ],
    };
    await user.click(button);
    const list = await screen.findByRole('list', { name: 'Các bộ tiêu chí trong tệp' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Bộ tiêu chí A (phiên bản 1): Đã thêm',
      'Bộ tiêu chí B (phiên bản 2): Không nhận. Đã có phiên bản 2 với nội dung khác.',
    ]);
  });

  it('shows the receipt status of sent batches, the missing batches and rejected lines on demand, and hides pinning from a clerk', async () => {
    const detail = {
      receiptSeq: 4, receiptInstallationId: 'i-1', receivedAt: '2026-03-03T02:00:00Z', missingSeqs: [2],
      rejectedLines: [{ dataset: 'meeting_minutes', line: 3, recordId: 'm-3', code: 'OTHER_UNIT', message: 'Bản ghi của đơn vị khác.' }],
    };
    renderSend({ 'exchange.superiorStatus': superior(), 'exchange.listSent': [batch(3, { receiptStatus: 'notAcknowledged', receiptDetail: null }), batch(1, { receiptStatus: 'partial', receiptDetail: detail })] }, clerk);
    const table = await screen.findByRole('table', { name: 'Các lô dữ liệu đã gửi' });
    expect(within(table).getByText('Chưa có biên nhận')).toBeTruthy();
    expect(within(table).queryByRole('button', { name: 'Xem báo nhận của lô số 3' })).toBeNull();
    const user = newUser();
    await user.click(within(table).getByRole('button', { name: 'Xem báo nhận của lô số 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Báo nhận của cấp trên cho lô số 1' });
    expect(dialog.textContent).toContain('còn thiếu lô số 2');
    expect(within(dialog).getByRole('list', { name: 'Các dòng bị từ chối của lô số 1' }).textContent).toContain('meeting_minutes, dòng 3: Bản ghi của đơn vị khác.');
    await user.click(within(dialog).getByRole('button', { name: 'Đóng' }));
    await dialogsClosed();

    const section = await card();
    expect(within(section).queryByLabelText('Chọn phiếu đăng ký khóa của cấp trên (.json)')).toBeNull();
    expect(within(section).getByRole('button', { name: 'Nhận tệp từ cấp trên' })).toBeTruthy();
  });
});
