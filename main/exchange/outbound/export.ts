import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../api/errors';
import type { WardProfile } from '../../api/ward';
import type { Db } from '../../db/database';
import { exchangedDatasets } from '../../datasets';
import { writeFileAtomically } from '../../files/atomicWrite';
import { getInstallation } from '../../installation/service';
import type { Clock } from '../../runtime/ports';
import { getProfile } from '../../ward/service';
import { sha256Hex } from '../envelope/canonical';
import { unitCodeSchema, type BatchHeaderInput } from '../envelope/format';
import { writeBatchFile } from '../envelope/write';
import { enrolmentFile } from '../signing/enrolment';
import type { ExchangedDataset } from './dataset';
import { activeSigner, keyStatus, type KeyContext } from './signingKey';
import { saveStates, versionAll, type OutgoingRecord } from './versions';

export type ExportContext = KeyContext & { dataDir: string; appVersion: string; datasets?: readonly ExchangedDataset[] };
export type ExportKind = 'delta' | 'snapshot';
export type ReceiptStatus = 'notAcknowledged' | 'received' | 'partial';

export type SentBatch = {
  seq: number;
  batchId: string;
  kind: ExportKind;
  fileName: string;
  createdAt: string;
  batchHash: string;
  prevBatchHash: string | null;
  fileSha256: string;
  counts: Record<string, number>;
  receiptStatus: ReceiptStatus;
  receiptDetail: unknown;
};
export type ExportResult = { status: 'written'; path: string; batch: SentBatch } | { status: 'nothingNew'; message: string };

export const NOTHING_NEW = 'Không có dữ liệu mới hoặc thay đổi kể từ lô gửi trước: chưa lập lô mới.';
export const OUTBOX = 'outbox';

/** An instant moved to Vietnam's wall clock (+07:00), to be read with the getUTC* methods or toISOString. */
export function vietnamWallClock(instant: Date): Date {
  return new Date(instant.getTime() + 7 * 3_600_000);
}

/** The sender's clock in Vietnam's offset (+07:00), to the second: what `createdAt` and the file name show. */
export function vietnamTimestamp(clock: Clock): string {
  return `${vietnamWallClock(clock.now()).toISOString().slice(0, 19)}+07:00`;
}

