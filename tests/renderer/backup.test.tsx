import { render, screen, waitFor, within } from '@testing-library/react';
import type { BackupEntry } from '../../main/api';
import { App } from '../../renderer/app/App';
import { BackupScreen } from '../../renderer/backup/BackupScreen';
import { dialogsClosed, fail, fakeTransport, renderScreen, status, newUser } from './fakes';

const entries: BackupEntry[] = [
  { fileName: 'sdc-20260205-daily.sqlite', createdAt: '2026-02-05T01:00:00Z', sizeBytes: 1536, reason: 'daily' },
  { fileName: 'sdc-20260204-pre-restore.sqlite', createdAt: '2026-02-04T01:00:00Z', sizeBytes: 3 * 1024 * 1024, reason: 'pre-restore' },
];

describe('backup screen', () => {
  it('lists backups with their reason in Vietnamese and size', async () => {
    renderScreen(<BackupScreen />, fakeTransport({ 'backup.list': entries }).transport);
    const table = await screen.findByRole('table', { name: 'Danh sách bản sao lưu' });
    expect(within(table).getByText('Tự động hằng ngày')).toBeTruthy();
    expect(within(table).getByText('Trước khi khôi phục')).toBeTruthy();
    expect(within(table).getByText('1,5 KB')).toBeTruthy();
    expect(within(table).getByText('3 MB')).toBeTruthy();
  });

  it('stays silent when the save dialog is cancelled', async () => {
    const fake = fakeTransport({ 'backup.list': entries, 'backup.exportCopy': fail('CANCELLED', 'Đã hủy.') });
    renderScreen(<BackupScreen />, fake.transport);
    await newUser().click(await screen.findByRole('button', { name: 'Lưu bản sao ra…' }));
    await waitFor(() => expect(fake.inputsOf('backup.exportCopy')).toEqual([{}]));
    expect(screen.queryByText('Đã hủy.')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('restore', () => {
  it('restores a listed backup after confirmation, then asks main for the status again', async () => {
    let refreshes = 0;
    const fake = fakeTransport({ 'backup.list': entries, 'backup.restore': null });
    renderScreen(<BackupScreen />, fake.transport, { refreshStatus: async () => void refreshes++ });
    const user = newUser();

    const table = await screen.findByRole('table', { name: 'Danh sách bản sao lưu' });
    await user.click(within(table).getAllByRole('button', { name: 'Khôi phục' })[1]!);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Hủy' }));
    await dialogsClosed();
    expect(fake.inputsOf('backup.restore')).toEqual([]);

    await user.click(within(table).getAllByRole('button', { name: 'Khôi phục' })[1]!);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Khôi phục' }));
    await waitFor(() => expect(refreshes).toBe(1));
    expect(fake.inputsOf('backup.restore')).toEqual([{ fileName: 'sdc-20260204-pre-restore.sqlite' }]);
  });

  it('offers the backups on the recovery screen when the data is damaged', async () => {
    let damaged = true;
    const fake = fakeTransport({
      'app.status': () =>
        damaged
          ? status({ state: 'damaged', account: null, hasAdministrator: false, problem: 'Tệp dữ liệu bị hỏng ở trang 12.' })
          : status({ account: null }),
      'backup.list': entries,
      'backup.restore': () => {
        damaged = false;
        return null;
      },
    });
    render(<App transport={fake.transport} />);
    const user = newUser();

    expect(await screen.findByText('Tệp dữ liệu bị hỏng ở trang 12.')).toBeTruthy();
    const buttons = await screen.findAllByRole('button', { name: 'Khôi phục bản sao lưu này' });
    await user.click(buttons[0]!);
    const confirm = await screen.findByRole('dialog', { name: 'Khôi phục bản sao lưu này?' });
    expect(confirm.textContent).toContain('dữ liệu hiện tại được tự động sao lưu');
    await user.click(within(confirm).getByRole('button', { name: 'Khôi phục' }));

    await dialogsClosed();
    expect(await screen.findByRole('button', { name: 'Đăng nhập' })).toBeTruthy();
    expect(fake.inputsOf('backup.restore')).toEqual([{ fileName: 'sdc-20260205-daily.sqlite' }]);
  });
});
