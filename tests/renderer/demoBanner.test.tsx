import { render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../renderer/app/App';
import { dialogsClosed, emptyDashboard as dashboard, fakeTransport, status, newUser } from './fakes';

const demoProfile = {
  name: 'Phường Mẫu',
  kind: 'ward' as const,
  code: '00001',
  provinceName: 'Tỉnh Mẫu',
  address: 'Số 1',
  phone: '',
  email: '',
  superiorName: 'Sở Nội vụ tỉnh Mẫu',
  superiorCode: 'SNV',
  superiorEmail: '',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('demo banner', () => {
  it('starts the real ward only after confirmation and returns to the first-run screen', async () => {
    const fake = fakeTransport({
      'app.status': status({ isDemo: true, unitName: 'Phường Mẫu' }),
      'ward.getProfile': demoProfile,
      'dashboard.get': dashboard,
      'app.startRealWard': status({ isDemo: false, hasAdministrator: false, account: null, unitName: null, installationRole: null }),
    });
    render(<App transport={fake.transport} />);
    const user = newUser();

    expect(await screen.findByText(/Bạn đang xem dữ liệu mẫu/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Bắt đầu với phường của tôi' }));
    const confirm = await screen.findByRole('dialog', { name: 'Bắt đầu với phường của tôi?' });
    await user.click(within(confirm).getByRole('button', { name: 'Hủy' }));
    await dialogsClosed();
    expect(fake.inputsOf('app.startRealWard')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Bắt đầu với phường của tôi' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Bắt đầu với phường của tôi?' })).getByRole('button', { name: 'Xóa dữ liệu mẫu và bắt đầu' }),
    );

    await waitFor(() => expect(screen.getByRole('heading', { name: 'Chào mừng đến với Sổ Dân Chủ' })).toBeTruthy());
    expect(fake.inputsOf('app.startRealWard')).toEqual([{}]);
    expect(screen.queryByText(/Bạn đang xem dữ liệu mẫu/)).toBeNull();
  });
});
