import { screen, waitFor, within } from '@testing-library/react';
import type { Out, SentBatchView } from '../../main/api';
import { SendScreen } from '../../renderer/exchange/SendScreen';
import { fail, fakeTransport, newUser, renderScreen } from './fakes';

const datasets: Out<'exchange.datasets'> = [
  { dataset: 'meeting_minutes', label: 'Biên bản hội nghị, cuộc họp', periods: ['2025', '2026'] },
  { dataset: 'disclosures', label: 'Sổ theo dõi công khai thông tin', periods: ['2026'] },
  { dataset: 'quarterly_reports', label: 'Báo cáo quý kết quả thực hiện dân chủ ở cơ sở', periods: ['2026Q1'] },
];

const batch = (seq: number, filter?: SentBatchView['filter']): SentBatchView => ({
  seq,
  batchId: `b-${seq}`,
  kind: 'snapshot',
  fileName: `sdc-00004-${seq}.zip`,
  createdAt: '2026-03-02T09:00:00+07:00',
  batchHash: 'h',
  prevBatchHash: null,
  fileSha256: 's',
  counts: { meeting_minutes: 1 },
  receiptStatus: 'notAcknowledged',
  receiptDetail: null,
  ...(filter ? { filter } : {}),
});

async function openDialog() {
  await newUser().click(await screen.findByRole('button', { name: 'Ghi lô dữ liệu…' }));
  return screen.findByRole('dialog', { name: 'Ghi lô dữ liệu' });
}

describe('choosing what a batch carries', () => {
  it('writes a snapshot of one quarter and some datasets, lists every part written and shows the slice in the sent list', async () => {
    let sent = [batch(1)];
    const filter = { period: '2026Q1', datasets: ['meeting_minutes', 'disclosures'] };
    const fake = fakeTransport({
      'exchange.keyStatus': null,
      'exchange.datasets': datasets,
      'exchange.listSent': () => sent,
      'exchange.exportBatch': () => {
        sent = [batch(3, filter), batch(2, filter), ...sent];
        return { status: 'written', path: 'E:\\p1.zip', batch: batch(2, filter), parts: [{ path: 'E:\\p1.zip', batch: batch(2, filter) }, { path: 'E:\\p2.zip', batch: batch(3, filter) }] };
      },
    });
    renderScreen(<SendScreen />, fake.transport);
    const table = await screen.findByRole('table', { name: 'Các lô dữ liệu đã gửi' });
    expect(within(table).getByText('Toàn bộ')).toBeTruthy();
    const dialog = await openDialog();
    const user = newUser();

    expect((within(dialog).getByRole('radio', { name: 'Các thay đổi từ lần gửi trước' }) as HTMLInputElement).checked).toBe(true);
    expect(within(dialog).getAllByRole('checkbox').map((box) => (box as HTMLInputElement).checked)).toEqual([true, true, true]);
    const period = within(dialog).getByRole('combobox', { name: 'Kỳ' });
    expect(within(period).getAllByRole('option').map((o) => o.textContent)).toEqual(['Mọi kỳ', 'Năm 2026', 'Năm 2025']);
    expect(within(dialog).queryByRole('combobox', { name: 'Quý' })).toBeNull();

    await user.click(within(dialog).getByRole('radio', { name: 'Toàn bộ dữ liệu (bản đầy đủ)' }));
    await user.selectOptions(period, 'Năm 2026');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Quý' }), 'Quý 1');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Báo cáo quý kết quả thực hiện dân chủ ở cơ sở' }));
    await user.click(within(dialog).getByRole('button', { name: 'Chọn thư mục và ghi' }));

    expect(await screen.findByText('Đã ghi lô dữ liệu thành 2 phần vào: E:\\p1.zip; E:\\p2.zip.')).toBeTruthy();
    expect(fake.inputsOf('exchange.exportBatch')).toEqual([{ kind: 'snapshot', ...filter }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(within(table).getAllByText('Kỳ 2026Q1 · Biên bản hội nghị, cuộc họp, Sổ theo dõi công khai thông tin')).toHaveLength(2));
  });

  it('asks for at least one dataset, and stays open without a message when the folder dialog is closed', async () => {
    const fake = fakeTransport({ 'exchange.keyStatus': null, 'exchange.datasets': datasets, 'exchange.listSent': [], 'exchange.exportBatch': fail('CANCELLED', 'Đã hủy.') });
    renderScreen(<SendScreen />, fake.transport);
    const dialog = await openDialog();
    const user = newUser();
    for (const box of within(dialog).getAllByRole('checkbox')) await user.click(box);
    await user.click(within(dialog).getByRole('button', { name: 'Chọn thư mục và ghi' }));
    expect(await within(dialog).findByText('Hãy chọn ít nhất một loại dữ liệu để gửi.')).toBeTruthy();
    expect(fake.inputsOf('exchange.exportBatch')).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Chọn tất cả' }));
    await user.click(within(dialog).getByRole('button', { name: 'Chọn thư mục và ghi' }));
    await waitFor(() => expect(fake.inputsOf('exchange.exportBatch')).toEqual([{ kind: 'delta' }]));
    expect(screen.getByRole('dialog', { name: 'Ghi lô dữ liệu' })).toBeTruthy();
    expect(screen.queryByText('Đã hủy.')).toBeNull();
  });
});
