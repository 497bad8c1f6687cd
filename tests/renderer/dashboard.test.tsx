import { screen, within } from '@testing-library/react';
import type { Dashboard } from '../../main/api';
import type { Screen } from '../../renderer/app/navigation';
import { DashboardScreen } from '../../renderer/dashboard/DashboardScreen';
import { fakeTransport, renderScreen, newUser } from './fakes';

const incomplete: Dashboard = {
  profileCompleteness: {
    percent: 60,
    missing: [
      { label: 'Người ký văn bản', target: 'signatories' as const },
      { label: 'Số hộ của từng tổ dân phố', target: 'residentialGroups' as const },
    ],
  },
  lastBackup: null,
  counts: { residentialGroups: 12, households: 3456, activeStaff: 21 },
  dueItems: [],
  recentlyDone: [],
};

describe('home dashboard', () => {
  it('shows completeness with links that fix what is missing', async () => {
    const visited: Screen[] = [];
    renderScreen(<DashboardScreen />, fakeTransport({ 'dashboard.get': incomplete }).transport, { navigate: (screen) => visited.push(screen) });

    expect(await screen.findByText('60 %')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Mức độ hoàn thiện hồ sơ' }).getAttribute('aria-valuenow')).toBe('60');
    const missing = screen.getByRole('list', { name: 'Thông tin còn thiếu' });
    await newUser().click(within(missing).getByRole('button', { name: 'Số hộ của từng tổ dân phố' }));
    expect(visited).toEqual(['residentialGroups']);
  });

  it('warns when there is no backup and backs up on request', async () => {
    const fake = fakeTransport({
      'dashboard.get': incomplete,
      'backup.create': { fileName: 'sdc-2026-02-05-manual.sqlite', createdAt: '2026-02-05T02:00:00Z', sizeBytes: 2048, reason: 'manual' },
    });
    renderScreen(<DashboardScreen />, fake.transport);

    expect(await screen.findByText(/Chưa có bản sao lưu nào/)).toBeTruthy();
    await newUser().click(screen.getByRole('button', { name: 'Sao lưu ngay' }));
    expect(await screen.findByText('Đã sao lưu dữ liệu.')).toBeTruthy();
    expect(fake.inputsOf('backup.create')).toEqual([{}]);
    expect(fake.inputsOf('dashboard.get').length).toBe(2);
  });

  it('shows counts in vi-VN and an empty to-do list', async () => {
    renderScreen(<DashboardScreen />, fakeTransport({ 'dashboard.get': incomplete }).transport);
    expect(await screen.findByText('3.456')).toBeTruthy();
    expect(screen.getByText('Cán bộ đang công tác')).toBeTruthy();
    expect(screen.getByText('Không có việc nào đến hạn')).toBeTruthy();
  });

  it('flags an old backup and overdue items', async () => {
    const old: Dashboard = {
      ...incomplete,
      lastBackup: { fileName: 'a.sqlite', createdAt: '2020-01-01T00:00:00Z', sizeBytes: 1, reason: 'daily' },
      dueItems: [{ key: 'backup', title: 'Sao lưu dữ liệu định kỳ', dueDate: '2020-01-08', overdue: true, capability: 'backup' }],
    };
    renderScreen(<DashboardScreen />, fakeTransport({ 'dashboard.get': old }).transport);
    expect(await screen.findByText('Bản sao lưu gần nhất đã cũ hơn 7 ngày.')).toBeTruthy();
    const todo = screen.getByRole('list', { name: 'Việc cần làm' });
    expect(within(todo).getByText('Hạn: 08/01/2020')).toBeTruthy();
    expect(within(todo).getByText('Quá hạn')).toBeTruthy();
  });

  it('shows what was done lately and whether it was on time', async () => {
    const withDone: Dashboard = {
      ...incomplete,
      recentlyDone: [
        { key: 'budget:2026:estimateApproved', title: 'Công khai ngân sách năm 2026: Dự toán được HĐND quyết định', doneOn: '2026-02-01', onTime: true, capability: 'budget' },
        { key: 'budget:2026:executionQ1', title: 'Công khai ngân sách năm 2026: Thực hiện quý I', doneOn: '2026-04-20', onTime: false, capability: 'budget' },
      ],
    };
    renderScreen(<DashboardScreen />, fakeTransport({ 'dashboard.get': withDone }).transport);
    const done = await screen.findByRole('list', { name: 'Đã hoàn thành gần đây' });
    const items = within(done).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Công khai ngân sách năm 2026: Dự toán được HĐND quyết địnhNgày thực hiện: 01/02/2026Đúng hạn',
      'Công khai ngân sách năm 2026: Thực hiện quý INgày thực hiện: 20/04/2026Muộn',
    ]);
  });
});
