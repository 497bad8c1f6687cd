import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../api/errors';
import type { ReceiptDetail } from '../../api/exchangeDownlink';
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
import { attachmentSource, filesToSend, rememberSentFiles, type FileToSend } from './attachments';
import { DEFAULT_PART_BYTES, planParts } from './parts';
import { enrolmentFile } from '../signing/enrolment';
import type { Signer } from '../signing/keys';
import type { ExchangedDataset } from './dataset';
import { checkedFilter, filteredDatasets, inPeriod, type ExportFilter } from './filter';
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
  receiptDetail: ReceiptDetail | null;
  /** Only for a batch written in parts (docs/exchange-format.md §13). */
  part?: { index: number; count: number };
  /** Only for a batch of one period or some datasets (§5.3.1). */
  filter?: ExportFilter;
};
export type ExportInput = {
  kind: ExportKind;
  folder: string;
  /** The largest part in bytes; DEFAULT_PART_BYTES when absent. */
  partBytes?: number;
  /** Only these records are sent; the others keep their state and go with a later delta. */
  filter?: ExportFilter;
};
export type WrittenPart = { path: string; batch: SentBatch };
/** For a batch split in parts, `path` and `batch` are the first part's and `parts` lists every part. */
export type ExportResult = ({ status: 'written'; parts?: WrittenPart[] } & WrittenPart) | { status: 'nothingNew'; message: string };

export const NOTHING_NEW = 'Không có dữ liệu mới hoặc thay đổi kể từ lô gửi trước: chưa lập lô mới.';
export const NOTHING_NEW_IN_SLICE = 'Trong kỳ và loại dữ liệu đã chọn không có dữ liệu mới hoặc thay đổi kể từ lô gửi trước: chưa lập lô mới.';
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

const codeLabels = { code: 'Mã đơn vị', superiorCode: 'Mã cơ quan cấp trên' } as const;

/**
 * The ward profile with codes the batch format accepts; refuses with what to enter where. What goes down from a
 * superior office (enrolment file, receipts, directives) needs only its own code: `checked` = ['code'].
 */
export function senderProfile(db: Db, checked: readonly (keyof typeof codeLabels)[] = ['code', 'superiorCode']): WardProfile {
  const profile = getProfile(db);
  if (!profile) throw new AppError('CONFLICT', 'Chưa khai báo thông tin đơn vị nên chưa lập được lô dữ liệu. Hãy vào mục Thông tin đơn vị.');
  for (const [code, label] of checked.map((field) => [profile[field], codeLabels[field]] as const)) {
    if (!unitCodeSchema.safeParse(code).success) {
      throw new AppError('CONFLICT', `${label} «${code}» không dùng được trong lô dữ liệu (chỉ chữ in hoa không dấu, chữ số và dấu «-», tối đa 20 ký tự). Hãy sửa trong mục Thông tin đơn vị.`);
    }
  }
  return profile;
}