/** UUIDv7: the millisecond time in the first 48 bits, so batch ids sort by creation. */
function uuidV7(clock: Clock): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(clock.now().getTime(), 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The ward profile with codes the batch format accepts; refuses with what to enter where. */
export function senderProfile(db: Db): WardProfile {
  const profile = getProfile(db);
  if (!profile) throw new AppError('CONFLICT', 'Chưa khai báo thông tin đơn vị nên chưa lập được lô dữ liệu. Hãy vào mục Thông tin đơn vị.');
  for (const [code, label] of [[profile.code, 'Mã đơn vị'], [profile.superiorCode, 'Mã cơ quan cấp trên']] as const) {
    if (!unitCodeSchema.safeParse(code).success) {
      throw new AppError('CONFLICT', `${label} «${code}» không dùng được trong lô dữ liệu (chỉ chữ in hoa không dấu, chữ số và dấu «-», tối đa 20 ký tự). Hãy sửa trong mục Thông tin đơn vị.`);
    }
  }
  return profile;
}

/** Takes the next sequence number and commits it at once: a number is never handed out twice, even if the write fails. */
function takeSeq(db: Db): number {
  return db.transaction(() => {
    db.prepare('INSERT INTO exchange_outbound_sequence (id, last_seq) VALUES (1, 0) ON CONFLICT (id) DO NOTHING').run();
    const { last_seq: last } = db.prepare('SELECT last_seq FROM exchange_outbound_sequence WHERE id = 1').get() as { last_seq: number };
    if (last >= 999_999) throw new AppError('CONFLICT', 'Đã dùng hết số thứ tự lô dữ liệu (999999).');
    db.prepare('UPDATE exchange_outbound_sequence SET last_seq = ? WHERE id = 1').run(last + 1);
    return last + 1;
  }).immediate();
}

function covers(records: readonly OutgoingRecord[], complete: boolean): BatchHeaderInput['covers'] {
  const keys = new Set(records.filter((r) => r.period !== null).map((r) => `${r.dataset} ${r.period}`));
  return [...keys].sort().map((key) => {
    const [dataset, period] = key.split(' ') as [string, string];
    return { dataset, period, complete };
  });
}

function byDataset(datasets: readonly ExchangedDataset[], records: readonly OutgoingRecord[], kind: ExportKind): Record<string, OutgoingRecord[]> {
  const groups: Record<string, OutgoingRecord[]> = kind === 'snapshot' ? Object.fromEntries(datasets.map((d) => [d.dataset, []])) : {};
  for (const record of records) (groups[record.dataset] ??= []).push(record);
  return groups;
}

export function outboxDir(dataDir: string): string {
  return join(dataDir, OUTBOX);
}

/** Copies a kept batch file into `folder`, never over an existing file, and checks the copy's bytes. */
function copyInto(source: string, folder: string, fileName: string, fileSha256: string): string {
  const target = join(folder, fileName);
  if (existsSync(target)) throw new AppError('CONFLICT', `Tệp ${fileName} đã có trong thư mục đã chọn; không ghi đè.`);
  try {
    writeFileAtomically(target, readFileSync(source));
  } catch (error) {
    throw new AppError('CONFLICT', `Không ghi được tệp ${fileName} vào thư mục đã chọn (${(error as Error).message}).`);
  }
  if (sha256Hex(readFileSync(target)) !== fileSha256) {
    rmSync(target, { force: true });
    throw new AppError('CONFLICT', `Bản chép tệp ${fileName} vào thư mục đã chọn bị sai lệch (USB hỏng hoặc bị rút ra?). Hãy ghi lại.`);
  }
  return target;
}

type SentRow = {
  seq: number; batch_id: string; kind: ExportKind; file_name: string; created_at: string; batch_hash: string; prev_batch_hash: string | null;
  file_sha256: string; counts_json: string; receipt_status: ReceiptStatus; receipt_detail_json: string | null;
};
const toSent = (row: SentRow): SentBatch => ({
  seq: row.seq,
  batchId: row.batch_id,
  kind: row.kind,
  fileName: row.file_name,
  createdAt: row.created_at,
  batchHash: row.batch_hash,
  prevBatchHash: row.prev_batch_hash,
  fileSha256: row.file_sha256,
  counts: JSON.parse(row.counts_json) as Record<string, number>,
  receiptStatus: row.receipt_status,
  receiptDetail: row.receipt_detail_json === null ? null : (JSON.parse(row.receipt_detail_json) as unknown),
});

/** The batches sent, newest first. */
export function listSent(db: Db): SentBatch[] {
  return (db.prepare('SELECT * FROM exchange_sent_batch ORDER BY seq DESC').all() as SentRow[]).map(toSent);
}

export function sentBatch(db: Db, seq: number): SentBatch {
  const row = db.prepare('SELECT * FROM exchange_sent_batch WHERE seq = ?').get(seq) as SentRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `Không có lô dữ liệu số ${seq}.`);
  return toSent(row);
}

/** The kept copy of a sent batch in the outbox, or a refusal saying it is gone. */
export function keptBatchPath(ctx: { db: Db; dataDir: string }, seq: number): { batch: SentBatch; path: string } {
  const batch = sentBatch(ctx.db, seq);
  const path = join(outboxDir(ctx.dataDir), batch.fileName);
  if (!existsSync(path)) throw new AppError('NOT_FOUND', `Không còn bản lưu của lô số ${seq} (${batch.fileName}) trong thư mục outbox.`);
  return { batch, path };
}

