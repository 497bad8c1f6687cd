import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase, type Db } from '../db/database';
import { migrate } from '../db/migrate';
import { writeBackup } from '../backup/files';
import { writeFileAtomically } from '../files/atomicWrite';
import { readBatchFile } from '../exchange/envelope/read';
import { importFiles, type ImportReport } from '../exchange/inbound/import';
import { activeKeyTable, listUnits, registerUnit } from '../exchange/inbound/registry';
import { batchFilesIn } from '../exchange/inbound/folders';
import { exportBatch } from '../exchange/outbound/export';
import { layeredSecretStore } from '../exchange/outbound/secretStore';
import { systemClock } from '../runtime/ports';
import { completenessWords, type CompletenessMatrix, type CompletenessState } from '../api/consolidation';
import { vietnamDay } from '../consolidation/completeness';
import { completeness } from '../consolidation/service';
import { version } from '../../package.json';

export type Io = {
  out(line: string): void;
  err(line: string): void;
  env: Record<string, string | undefined>;
  /** The bundled batch-verification worker beside the built command (VERIFY_WORKER_FILE); absent when run from source. */
  verifyWorker?: string;
};

const EN: Record<string, string> = {
  'Hợp lệ': 'Valid',
  'Bị từ chối': 'Refused',
  'Đã đăng ký': 'Registered',
  'Dấu vân tay (đối chiếu với phiếu đăng ký):': 'Fingerprint (compare with the paper form):',
  'Chưa có đơn vị nào được đăng ký.': 'No unit registered yet.',
  'Đã sao lưu vào': 'Backed up to',
  'Cách dùng': 'Usage',
  'Lỗi': 'Error',
  'Đã ghi lô dữ liệu': 'Batch written',
  'lô đã áp dụng': 'batches applied',
  'Tình hình nhận dữ liệu': 'Reporting status',
  'Tỷ lệ báo cáo': 'Reporting rate',
  'đúng hạn': 'on time',
};

const USAGE = 'so-dan-chu [--data-dir DIR] [--json] [--lang en] exchange verify FILE... | exchange import [--dry-run] FILE_OR_FOLDER... | exchange export --out FOLDER [--since-last | --snapshot] [--period P] [--content DATASET,...] | ward register ENROLMENT_FILE | status [--year YYYY] [--quarter N] | backup --out FILE';

/** The default data folder: where Electron keeps the app's userData ("Sổ Dân Chủ" under the platform's app data). */
export function defaultDataDir(env: Io['env'], platform = process.platform): string {
  const base = platform === 'win32' ? (env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'))
    : platform === 'darwin' ? join(homedir(), 'Library', 'Application Support')
      : (env.XDG_CONFIG_HOME ?? join(homedir(), '.config'));
  return join(base, 'Sổ Dân Chủ');
}

type Options = {
  dataDir: string; json: boolean; en: boolean; dryRun: boolean; out: string | null; snapshot: boolean; period: string | null; content: string | null; year: number | null; quarter: number | null; rest: string[];
};

function parse(args: string[], io: Io): Options {
  const o: Options = { dataDir: io.env.SO_DAN_CHU_DATA_DIR ?? defaultDataDir(io.env), json: false, en: false, dryRun: false, out: null, snapshot: false, period: null, content: null, year: null, quarter: null, rest: [] };
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i]!;
    if (a === '--data-dir') o.dataDir = args[++i] ?? '';
    else if (a === '--json') o.json = true;
    else if (a === '--lang') o.en = args[++i] === 'en';
    else if (a === '--dry-run') o.dryRun = true;
    else if (a === '--out') o.out = args[++i] ?? null;
    else if (a === '--snapshot') o.snapshot = true;
    else if (a === '--since-last') o.snapshot = false;
    else if (a === '--period') o.period = args[++i] ?? '';
    else if (a === '--content') o.content = args[++i] ?? '';
    else if (a === '--year') o.year = Number(args[++i]);
    else if (a === '--quarter') o.quarter = Number(args[++i]);
    else o.rest.push(a);
  }
  return o;
}

function openData(o: Options): Db {
  const file = join(resolve(o.dataDir), 'ward.sqlite');
  if (!existsSync(file)) throw new Error(`không có dữ liệu trong ${o.dataDir}`);
  const db = openDatabase(file);
  migrate(db);
  return db;
}

/** A folder stands for the batch files directly in it. */
function expand(paths: string[]): string[] {
  return paths.flatMap((p) => (existsSync(p) && statSync(p).isDirectory() ? batchFilesIn(p) : [p]));
}

function importExit(report: ImportReport): number {
  if (report.files.some((f) => f.result === 'quarantined' || f.result === 'rejected')) return 2;
  return report.files.some((f) => f.counts.rejected > 0) ? 1 : 0;
}

/** The year and quarter `status` reports on: the options, else the current year in Vietnam. */
function statusPeriod(o: Options): { year: number; quarter: number | null } {
  const year = o.year ?? Number(vietnamDay(systemClock.now().toISOString()).slice(0, 4));
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new Error(`năm không hợp lệ (--year ${o.year})`);
  if (o.quarter !== null && ![1, 2, 3, 4].includes(o.quarter)) throw new Error(`quý phải là 1, 2, 3 hoặc 4 (--quarter ${o.quarter})`);
  return { year, quarter: o.quarter };
}

