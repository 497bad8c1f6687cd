import { hashPassword, verifyPassword } from '../../../main/accounts/password';
import { LOCKOUT_MINUTES, MAX_FAILED_ATTEMPTS } from '../../../main/accounts/service';
import { ADMIN, startWardWithAdmin, type TestApp } from '../support/runtime';

describe('passwords', () => {
  it('are hashed with scrypt and a random salt, and verified', async () => {
    const a = await hashPassword('Mật khẩu có dấu 1');
    const b = await hashPassword('Mật khẩu có dấu 1');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('Mật khẩu có dấu 1', a)).toBe(true);
    expect(await verifyPassword('Mật khẩu có dấu 1'.normalize('NFD'), a)).toBe(true);
    expect(await verifyPassword('mật khẩu có dấu 1', a)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });
});

describe('accounts', () => {
  let app: TestApp;
  afterEach(() => app.dispose());

  it(`lock after ${MAX_FAILED_ATTEMPTS} wrong passwords and open again after ${LOCKOUT_MINUTES} minutes`, async () => {
    app = await startWardWithAdmin();
    const wrong = { username: ADMIN.username, password: 'sai-mat-khau' };
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i++) {
      expect(await app.raw('auth.login', wrong, 'pc')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' } });
    }
    expect(await app.raw('auth.login', wrong, 'pc')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    const right = { username: ADMIN.username, password: ADMIN.password };
    const locked = await app.raw('auth.login', right, 'pc');
    expect(locked).toMatchObject({ ok: false, error: { code: 'LOCKED', message: expect.stringContaining('Vui lòng thử lại sau') } });
    app.clock.advance(LOCKOUT_MINUTES * 60_000 + 1000);
    expect(await app.call('auth.login', right, 'pc')).toMatchObject({ username: ADMIN.username });
    const audit = await app.call('audit.list', { entity: 'account' });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['lockout', 'loginFailed', 'login']));
  });

  it('gives the same answer for an unknown name and a wrong password', async () => {
    app = await startWardWithAdmin();
    const unknown = await app.raw('auth.login', { username: 'khongco', password: 'abc' }, 'pc');
    const wrong = await app.raw('auth.login', { username: ADMIN.username, password: 'abc' }, 'pc');
    expect(unknown).toEqual(wrong);
  });

  it('refuse a disabled account and keep at least one active administrator', async () => {
    app = await startWardWithAdmin();
    const clerk = await app.call('accounts.create', { username: 'vanthu', fullName: 'Lê Văn Thư', role: 'clerk', password: 'vanthu-123' });
    await app.call('accounts.update', { id: clerk.id, fullName: clerk.fullName, role: 'clerk', disabled: true, staffMemberId: null });
    expect(await app.raw('auth.login', { username: 'vanthu', password: 'vanthu-123' }, 'pc')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const me = (await app.call('accounts.list', {})).find((a) => a.username === ADMIN.username)!;
    const demote = await app.raw('accounts.update', { id: me.id, fullName: me.fullName, role: 'viewer', disabled: false, staffMemberId: null });
    expect(demote).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Phải còn ít nhất một quản trị viên đang hoạt động.' } });
    expect((await app.call('accounts.list', {})).find((a) => a.id === me.id)?.role).toBe('administrator');
  });

  it('link to one staff member each, refuse an unknown or already linked one, and unlink when the person is deleted', async () => {
    app = await startWardWithAdmin();
    const person = { position: 'Công chức Văn phòng - Thống kê', employmentType: 'civilServant' as const, activeFrom: '2020-01-01', activeTo: null };
    const duyen = await app.call('staff.save', { ...person, fullName: 'Hoàng Thị Duyên' });
    const hai = await app.call('staff.save', { ...person, fullName: 'Đỗ Văn Hải' });
    const clerk = await app.call('accounts.create', { username: 'vanthu', fullName: 'Hoàng Thị Duyên', role: 'clerk', password: 'vanthu-123', staffMemberId: duyen.id });
    expect(clerk.staffMemberId).toBe(duyen.id);
    expect((await app.call('accounts.create', { username: 'xem', fullName: 'Người Xem', role: 'viewer', password: 'xem-12345' })).staffMemberId).toBeNull();

    const twice = await app.raw('accounts.create', { username: 'duyen2', fullName: 'Hoàng Thị Duyên', role: 'viewer', password: '12345678', staffMemberId: duyen.id });
    expect(twice).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Cán bộ này đã gắn với tài khoản vanthu.', path: 'staffMemberId' } });
    const unknown = await app.raw('accounts.update', { id: clerk.id, fullName: clerk.fullName, role: 'clerk', disabled: false, staffMemberId: 999 });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', path: 'staffMemberId' } });
    const kept = await app.call('accounts.update', { id: clerk.id, fullName: clerk.fullName, role: 'clerk', disabled: false, staffMemberId: duyen.id });
    expect(kept.staffMemberId).toBe(duyen.id);

    const moved = await app.call('accounts.update', { id: clerk.id, fullName: clerk.fullName, role: 'clerk', disabled: false, staffMemberId: hai.id });
    expect(moved.staffMemberId).toBe(hai.id);
    const [change] = await app.call('audit.list', { entity: 'account', limit: 1 });
    expect(change).toMatchObject({ action: 'update', before: { staffMemberId: duyen.id }, after: { staffMemberId: hai.id } });

    await app.call('staff.delete', { id: hai.id });
    expect((await app.call('accounts.list', {})).find((account) => account.id === clerk.id)?.staffMemberId).toBeNull();
  });

  it('refuse a duplicate user name whatever its case', async () => {
    app = await startWardWithAdmin();
    const dup = await app.raw('accounts.create', { username: ADMIN.username.toUpperCase(), fullName: 'Trùng Tên', role: 'viewer', password: '12345678' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT', path: 'username' } });
  });

  it('change a password only with the current one', async () => {
    app = await startWardWithAdmin();
    expect(await app.raw('auth.changePassword', { currentPassword: 'sai', newPassword: 'moi-12345678' })).toMatchObject({ ok: false, error: { path: 'currentPassword' } });
    await app.call('auth.changePassword', { currentPassword: ADMIN.password, newPassword: 'moi-12345678' });
    expect(await app.call('auth.login', { username: ADMIN.username, password: 'moi-12345678' }, 'pc')).toMatchObject({ role: 'administrator' });
  });
});
