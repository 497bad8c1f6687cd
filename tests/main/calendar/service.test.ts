import { startWardWithAdmin, type TestApp } from '../support/runtime';

describe('the ward calendar through its channels', () => {
  let app: TestApp;
  beforeEach(async () => (app = await startWardWithAdmin()));
  afterEach(() => app.dispose());

  it('serves the official 2026 schedule and computes deadlines in working days', async () => {
    const days = await app.call('calendar.getYear', { year: 2026 });
    expect(days.filter((d) => d.date.startsWith('2026-02')).map((d) => d.date)).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    expect(await app.call('calendar.addWorkingDays', { from: '2026-02-12', days: 5 })).toEqual({ date: '2026-02-26' });
  });

  it("applies the ward's own adjustment on top, audits it, and removing it restores the official day", async () => {
    await app.call('calendar.saveAdjustment', { date: '2026-02-23', kind: 'off', name: 'Nghỉ theo quyết định của tỉnh' });
    const adjusted = await app.call('calendar.getYear', { year: 2026 });
    expect(adjusted.find((d) => d.date === '2026-02-23')).toEqual({ date: '2026-02-23', kind: 'off', name: 'Nghỉ theo quyết định của tỉnh', source: 'ward' });
    expect(await app.call('calendar.addWorkingDays', { from: '2026-02-12', days: 5 })).toEqual({ date: '2026-02-27' });
    await app.call('calendar.deleteAdjustment', { date: '2026-02-23' });
    expect(await app.call('calendar.addWorkingDays', { from: '2026-02-12', days: 5 })).toEqual({ date: '2026-02-26' });
    expect((await app.call('audit.list', { entity: 'calendarAdjustment' })).map((a) => a.action)).toEqual(['delete', 'create']);
  });

  it('lets only an administrator adjust the calendar', async () => {
    await app.call('accounts.create', { username: 'vanthu', fullName: 'Văn Thư', role: 'clerk', password: 'vanthu-123' });
    await app.call('auth.login', { username: 'vanthu', password: 'vanthu-123' }, 'clerk');
    const refused = await app.raw('calendar.saveAdjustment', { date: '2026-02-23', kind: 'off', name: 'x' }, 'clerk');
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await app.raw('calendar.saveAdjustment', { date: '2026-02-30', kind: 'off', name: 'x' })).toMatchObject({ ok: false, error: { path: 'date' } });
  });
});
