// Exchange import benchmark: a superior office imports 500 signed batches × 1,000 records from 5 wards,
// against a raw SQLite bulk insert of the same rows into the same two tables (the consolidated records and
// their history), one prepared statement and one transaction per batch, measured in the same run. Each side
// runs in its own child process so its peak memory is its own. Prints figures; the exit code says nothing
// about speed. Run: `node bench/exchange-import.mjs` (no build needed); BATCHES=50 RECORDS=200 for a quick look.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleWorker, loadTypeScript } from './typescript.mjs';

const BATCHES = Number(process.env.BATCHES ?? 500);
const RECORDS = Number(process.env.RECORDS ?? 1000);
const UNITS = 5;
const OFFICE = 'SNV-01';
const TARGET_RATIO = 0.5;
const self = fileURLToPath(import.meta.url);

const load = (dir) =>
  loadTypeScript(
    dir,
    'exchange-import',
    `export { openDatabase } from './main/db/database';
     export { migrate } from './main/db/migrate';
     export { ensureInstallation } from './main/installation/service';
     export { importFiles } from './main/exchange/inbound/import';
     export { registerUnit } from './main/exchange/inbound/registry';
     export { createSigner, generateSigningKey } from './main/exchange/signing/keys';
     export { enrolmentFile } from './main/exchange/signing/enrolment';
     export { writeBatchFile } from './main/exchange/envelope/write';
     export { readBatchFile } from './main/exchange/envelope/read';
     export { exchangedDatasets } from './main/datasets';`,
  );

function superiorDb(ts, file) {
  const db = ts.openDatabase(file);
  ts.migrate(db);
  ts.ensureInstallation(db, { now: () => new Date() });
  db.prepare(
    `INSERT INTO ward_profile (id, name, kind, code, province_name, address, superior_name, superior_code, updated_at)
     VALUES (1, 'Sở Nội vụ', 'superiorOffice', ?, 'Hà Nội', '1 Đinh Lễ', 'UBND thành phố', '01', '2026-01-01')`,
  ).run(OFFICE);
  return db;
}

/** A meeting-sized record: a few Vietnamese fields, about 300 bytes of JSON. */
function recordData(unit, seq, index) {
  return {
    title: `Hội nghị nhân dân tổ dân phố số ${(index % 40) + 1} – lô ${seq}`,
    heldOn: `2026-${String((index % 12) + 1).padStart(2, '0')}-15`,
    venue: `Nhà văn hóa tổ dân phố ${(index % 40) + 1}, phường ${unit}`,
    attendees: 40 + (index % 60),
    households: 120 + (index % 80),
    decisions: [{ matter: 'Mức đóng góp xây dựng đường ngõ', approvedBy: 70 + (index % 30) }],
  };
}

const uuid = (unit, seq) => `0190f5c2-7b1e-7c3a-9f00-${(unit * 1_000_000 + seq).toString(16).padStart(12, '0')}`;

async function writeBatches(dir) {
  const ts = await load(dir);
  const dataset = ts.exchangedDatasets[1].dataset;
  const folder = path.join(dir, 'batches');
  const enrolments = [];
  const { mkdirSync } = await import('node:fs');
  mkdirSync(folder);
  for (let u = 0; u < UNITS; u++) {
    const unitCode = `P${String(u + 1).padStart(3, '0')}`;
    const key = ts.generateSigningKey('mật khẩu thử nghiệm');
    const signer = ts.createSigner(key.privateKeyPkcs8Pem, 'mật khẩu thử nghiệm');
    const installationId = `bench-${unitCode}`;
    enrolments.push(ts.enrolmentFile({ unitCode, unitName: `UBND phường ${unitCode}`, installationId, publicKeyJwkX: signer.publicKeyJwkX, createdAt: '2026-03-01T08:00:00+07:00' }));
    for (let seq = 1; seq <= BATCHES / UNITS; seq++) {
      const records = Array.from({ length: RECORDS }, (_, i) => ({
        id: `${installationId}:${seq}:${i}`, unitCode, ver: 1, deleted: false, schemaVersion: 1, data: recordData(unitCode, seq, i),
      }));
      await ts.writeBatchFile(folder, {
        header: {
          kind: 'delta', batchId: uuid(u, seq), unitCode, unitName: `UBND phường ${unitCode}`, installationId, recipientCode: OFFICE, seq,
          prevBatchHash: null, createdAt: '2026-03-15T09:30:00+07:00', appVersion: 'bench', covers: [], lastReceiptSeen: null,
        },
        records: { [dataset]: records },
        files: {},
      }, signer);
    }
  }
  const { writeFileSync } = await import('node:fs');
  writeFileSync(path.join(dir, 'enrolments.json'), JSON.stringify(enrolments));
  return folder;
}

