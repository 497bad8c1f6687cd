import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ImportReportView, Out } from '../../main/api';
import { navigationFor } from '../../renderer/app/navigation';
import { ReceiveScreen } from '../../renderer/exchange/ReceiveScreen';
import { dialogsClosed, fakeTransport, newUser, renderScreen, status, type Replies } from './fakes';

const fingerprint = 'AB12 CD34 EF56 7890 1111 2222 3333 4444 5555 6666 7777 8888 9999 AAAA BBBB CCCC';
const superior = status({ installationRole: 'superior', unitName: 'Sở Nội vụ' });
const clerk = { id: 2, username: 'vt', fullName: 'Lê Văn Thư', role: 'clerk' as const };

const unit: Out<'exchange.units'>[number] = {
  unitCode: '00004',
  name: 'Phường Hòa Bình',
  registeredAt: '2026-03-01T02:00:00Z',
  keys: [{ installationId: 'a1b2c3d4-0000-4000-8000-000000000001', fingerprint, status: 'active', registeredAt: '2026-03-01T02:00:00Z', revokedAt: null }],
  installations: [{ installationId: 'a1b2c3d4-0000-4000-8000-000000000001', lastSeq: 5, gaps: [3] }],
  batchesApplied: 4,
};

const token = '6f1c2a7e-3b4d-4c5e-8f90-123456789abc';
const report = (dryRun: boolean): ImportReportView => ({
  dryRun,
  datasetRule: 'registry',
  files: [
    {
      path: 'E:\\sdc-00004-5.zip',
      fileName: 'sdc-00004-5.zip',
      fileSha256: 'abc',
      result: 'applied',
      reason: null,
      batch: { batchId: 'b5', unitCode: '00004', installationId: 'a1b2c3d4', seq: 5, kind: 'delta' },
      counts: { new: 7, updated: 2, unchanged: 11, stale: 0, conflict: 0, rejected: 1 },
      rejectedLines: [{ dataset: 'meetings', line: 4, recordId: 'm-9', code: 'INVALID_RECORD', message: 'Ngày họp không hợp lệ.' }],
      conflicts: [],
      gaps: [3],
      quarantinedAs: null,
      missingFiles: [
        { dataset: 'meetings', recordId: 'm-1', sha256: 'c0ffee'.repeat(10) + 'beef', name: 'bien-ban-hop.pdf', message: '' },
        { dataset: 'meetings', recordId: 'm-2', sha256: 'c0ffee'.repeat(10) + 'beef', name: 'bien-ban-hop.pdf', message: '' },
      ],
    },
  ],
});

function renderReceive(replies: Replies, account = superior.account) {
  const fake = fakeTransport({ 'exchange.units': [unit], 'exchange.quarantine': [], 'exchange.keyStatus': null, ...replies });
  renderScreen(<ReceiveScreen />, fake.transport, { status: { ...superior, account } });
  return fake;
}