/** Takes the next `count` sequence numbers and commits them at once: a number is never handed out twice, even if the write fails. */
function takeSeqs(db: Db, count: number): number {
  return db.transaction(() => {
    db.prepare('INSERT INTO exchange_outbound_sequence (id, last_seq) VALUES (1, 0) ON CONFLICT (id) DO NOTHING').run();
    const { last_seq: last } = db.prepare('SELECT last_seq FROM exchange_outbound_sequence WHERE id = 1').get() as { last_seq: number };
    if (last + count > 999_999) throw new AppError('CONFLICT', 'Đã dùng hết số thứ tự lô dữ liệu (999999).');
    db.prepare('UPDATE exchange_outbound_sequence SET last_seq = ? WHERE id = 1').run(last + count);
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
  part_index: number | null; part_count: number | null; filter_json: string | null;
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
  receiptDetail: row.receipt_detail_json === null ? null : (JSON.parse(row.receipt_detail_json) as ReceiptDetail),
  ...(row.part_index && row.part_count ? { part: { index: row.part_index, count: row.part_count } } : {}),
  ...(row.filter_json ? { filter: JSON.parse(row.filter_json) as ExportFilter } : {}),
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

type SentPart = WrittenPart & { files: FileToSend[] };

/** Remembers every part at once, with the records' new versions and the files carried: all or nothing. */
function recordSent(db: Db, parts: readonly SentPart[], records: readonly OutgoingRecord[]): void {
  const insert = db.prepare(
    `INSERT INTO exchange_sent_batch (seq, batch_id, kind, file_name, created_at, batch_hash, prev_batch_hash, file_sha256, counts_json, part_index, part_count, filter_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    saveStates(db, records, parts[0]!.batch.seq);
    for (const { batch, files } of parts) {
      insert.run(batch.seq, batch.batchId, batch.kind, batch.fileName, batch.createdAt, batch.batchHash, batch.prevBatchHash, batch.fileSha256,
        JSON.stringify(batch.counts), batch.part?.index ?? null, batch.part?.count ?? null, batch.filter ? JSON.stringify(batch.filter) : null);
      rememberSentFiles(db, files, batch.seq);
    }
  })();
}

const exporting = new WeakSet<Db>();

/**
 * Writes the next batch: a delta carries the records changed since the last batch (tombstones included) and the
 * attachments they reference that were never sent, a snapshot every current record, every tombstone and every
 * referenced attachment. A batch larger than `partBytes` is written as consecutive parts (§13): the records in
 * the first, the files spread over the others. The sequence numbers are committed before the files are written.
 * The signed files go to the app's outbox first (kept for "write again"), then are copied into `folder`; the
 * records' new versions and the files sent are remembered only once every part exists. A delta with nothing new
 * takes no number. A filter narrows either kind to one period and/or some datasets (a snapshot of that slice);
 * the records outside it keep their state, so the next delta still carries their changes.
 */
export async function exportBatch(ctx: ExportContext, input: ExportInput): Promise<ExportResult> {
  // Two exports at once (a double click) would both send the same changes under two numbers.
  if (exporting.has(ctx.db)) throw new AppError('CONFLICT', 'Đang lập một lô dữ liệu khác; hãy đợi lô đó xong.');
  exporting.add(ctx.db);
  try {
    return await writeNextBatch(ctx, input);
  } finally {
    exporting.delete(ctx.db);
  }
}

/** A record line's size before compression: what it takes in a part at most. */
const recordBytes = (records: readonly OutgoingRecord[]): number => records.reduce((sum, r) => sum + Buffer.byteLength(JSON.stringify(r.data)) + 300, 0);

type PartPlan = { records: Record<string, OutgoingRecord[]>; covers: BatchHeaderInput['covers']; files: FileToSend[] };
type PartBase = Omit<BatchHeaderInput, 'kind' | 'batchId' | 'seq' | 'prevBatchHash' | 'covers' | 'part'> & { kind: ExportKind };

/** Writes the parts into the outbox, each chained to the one before; on a failure removes those already written. */
async function writeParts(ctx: ExportContext, signer: Signer, base: PartBase, firstSeq: number, plan: readonly PartPlan[]): Promise<SentPart[]> {
  const outbox = outboxDir(ctx.dataDir);
  mkdirSync(outbox, { recursive: true });
  let prevBatchHash = (ctx.db.prepare('SELECT batch_hash FROM exchange_sent_batch ORDER BY seq DESC LIMIT 1').get() as { batch_hash: string } | undefined)?.batch_hash ?? null;
  const parts: SentPart[] = [];
  try {
    for (const [index, { records, covers, files }] of plan.entries()) {
      const part = plan.length > 1 ? { index: index + 1, count: plan.length } : undefined;
      const header: BatchHeaderInput = { ...base, batchId: uuidV7(ctx.clock), seq: firstSeq + index, prevBatchHash, covers, ...(part ? { part: { ...part, firstSeq } } : {}) };
      const sources = Object.fromEntries(files.map((file) => [file.sha256, attachmentSource(ctx.db, file)]));
      const written = await writeBatchFile(outbox, { header, records, files: sources }, signer);
      const batch: SentBatch = {
        seq: header.seq,
        batchId: header.batchId,
        kind: base.kind,
        fileName: written.fileName,
        createdAt: header.createdAt,
        batchHash: written.batchHash,
        prevBatchHash,
        fileSha256: written.fileSha256,
        counts: Object.fromEntries(Object.entries(records).map(([dataset, lines]) => [dataset, lines.length])),
        receiptStatus: 'notAcknowledged',
        receiptDetail: null,
        ...(part ? { part } : {}),
        ...(base.filter ? { filter: base.filter } : {}),
      };
      parts.push({ path: written.path, batch, files });
      prevBatchHash = written.batchHash;
    }
  } catch (error) {
    for (const part of parts) rmSync(part.path, { force: true });
    throw error;
  }
  return parts;
}

/** The batch id of the newest receipt imported from the superior office (§5.3 `lastReceiptSeen`). */
function lastReceiptSeen(db: Db): string | null {
  const row = db.prepare("SELECT batch_id FROM exchange_downlink_file WHERE kind = 'receipt' AND result = 'applied' ORDER BY seq DESC, id DESC LIMIT 1").get() as
    | { batch_id: string }
    | undefined;
  return row?.batch_id ?? null;
}

async function writeNextBatch(ctx: ExportContext, input: ExportInput): Promise<ExportResult> {
  const registry = ctx.datasets ?? exchangedDatasets;
  const filter = checkedFilter(input.filter, registry);
  const profile = senderProfile(ctx.db);
  const datasets = filteredDatasets(registry, filter);
  const versioned = versionAll(ctx.db, datasets, profile.code).filter(inPeriod(filter));
  const records = input.kind === 'delta' ? versioned.filter((r) => r.changed) : versioned;
  if (input.kind === 'delta' && records.length === 0) return { status: 'nothingNew', message: filter ? NOTHING_NEW_IN_SLICE : NOTHING_NEW };
  const signer = activeSigner(ctx);
  const spread = planParts(recordBytes(records), filesToSend(ctx.db, records, input.kind), input.partBytes ?? DEFAULT_PART_BYTES);
  const plan = spread.map((files, index): PartPlan => (index === 0 ? { records: byDataset(datasets, records, input.kind), covers: covers(records, input.kind === 'snapshot'), files } : { records: {}, covers: [], files }));
  const firstSeq = takeSeqs(ctx.db, plan.length);
  const base: PartBase = {
    kind: input.kind,
    unitCode: profile.code,
    unitName: profile.name,
    installationId: getInstallation(ctx.db).installationId,
    recipientCode: profile.superiorCode,
    createdAt: vietnamTimestamp(ctx.clock),
    appVersion: ctx.appVersion,
    lastReceiptSeen: lastReceiptSeen(ctx.db),
    ...(filter ? { filter } : {}),
  };
  const parts = await writeParts(ctx, signer, base, firstSeq, plan);
  recordSent(ctx.db, parts, records);
  const lastSeq = firstSeq + parts.length - 1;
  try {
    const copies = parts.map(({ path, batch }) => ({ path: copyInto(path, input.folder, batch.fileName, batch.fileSha256), batch }));
    return { status: 'written', ...copies[0]!, ...(copies.length > 1 ? { parts: copies } : {}) };
  } catch (error) {
    const which = lastSeq === firstSeq ? `Lô số ${firstSeq}` : `Các lô số ${firstSeq}–${lastSeq} (một lô tách ${parts.length} phần)`;
    throw new AppError('CONFLICT', `${which} đã lập và được lưu trong máy, nhưng: ${(error as Error).message} Hãy dùng «Ghi lại» để ghi vào thư mục khác.`);
  }
}

/** Writes a sent batch again, byte for byte, into another folder (a second USB stick, a lost copy). */
export function rewriteBatch(ctx: { db: Db; dataDir: string }, seq: number, folder: string): { path: string; batch: SentBatch } {
  const { batch, path } = keptBatchPath(ctx, seq);
  return { path: copyInto(path, folder, batch.fileName, batch.fileSha256), batch };
}

/** The enrolment file to send up once, and the fingerprint to copy onto the signed paper form. */
export function enrolment(ctx: { db: Db }): { fileName: string; text: string; fingerprint: string } {
  const profile = senderProfile(ctx.db, ['code']);
  const key = keyStatus(ctx.db);
  if (!key) throw new AppError('CONFLICT', 'Chưa tạo khóa ký của đơn vị. Hãy tạo khóa ký trước.');
  const createdAt = vietnamTimestamp({ now: () => new Date(key.createdAt) });
  const text = enrolmentFile({ unitCode: profile.code, unitName: profile.name, installationId: getInstallation(ctx.db).installationId, publicKeyJwkX: key.publicKeyJwkX, createdAt });
  return { fileName: `enrol-${profile.code}.json`, text, fingerprint: key.fingerprint };
}
