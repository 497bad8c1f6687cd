import { readFileSync, readdirSync, writeFileSync, openSync, writeSync, closeSync, statSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BACKUPS_KEPT } from '../../../main/backup/files';
import { openDatabase } from '../../../main/db/database';
import { latestSchemaVersion } from '../../../main/db/migrations';
import { ADMIN, SAMPLE_PROFILE, startWardWithAdmin, makeTempDir, type TestApp } from '../support/runtime';

const DAY = 86_400_000;
const login = (app: TestApp, clientId = 'test') => app.call('auth.login', { username: ADMIN.username, password: ADMIN.password }, clientId);
const groupNames = async (app: TestApp) => (await app.call('residentialGroups.list', {})).map((g) => g.name);

describe('backups', () => {
  let app: TestApp;
  afterEach(() => app.dispose());

  it('are made automatically at the first start of each day, and only the last 14 are kept', async () => {
    app = await startWardWithAdmin();
    expect((await app.call('backup.list', {})).map((b) => b.reason)).toEqual(['daily']);
    await app.restart();
    await login(app);
    expect(await app.call('backup.list', {})).toHaveLength(1);
    for (let day = 1; day <= BACKUPS_KEPT + 3; day++) {
      app.clock.advance(DAY);
      await app.restart();
    }
    await login(app);
    const list = await app.call('backup.list', {});
    expect(list).toHaveLength(BACKUPS_KEPT);
    expect(list[0]!.createdAt).toBe(app.clock.now().toISOString());
  });

  it('are whole SQLite copies made with the online backup API while the database is open', async () => {
    app = await startWardWithAdmin();
    await app.call('residentialGroups.save', { name: 'Tổ dân phố Đông Các', householdCount: 150 });
    const entry = await app.call('backup.create', {});
    expect(entry.reason).toBe('manual');
    const copy = new Database(join(app.dataDir, 'backups', entry.fileName), { readonly: true });
    expect(copy.prepare('SELECT name, household_count FROM residential_group').all()).toEqual([{ name: 'Tổ dân phố Đông Các', household_count: 150 }]);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    expect(readdirSync(join(app.dataDir, 'backups')).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('restore an earlier state after backing up the current one, and sign everyone out', async () => {
    app = await startWardWithAdmin();
    await app.call('ward.saveProfile', SAMPLE_PROFILE);
    await app.call('residentialGroups.save', { name: 'Tổ 1', householdCount: 10 });
    const snapshot = await app.call('backup.create', {});
    app.clock.advance(60_000);
    await app.call('residentialGroups.save', { name: 'Tổ 2', householdCount: 20 });
    await app.call('backup.restore', { fileName: snapshot.fileName });
    expect(await app.raw('residentialGroups.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    await login(app);
    expect(await groupNames(app)).toEqual(['Tổ 1']);
    expect((await app.call('backup.list', {})).map((b) => b.reason)).toContain('pre-restore');
    expect(await app.raw('backup.restore', { fileName: '../ward.sqlite' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  describe('restore from a file chosen in the dialog refuses, changing nothing,', () => {
    let outside: string;
    beforeEach(async () => {
      app = await startWardWithAdmin();
      await app.call('ward.saveProfile', SAMPLE_PROFILE);
      await app.call('residentialGroups.save', { name: 'Tổ 1', householdCount: 10 });
      outside = makeTempDir('sdc-usb-');
    });

    async function expectRefused(file: string, message: RegExp) {
      const before = readFileSync(file);
      const backupsBefore = (await app.call('backup.list', {})).length;
      app.dialogs.openPath = file;
      const result = await app.raw('backup.restoreFromFile', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_FILE', message: expect.stringMatching(message) } });
      expect(await groupNames(app)).toEqual(['Tổ 1']);
      expect(readFileSync(file).equals(before)).toBe(true); // the user's file is never written
      expect(await app.call('backup.list', {})).toHaveLength(backupsBefore);
    }

    it('a file that is not a database', async () => {
      const file = join(outside, 'not-a-backup.sqlite');
      writeFileSync(file, 'Biên bản họp tổ dân phố');
      await expectRefused(file, /không phải là bản sao lưu/);
    });

    it('a corrupted backup', async () => {
      const good = await app.call('backup.create', {});
      const file = join(outside, 'corrupt.sqlite');
      copyFileSync(join(app.dataDir, 'backups', good.fileName), file);
      const fd = openSync(file, 'r+');
      const size = statSync(file).size;
      writeSync(fd, Buffer.alloc(4096 * 2, 0xab), 0, 4096 * 2, Math.min(4096 * 2, size - 8192));
      closeSync(fd);
      await expectRefused(file, /bị hỏng|không phải là bản sao lưu/);
    });

    it('a truncated backup', async () => {
      const good = await app.call('backup.create', {});
      const file = join(outside, 'truncated.sqlite');
      const bytes = readFileSync(join(app.dataDir, 'backups', good.fileName));
      writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
      await expectRefused(file, /bị hỏng|không phải là bản sao lưu/);
    });

    it('a backup of another ward', async () => {
      const other = await startWardWithAdmin();
      await other.call('ward.saveProfile', { ...SAMPLE_PROFILE, name: 'Xã Yên Bình', kind: 'commune', code: '04567' });
      const otherBackup = await other.call('backup.create', {});
      const file = join(outside, 'yen-binh.sqlite');
      copyFileSync(join(other.dataDir, 'backups', otherBackup.fileName), file);
      other.dispose();
      await expectRefused(file, /của đơn vị khác \(Xã Yên Bình, mã 04567\)/);
    });

    it('a foreign SQLite file', async () => {
      const file = join(outside, 'other-app.sqlite');
      const db = new Database(file);
      db.exec('CREATE TABLE notes (x TEXT)');
      db.close();
      await expectRefused(file, /không phải là bản sao lưu/);
    });

    it('a backup made by a newer version', async () => {
      const good = await app.call('backup.create', {});
      const file = join(outside, 'future.sqlite');
      copyFileSync(join(app.dataDir, 'backups', good.fileName), file);
      const db = openDatabase(file);
      db.pragma(`user_version = ${latestSchemaVersion + 1}`);
      db.close();
      await expectRefused(file, /phiên bản Sổ Dân Chủ mới hơn/);
    });

    it('nothing at all when the dialog is cancelled', async () => {
      app.dialogs.openPath = null;
      expect(await app.raw('backup.restoreFromFile', {})).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    });
  });

  it('export a copy to the path chosen in the save dialog, atomically', async () => {
    app = await startWardWithAdmin();
    const usb = makeTempDir('sdc-usb-');
    app.dialogs.savePath = join(usb, 'sao-luu.sqlite');
    expect(await app.call('backup.exportCopy', {})).toEqual({ savedAs: app.dialogs.savePath });
    expect(readdirSync(usb)).toEqual(['sao-luu.sqlite']);
    const copy = new Database(app.dialogs.savePath, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
  });
});