async function importAll(dir) {
  const ts = await load(dir);
  const db = superiorDb(ts, path.join(dir, 'import.sqlite'));
  const { readFileSync } = await import('node:fs');
  const verifyWorker = await bundleWorker(dir, 'main/exchange/inbound/verifyWorker.ts', 'verify-worker');
  const ctx = { db, clock: { now: () => new Date() }, dataDir: path.join(dir, 'import-data'), operator: 'bench', verifyWorker };
  for (const enrolment of JSON.parse(readFileSync(path.join(dir, 'enrolments.json'), 'utf8'))) ts.registerUnit(ctx, enrolment);
  const folder = path.join(dir, 'batches');
  const files = (await readdir(folder)).sort().map((name) => path.join(folder, name));
  const started = performance.now();
  const report = await ts.importFiles(ctx, files, { dryRun: false });
  const ms = performance.now() - started;
  const applied = report.files.filter((f) => f.result === 'applied').length;
  const records = db.prepare('SELECT count(*) FROM exchange_record').pluck().get();
  return { ms, applied, records };
}

/** The baseline: the rows the batches carry, read and parsed beforehand (not timed), then only inserted. */
async function rawInsert(dir) {
  const ts = await load(dir);
  const db = superiorDb(ts, path.join(dir, 'raw.sqlite'));
  const folder = path.join(dir, 'batches');
  const { readFileSync } = await import('node:fs');
  const keys = new Map(JSON.parse(readFileSync(path.join(dir, 'enrolments.json'), 'utf8')).map((text) => JSON.parse(text)).map((e) => [e.fingerprint, e]));
  const batches = [];
  for (const name of (await readdir(folder)).sort()) {
    const read = await ts.readBatchFile(path.join(folder, name), { trustedKeys: (fp) => keys.get(fp) });
    batches.push(read.ok ? Object.values(read.records).flat() : (() => { throw new Error(`${name}: ${read.reason.message}`); })());
  }
  const columns = '(dataset, record_id, unit_code, ver, hash, deleted, schema_version, data_json, batch_id, received_at)';
  const intoRecords = db.prepare(`INSERT INTO exchange_record ${columns} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const intoHistory = db.prepare(`INSERT INTO exchange_record_history ${columns} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertBatch = db.transaction((lines) => {
    const at = new Date().toISOString();
    for (const l of lines) {
      const row = [l.dataset, l.id, l.unitCode, l.ver, l.hash, 0, l.schemaVersion, JSON.stringify(l.data), 'raw', at];
      intoHistory.run(row);
      intoRecords.run(row);
    }
  });
  const started = performance.now();
  for (const lines of batches) insertBatch(lines);
  return { ms: performance.now() - started, records: db.prepare('SELECT count(*) FROM exchange_record').pluck().get() };
}

function child(mode, dir) {
  const profile = process.env.PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/cpuprof'] : [];
  const run = spawnSync(process.execPath, [...profile, self, mode, dir], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${mode} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1));
}

async function inChild(mode, dir) {
  const result = mode === 'import' ? await importAll(dir) : await rawInsert(dir);
  process.stdout.write(`${JSON.stringify({ ...result, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), 'sdc-bench-exchange-import-'));
  try {
    const written = performance.now();
    await writeBatches(dir);
    const total = BATCHES * RECORDS;
    console.log(`Exchange import: ${BATCHES} batches × ${RECORDS} records = ${total.toLocaleString('vi-VN')} records from ${UNITS} wards (written in ${((performance.now() - written) / 1000).toFixed(1)} s)`);
    const raw = child('raw', dir);
    const imported = child('import', dir);
    if (imported.records !== total || raw.records !== total) throw new Error(`expected ${total} records, import has ${imported.records}, raw has ${raw.records}`);
    const rate = (r) => total / (r.ms / 1000);
    const ratio = rate(imported) / rate(raw);
    console.log(`  baseline, raw INSERT of the same rows: ${(raw.ms / 1000).toFixed(2)} s, ${Math.round(rate(raw)).toLocaleString('vi-VN')} records/s, peak RSS ${raw.peakRssMb.toFixed(0)} MB`);
    console.log(`  import (verify, merge, history, log):  ${(imported.ms / 1000).toFixed(2)} s, ${Math.round(rate(imported)).toLocaleString('vi-VN')} records/s, peak RSS ${imported.peakRssMb.toFixed(0)} MB, ${imported.applied} batches applied`);
    console.log(`  import rate / raw rate: ${(ratio * 100).toFixed(0)} % (target ≥ ${TARGET_RATIO * 100} %) → ${ratio >= TARGET_RATIO ? 'within target' : 'BELOW target'}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const [mode, dir] = process.argv.slice(2);
await (mode ? inChild(mode, dir) : main());
