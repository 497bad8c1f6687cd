import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { main } from '../../../main/cli/main';
import { enrolmentOf, installation, superior, writeBatch } from '../exchange/inbound/support';

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
    expect(status.out).toEqual(['26734 UBND phường 26734: 1 files', '  inst-1: last 1']);
    const backup = join(dir, 'copy.sqlite');
    expect((await cli([...d, 'backup', '--out', backup])).code).toBe(0);
    expect(existsSync(backup)).toBe(true);
    expect((await cli([...d, 'nonsense'])).code).toBe(64);
  });

  it.runIf(existsSync('dist/cli/so-dan-chu.mjs'))('the built binary prints its usage', () => {
    expect(() => execFileSync(process.execPath, ['dist/cli/so-dan-chu.mjs'], { stdio: 'pipe' })).toThrow(/Cách dùng/);
  });
});
