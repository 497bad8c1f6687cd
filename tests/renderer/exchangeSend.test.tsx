import { screen, waitFor, within } from '@testing-library/react';
import type { SentBatchView, SigningKeyStatus } from '../../main/api';
import { SendScreen } from '../../renderer/exchange/SendScreen';
import { fail, fakeTransport, newUser, renderScreen, status, viewer } from './fakes';

const fingerprint = 'AB12 CD34 EF56 7890 1111 2222 3333 4444 5555 6666 7777 8888 9999 AAAA BBBB CCCC';
const signingKey: SigningKeyStatus = { fingerprint, publicKeyJwkX: 'x', createdAt: '2026-03-01T02:00:00Z' };

const batch = (seq: number, kind: SentBatchView['kind'] = 'delta'): SentBatchView => ({
  seq,
  batchId: `b-${seq}`,
  kind,
  fileName: `sdc-00004-${seq}.zip`,
  createdAt: '2026-03-02T09:00:00+07:00',
  batchHash: 'h',
  prevBatchHash: null,
  fileSha256: 's',
  counts: { budget: 3, meetings: 2 },
  receiptStatus: seq === 1 ? 'received' : 'notAcknowledged',
  receiptDetail: null,
});

/** Opens the export dialog and writes with what it proposes: the changes since the last batch, of everything. */
async function writeThroughDialog() {
  const user = newUser();
  await user.click(await screen.findByRole('button', { name: 'Ghi lô dữ liệu…' }));
  await user.click(within(await screen.findByRole('dialog', { name: 'Ghi lô dữ liệu' })).getByRole('button', { name: 'Chọn thư mục và ghi' }));
}

describe('sending data to the superior office', () => {
  it('lets an administrator create the signing key and shows its fingerprint', async () => {
    const fake = fakeTransport({ 'exchange.keyStatus': null, 'exchange.listSent': [], 'exchange.createKey': signingKey });
    renderScreen(<SendScreen />, fake.transport);
    expect(await screen.findByText('Chưa gửi lô dữ liệu nào')).toBeTruthy();

    await newUser().click(await screen.findByRole('button', { name: 'Tạo khóa ký' }));
    expect(await screen.findByRole('group', { name: `Dấu vân tay khóa: ${fingerprint}` })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tải phiếu đăng ký khóa' })).toBeTruthy();
    expect(fake.inputsOf('exchange.createKey')).toEqual([{}]);
  });

  it('offers a viewer neither key creation nor writing batches', async () => {
    renderScreen(<SendScreen />, fakeTransport({ 'exchange.keyStatus': null, 'exchange.listSent': [batch(1)] }).transport, {
      status: status({ account: viewer }),
    });
    expect(await screen.findByRole('table', { name: 'Các lô dữ liệu đã gửi' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tạo khóa ký' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ghi lô dữ liệu…' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ghi lại lô số 1' })).toBeNull();
  });

  it('writes a batch of changes, shows where it went and lists it', async () => {
    let sent = [batch(1, 'snapshot')];
    const fake = fakeTransport({
      'exchange.keyStatus': signingKey,
      'exchange.listSent': () => sent,
      'exchange.exportBatch': () => {
        sent = [...sent, batch(2)];
        return { status: 'written', path: 'E:\\sdc-00004-2.zip', batch: batch(2) };
      },
    });
    renderScreen(<SendScreen />, fake.transport);
    const table = await screen.findByRole('table', { name: 'Các lô dữ liệu đã gửi' });
    expect(within(table).getByText('Bản đầy đủ')).toBeTruthy();
    expect(within(table).getByText('Cấp trên đã nhận')).toBeTruthy();

    await writeThroughDialog();
    expect(await screen.findByText('Đã ghi lô dữ liệu vào E:\\sdc-00004-2.zip.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.inputsOf('exchange.exportBatch')).toEqual([{ kind: 'delta' }]);
    await waitFor(() => expect(within(table).getByText('Chưa có biên nhận')).toBeTruthy());
    expect(within(table).getAllByText('5')).toHaveLength(2);
  });

  it('says so when nothing changed since the last batch', async () => {
    const message = 'Không có gì mới kể từ lô trước; không ghi lô nào.';
    const fake = fakeTransport({ 'exchange.keyStatus': signingKey, 'exchange.listSent': [], 'exchange.exportBatch': { status: 'nothingNew', message } });
    renderScreen(<SendScreen />, fake.transport);
    await writeThroughDialog();
    expect(await screen.findByText(message)).toBeTruthy();
  });

  it('writes a sent batch again into the chosen folder, and stays silent when the folder dialog is closed', async () => {
    let cancelled = true;
    const fake = fakeTransport({
      'exchange.keyStatus': signingKey,
      'exchange.listSent': [batch(1), batch(2)],
      'exchange.rewriteBatch': ({ seq }) => (cancelled ? fail('CANCELLED', 'Đã hủy.') : { path: `F:\\sdc-00004-${seq}.zip`, batch: batch(seq) }),
    });
    renderScreen(<SendScreen />, fake.transport);
    const user = newUser();
    await user.click(await screen.findByRole('button', { name: 'Ghi lại lô số 2' }));
    await waitFor(() => expect(fake.inputsOf('exchange.rewriteBatch')).toHaveLength(1));
    expect(screen.queryByText('Đã hủy.')).toBeNull();

    cancelled = false;
    await user.click(screen.getByRole('button', { name: 'Ghi lại lô số 2' }));
    expect(await screen.findByText('Đã ghi lô dữ liệu vào F:\\sdc-00004-2.zip.')).toBeTruthy();
    expect(fake.inputsOf('exchange.rewriteBatch')).toEqual([{ seq: 2 }, { seq: 2 }]);
  });
});
