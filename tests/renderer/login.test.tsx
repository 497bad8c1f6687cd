import { screen, waitFor } from '@testing-library/react';
import { render } from '@testing-library/react';
import { App } from '../../renderer/app/App';
import { fail, fakeTransport, status, newUser } from './fakes';

const lockout = 'Tài khoản tạm bị khóa 15 phút do nhập sai mật khẩu nhiều lần.';

describe('login screen', () => {
  it("submits with Enter and shows main's Vietnamese error", async () => {
    const fake = fakeTransport({ 'app.status': status({ account: null }), 'auth.login': fail('LOCKED', lockout) });
    render(<App transport={fake.transport} />);
    const user = newUser();

    await user.type(await screen.findByLabelText('Tên đăng nhập'), 'admin');
    await user.type(screen.getByLabelText('Mật khẩu'), 'sai-mat-khau{Enter}');

    expect((await screen.findByRole('alert')).textContent).toContain(lockout);
    expect(fake.inputsOf('auth.login')).toEqual([{ username: 'admin', password: 'sai-mat-khau' }]);
  });

  it('asks for the missing fields without calling main', async () => {
    const fake = fakeTransport({ 'app.status': status({ account: null }) });
    render(<App transport={fake.transport} />);
    await newUser().click(await screen.findByRole('button', { name: 'Đăng nhập' }));

    expect(screen.getByText('Chưa nhập tên đăng nhập.')).toBeTruthy();
    expect(screen.getByText('Chưa nhập mật khẩu.')).toBeTruthy();
    expect(fake.inputsOf('auth.login')).toEqual([]);
  });

  it('shows the demo notice with the demo credentials, then enters the app after login', async () => {
    let loggedIn = false;
    const fake = fakeTransport({
      'app.status': () => status({ isDemo: true, account: loggedIn ? status().account : null }),
      'auth.login': () => {
        loggedIn = true;
        return { id: 1, username: 'admin', fullName: 'Nguyễn Văn An', role: 'administrator' };
      },
      'ward.getProfile': null,
    });
    render(<App transport={fake.transport} />);
    const user = newUser();

    const notice = await screen.findByText(/Đây là dữ liệu mẫu của một phường giả định/);
    expect(notice.textContent).toContain('admin');
    expect(notice.textContent).toContain('demo1234');

    await user.type(screen.getByLabelText('Tên đăng nhập'), 'admin');
    await user.type(screen.getByLabelText('Mật khẩu'), 'demo1234');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    await waitFor(() => expect(screen.getByRole('heading', { name: 'Thiết lập ban đầu' })).toBeTruthy());
  });
});
