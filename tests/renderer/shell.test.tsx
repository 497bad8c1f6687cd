import { render, screen, waitFor, within } from '@testing-library/react';
import type { AppStatus } from '../../main/api';
import { App } from '../../renderer/app/App';
import { emptyDashboard as dashboard, fail, fakeTransport, status, newUser } from './fakes';

const profile = {
  name: 'Phường Hòa Bình',
  kind: 'ward' as const,
  code: '00004',
  provinceName: 'Thành phố Hà Nội',
  address: 'Số 1',
  phone: '',
  email: '',
  superiorName: 'Sở Nội vụ',
  superiorCode: 'SNV',
  superiorEmail: '',
  updatedAt: '2026-02-05T01:00:00Z',
};
function renderFrame(appStatus: AppStatus, extra = {}) {
  const fake = fakeTransport({ 'app.status': appStatus, 'ward.getProfile': profile, 'dashboard.get': dashboard, ...extra });
  render(<App transport={fake.transport} />);
  return fake;
}

const navLabels = async () =>
  within(await screen.findByRole('navigation', { name: 'Điều hướng chính' }))
    .getAllByRole('button')
    .map((item) => item.textContent);

describe('app frame', () => {
  it('shows a ward administrator the unit, staff and settings screens, and the user in the top bar', async () => {
    renderFrame(status());
    expect(await navLabels()).toEqual([
      'Trang chủ',
      'Thông tin đơn vị',
      'Người ký',
      'Tổ dân phố',
      'Cán bộ',
      'Công khai ngân sách',
      'Công khai thông tin',
      'Cuộc họp, hội nghị',
      'Tìm trong biên bản',
      'Ý kiến, kiến nghị',
      'Đánh giá, xếp loại',
      'Tự chấm bộ tiêu chí',
      'Ban Thanh tra, Giám sát cộng đồng',
      'Báo cáo quý',
      'Gửi dữ liệu lên cấp trên',
      'Tài khoản',
      'Sao lưu',
      'Lịch nghỉ lễ',
      'Lịch sử thay đổi',
    ]);
    expect(screen.getByText('Nguyễn Văn An')).toBeTruthy();
    expect(screen.getByText('Quản trị viên')).toBeTruthy();
    expect(screen.getByText('Sổ Dân Chủ · Phường Hòa Bình')).toBeTruthy();
  });

  it('shapes the navigation for a superior office and a viewer: no residential groups, no administration', async () => {
    renderFrame(status({ installationRole: 'superior', account: { id: 3, username: 'xem', fullName: 'Phạm Thu', role: 'viewer' } }));
    expect(await navLabels()).toEqual(['Trang chủ', 'Thông tin cơ quan', 'Người ký', 'Cán bộ', 'Bộ tiêu chí', 'Tổng hợp', 'Lịch nghỉ lễ']);
    expect(screen.getByText('Chỉ xem')).toBeTruthy();
  });

  it('opens a lazily loaded settings screen from the navigation', async () => {
    renderFrame(status(), { 'accounts.list': [] });
    await newUser().click(within(await screen.findByRole('navigation')).getByRole('button', { name: 'Tài khoản' }));
    expect(await screen.findByRole('heading', { name: 'Tài khoản' })).toBeTruthy();
    expect(within(screen.getByRole('navigation')).getByRole('button', { name: 'Tài khoản' }).getAttribute('aria-current')).toBe('page');
  });

  it('returns to the login screen when main says the session has ended', async () => {
    let sessionEnded = false;
    const fake = fakeTransport({
      'app.status': () => status({ account: sessionEnded ? null : status().account }),
      'ward.getProfile': profile,
      'dashboard.get': dashboard,
      'signatories.list': () => {
        sessionEnded = true;
        return fail('UNAUTHENTICATED', 'Phiên làm việc đã hết. Vui lòng đăng nhập lại.');
      },
    });
    render(<App transport={fake.transport} />);
    await newUser().click(within(await screen.findByRole('navigation')).getByRole('button', { name: 'Người ký' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Đăng nhập' })).toBeTruthy());
  });
});
