import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { main } from '../../../main/cli/main';
import { enrolmentOf, installation, superior, writeBatch } from '../exchange/inbound/support';
import { readBatchFile } from '../../../main/exchange/envelope/read';
import { NOTHING_NEW, NOTHING_NEW_IN_SLICE } from '../../../main/exchange/outbound/export';
import { keyStatus } from '../../../main/exchange/outbound/signingKey';
import { layeredSecretStore, OS_SEALED_ELSEWHERE_MESSAGE } from '../../../main/exchange/outbound/secretStore';
import { PROFILE, wardDb } from '../exchange/outbound/seed';
import { k7Disclosure } from '../disclosures/fixtures';
import { makeTempDir, startWardWithAdmin } from '../support/runtime';
import { version } from '../../../package.json';

const ward = installation('26734', 'inst-1');

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), env: {} });
  return { code, out, err };
}

describe('so-dan-chu command line', () => {
  it('registers a ward, verifies and imports its batches with the documented exit codes, and reports status', async () => {
    const { dir, db } = superior();
    db.close();
    const enrolment = join(dir, 'enrol-26734.json');
    writeFileSync(enrolment, enrolmentOf(ward));
    const usb = mkdtempSync(join(dir, 'usb-'));
    const one = await writeBatch(usb, ward, 1, [{ id: 'r1', ver: 1, data: {} }, { id: 'r2', ver: 1, data: {}, unitCode: '9' }]);
    writeFileSync(join(usb, 'hỏng.sdc.zip'), 'không phải zip');
    const d = ['--data-dir', dir];
    expect((await cli([...d, 'exchange', 'verify', one.path])).code).toBe(2);
    const registered = await cli([...d, '--lang', 'en', 'ward', 'register', enrolment]);
    expect(registered.out[0]).toContain(`Fingerprint (compare with the paper form): ${ward.signer.fingerprint}`);
    expect((await cli([...d, 'exchange', 'verify', one.path])).code).toBe(0);
    expect((await cli([...d, 'exchange', 'import', '--dry-run', one.path])).code).toBe(1);
    const all = await cli([...d, '--json', 'exchange', 'import', usb]);
    expect(all.code).toBe(2);
    expect(all.out.map((l) => (JSON.parse(l) as { result: string }).result).sort()).toEqual(['applied', 'quarantined']);
    expect((await cli([...d, 'exchange', 'import', one.path])).code).toBe(0);
    const status = await cli([...d, 'status']);
    expect(status.out.slice(0, 2)).toEqual(['26734 UBND phường 26734: 1 lô đã áp dụng', '  inst-1: last 1']);
    const backup = join(dir, 'copy.sqlite');
    expect((await cli([...d, 'backup', '--out', backup])).code).toBe(0);
    expect(existsSync(backup)).toBe(true);
    expect((await cli([...d, 'nonsense'])).code).toBe(64);
  });

  it('exports a ward installation\'s batches: since the last one, nothing new, a snapshot, a slice by --period and --content', async () => {
    const app = await startWardWithAdmin();
    await app.call('ward.saveProfile', PROFILE);
    await app.call('disclosures.save', k7Disclosure);
    app.runtime.close();
    const usb = makeTempDir('sdc-usb-');
    const d = ['--data-dir', app.dataDir];
    const first = await cli([...d, '--json', 'exchange', 'export', '--out', usb, '--since-last']);
    expect(first.code).toBe(0);
    const { path, batch } = JSON.parse(first.out[0]!) as { path: string; batch: { seq: number; kind: string; counts: Record<string, number> } };
    expect(batch).toMatchObject({ seq: 1, kind: 'delta', counts: { disclosures: 1 } });
    const db = wardDb(app);
    const key = keyStatus(db)!;
    db.close();
    const read = await readBatchFile(path, { trustedKeys: (fp) => (fp === key.fingerprint ? { publicKeyJwkX: key.publicKeyJwkX, unitCode: PROFILE.code } : undefined) });
    expect(read.ok && read.header).toMatchObject({ seq: 1, unitCode: PROFILE.code, recipientCode: PROFILE.superiorCode, appVersion: version });
    expect(await cli([...d, 'exchange', 'export', '--out', usb])).toEqual({ code: 0, out: [NOTHING_NEW], err: [] });
    const snapshot = await cli([...d, 'exchange', 'export', '--out', usb, '--snapshot']);
    expect(snapshot.out).toEqual([`Đã ghi lô dữ liệu 2: ${join(usb, readdirSync(usb).sort().at(-1)!)}`]);
    const slice = await cli([...d, '--json', 'exchange', 'export', '--out', usb, '--snapshot', '--period', '2026', '--content', 'disclosures,petitions']);
    expect(JSON.parse(slice.out[0]!)).toMatchObject({ status: 'written', batch: { seq: 3, kind: 'snapshot', counts: { disclosures: 1, petitions: 0 }, filter: { period: '2026', datasets: ['disclosures', 'petitions'] } } });
    expect(await cli([...d, 'exchange', 'export', '--out', usb, '--period', '2025'])).toEqual({ code: 0, out: [NOTHING_NEW_IN_SLICE], err: [] });
    expect(await cli([...d, 'exchange', 'export', '--out', usb, '--snapshot', '--period', '2026Q5'])).toMatchObject({ code: 3, err: [expect.stringContaining('Kỳ «2026Q5» không hợp lệ')] });
    expect(await cli([...d, 'exchange', 'export', '--out', usb, '--snapshot', '--content', 'meetings'])).toMatchObject({ code: 3, err: [expect.stringContaining('Không có loại dữ liệu «meetings»')] });
    expect(readdirSync(usb)).toHaveLength(3);
    app.dispose();
  });

  it("refuses, with the reason, to export for a ward whose app sealed the signing key with the user's OS store", async () => {
    const dataDir = makeTempDir();
    const os = { encryptString: (plain: string) => Buffer.from(plain).reverse(), decryptString: (sealed: Buffer) => Buffer.from(sealed).reverse().toString() };
    const app = await startWardWithAdmin({ dataDir, secretStore: layeredSecretStore(os, dataDir) });
    await app.call('ward.saveProfile', PROFILE);
    await app.call('exchange.createKey', {});
    await app.call('disclosures.save', k7Disclosure);
    app.runtime.close();
    const usb = makeTempDir('sdc-usb-');
    expect(await cli(['--data-dir', dataDir, 'exchange', 'export', '--out', usb])).toEqual({ code: 3, out: [], err: [`Lỗi: ${OS_SEALED_ELSEWHERE_MESSAGE}`] });
    expect(readdirSync(usb)).toEqual([]);
    app.dispose();
  });

  it.runIf(existsSync('dist/cli/so-dan-chu.mjs'))('the built binary prints its usage', () => {
    expect(() => execFileSync(process.execPath, ['dist/cli/so-dan-chu.mjs'], { stdio: 'pipe' })).toThrow(/Cách dùng/);
  });
});
