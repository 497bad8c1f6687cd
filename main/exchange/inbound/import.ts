import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { RecordLine } from '../envelope/format';
import type { ReadBatch } from '../envelope/read';
import { getProfile } from '../../ward/service';
import { storeCovers } from './covers';
import type { InboundContext } from './context';
import { datasetProblem, datasetRule } from './datasets';
import { missingFiles, storeReceivedFiles, type MissingFile, type UncarriedFile } from './files';
import { putInQuarantine } from './folders';
import { kindProblem } from './kinds';
import { OTHER_UNITS_RECORD, recordMerger, type MergeOutcome } from './merge';
import { importMessage, type ImportCode } from './reasons';
import { activeKeyTable, keyByFingerprint } from './registry';
import { gapsOf } from './sequence';
import { batchVerifier, type BatchVerifier } from './verifier';

export type FileResult = 'applied' | 'duplicate' | 'alreadyReceived' | 'quarantined' | 'rejected';
export type Reason = { code: string; message: string; detail: string };
export type RejectedLine = { dataset: string; line: number; recordId: string; code: string; message: string };
export type Counts = Record<MergeOutcome | 'rejected', number>;
export type FileReport = {
  path: string;
  fileName: string;
  fileSha256: string | null;
  result: FileResult;
  reason: Reason | null;
  batch: { batchId: string; unitCode: string; installationId: string; seq: number; kind: string } | null;
  counts: Counts;
  rejectedLines: RejectedLine[];
  conflicts: Array<{ dataset: string; recordId: string; ver: number }>;
  /** The installation's missing sequence numbers after this file (a gap is applied but flagged). */
  gaps: number[];
  quarantinedAs: string | null;
  /** Attachments its records reference that neither this file nor an earlier one carried; present only when some are. */
  missingFiles?: MissingFile[];
};
export type ImportReport = { dryRun: boolean; datasetRule: 'registry' | 'pattern'; files: FileReport[] };
export type ImportOptions = { dryRun: boolean; fileNames?: Record<string, string> };

/** `refused`: a failure no registered key or upgrade will cure (rejected, never quarantined). */
type Checked = {
  path: string;
  fileName: string;
  bytes: Buffer | null;
  sha256: string | null;
  read: ReadBatch | null;
  failure: Reason | null;
  refused?: boolean;
  uncarried?: UncarriedFile[];
};

const zeroCounts = (): Counts => ({ new: 0, updated: 0, unchanged: 0, stale: 0, conflict: 0, rejected: 0 });

function importReason(code: ImportCode, detail: string, where?: string): Reason {
  return { code, message: importMessage(code, where), detail };
}

function emptyReport(checked: Checked, result: FileResult, reason: Reason | null): FileReport {
  return {
    path: checked.path, fileName: checked.fileName, fileSha256: checked.sha256, result, reason, batch: null,
    counts: zeroCounts(), rejectedLines: [], conflicts: [], gaps: [], quarantinedAs: null,
  };
}

/** Verifies one file outside any transaction (on the verifier's thread), then adds what only the registry knows. */
async function check(ctx: InboundContext, verifier: BatchVerifier, path: string, fileName: string, keep: boolean): Promise<Checked> {
  const base = { path, fileName, bytes: null, sha256: null, read: null };
  const verified = await verifier.verify({ path, keys: activeKeyTable(ctx.db), inboxDataDir: keep ? ctx.dataDir : null });
  if (!verified.readable) return { ...base, failure: importReason('UNREADABLE', verified.error) };
  const { bytes, sha256, result } = verified;
  if (!bytes || !sha256) return { ...base, failure: result.ok ? null : { ...result.reason } };
  // The kind first: a superior's own receipt or directive is refused with that reason, not quarantined for its key.
  const kind = result.ok ? result.header.kind : verified.unsignedKind;
  const notImportable = kind ? kindProblem(kind) : null;
  if (notImportable) return { path, fileName, bytes, sha256, read: null, failure: importReason(notImportable, kind!), refused: true };
  if (result.ok) return { path, fileName, bytes, sha256, read: result, failure: null, uncarried: verified.uncarried };
  const asked = verified.askedFingerprint;
  const revoked = result.reason.code === 'UNKNOWN_KEY' && keyByFingerprint(ctx.db, asked)?.status === 'revoked';
  const failure = revoked ? importReason('KEY_REVOKED', asked, `dấu vân tay ${asked}`) : { ...result.reason };
  return { path, fileName, bytes, sha256, read: null, failure };
}

