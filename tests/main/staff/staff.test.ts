import { startWardWithAdmin, type TestApp } from '../support/runtime';

const member = { position: 'Công chức Tư pháp - Hộ tịch', department: 'Văn phòng', employmentType: 'civilServant' as const, note: '' };

describe('staff registry', () => {
  let app: TestApp;
  beforeEach(async () => (app = await startWardWithAdmin()));
  afterEach(() => app.dispose());

  it('lists active staff by given name in Vietnamese order and hides those who left unless asked', async () => {
    await app.call('staff.save', { ...member, fullName: 'Trần Văn Đức', activeFrom: '2020-01-01', activeTo: null });
    await app.call('staff.save', { ...member, fullName: 'Nguyễn Thị Dung', activeFrom: '2020-01-01', activeTo: null });
    await app.call('staff.save', { ...member, fullName: 'Lê Văn Ánh', activeFrom: '2010-01-01', activeTo: '2025-06-30' });
    expect((await app.call('staff.list', {})).map((s) => s.fullName)).toEqual(['Nguyễn Thị Dung', 'Trần Văn Đức']);
    expect((await app.call('staff.list', { includeInactive: true })).map((s) => s.fullName)).toEqual(['Lê Văn Ánh', 'Nguyễn Thị Dung', 'Trần Văn Đức']);
  });

  it('refuses an end date before the start date and an impossible date, naming the field', async () => {
    const reversed = await app.raw('staff.save', { ...member, fullName: 'A B', activeFrom: '2024-05-01', activeTo: '2024-04-30' });
    expect(reversed).toMatchObject({ ok: false, error: { path: 'activeTo', message: 'Ngày thôi công tác phải sau ngày bắt đầu.' } });
    const impossible = await app.raw('staff.save', { ...member, fullName: 'A B', activeFrom: '2025-02-29', activeTo: null });
    expect(impossible).toMatchObject({ ok: false, error: { path: 'activeFrom', message: 'Ngày không tồn tại trong lịch.' } });
    expect(await app.call('staff.list', { includeInactive: true })).toEqual([]);
  });

  it('edits and deletes with audit rows', async () => {
    const saved = await app.call('staff.save', { ...member, fullName: 'Phạm Minh Tuấn', activeFrom: '2021-07-01', activeTo: null });
    await app.call('staff.save', { ...member, id: saved.id, fullName: 'Phạm Minh Tuấn', position: 'Phó Chủ tịch UBND', activeFrom: '2021-07-01', activeTo: null });
    await app.call('staff.delete', { id: saved.id });
    const actions = (await app.call('audit.list', { entity: 'staffMember' })).map((a) => a.action);
    expect(actions).toEqual(['delete', 'update', 'create']);
  });
});
