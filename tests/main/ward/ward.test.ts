import { SAMPLE_PROFILE, startWardWithAdmin, type TestApp } from '../support/runtime';

describe('ward setup', () => {
  let app: TestApp;
  beforeEach(async () => (app = await startWardWithAdmin()));
  afterEach(() => app.dispose());

  it('saves the profile, keeps it across a restart, and audits before/after with the actor', async () => {
    const saved = await app.call('ward.saveProfile', SAMPLE_PROFILE);
    expect(saved).toMatchObject({ ...SAMPLE_PROFILE, updatedAt: '2026-03-02T02:00:00.000Z' });
    await app.call('ward.saveProfile', { ...SAMPLE_PROFILE, superiorName: 'UBND thành phố Hà Nội' });
    await app.restart();
    await app.call('auth.login', { username: 'quantri', password: 'mat-khau-manh-1' });
    expect(await app.call('ward.getProfile', {})).toMatchObject({ superiorName: 'UBND thành phố Hà Nội' });
    const [update, create] = await app.call('audit.list', { entity: 'wardProfile' });
    expect(create).toMatchObject({ action: 'create', actor: 'Nguyễn Thị Quản Trị', before: null, after: { name: 'Phường Đống Đa' } });
    expect(update).toMatchObject({ action: 'update', before: { superiorName: 'Sở Nội vụ thành phố Hà Nội' }, after: { superiorName: 'UBND thành phố Hà Nội' } });
    expect((await app.call('app.status', {})).unitName).toBe('Phường Đống Đa');
  });

  it('accepts a superior office with a free-form code, but a ward needs 5 digits', async () => {
    expect(await app.call('ward.saveProfile', { ...SAMPLE_PROFILE, kind: 'superiorOffice', code: 'SNV-HN' })).toMatchObject({ code: 'SNV-HN' });
    expect(await app.raw('ward.saveProfile', { ...SAMPLE_PROFILE, kind: 'commune', code: 'SNV-HN' })).toMatchObject({ ok: false, error: { path: 'code' } });
  });

  it('keeps residential groups in natural order, refuses duplicate names, and deletes with an audit row', async () => {
    for (const [name, householdCount] of [['Tổ dân phố 10', 120], ['Tổ dân phố 2', 95], ['Tổ dân phố 1', 80]] as const) {
      await app.call('residentialGroups.save', { name, householdCount, headName: 'Trần Văn Bình' });
    }
    const groups = await app.call('residentialGroups.list', {});
    expect(groups.map((g) => g.name)).toEqual(['Tổ dân phố 1', 'Tổ dân phố 2', 'Tổ dân phố 10']);
    const dup = await app.raw('residentialGroups.save', { name: 'tổ dân phố 2', householdCount: 1 });
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT', path: 'name', message: 'Đã có tổ dân phố cùng tên.' } });
    const first = groups[0]!;
    await app.call('residentialGroups.save', { ...first, householdCount: 81 });
    await app.call('residentialGroups.delete', { id: groups[1]!.id });
    expect((await app.call('residentialGroups.list', {})).map((g) => [g.name, g.householdCount])).toEqual([['Tổ dân phố 1', 81], ['Tổ dân phố 10', 120]]);
    const deleted = (await app.call('audit.list', { entity: 'residentialGroup' }))[0];
    expect(deleted).toMatchObject({ action: 'delete', before: { name: 'Tổ dân phố 2', householdCount: 95 }, after: null });
    expect(await app.raw('residentialGroups.delete', { id: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('keeps one default signatory', async () => {
    const chair = await app.call('signatories.save', { fullName: 'Nguyễn Văn An', position: 'Chủ tịch', authority: 'TM', isDefault: true });
    await app.call('signatories.save', { fullName: 'Trần Thị Bích', position: 'Phó Chủ tịch', authority: 'KT', isDefault: true });
    const list = await app.call('signatories.list', {});
    expect(list.map((s) => [s.fullName, s.isDefault])).toEqual([['Trần Thị Bích', true], ['Nguyễn Văn An', false]]);
    await app.call('signatories.delete', { id: chair.id });
    expect(await app.call('signatories.list', {})).toHaveLength(1);
  });

  it('reports profile completeness on the dashboard', async () => {
    const empty = await app.call('dashboard.get', {});
    expect(empty.profileCompleteness.percent).toBe(0);
    expect(empty.profileCompleteness.missing).toContainEqual({ label: 'Danh sách tổ dân phố', target: 'residentialGroups' });
    await app.call('ward.saveProfile', SAMPLE_PROFILE);
    await app.call('residentialGroups.save', { name: 'Tổ 1', householdCount: 0 });
    const partial = await app.call('dashboard.get', {});
    expect(partial.profileCompleteness).toEqual({
      percent: 40,
      missing: [
        { label: 'Người ký văn bản', target: 'signatories' },
        { label: 'Danh sách cán bộ, công chức', target: 'staff' },
        { label: 'Số hộ của từng tổ dân phố', target: 'residentialGroups' },
      ],
    });
    expect(partial.lastBackup?.reason).toBe('daily');
  });
});