/** File-level checks the envelope leaves to the import (the kind was checked with the file): addressee, and the key's installation. */
function headerProblem(ctx: InboundContext, read: ReadBatch): Reason | null {
  const { header } = read;
  const office = getProfile(ctx.db)?.code;
  if (!office) return importReason('NO_OFFICE_CODE', header.recipientCode);
  if (header.recipientCode !== office) {
    return importReason('WRONG_RECIPIENT', `${header.recipientCode} ≠ ${office}`, `lô gửi cho mã ${header.recipientCode}, cơ quan này mã ${office}`);
  }
  const key = keyByFingerprint(ctx.db, header.keyFingerprint);
  // The file was verified against the keys active then; one revoked since (during a long import) no longer counts.
  if (key?.status !== 'active') return importReason('KEY_REVOKED', header.keyFingerprint, `dấu vân tay ${header.keyFingerprint}`);
  if (key.installationId !== header.installationId) {
    return importReason('INSTALLATION_MISMATCH', `${key.installationId} ≠ ${header.installationId}`);
  }
  return null;
}

type BatchRow = { batch_id: string; seq: number; batch_hash: string };

function findSameSlot(ctx: InboundContext, read: ReadBatch): BatchRow | undefined {
  return ctx.db.prepare('SELECT batch_id, seq, batch_hash FROM exchange_batch WHERE batch_id = ? OR (installation_id = ? AND seq = ?)')
    .get(read.header.batchId, read.header.installationId, read.header.seq) as BatchRow | undefined;
}