describe('receiving data from wards', () => {
  it('lists registered units with their installations, gaps and keys', async () => {
    renderReceive({});
    const table = await screen.findByRole('table', { name: 'Các xã, phường đã đăng ký' });
    expect(within(table).getByText('Phường Hòa Bình')).toBeTruthy();
    expect(within(table).getByText(/Máy a1b2c3d4: lô cuối số 5; thiếu lô 3/)).toBeTruthy();
    expect(within(table).getByText(fingerprint)).toBeTruthy();
    expect(within(table).getByText('Đang dùng')).toBeTruthy();
  });

  it("offers the office's own key for the wards to pin: created once, then its enrolment file", async () => {
    const fake = renderReceive({ 'exchange.createKey': { fingerprint, publicKeyJwkX: 'x'.repeat(43), createdAt: '2026-03-02T01:00:00.000Z' } });
    const card = await screen.findByRole('region', { name: 'Khóa ký dữ liệu' });
    // The region's heading shows before its key status has loaded.
    expect(await within(card).findByText(/các xã, phường ghim khóa này/)).toBeTruthy();
    await newUser().click(within(card).getByRole('button', { name: 'Tạo khóa ký' }));
    expect(await within(card).findByRole('button', { name: 'Tải phiếu đăng ký khóa' })).toBeTruthy();
    expect(fake.inputsOf('exchange.createKey')).toEqual([{}]);
  });

  it('registers a unit from its enrolment file and shows the fingerprint to compare with the paper form', async () => {
    const content = '{"format":"sdc-enrolment"}';
    const fake = renderReceive({
      'exchange.registerUnit': { unitCode: '00007', unitName: 'Xã Yên Hòa', installationId: 'i-7', fingerprint, newUnit: true },
    });
    await newUser().upload(await screen.findByLabelText('Chọn phiếu đăng ký khóa (.json)'), new File([content], 'enrol-00007.json', { type: 'application/json' }));
    const dialog = await screen.findByRole('dialog', { name: 'Đã đăng ký khóa của Xã Yên Hòa' });
    expect(within(dialog).getByRole('group', { name: `Dấu vân tay khóa: ${fingerprint}` })).toBeTruthy();
    expect(dialog.textContent).toContain('phiếu đăng ký khóa có chữ ký, đóng dấu');
    expect(fake.inputsOf('exchange.registerUnit')).toEqual([{ content }]);
    await waitFor(() => expect(fake.inputsOf('exchange.units')).toHaveLength(2));
  });

  it('revokes a key only after confirmation', async () => {
    const fake = renderReceive({ 'exchange.revokeKey': { installationId: 'i', fingerprint, status: 'revoked' } });
    const user = newUser();
    const revokeButton = await screen.findByRole('button', { name: `Thu hồi khóa ${fingerprint}` });
    await user.click(revokeButton);
    await user.click(within(await screen.findByRole('dialog', { name: 'Thu hồi khóa này?' })).getByRole('button', { name: 'Hủy' }));
    await dialogsClosed();
    expect(fake.inputsOf('exchange.revokeKey')).toEqual([]);

    await user.click(revokeButton);
    await user.click(within(await screen.findByRole('dialog', { name: 'Thu hồi khóa này?' })).getByRole('button', { name: 'Thu hồi khóa' }));
    await waitFor(() => expect(fake.inputsOf('exchange.revokeKey')).toEqual([{ fingerprint }]));
  });

  it('previews a batch with its counts and rejected lines, then applies it with the preview token', async () => {
    const fake = renderReceive({ 'exchange.importPreview': { token, report: report(true) }, 'exchange.importApply': report(false) });
    const user = newUser();
    await user.click(await screen.findByRole('button', { name: 'Nhập lô dữ liệu' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kiểm tra lô dữ liệu trước khi nhập' });
    const counts = within(dialog).getByRole('table', { name: 'Số bản ghi trong sdc-00004-5.zip' });
    const cells = within(counts).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual(['7', '2', '11', '0', '1', '0']);
    expect(within(dialog).getByText('meetings, dòng 4: Ngày họp không hợp lệ.')).toBeTruthy();
    expect(within(dialog).getByText(/thiếu lô 3/)).toBeTruthy();
    expect(within(dialog).getByText('Tệp đính kèm chưa có trong lô này (có thể ở phần khác):')).toBeTruthy();
    const missing = within(dialog).getByRole('list', { name: 'Tệp đính kèm chưa có trong sdc-00004-5.zip' });
    expect(within(missing).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['bien-ban-hop.pdf, mã băm c0ffeec0ffee…']);
    expect(fake.inputsOf('exchange.importApply')).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Áp dụng' }));
    expect(await screen.findByRole('dialog', { name: 'Kết quả nhập lô dữ liệu' })).toBeTruthy();
    expect(fake.inputsOf('exchange.importApply')).toEqual([{ token }]);
    expect(fake.inputsOf('exchange.importPreview')).toEqual([{ source: 'files' }]);
  });

  const manyFiles = (dryRun: boolean): ImportReportView => {
    const file = report(dryRun).files[0]!;
    const results = ['applied', 'applied', 'duplicate', 'quarantined'] as const;
    return { ...report(dryRun), files: results.map((result, i) => ({ ...file, result, path: `/u/${i + 1}.sdc.zip`, fileName: `lo-${i + 1}.sdc.zip` })) };
  };

  it('imports a whole folder: one preview summarised at the top, applied with one token', async () => {
    const fake = renderReceive({ 'exchange.importPreview': { token, report: manyFiles(true) }, 'exchange.importApply': manyFiles(false) });
    const user = newUser();
    await user.click(await screen.findByRole('button', { name: 'Nhập cả thư mục' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kiểm tra lô dữ liệu trước khi nhập' });
    expect(within(dialog).getByText('4 tệp: 2 nhập được, 1 trùng, 1 cách ly')).toBeTruthy();
    expect(within(dialog).getAllByRole('table').map((table) => table.getAttribute('aria-label'))).toEqual(
      ['lo-1', 'lo-2', 'lo-3', 'lo-4'].map((name) => `Số bản ghi trong ${name}.sdc.zip`),
    );
    expect(fake.inputsOf('exchange.importPreview')).toEqual([{ source: 'folder' }]);

    await user.click(within(dialog).getByRole('button', { name: 'Áp dụng' }));
    const result = await screen.findByRole('dialog', { name: 'Kết quả nhập lô dữ liệu' });
    expect(within(result).getByText('4 tệp: 2 đã nhập, 1 trùng, 1 cách ly')).toBeTruthy();
    expect(fake.inputsOf('exchange.importApply')).toEqual([{ token }]);
  });

  it('reads dropped batch files and sends their content, refusing the files that are not batches', async () => {
    const fake = renderReceive({ 'exchange.importPreviewUpload': { token, report: manyFiles(true) } });
    const zone = await screen.findByRole('region', { name: 'Kéo thả tệp lô dữ liệu' });
    const files = [new File(['lô một'], 'lo-1.sdc.zip'), new File(['ghi chú'], 'ghi-chu.txt'), new File(['lô hai'], 'Lô tháng 3.sdc.zip'), new File(['x'], 'bao-cao.pdf')];
    fireEvent.drop(zone, { dataTransfer: { files } });
    expect(await within(zone).findByText('Không phải tệp lô dữ liệu (.sdc.zip), không nhận: ghi-chu.txt, bao-cao.pdf.')).toBeTruthy();
    expect(await screen.findByRole('dialog', { name: 'Kiểm tra lô dữ liệu trước khi nhập' })).toBeTruthy();
    const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
    expect(fake.inputsOf('exchange.importPreviewUpload')).toEqual([
      { files: [{ fileName: 'lo-1.sdc.zip', contentBase64: base64('lô một') }, { fileName: 'Lô tháng 3.sdc.zip', contentBase64: base64('lô hai') }] },
    ]);
  });

  it('sends nothing when no dropped file is a batch', async () => {
    const fake = renderReceive({});
    const zone = await screen.findByRole('region', { name: 'Kéo thả tệp lô dữ liệu' });
    fireEvent.drop(zone, { dataTransfer: { files: [new File(['x'], 'anh.png')] } });
    expect(await within(zone).findByText('Không phải tệp lô dữ liệu (.sdc.zip), không nhận: anh.png.')).toBeTruthy();
    expect(fake.inputsOf('exchange.importPreviewUpload')).toEqual([]);
  });

  it('shows a quarantined file with its reason and retries the quarantine', async () => {
    const quarantined = {
      fileName: 'sdc-00009-1.zip',
      fileSha256: 'def',
      code: 'UNKNOWN_KEY',
      message: 'Khóa ký chưa được đăng ký.',
      detail: '',
      at: '2026-03-03T03:00:00Z',
      operator: 'admin',
      path: '/q/sdc-00009-1.zip',
    };
    const retried: ImportReportView = {
      dryRun: false,
      datasetRule: 'registry',
      files: [{ ...report(false).files[0]!, fileName: 'sdc-00009-1.zip', path: '/q/sdc-00009-1.zip', result: 'quarantined', reason: { code: 'UNKNOWN_KEY', message: 'Khóa ký chưa được đăng ký.', detail: '' } }],
    };
    const fake = renderReceive({ 'exchange.quarantine': [quarantined], 'exchange.retryQuarantined': retried });
    const table = await screen.findByRole('table', { name: 'Các tệp trong khu cách ly' });
    expect(within(table).getByText('Khóa ký chưa được đăng ký.')).toBeTruthy();

    await newUser().click(screen.getByRole('button', { name: 'Thử lại' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kết quả thử lại các tệp cách ly' });
    expect(within(dialog).getByText('Đưa vào khu cách ly: Khóa ký chưa được đăng ký.')).toBeTruthy();
    expect(fake.inputsOf('exchange.retryQuarantined')).toEqual([{}]);
  });

  it('lets a clerk see the units and write a receipt, without registering or revoking keys', async () => {
    const fake = renderReceive({ 'exchange.writeReceipt': { path: 'E:\\02_RECEIPT_000001.sdc.zip', fileName: '02_RECEIPT_000001.sdc.zip' } }, clerk);
    const table = await screen.findByRole('table', { name: 'Các xã, phường đã đăng ký' });
    expect(within(table).getByText(fingerprint)).toBeTruthy();
    expect(within(table).queryByRole('button', { name: `Thu hồi khóa ${fingerprint}` })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Đăng ký xã, phường từ tệp' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Nhập lô dữ liệu' })).toBeTruthy();

    await newUser().click(within(table).getByRole('button', { name: 'Ghi biên nhận cho Phường Hòa Bình' }));
    await waitFor(() => expect(fake.inputsOf('exchange.writeReceipt')).toEqual([{ unitCode: '00004' }]));
    expect(await screen.findByText('Đã ghi biên nhận vào E:\\02_RECEIPT_000001.sdc.zip.')).toBeTruthy();
  });

  it('is in the navigation of a superior office for those who may import, never of a ward', () => {
    const labels = (installation: 'ward' | 'superior', role: 'clerk' | 'viewer') =>
      navigationFor(installation, role).flatMap((group) => group.items.map((item) => item.label));
    expect(labels('superior', 'clerk')).toContain('Nhận dữ liệu từ xã, phường');
    expect(labels('superior', 'viewer')).not.toContain('Nhận dữ liệu từ xã, phường');
    expect(labels('ward', 'clerk')).not.toContain('Nhận dữ liệu từ xã, phường');
    expect(labels('superior', 'clerk')).not.toContain('Gửi dữ liệu lên cấp trên');
  });
});