function recordSent(db: Db, batch: SentBatch, records: readonly OutgoingRecord[]): void {
  db.transaction(() => {
    saveStates(db, records, batch.seq);
    db.prepare(
      `INSERT INTO exchange_sent_batch (seq, batch_id, kind, file_name, created_at, batch_hash, prev_batch_hash, file_sha256, counts_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(batch.seq, batch.batchId, batch.kind, batch.fileName, batch.createdAt, batch.batchHash, batch.prevBatchHash, batch.fileSha256, JSON.stringify(batch.counts));
  })();
}

const exporting = new WeakSet<Db>();

/**
 * Writes the next batch: a delta carries the records changed since the last batch (tombstones included), a
 * snapshot every current record and every tombstone. The sequence number is committed before the file is
 * written. The signed file goes to the app's outbox first (kept for "write again"), then is copied into `folder`;
 * the records' new versions are remembered only once the file exists. A delta with nothing new takes no number.
 * Attachments are not carried yet.
 */
export async function exportBatch(ctx: ExportContext, input: { kind: ExportKind; folder: string }): Promise<ExportResult> {
  // Two exports at once (a double click) would both send the same changes under two numbers.
  if (exporting.has(ctx.db)) throw new AppError('CONFLICT', 'Đang lập một lô dữ liệu khác; hãy đợi lô đó xong.');
  exporting.add(ctx.db);
  try {
    return await writeNextBatch(ctx, input);
  } finally {
    exporting.delete(ctx.db);
  }
}

async function writeNextBatch(ctx: ExportContext, input: { kind: ExportKind; folder: string }): Promise<ExportResult> {
  const profile = senderProfile(ctx.db);
  const datasets = ctx.datasets ?? exchangedDatasets;
  const versioned = versionAll(ctx.db, datasets, profile.code);
  const records = input.kind === 'delta' ? versioned.filter((r) => r.changed) : versioned;
  if (input.kind === 'delta' && records.length === 0) return { status: 'nothingNew', message: NOTHING_NEW };
  const signer = activeSigner(ctx);
  const seq = takeSeq(ctx.db);
  const prevBatchHash = (ctx.db.prepare('SELECT batch_hash FROM exchange_sent_batch ORDER BY seq DESC LIMIT 1').get() as { batch_hash: string } | undefined)?.batch_hash ?? null;
  const header: BatchHeaderInput = {
    kind: input.kind,
    batchId: uuidV7(ctx.clock),
    unitCode: profile.code,
    unitName: profile.name,
    installationId: getInstallation(ctx.db).installationId,
    recipientCode: profile.superiorCode,
    seq,
    prevBatchHash,
    createdAt: vietnamTimestamp(ctx.clock),
    appVersion: ctx.appVersion,
    covers: covers(records, input.kind === 'snapshot'),
    lastReceiptSeen: null,
  };
  const grouped = byDataset(datasets, records, input.kind);
  mkdirSync(outboxDir(ctx.dataDir), { recursive: true });
  const written = await writeBatchFile(outboxDir(ctx.dataDir), { header, records: grouped, files: {} }, signer);
  const batch: SentBatch = {
    seq,
    batchId: header.batchId,
    kind: input.kind,
    fileName: written.fileName,
    createdAt: header.createdAt,
    batchHash: written.batchHash,
    prevBatchHash,
    fileSha256: written.fileSha256,
    counts: Object.fromEntries(Object.entries(grouped).map(([dataset, lines]) => [dataset, lines.length])),
    receiptStatus: 'notAcknowledged',
    receiptDetail: null,
  };
  recordSent(ctx.db, batch, records);
  try {
    return { status: 'written', path: copyInto(written.path, input.folder, written.fileName, written.fileSha256), batch };
  } catch (error) {
    throw new AppError('CONFLICT', `Lô số ${seq} đã lập và được lưu trong máy, nhưng: ${(error as Error).message} Hãy dùng «Ghi lại» để ghi lô này vào thư mục khác.`);
  }
}

/** Writes a sent batch again, byte for byte, into another folder (a second USB stick, a lost copy). */
export function rewriteBatch(ctx: { db: Db; dataDir: string }, seq: number, folder: string): { path: string; batch: SentBatch } {
  const { batch, path } = keptBatchPath(ctx, seq);
  return { path: copyInto(path, folder, batch.fileName, batch.fileSha256), batch };
}

/** The enrolment file to send up once, and the fingerprint to copy onto the signed paper form. */
export function enrolment(ctx: { db: Db }): { fileName: string; text: string; fingerprint: string } {
  const profile = senderProfile(ctx.db);
  const key = keyStatus(ctx.db);
  if (!key) throw new AppError('CONFLICT', 'Chưa tạo khóa ký của đơn vị. Hãy tạo khóa ký trước.');
  const createdAt = vietnamTimestamp({ now: () => new Date(key.createdAt) });
  const text = enrolmentFile({ unitCode: profile.code, unitName: profile.name, installationId: getInstallation(ctx.db).installationId, publicKeyJwkX: key.publicKeyJwkX, createdAt });
  return { fileName: `enrol-${profile.code}.json`, text, fingerprint: key.fingerprint };
}
