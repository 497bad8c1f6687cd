import { build } from 'esbuild';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { importFiles } from '../../../../main/exchange/inbound/import';
import { registerUnit, revokeKey } from '../../../../main/exchange/inbound/registry';
import { WORKER_READY } from '../../../../main/exchange/inbound/verifier';
import { consolidated, dump, enrolmentOf, installation, superior, writeBatch } from './support';

/** The worker bundled the way scripts/build-main.mjs bundles dist/main/verify-worker.cjs. */
async function bundledWorker(dir: string): Promise<string> {
  const outfile = join(dir, 'verify-worker.cjs');
  const entry = fileURLToPath(new URL('../../../../main/exchange/inbound/verifyWorker.ts', import.meta.url));
  await build({ entryPoints: [entry], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile, logLevel: 'warning' });
  return outfile;
}

const ward = installation('26734', 'inst-1');
const replaced = installation('26734', 'inst-2');
const stranger = installation('27000', 'inst-9');

describe('verifying batch files on the worker thread', () => {
  let folder: string;
  let worker: string;
  let files: string[];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'sdc-verifier-'));
    worker = await bundledWorker(folder);
    const first = await writeBatch(folder, ward, 1, [{ id: 'r1', ver: 1, data: { title: 'Hội nghị tổ dân phố số 3' } }]);
    const fourth = await writeBatch(folder, ward, 4, [{ id: 'r2', ver: 1, data: { title: 'Đối thoại với Nhân dân' } }]);
    const revoked = await writeBatch(mkdtempSync(join(folder, 'revoked-')), replaced, 1, [{ id: 'r3', ver: 1, data: {} }]);
    const unknown = await writeBatch(folder, stranger, 1, [{ id: 'r4', ver: 1, data: {} }]);
    const bytes = readFileSync(first.path);
    writeFileSync(join(folder, 'truncated.sdc.zip'), bytes.subarray(0, bytes.length - 40));
    files = [first.path, fourth.path, revoked.path, unknown.path, join(folder, 'truncated.sdc.zip'), join(folder, 'missing.sdc.zip'), first.path];
  });

  function office(verifyWorker?: string) {
    const ctx = { ...superior(), verifyWorker };
    registerUnit(ctx, enrolmentOf(ward));
    registerUnit(ctx, enrolmentOf(replaced));
    revokeKey(ctx, replaced.signer.fingerprint);
    return ctx;
  }

  /** A report read the same way whichever data folder the office has. */
  const comparable = (report: unknown, dir: string) => JSON.parse(JSON.stringify(report).replaceAll(dir, '<data>')) as unknown;

  it('starts the bundled worker, which says it is ready', async () => {
    const probe = new Worker(worker);
    expect(await new Promise((resolve) => probe.once('message', resolve))).toBe(WORKER_READY);
    await probe.terminate();
  });

  it('gives the same report, the same records and the same dry run as verifying on this thread', async () => {
    const here = office();
    const there = office(worker);
    for (const dryRun of [true, false]) {
      const expected = comparable(await importFiles(here, files, { dryRun }), here.dir);
      expect(comparable(await importFiles(there, files, { dryRun }), there.dir)).toEqual(expected);
    }
    const results = (await importFiles(there, files, { dryRun: true })).files.map((f) => [f.result, f.reason?.code ?? null]);
    expect(results).toEqual([
      ['alreadyReceived', 'ALREADY_RECEIVED'], ['alreadyReceived', 'ALREADY_RECEIVED'], ['quarantined', 'KEY_REVOKED'],
      ['quarantined', 'UNKNOWN_KEY'], ['quarantined', 'ZIP_DAMAGED'], ['rejected', 'UNREADABLE'], ['alreadyReceived', 'ALREADY_RECEIVED'],
    ]);
    expect(consolidated(there.db)).toEqual(consolidated(here.db));
  });

  it('verifies on this thread when the worker cannot start: a damaged bundle, or none (a run from source)', async () => {
    const damaged = join(folder, 'damaged-worker.cjs');
    writeFileSync(damaged, "throw new Error('bundle damaged');\n");
    for (const script of [damaged, join(folder, 'not-built', 'verify-worker.cjs')]) {
      const ctx = office(script);
      const report = await importFiles(ctx, files.slice(0, 2), { dryRun: false });
      expect(report.files.map((f) => f.result)).toEqual(['applied', 'applied']);
    }
  });

  it('stops the import with a Vietnamese reason when the worker dies once started, changing nothing', async () => {
    const dying = join(folder, 'dying-worker.cjs');
    writeFileSync(dying, "const { parentPort } = require('node:worker_threads');\nparentPort.on('message', () => process.exit(3));\nparentPort.postMessage('ready');\n");
    const ctx = office(dying);
    const before = dump(ctx.db);
    await expect(importFiles(ctx, files, { dryRun: false })).rejects.toThrow('Luồng kiểm tra lô dữ liệu đã dừng (mã 3)');
    expect(dump(ctx.db)).toBe(before);
  });
});
