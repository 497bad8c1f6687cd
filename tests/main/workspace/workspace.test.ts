import { existsSync, readdirSync, openSync, writeSync, closeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, schemaVersion } from '../../../main/db/database';
import { migrate } from '../../../main/db/migrate';
import { latestSchemaVersion, migrations } from '../../../main/db/migrations';
import { Workspace } from '../../../main/workspace/workspace';
import { DEMO_PASSWORD } from '../../../main/demo/seed';
import { ADMIN, FakeClock, SAMPLE_PROFILE, makeTempDir, startTestApp, startWardWithAdmin, type TestApp } from '../support/runtime';

describe('the workspace', () => {
  let app: TestApp;
  afterEach(() => app.dispose());

  it('opens a clearly marked demo ward when no real ward exists, and one click starts a real one', async () => {
    app = await startTestApp({ demoWhenEmpty: true });
    const status = await app.call('app.status', {});
    expect(status).toMatchObject({ isDemo: true, hasAdministrator: true, installationRole: 'ward', unitName: 'Phường Hòa An (dữ liệu mẫu)' });
    await app.call('auth.login', { username: 'admin', password: DEMO_PASSWORD });
    const dashboard = await app.call('dashboard.get', {});
    expect(dashboard.profileCompleteness.percent).toBe(100);
    expect(dashboard.counts).toMatchObject({ residentialGroups: 12, activeStaff: 13 });
    expect((await app.call('audit.list', { limit: 500 })).length).toBeGreaterThan(20);
    const meetings = await app.call('meetings.list', { from: '2026-01-01', to: '2026-12-31' });
    expect(meetings.map((m) => [m.type, m.stage])).toEqual([
      ['staffConference', 'planned'],
      ['householdBallot', 'planned'],
      ['residentsMeeting', 'finalized'],
    ]);
    const ballot = await app.call('meetings.ballot', { meetingId: meetings[1]!.id });
    expect(ballot).toMatchObject({ saved: true, authentication: 'groupHead', locked: null });
    expect(ballot.questions.map((q) => q.choices)).toEqual([['Đồng ý', 'Không đồng ý'], ['Đồng ý', 'Không đồng ý']]);
    expect(dashboard.dueItems.map((item) => item.capability)).toContain('meetings');
    const periods = await app.call('evaluations.listPeriods', { year: 2026 });
    expect(periods.map((period) => [period.period, period.sheets, period.scored])).toEqual([
      ['2026-02', 13, 13],
      ['2026-01', 13, 13],
    ]);
    const assessments = await app.call('criteria.listAssessments', {});
    expect(assessments.map((entry) => [entry.year, entry.appraisedTotal !== null])).toEqual([
      [2026, false],
      [2025, true],
    ]);
    const disclosures = await app.call('disclosures.list', { year: 2026 });
    expect(disclosures.map((entry) => [entry.group, entry.status])).toEqual(
      expect.arrayContaining([['K1', 'ended'], ['K3', 'posted'], ['K4', 'posted'], ['K7', 'posted'], ['K13', 'posted'], ['K5', 'planned']]),
    );
    expect(disclosures.find((entry) => entry.group === 'K7')!.warnings).toEqual([expect.stringMatching(/^Công khai muộn/)]);
    const [consultation] = await app.call('disclosures.listConsultations', { year: 2026 });
    expect(consultation!.opinions).toHaveLength(3);

    const real = await app.call('app.startRealWard', {});
    expect(real).toMatchObject({ isDemo: false, hasAdministrator: false, account: null, unitName: null });
    expect(existsSync(join(app.dataDir, 'ward.sqlite'))).toBe(true);
    expect(existsSync(join(app.dataDir, 'demo.sqlite'))).toBe(false);
    expect(readdirSync(join(app.dataDir, 'backups')).filter((f) => f.startsWith('demo-'))).toEqual([]);
    expect(await app.raw('app.startRealWard', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await app.restart();
    expect(await app.call('app.status', {})).toMatchObject({ isDemo: false, hasAdministrator: false });
  });

  it('refuses, with the recovery path, a database that fails its integrity check; a backup brings it back', async () => {
    app = await startWardWithAdmin();
    await app.call('ward.saveProfile', SAMPLE_PROFILE);
    await app.call('residentialGroups.save', { name: 'Tổ 1', householdCount: 10 });
    const good = await app.call('backup.create', {});
    app.runtime.close();
    const file = join(app.dataDir, 'ward.sqlite');
    const fd = openSync(file, 'r+');
    const size = statSync(file).size; // every page after the first (the schema) becomes garbage
    writeSync(fd, Buffer.alloc(size - 4096, 0x5a), 0, size - 4096, 4096);
    closeSync(fd);
    await app.restart();
    const status = await app.call('app.status', {});
    expect(status).toMatchObject({ state: 'damaged', account: null, problem: expect.stringContaining('bị hỏng') });
    expect(await app.raw('auth.login', { username: ADMIN.username, password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    const backups = await app.call('backup.list', {}, 'recovery-screen');
    expect(backups.map((b) => b.fileName)).toContain(good.fileName);
    await app.call('backup.restore', { fileName: good.fileName }, 'recovery-screen');
    expect(await app.call('app.status', {})).toMatchObject({ state: 'ready', unitName: 'Phường Đống Đa' });
  });

  it('refuses a database written by a newer version and leaves it untouched', async () => {
    const dataDir = makeTempDir();
    const db = openDatabase(join(dataDir, 'ward.sqlite'));
    migrate(db);
    db.pragma(`user_version = ${latestSchemaVersion + 1}`);
    db.close();
    app = await startTestApp({ dataDir });
    const status = await app.call('app.status', {});
    expect(status).toMatchObject({ state: 'tooNew', problem: expect.stringContaining('phiên bản Sổ Dân Chủ mới hơn') });
    expect(await app.raw('backup.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    app.runtime.close();
    const after = openDatabase(join(dataDir, 'ward.sqlite'));
    expect(schemaVersion(after)).toBe(latestSchemaVersion + 1);
    after.close();
  });

  it('backs the database up before applying a new migration, and the upgrade keeps the rows', async () => {
    app = await startWardWithAdmin();
    await app.call('residentialGroups.save', { name: 'Tổ 1', householdCount: 10 });
    app.runtime.close();
    const next = { version: latestSchemaVersion + 1, name: 'rehearsal', up: 'ALTER TABLE residential_group ADD COLUMN area_name TEXT' };
    const workspace = await Workspace.open({ dataDir: app.dataDir, clock: new FakeClock(), demoWhenEmpty: false, migrations: [...migrations, next] });
    expect(workspace.listBackups().map((b) => b.reason)).toContain('pre-migration');
    expect(schemaVersion(workspace.db)).toBe(latestSchemaVersion + 1);
    expect(workspace.db.prepare('SELECT name, area_name FROM residential_group').all()).toEqual([{ name: 'Tổ 1', area_name: null }]);
    const backup = openDatabase(join(workspace.backupsDir, workspace.listBackups().find((b) => b.reason === 'pre-migration')!.fileName));
    expect(schemaVersion(backup)).toBe(latestSchemaVersion);
    backup.close();
    workspace.close();
    await app.restart();
  });
});
