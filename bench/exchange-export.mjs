// Exchange export benchmark: a ward with 200 MB of attachments (40 scanned files of 5 MB, random incompressible
// bytes, listed by 8 disclosures) exports a snapshot, signed and split into parts of the default size, against the
// system's `zip -q -r` of the same files plus `sha256sum` of them, measured in the same run, runs interleaved. The
// export runs in its own child process so its peak memory is its own. Prints figures; the exit code says nothing
// about speed. Run: `node bench/exchange-export.mjs` (no build needed); FILES=8 RUNS=1 for a quick look.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadTypeScript } from './typescript.mjs';

const FILES = Number(process.env.FILES ?? 40);
const FILE_BYTES = 5 * 1024 * 1024;
const FILES_PER_DISCLOSURE = 5;
const RUNS = Number(process.env.RUNS ?? 2);
const TARGET_RATIO = 1.3;
const self = fileURLToPath(import.meta.url);
const MB = 1024 * 1024;

const entry = `export { openDatabase } from './main/db/database';
  export { migrate } from './main/db/migrate';
  export { ensureInstallation } from './main/installation/service';
  export { exportBatch } from './main/exchange/outbound/export';
  export { fileKeySecretStore } from './main/exchange/outbound/secretStore';
  export { sha256Hex } from './main/exchange/envelope/canonical';`;

const bundleOf = (dir) => path.join(dir, 'exchange-export.mjs');
const clock = { now: () => new Date() };

/** The ward's database: profile, one account, 8 posted disclosures each with 5 attached PDFs; the same bytes on disk for the baseline. */
function seedWard(ts, dir) {
  mkdirSync(path.join(dir, 'ward'));
  const db = ts.openDatabase(path.join(dir, 'ward', 'ward.sqlite'));
  ts.migrate(db);
  ts.ensureInstallation(db, clock);
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO ward_profile (id, name, kind, code, province_name, address, superior_name, superior_code, updated_at)
     VALUES (1, 'UBND phường Đống Đa', 'ward', '00001', 'Thành phố Hà Nội', '1 phố Đông Các', 'Sở Nội vụ', 'SNV-01', ?)`,
  ).run(now);
  const account = db.prepare("INSERT INTO account (username, full_name, role, password_hash, created_at) VALUES ('bench', 'Người đo', 'administrator', 'x', ?)").run(now).lastInsertRowid;
  const disclosure = db.prepare("INSERT INTO disclosure (content_group, title, status, disclosed_on, updated_at) VALUES ('K7', ?, 'posted', '2026-03-02', ?)");
  const attachment = db.prepare(
    `INSERT INTO attachment (entity, entity_id, file_name, media_type, size_bytes, sha256, content, created_at, created_by)
     VALUES ('disclosure', ?, ?, 'application/pdf', ?, ?, ?, ?, ?)`,
  );
  const files = path.join(dir, 'files');
  mkdirSync(files);
  let disclosureId = 0;
  for (let i = 0; i < FILES; i++) {
    if (i % FILES_PER_DISCLOSURE === 0) disclosureId = Number(disclosure.run(`Danh sách hộ nghèo tổ dân phố số ${i / FILES_PER_DISCLOSURE + 1}`, now).lastInsertRowid);
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(FILE_BYTES - 9)]);
    const name = `ban-chup-${String(i + 1).padStart(2, '0')}.pdf`;
    attachment.run(String(disclosureId), name, bytes.length, ts.sha256Hex(bytes), bytes, now, account);
    writeFileSync(path.join(files, name), bytes);
  }
  db.close();
}

/** One export in this (child) process: a snapshot into a fresh folder, default part size. */
async function exportOnce(dir, run) {
  const ts = await import(pathToFileURL(bundleOf(dir)).href);
  const dataDir = path.join(dir, 'ward');
  const db = ts.openDatabase(path.join(dataDir, 'ward.sqlite'));
  const ctx = { db, clock, secrets: ts.fileKeySecretStore(dataDir), dataDir, appVersion: 'bench' };
  const folder = path.join(dir, `usb-${run}`);
  mkdirSync(folder);
  const started = performance.now();
  const outcome = await ts.exportBatch(ctx, { kind: 'snapshot', folder });
  const ms = performance.now() - started;
  const parts = outcome.parts ?? [outcome];
  const bytes = parts.reduce((sum, part) => sum + statSync(part.path).size, 0);
  db.close();
  return { ms, parts: parts.length, bytes, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

function exportInChild(dir, run) {
  const child = spawnSync(process.execPath, [self, 'export', dir, String(run)], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`export failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1));
}

