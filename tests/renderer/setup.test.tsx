import { render, screen, waitFor } from '@testing-library/react';
import { wardProfileInput } from '../../main/api';
import { App } from '../../renderer/app/App';
import { ProfileForm } from '../../renderer/ward/ProfileForm';
import { fakeTransport, fill, newUser, renderScreen, status } from './fakes';

describe('first-run screen', () => {
  it('shows the contract’s field messages and sends nothing while the form is wrong', async () => {
    const fake = fakeTransport({ 'app.status': status({ hasAdministrator: false, account: null, installationRole: null }) });
    render(<App transport={fake.transport} />);
    const user = newUser();

    await fill(user, await screen.findByLabelText('Tên đăng nhập'), 'ab');
    await fill(user, screen.getByLabelText('Mật khẩu'), 'ngan');
    await user.click(screen.getByRole('button', { name: 'Tạo tài khoản và bắt đầu' }));

    expect(screen.getByText('Tên đăng nhập cần ít nhất 3 ký tự.')).toBeTruthy();
    expect(screen.getByText('Không được để trống.')).toBeTruthy();
    expect(screen.getByText('Mật khẩu cần ít nhất 8 ký tự.')).toBeTruthy();
    expect(screen.getByText('Mật khẩu nhập lại không khớp.')).toBeTruthy();
    expect(fake.inputsOf('setup.createAdministrator')).toEqual([]);
  });

  it('creates the administrator with exactly the schema’s fields and continues with the returned status', async () => {
    const fake = fakeTransport({
      'app.status': status({ hasAdministrator: false, account: null, installationRole: null }),
      'setup.createAdministrator': status({ installationRole: 'superior', unitName: null }),
      'ward.getProfile': null,
    });
    render(<App transport={fake.transport} />);
    const user = newUser();

    expect((await screen.findByLabelText('Phường/xã') as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByLabelText('Cơ quan cấp trên'));
    await fill(user, screen.getByLabelText('Tên đăng nhập'), ' quantri ');
    await fill(user, screen.getByLabelText('Họ và tên'), 'Trần Thị Bình');
    await fill(user, screen.getByLabelText('Mật khẩu'), 'mat-khau-dai');
    await fill(user, screen.getByLabelText('Nhập lại mật khẩu'), 'mat-khau-dai');
    await user.click(screen.getByRole('button', { name: 'Tạo tài khoản và bắt đầu' }));

    await waitFor(() => expect(screen.getByRole('heading', { name: 'Thiết lập ban đầu' })).toBeTruthy());
    expect(fake.inputsOf('setup.createAdministrator')).toEqual([
      { installationRole: 'superior', username: 'quantri', fullName: 'Trần Thị Bình', password: 'mat-khau-dai' },
    ]);
    // A superior office has no residential-group step.
    expect(screen.queryByText('Tổ dân phố')).toBeNull();
  });
});

describe('unit profile form (wizard step 1)', () => {
  const savedProfile = {
    name: 'Phường Hòa Bình',
    kind: 'ward' as const,
    code: '00004',
    provinceName: 'Thành phố Hà Nội',
    address: 'Số 1 phố Hòa Bình',
    phone: '',
    email: '',
    superiorName: 'Sở Nội vụ thành phố Hà Nội',
    superiorCode: 'SNV-HN',
    superiorEmail: '',
    updatedAt: '2026-02-05T01:00:00Z',
  };

  it('shows each issue under its field, including the 5-digit code rule', async () => {
    const fake = fakeTransport({});
    renderScreen(<ProfileForm profile={null} submitLabel="Lưu và tiếp tục" onSaved={() => undefined} />, fake.transport);
    const user = newUser();

    await fill(user, screen.getByLabelText('Tên đơn vị'), 'Phường Hòa Bình');
    await fill(user, screen.getByLabelText('Mã đơn vị hành chính'), '123');
    await fill(user, screen.getByLabelText('Email'), 'không-phải-email');
    await user.click(screen.getByRole('button', { name: 'Lưu và tiếp tục' }));

    expect(screen.getByText('Địa chỉ email không hợp lệ.')).toBeTruthy();
    expect(screen.getAllByText('Không được để trống.').length).toBe(3);
    expect(fake.calls).toEqual([]);

    await user.clear(screen.getByLabelText('Email'));
    await fill(user, screen.getByLabelText('Tỉnh, thành phố'), 'Hà Nội');
    await fill(user, screen.getByLabelText('Địa chỉ trụ sở'), 'Số 1');
    await fill(user, screen.getByLabelText('Tên cơ quan cấp trên'), 'Sở Nội vụ');
    await fill(user, screen.getByLabelText('Mã cơ quan cấp trên'), 'SNV');
    await user.click(screen.getByRole('button', { name: 'Lưu và tiếp tục' }));
    expect(screen.getByText('Mã đơn vị hành chính cấp xã gồm đúng 5 chữ số.')).toBeTruthy();
    expect(fake.calls).toEqual([]);
  });

  it('sends exactly the fields of wardProfileInput, trimmed, and reports the saved profile', async () => {
    const fake = fakeTransport({ 'ward.saveProfile': savedProfile });
    const saved: unknown[] = [];
    renderScreen(<ProfileForm profile={null} submitLabel="Lưu và tiếp tục" onSaved={(profile) => saved.push(profile)} />, fake.transport);
    const user = newUser();

    await fill(user, screen.getByLabelText('Tên đơn vị'), '  Phường Hòa Bình ');
    await user.selectOptions(screen.getByLabelText('Loại đơn vị'), 'Xã');
    await fill(user, screen.getByLabelText('Mã đơn vị hành chính'), '00004');
    await fill(user, screen.getByLabelText('Tỉnh, thành phố'), 'Thành phố Hà Nội');
    await fill(user, screen.getByLabelText('Địa chỉ trụ sở'), 'Số 1 phố Hòa Bình');
    await fill(user, screen.getByLabelText('Tên cơ quan cấp trên'), 'Sở Nội vụ thành phố Hà Nội');
    await fill(user, screen.getByLabelText('Mã cơ quan cấp trên'), 'SNV-HN');
    await user.click(screen.getByRole('button', { name: 'Lưu và tiếp tục' }));

    await waitFor(() => expect(saved).toEqual([savedProfile]));
    const [sent] = fake.inputsOf('ward.saveProfile');
    expect(Object.keys(sent as object).sort()).toEqual(Object.keys(wardProfileInput.shape).sort());
    expect(sent).toEqual({
      name: 'Phường Hòa Bình',
      kind: 'commune',
      code: '00004',
      provinceName: 'Thành phố Hà Nội',
      address: 'Số 1 phố Hòa Bình',
      phone: '',
      email: '',
      superiorName: 'Sở Nội vụ thành phố Hà Nội',
      superiorCode: 'SNV-HN',
      superiorEmail: '',
    });
  });

  it('fixes the kind to "Cơ quan cấp trên" for a superior office', () => {
    renderScreen(<ProfileForm profile={null} submitLabel="Lưu" onSaved={() => undefined} />, fakeTransport({}).transport, {
      status: status({ installationRole: 'superior' }),
    });
    const kind = screen.getByLabelText('Loại đơn vị') as HTMLInputElement;
    expect(kind.value).toBe('Cơ quan cấp trên');
    expect(kind.disabled).toBe(true);
    expect(screen.getByLabelText('Tên cơ quan')).toBeTruthy();
  });
});
