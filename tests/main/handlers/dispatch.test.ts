import { join } from 'node:path';
import { openDatabase } from '../../../main/db/database';
import { ADMIN, SAMPLE_PROFILE, startTestApp, startWardWithAdmin, type TestApp } from '../support/runtime';

describe('the dispatcher (the one entry of both transports)', () => {
  let app: TestApp;
  afterEach(() => app.dispose());

  it('rejects unknown channels and malformed input with a Vietnamese message and the field path', async () => {
    app = await startWardWithAdmin();
    expect(await app.raw('system.exec', {})).toEqual({ ok: false, error: { code: 'BAD_INPUT', message: 'Yêu cầu không tồn tại.' } });
    const bad = await app.raw('residentialGroups.save', { name: 'Tổ 1', householdCount: '12a' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', path: 'householdCount' } });
    const negative = await app.raw('residentialGroups.save', { name: 'Tổ 1', householdCount: -3 });
    expect(negative).toMatchObject({ ok: false, error: { message: 'Số hộ không được âm.', path: 'householdCount' } });
    const extra = await app.raw('ward.getProfile', { sql: 'DROP TABLE account' });
    expect(extra).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const wrongCode = await app.raw('ward.saveProfile', { ...SAMPLE_PROFILE, code: '123' });
    expect(wrongCode).toMatchObject({ ok: false, error: { path: 'code', message: 'Mã đơn vị hành chính cấp xã gồm đúng 5 chữ số.' } });
  });

  it('refuses every non-public channel before login', async () => {
    app = await startWardWithAdmin();
    const result = await app.raw('residentialGroups.list', {}, 'stranger');
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('enforces roles in main: a viewer can read but not write, a clerk cannot manage accounts', async () => {
    app = await startWardWithAdmin();
    await app.call('accounts.create', { username: 'xem', fullName: 'Người Xem', role: 'viewer', password: 'xem-12345678' });
    await app.call('accounts.create', { username: 'vanthu', fullName: 'Văn Thư', role: 'clerk', password: 'vt-12345678' });
    await app.call('auth.login', { username: 'xem', password: 'xem-12345678' }, 'viewer-pc');
    await app.call('auth.login', { username: 'vanthu', password: 'vt-12345678' }, 'clerk-pc');

    expect(await app.call('residentialGroups.list', {}, 'viewer-pc')).toEqual([]);
    const write = await app.raw('residentialGroups.save', { name: 'Tổ 1', householdCount: 10 }, 'viewer-pc');
    expect(write).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'Tài khoản của bạn không có quyền thực hiện thao tác này.' } });
    expect(await app.call('residentialGroups.list', {}, 'viewer-pc')).toEqual([]);

    await app.call('residentialGroups.save', { name: 'Tổ 1', householdCount: 10 }, 'clerk-pc');
    expect(await app.raw('accounts.list', {}, 'clerk-pc')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await app.raw('backup.restore', { fileName: 'ward-x.sqlite' }, 'clerk-pc')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('never leaks a stack trace: an unexpected failure becomes a plain Vietnamese INTERNAL error', async () => {
    app = await startWardWithAdmin();
    const intruder = openDatabase(join(app.dataDir, 'ward.sqlite'));
    intruder.exec('DROP TABLE residential_group'); // the next query throws a raw driver error
    intruder.close();
    const logged: unknown[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args) => void logged.push(args));
    const result = await app.raw('residentialGroups.list', {});
    spy.mockRestore();
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('lỗi không mong muốn') } });
    expect(JSON.stringify(result)).not.toMatch(/at .*\.ts|Error:/);
    expect(logged).toHaveLength(1);
  });

  it('creates the first administrator once, logged in, and refuses a second first-run', async () => {
    app = await startTestApp();
    expect(await app.call('app.status', {})).toMatchObject({ state: 'ready', hasAdministrator: false, isDemo: false, account: null });
    const status = await app.call('setup.createAdministrator', { ...ADMIN, installationRole: 'superior' });
    expect(status).toMatchObject({ hasAdministrator: true, installationRole: 'superior', account: { username: ADMIN.username, role: 'administrator' } });
    const again = await app.raw('setup.createAdministrator', { ...ADMIN, username: 'khac', installationRole: 'ward' }, 'other');
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('logs a client out without touching other clients', async () => {
    app = await startWardWithAdmin();
    await app.call('auth.login', { username: ADMIN.username, password: ADMIN.password }, 'second');
    await app.call('auth.logout', {}, 'second');
    expect(await app.raw('dashboard.get', {}, 'second')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await app.raw('dashboard.get', {})).toMatchObject({ ok: true });
  });
});