/** The completeness matrix as text: a heading, one line per unit with a word per expected dataset and period, the reporting rate. */
function matrixLines(m: CompletenessMatrix, en: boolean, t: (s: string) => string): string[] {
  const word = (state: CompletenessState) => completenessWords[state][en ? 'en' : 'vi'];
  const percent = m.total.percent === null ? '-' : `${m.total.percent}%`;
  return [
    `${t('Tình hình nhận dữ liệu')} ${m.quarter === null ? m.year : `${m.year}Q${m.quarter}`}:`,
    ...m.rows.map((row) => `${row.unitCode} ${row.unitName}: ${row.cells.map((cell, i) => `${m.columns[i]!.dataset} ${m.columns[i]!.period}=${word(cell.state)}`).join(', ')}`),
    `${t('Tỷ lệ báo cáo')}: ${m.total.reported}/${m.total.expected} (${percent}), ${t('đúng hạn')} ${m.total.onTime}`,
  ];
}

async function command(o: Options, io: Io, t: (s: string) => string): Promise<number> {
  const [group, verb, ...files] = o.rest;
  const say = (value: unknown, line: string) => io.out(o.json ? JSON.stringify(value) : line);
  const ctx = () => ({ db: openData(o), clock: systemClock, dataDir: resolve(o.dataDir), operator: `cli:${userInfo().username}`, verifyWorker: io.verifyWorker });
  if (group === 'exchange' && verb === 'verify') {
    const keys = activeKeyTable(openData(o));
    const results = [];
    for (const path of expand(files)) results.push({ path, ...(await readBatchFile(path, { trustedKeys: (fp) => keys.get(fp) })) });
    for (const r of results) say({ path: r.path, ok: r.ok, reason: r.ok ? null : r.reason }, r.ok ? `${t('Hợp lệ')}: ${r.path}` : `${t('Bị từ chối')}: ${r.path} [${r.reason.code}] ${r.reason.message}`);
    return results.every((r) => r.ok) ? 0 : 2;
  }
  if (group === 'exchange' && verb === 'import') {
    const report = await importFiles(ctx(), expand(files), { dryRun: o.dryRun });
    for (const f of report.files) {
      say(f, `${f.fileName}: ${f.result}${f.reason ? ` [${f.reason.code}] ${f.reason.message}` : ''} ${JSON.stringify(f.counts)}${f.gaps.length ? ` gaps ${f.gaps.join(',')}` : ''}`);
      for (const line of f.rejectedLines) if (!o.json) io.out(`  [${line.code}] ${line.message}`);
    }
    return importExit(report);
  }
  if (group === 'exchange' && verb === 'export' && o.out) {
    const dataDir = resolve(o.dataDir);
    const filter = { ...(o.period !== null ? { period: o.period } : {}), ...(o.content !== null ? { datasets: o.content.split(',').map((d) => d.trim()).filter(Boolean) } : {}) };
    const done = await exportBatch(
      { db: openData(o), clock: systemClock, secrets: layeredSecretStore(null, dataDir), dataDir, appVersion: version },
      { kind: o.snapshot ? 'snapshot' : 'delta', folder: resolve(o.out), filter },
    );
    if (o.json) io.out(JSON.stringify(done));
    else if (done.status === 'nothingNew') io.out(done.message);
    else for (const part of done.parts ?? [done]) io.out(`${t('Đã ghi lô dữ liệu')} ${part.batch.seq}: ${part.path}`);
    return 0;
  }
  if (group === 'ward' && verb === 'register' && files[0]) {
    const done = registerUnit(ctx(), readFileSync(files[0], 'utf8'));
    say(done, `${t('Đã đăng ký')} ${done.unitCode} (${done.installationId}). ${t('Dấu vân tay (đối chiếu với phiếu đăng ký):')} ${done.fingerprint}`);
    return 0;
  }
  if (group === 'status') {
    const db = openData(o);
    const units = listUnits(db);
    const matrix = completeness({ db, clock: systemClock }, statusPeriod(o));
    if (o.json) io.out(JSON.stringify({ units, completeness: matrix }));
    else if (units.length === 0) io.out(t('Chưa có đơn vị nào được đăng ký.'));
    for (const u of o.json ? [] : units) {
      io.out(`${u.unitCode} ${u.name}: ${u.batchesApplied} ${t('lô đã áp dụng')}`);
      for (const i of u.installations) io.out(`  ${i.installationId}: last ${i.lastSeq ?? '-'}${i.gaps.length ? `, gaps ${i.gaps.join(',')}` : ''}`);
    }
    if (!o.json && units.length > 0) for (const line of matrixLines(matrix, o.en, t)) io.out(line);
    return 0;
  }
  if (group === 'backup' && o.out) {
    const backups = join(resolve(o.dataDir), 'backups');
    mkdirSync(backups, { recursive: true });
    const entry = await writeBackup(openData(o), backups, 'ward', 'manual', new Date());
    writeFileAtomically(resolve(o.out), readFileSync(join(backups, entry.fileName)));
    say({ ...entry, savedAs: resolve(o.out) }, `${t('Đã sao lưu vào')} ${resolve(o.out)}`);
    return 0;
  }
  io.err(`${t('Cách dùng')}: ${USAGE}`);
  return 64;
}

/** The command line's entry: returns the exit code (0 ok, 1 some lines rejected, 2 some files refused, 64 usage). */
export async function main(args: string[], io: Io): Promise<number> {
  const o = parse(args, io);
  const t = (s: string) => (o.en ? (EN[s] ?? s) : s);
  try {
    return await command(o, io, t);
  } catch (error) {
    io.err(`${t('Lỗi')}: ${(error as Error).message}`);
    return 3;
  }
}
