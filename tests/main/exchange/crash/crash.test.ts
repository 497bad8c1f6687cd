import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { registerUnit } from '../../../../main/exchange/inbound/registry';
import { batchId, consolidated, enrolmentOf, installation, superior, writeBatch, type Rec } from '../inbound/support';
import type { Db } from '../../../../main/db/database';

const CLI = resolve('dist/cli/so-dan-chu.mjs');
const KILLS = 50;
/** Kills on one data folder, each continuing from the state the previous one left, before starting afresh. */
const KILLS_PER_FOLDER = 5;
const SEED = 20_261_123;

type Batch = { batchId: string; records: number };
type Fixture = { template: string; usb: string; batches: Batch[] };
type Run = { code: number | null; killed: boolean; ms: number };

/** A seeded generator (mulberry32), so a failing run can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A superior data folder with three registered wards, and a USB folder of their batches (every line a new record). */
async function fixture(): Promise<Fixture> {
  const ctx = superior();
  const wards = ['26734', '26735', '26736'].map((code) => installation(code, `inst-${code}`));
  for (const ward of wards) registerUnit(ctx, enrolmentOf(ward));
  ctx.db.close();
  const usb = mkdtempSync(join(tmpdir(), 'sdc-crash-usb-'));
  const batches: Batch[] = [];
  for (const ward of wards) {
    for (let seq = 1; seq <= 4; seq += 1) {
      const recs: Rec[] = Array.from({ length: 25 }, (_, i) => ({ id: `${ward.unitCode}-${seq}-${i}`, ver: 1, data: { title: `Bản ghi ${i} của lô ${seq}`, amountVnd: i * 1000 } }));
      const id = batchId();
      await writeBatch(usb, ward, seq, recs, { id });
      batches.push({ batchId: id, records: recs.length });
    }
  }
  return { template: ctx.dir, usb, batches };
}

function copyOf(template: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sdc-crash-'));
  cpSync(template, dir, { recursive: true });
  return dir;
}

/** Runs `exchange import` in the built command line; with `killAfterMs`, SIGKILLs it then if it is still running. */
function importRun(dataDir: string, usb: string, killAfterMs?: number): Promise<Run> {
  const started = Date.now();
  const child = spawn(process.execPath, [CLI, '--data-dir', dataDir, 'exchange', 'import', usb], { stdio: 'ignore' });
  const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      done({ code, killed: signal === 'SIGKILL', ms: Date.now() - started });
    });
  });
}

function withDb<T>(dataDir: string, use: (db: Db) => T): T {
  const db = new Database(join(dataDir, 'ward.sqlite'));
  try {
    return use(db);
  } finally {
    db.close();
  }
}

/** Integrity check, and every batch all-or-nothing across its records, its batch row and the received-files log. */
function expectConsistent(dataDir: string, batches: readonly Batch[]): number {
  return withDb(dataDir, (db) => {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const history = db.prepare('SELECT count(*) FROM exchange_record_history WHERE batch_id = ?').pluck();
    const current = db.prepare('SELECT count(*) FROM exchange_record WHERE batch_id = ?').pluck();
    const applied = db.prepare('SELECT count(*) FROM exchange_batch WHERE batch_id = ?').pluck();
    const logged = db.prepare("SELECT count(*) FROM exchange_received_file WHERE batch_id = ? AND result = 'applied'").pluck();
    let complete = 0;
    for (const batch of batches) {
      const state = [history.get(batch.batchId), current.get(batch.batchId), applied.get(batch.batchId), logged.get(batch.batchId)];
      const done = state[2] === 1;
      expect(state, batch.batchId).toEqual(done ? [batch.records, batch.records, 1, 1] : [0, 0, 0, 0]);
      if (done) complete += 1;
    }
    return complete;
  });
}

describe('import killed at random points', () => {
  it.runIf(existsSync(CLI))('leaves a sound database with each batch applied whole or not at all, and re-importing completes it', async () => {
    const { template, usb, batches } = await fixture();
    const reference = copyOf(template);
    const full = await importRun(reference, usb);
    expect(full.code).toBe(0);
    expect(expectConsistent(reference, batches)).toBe(batches.length);
    const expected = withDb(reference, consolidated);

    const random = seeded(SEED);
    let kills = 0;
    let partial = 0;
    while (kills < KILLS) {
      const dataDir = copyOf(template);
      for (let k = 0; k < KILLS_PER_FOLDER; k += 1) {
        const run = await importRun(dataDir, usb, Math.floor(random() * full.ms));
        if (run.killed) kills += 1;
        const complete = expectConsistent(dataDir, batches);
        if (run.killed && complete > 0 && complete < batches.length) partial += 1;
      }
      expect((await importRun(dataDir, usb)).code).toBe(0);
      expect(expectConsistent(dataDir, batches)).toBe(batches.length);
      expect(withDb(dataDir, consolidated)).toEqual(expected);
      rmSync(dataDir, { recursive: true, force: true });
    }
    expect(kills).toBeGreaterThanOrEqual(KILLS);
    // The kills must also land mid-import, not only before the database is opened or after the last batch.
    expect(partial).toBeGreaterThan(0);
    for (const dir of [template, reference, usb]) rmSync(dir, { recursive: true, force: true });
  }, 180_000);
});