function logFile(ctx: InboundContext, report: FileReport, size: number): void {
  const b = report.batch;
  ctx.db.prepare(
    `INSERT INTO exchange_received_file (file_sha256, file_name, size_bytes, received_at, operator, result, reason_code, reason_message,
       batch_id, unit_code, installation_id, seq, counts_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(report.fileSha256, report.fileName, size, ctx.clock.now().toISOString(), ctx.operator, report.result, report.reason?.code ?? null,
    report.reason?.message ?? null, b?.batchId ?? null, b?.unitCode ?? null, b?.installationId ?? null, b?.seq ?? null, JSON.stringify(report.counts));
}

function recordFork(ctx: InboundContext, read: ReadBatch, kept: BatchRow, fileSha256: string): void {
  const h = read.header;
  ctx.db.prepare(
    `INSERT OR IGNORE INTO exchange_fork (unit_code, installation_id, seq, kept_batch_hash, batch_id, batch_hash, file_sha256, header_json, detected_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(h.unitCode, h.installationId, h.seq, kept.batch_hash, h.batchId, read.batchHash, fileSha256, JSON.stringify(h), ctx.clock.now().toISOString());
}

type LineProblem = { code: ImportCode; where: string };

function lineProblem(line: RecordLine, unitCode: string): LineProblem | null {
  const unknown = datasetProblem(line.dataset, line.schemaVersion);
  if (unknown) return { code: unknown, where: `${line.dataset}, phiên bản ${line.schemaVersion}` };
  if (line.unitCode !== unitCode) return { code: 'OTHER_UNIT', where: `bản ghi của mã ${line.unitCode}, lô của mã ${unitCode}` };
  return null;
}

function applyRecords(ctx: InboundContext, read: ReadBatch, report: FileReport): void {
  const { header } = read;
  const from = { unitCode: header.unitCode, batchId: header.batchId, receivedAt: ctx.clock.now().toISOString() };
  const reject = ctx.db.prepare(
    `INSERT INTO exchange_rejected_line (batch_id, unit_code, installation_id, seq, dataset, line, record_id, code, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const merger = recordMerger(ctx.db);
  for (const [dataset, lines] of Object.entries(read.records)) {
    lines.forEach((line, index) => {
      const rejectLine = (problem: LineProblem) => {
        const rejected = { dataset, line: index + 1, recordId: line.id, code: problem.code, message: importMessage(problem.code, `tệp ${dataset}.jsonl, dòng ${index + 1}: ${problem.where}`) };
        reject.run(header.batchId, header.unitCode, header.installationId, header.seq, dataset, rejected.line, line.id, rejected.code, rejected.message);
        report.rejectedLines.push(rejected);
        report.counts.rejected += 1;
      };
      const problem = lineProblem(line, header.unitCode);
      if (problem) return rejectLine(problem);
      const outcome = merger.merge(line, from);
      if (outcome === OTHER_UNITS_RECORD) return rejectLine({ code: 'ID_OF_OTHER_UNIT', where: `mã bản ghi ${line.id}` });
      report.counts[outcome] += 1;
      if (outcome === 'conflict') report.conflicts.push({ dataset, recordId: line.id, ver: line.ver });
    });
  }
}

/** Sequence, records and the file log of one verified file, inside the caller's transaction. */
function applyChecked(ctx: InboundContext, checked: Checked & { read: ReadBatch; sha256: string; bytes: Buffer }): FileReport {
  const { read } = checked;
  const h = read.header;
  const batch = { batchId: h.batchId, unitCode: h.unitCode, installationId: h.installationId, seq: h.seq, kind: h.kind };
  const problem = headerProblem(ctx, read);
  if (problem) return { ...emptyReport(checked, 'quarantined', problem), batch };
  const kept = findSameSlot(ctx, read);
  if (kept && kept.batch_hash === read.batchHash) {
    const report = { ...emptyReport(checked, 'duplicate', importReason('DUPLICATE_BATCH', h.batchId)), batch };
    logFile(ctx, report, checked.bytes.length);
    return report;
  }
  if (kept) {
    recordFork(ctx, read, kept, checked.sha256);
    const report = { ...emptyReport(checked, 'quarantined', importReason('FORK', `${kept.batch_hash} ≠ ${read.batchHash}`, `máy ${h.installationId}, lô số ${h.seq}`)), batch };
    logFile(ctx, report, checked.bytes.length);
    return report;
  }
  const report: FileReport = { ...emptyReport(checked, 'applied', null), batch };
  ctx.db.prepare('INSERT INTO exchange_batch (batch_id, unit_code, installation_id, seq, batch_hash, file_sha256, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(h.batchId, h.unitCode, h.installationId, h.seq, read.batchHash, checked.sha256, ctx.clock.now().toISOString());
  applyRecords(ctx, read, report);
  // A rejected line was not imported: its attachments are not awaited.
  const missing = missingFiles(ctx.dataDir, checked.uncarried ?? []).filter((m) => !report.rejectedLines.some((r) => r.dataset === m.dataset && r.recordId === m.recordId));
  if (missing.length > 0) report.missingFiles = missing;
  storeCovers(ctx.db, h, ctx.clock.now().toISOString());
  logFile(ctx, report, checked.bytes.length);
  const seqs = ctx.db.prepare('SELECT seq FROM exchange_batch WHERE installation_id = ? ORDER BY seq').pluck().all(h.installationId) as number[];
  report.gaps = gapsOf(seqs);
  return report;
}

function decide(ctx: InboundContext, checked: Checked): FileReport {
  if (checked.failure || !checked.read || !checked.sha256 || !checked.bytes) {
    return emptyReport(checked, checked.sha256 && !checked.refused ? 'quarantined' : 'rejected', checked.failure);
  }
  if (ctx.db.prepare('SELECT 1 FROM exchange_received_file WHERE file_sha256 = ?').get(checked.sha256)) {
    return emptyReport(checked, 'alreadyReceived', importReason('ALREADY_RECEIVED', checked.sha256));
  }
  return applyChecked(ctx, { ...checked, read: checked.read, sha256: checked.sha256, bytes: checked.bytes });
}

function quarantine(ctx: InboundContext, checked: Checked, report: FileReport): void {
  if (report.result !== 'quarantined' || !report.reason || !checked.bytes || !checked.sha256) return;
  const note = { fileName: checked.fileName, fileSha256: checked.sha256, ...report.reason, at: ctx.clock.now().toISOString(), operator: ctx.operator };
  report.quarantinedAs = putInQuarantine(ctx.dataDir, note, checked.bytes);
}

class DryRunRollback extends Error {}

type Checker = (index: number) => Promise<Checked>;

async function dryRun(ctx: InboundContext, paths: readonly string[], checkFile: Checker): Promise<FileReport[]> {
  const files: FileReport[] = [];
  const checked: Checked[] = [];
  for (let i = 0; i < paths.length; i += 1) checked.push(await checkFile(i));
  try {
    ctx.db.transaction(() => {
      for (const item of checked) files.push(decide(ctx, item));
      throw new DryRunRollback();
    })();
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return files;
}

function applyOne(ctx: InboundContext, checked: Checked): FileReport {
  return ctx.db.transaction(() => {
    const decided = decide(ctx, checked);
    // Before the commit: a disk that refuses the attachments or the quarantine copy leaves the file unlogged, to be
    // imported again (a fork logged without its quarantine copy would later read as "already received").
    if (decided.result === 'applied' && checked.read) storeReceivedFiles(ctx.dataDir, checked.read.files);
    quarantine(ctx, checked, decided);
    return decided;
  })();
}

/**
 * Files verified ahead of the one being applied: enough to keep the verifier busy; fewer when they are large, so
 * that at most about one full 20 MB part waits, parsed, beside the one being written.
 */
const VERIFIED_AHEAD = { files: 2, bytes: 32 * 1024 * 1024 };

function sizeOnDisk(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // unreadable: its check says so
  }
}

async function applyAll(ctx: InboundContext, paths: readonly string[], checkFile: Checker): Promise<FileReport[]> {
  const files: FileReport[] = [];
  const ahead: Array<{ checking: Promise<Checked>; bytes: number }> = [];
  const verifyNext = (): boolean => {
    const index = files.length + ahead.length;
    if (index >= paths.length || ahead.length > VERIFIED_AHEAD.files) return false;
    const bytes = sizeOnDisk(paths[index]!);
    const waiting = ahead.reduce((sum, entry) => sum + entry.bytes, 0);
    if (ahead.length > 0 && waiting + bytes > VERIFIED_AHEAD.bytes) return false;
    const checking = checkFile(index);
    // Marked handled: if a file's transaction throws, a later file's own failure must not surface as an unhandled rejection.
    checking.catch(() => undefined);
    ahead.push({ checking, bytes });
    return true;
  };
  while (verifyNext());
  while (ahead.length > 0) {
    const checked = await ahead.shift()!.checking;
    files.push(applyOne(ctx, checked));
    while (verifyNext());
  }
  return files;
}

/**
 * Imports batch files (research §7): each original is kept in the inbox, verified, checked against the
 * registry and the sequence, and merged in one transaction per file, while the next files are verified on the
 * verifier's thread. A dry run does the same inside one transaction that is rolled back, and neither keeps nor
 * quarantines any file.
 */
export async function importFiles(ctx: InboundContext, paths: readonly string[], options: ImportOptions): Promise<ImportReport> {
  const verifier = batchVerifier(ctx.verifyWorker);
  const checkFile: Checker = (index) => {
    const path = paths[index]!;
    return check(ctx, verifier, path, options.fileNames?.[path] ?? basename(path), !options.dryRun);
  };
  try {
    const files = await (options.dryRun ? dryRun : applyAll)(ctx, paths, checkFile);
    return { dryRun: options.dryRun, datasetRule: datasetRule(), files };
  } finally {
    await verifier.close();
  }
}