/** `zip -q -r` of the files, then `sha256sum` of them: what a person would do by hand. Peak RSS through GNU time when present. */
function baselineOnce(dir, run) {
  const timed = existsSync('/usr/bin/time');
  const out = path.join(dir, `baseline-${run}.zip`);
  const script = `zip -q -r ${JSON.stringify(out)} files && sha256sum files/* > /dev/null`;
  const command = timed ? ['/usr/bin/time', ['-f', '%M', 'sh', '-c', script]] : ['sh', ['-c', script]];
  const started = performance.now();
  const child = spawnSync(command[0], command[1], { cwd: dir, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (child.status !== 0) throw new Error(`baseline failed:\n${child.stderr}`);
  const bytes = statSync(out).size;
  rmSync(out);
  return { ms, bytes, peakRssMb: timed ? Number(child.stderr.trim().split('\n').at(-1)) / 1024 : null };
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const rate = (ms, bytes) => `${(bytes / MB / (ms / 1000)).toFixed(0)} MB/s`;
const best = (runs) => runs.reduce((a, b) => (b.ms < a.ms ? b : a));

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), 'sdc-bench-exchange-export-'));
  try {
    const ts = await loadTypeScript(dir, 'exchange-export', entry);
    const seeded = performance.now();
    seedWard(ts, dir);
    const total = FILES * FILE_BYTES;
    console.log(`Exchange export: snapshot of a ward with ${FILES} attachments × ${FILE_BYTES / MB} MB = ${total / MB} MB (seeded in ${seconds(performance.now() - seeded)}), ${RUNS} run(s) each, best shown`);
    const hasZip = spawnSync('which', ['zip']).status === 0 && spawnSync('which', ['sha256sum']).status === 0;
    const exports = [];
    const baselines = [];
    for (let run = 1; run <= RUNS; run++) {
      if (hasZip) baselines.push(baselineOnce(dir, run));
      exports.push(exportInChild(dir, run));
      rmSync(path.join(dir, `usb-${run}`), { recursive: true, force: true });
      // Each export keeps its parts in the outbox, as the app does; cleared so runs stay alike.
      for (const name of readdirSync(path.join(dir, 'ward', 'outbox'))) rmSync(path.join(dir, 'ward', 'outbox', name));
    }
    const exported = best(exports);
    console.log(`  export (sign, ${exported.parts} parts, outbox + copy, read back): ${seconds(exported.ms)}, ${rate(exported.ms, total)}, ${(exported.bytes / MB).toFixed(1)} MB written, peak RSS ${exported.peakRssMb.toFixed(0)} MB`);
    if (!hasZip) {
      console.log('  baseline skipped: `zip` or `sha256sum` is not installed (apt-get install zip); no ratio.');
      return;
    }
    const baseline = best(baselines);
    const rss = baseline.peakRssMb === null ? 'peak RSS n/a (no /usr/bin/time)' : `peak RSS ${baseline.peakRssMb.toFixed(0)} MB`;
    console.log(`  baseline, zip -q -r + sha256sum:                 ${seconds(baseline.ms)}, ${rate(baseline.ms, total)}, ${(baseline.bytes / MB).toFixed(1)} MB zip, ${rss}`);
    const ratio = exported.ms / baseline.ms;
    console.log(`  export / baseline: ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×) → ${ratio <= TARGET_RATIO ? 'within target' : 'ABOVE target'}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const [mode, dir, run] = process.argv.slice(2);
if (mode === 'export') process.stdout.write(`${JSON.stringify(await exportOnce(dir, run))}\n`);
else await main();
