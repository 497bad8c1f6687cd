import { DEMO_PASSWORD } from '../../../main/demo/seed';
import { startTestApp, startWardWithAdmin, type TestApp } from '../support/runtime';

const GROUP = 'Công chức chuyên môn UBND phường';
const fullMarks = { politicalCompliance: 3, politicalStance: 3, integrity: 3, lifestyle: 3, assignmentCompliance: 3, workRules: 3, workingStyle: 3, publicService: 3, initiative: 3, responsibility: 3 };
const task = (title: string, qualityFailures = 0) => ({ title, done: true, qualityFailures, delays: 0 });
const PASSWORD = 'mat-khau-123';

describe('a person’s own evaluation results through the handlers', () => {
  let app: TestApp;
  let duyen: number;
  let hai: number;

  beforeEach(async () => {
    app = await startWardWithAdmin();
    const person = { position: 'Công chức Văn phòng - Thống kê', employmentType: 'civilServant' as const, activeFrom: '2020-01-01', activeTo: null };
    duyen = (await app.call('staff.save', { ...person, fullName: 'Hoàng Thị Duyên' })).id;
    hai = (await app.call('staff.save', { ...person, fullName: 'Đỗ Văn Hải' })).id;
    const january = await app.call('evaluations.openPeriod', { period: '2026-01', groupName: GROUP, schemeId: 'nd335-2025', staffMemberIds: [duyen, hai] });
    await app.call('evaluations.openPeriod', { period: '2026-02', groupName: GROUP, schemeId: 'nd335-2025', staffMemberIds: [duyen, hai] });
    await app.call('evaluations.saveSheet', { periodId: january.id, staffMemberId: duyen, generalScores: fullMarks, tasks: [task('Báo cáo thống kê', 1)] });
    await app.call('evaluations.saveSheet', { periodId: january.id, staffMemberId: hai, generalScores: fullMarks, tasks: [task('Hộ tịch')] });
  });
  afterEach(() => app.dispose());

  async function signIn(username: string, staffMemberId: number | null, clientId: string) {
    await app.call('accounts.create', { username, fullName: 'Người dùng', role: 'viewer', password: PASSWORD, staffMemberId });
    await app.call('auth.login', { username, password: PASSWORD }, clientId);
  }

  it('shows a linked viewer only their own sheets and year result, and refuses them everyone’s', async () => {
    await signIn('duyen', duyen, 'duyen-pc');
    const mine = await app.call('evaluations.myResults', { year: 2026 }, 'duyen-pc');
    expect(mine.staffMember).toEqual({ id: duyen, fullName: 'Hoàng Thị Duyên', position: 'Công chức Văn phòng - Thống kê' });
    expect(mine.sheets.map((sheet) => [sheet.period, sheet.staffMemberId, sheet.result?.total ?? null])).toEqual([
      ['2026-01', duyen, 82.5],
      ['2026-02', duyen, null],
    ]);
    expect(mine.sheets[0]!.result!.explanation.join(' ')).toContain('82,5');
    expect(mine.years).toEqual([
      { groupName: GROUP, score: 82.5, grade: 'good', gradeLabel: expect.any(String), explanation: expect.stringContaining('82,5'), periods: [{ period: '2026-01', total: 82.5 }], decidedOn: null },
    ]);
    expect(JSON.stringify(mine)).not.toContain('Đỗ Văn Hải');
    expect(await app.call('evaluations.myResults', { year: 2025 }, 'duyen-pc')).toEqual({ staffMember: mine.staffMember, sheets: [], years: [] });

    const periodId = mine.sheets[0]!.periodId;
    for (const [channel, input] of [
      ['evaluations.listSheets', { periodId }],
      ['evaluations.yearResults', { year: 2026, groupName: GROUP }],
    ] as const) {
      expect(await app.raw(channel, input, 'duyen-pc')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('takes no staff id from the input: asking for another person is refused by the schema', async () => {
    await signIn('duyen', duyen, 'duyen-pc');
    const other = await app.raw('evaluations.myResults', { year: 2026, staffMemberId: hai }, 'duyen-pc');
    expect(other).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(JSON.stringify(other)).not.toContain('Đỗ Văn Hải');
  });

  it('gives an account linked to nobody no person, and an administrator their own results, as decided once the year is closed', async () => {
    await signIn('xem', null, 'viewer-pc');
    expect(await app.call('evaluations.myResults', { year: 2026 }, 'viewer-pc')).toEqual({ staffMember: null, sheets: [], years: [] });

    const admin = (await app.call('accounts.list', {})).find((account) => account.role === 'administrator')!;
    await app.call('accounts.update', { id: admin.id, fullName: admin.fullName, role: 'administrator', disabled: false, staffMemberId: hai });
    await app.call('evaluations.closeYear', { year: 2026, groupName: GROUP, decidedOn: '2026-03-01' });
    // A correction after the decision changes the sheet but not the decided year until the head closes it again.
    const periodId = (await app.call('evaluations.listPeriods', { year: 2026 })).find((period) => period.period === '2026-01')!.id;
    await app.call('evaluations.saveSheet', { periodId, staffMemberId: hai, generalScores: fullMarks, tasks: [task('Hộ tịch', 1)] });
    const mine = await app.call('evaluations.myResults', { year: 2026 });
    expect(mine.sheets.map((sheet) => [sheet.fullName, sheet.result?.total ?? null])).toEqual([
      ['Đỗ Văn Hải', 82.5],
      ['Đỗ Văn Hải', null],
    ]);
    expect(mine.years).toEqual([expect.objectContaining({ groupName: GROUP, score: 100, grade: 'excellent', decidedOn: '2026-03-01' })]);
  });

  it('refuses to link a staff member already linked to another account', async () => {
    await signIn('duyen', duyen, 'duyen-pc');
    const twice = await app.raw('accounts.create', { username: 'duyen-2', fullName: 'Hoàng Thị Duyên', role: 'viewer', password: PASSWORD, staffMemberId: duyen });
    expect(twice).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Cán bộ này đã gắn với tài khoản duyen.' } });
  });
});

describe('the demo ward', () => {
  it('links the clerk’s account to her staff member, so that she sees her own view', async () => {
    const app = await startTestApp({ demoWhenEmpty: true });
    try {
      await app.call('auth.login', { username: 'vanthu', password: DEMO_PASSWORD });
      const mine = await app.call('evaluations.myResults', { year: 2026 });
      expect(mine.staffMember).toMatchObject({ fullName: 'Hoàng Thị Duyên', position: 'Công chức Văn phòng - Thống kê' });
    } finally {
      app.dispose();
    }
  });
});
