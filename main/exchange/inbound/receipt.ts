import { randomUUID } from 'node:crypto';
import { AppError } from '../../api/errors';
import { getInstallation } from '../../installation/service';
import type { SecretStore } from '../../runtime/ports';
import { getProfile } from '../../ward/service';
import type { RecordInput } from '../envelope/format';
import { writeBatchFile, type WrittenBatch } from '../envelope/write';
import { activeSigner } from '../outbound/signingKey';
import { vietnamTimestamp } from '../outbound/export';
import type { InboundContext } from './context';
import { gapsOf } from './sequence';

export type ReceiptContext = InboundContext & { secrets: SecretStore; appVersion: string };
export const RECEIPT_SCHEMA_VERSION = 1;

type AppliedRow = { batch_id: string; installation_id: string; seq: number; batch_hash: string; applied_at: string };
type LineRow = { dataset: string; line: number; record_id: string; code: string; message: string };

/** One `receipts` record per acknowledged batch: its sequence, the installation's missing numbers and its rejected lines. */
function receiptRecords(ctx: InboundContext, unitCode: string, officeCode: string): RecordInput[] {
  const applied = ctx.db.prepare('SELECT batch_id, installation_id, seq, batch_hash, applied_at FROM exchange_batch WHERE unit_code = ? ORDER BY installation_id, seq')
    .all(unitCode) as AppliedRow[];
  const lines = ctx.db.prepare('SELECT dataset, line, record_id, code, message FROM exchange_rejected_line WHERE batch_id = ? ORDER BY id');
  return applied.map((row) => {
    const seqs = applied.filter((other) => other.installation_id === row.installation_id).map((other) => other.seq);
    const rejectedLines = (lines.all(row.batch_id) as LineRow[]).map((l) => ({ dataset: l.dataset, line: l.line, recordId: l.record_id, code: l.code, message: l.message }));
    const data = { installationId: row.installation_id, seq: row.seq, batchHash: row.batch_hash, receivedAt: row.applied_at, receivedSeqs: seqs, missingSeqs: gapsOf(seqs), rejectedLines };
    return { id: row.batch_id, unitCode: officeCode, ver: 1, deleted: false, schemaVersion: RECEIPT_SCHEMA_VERSION, data };
  });
}

/**
 * Reserves the next receipt number and commits it before the file is written, so a number is never handed out
 * twice even if the write fails (the ward side does the same). The reserved row has an empty hash and file name
 * until the file exists; the chain links to the last receipt actually written.
 */
function takeReceiptSeq(ctx: InboundContext, unitCode: string): { seq: number; batchId: string; prevBatchHash: string | null } {
  return ctx.db.transaction(() => {
    const seq = (ctx.db.prepare('SELECT coalesce(max(seq), 0) + 1 FROM exchange_receipt').pluck().get() as number);
    const prevBatchHash = (ctx.db.prepare("SELECT batch_hash FROM exchange_receipt WHERE batch_hash <> '' ORDER BY seq DESC LIMIT 1").pluck().get() as string | undefined) ?? null;
    const batchId = randomUUID();
    ctx.db.prepare("INSERT INTO exchange_receipt (seq, batch_id, unit_code, batch_hash, file_name, written_at) VALUES (?, ?, ?, '', '', ?)")
      .run(seq, batchId, unitCode, ctx.clock.now().toISOString());
    return { seq, batchId, prevBatchHash };
  }).immediate();
}

/**
 * Writes a signed receipt for a unit into `folder`: every batch received from it, with the missing sequence
 * numbers and the rejected lines. Signed with this installation's own exchange key (the ward side's key store).
 */
export async function writeReceipt(ctx: ReceiptContext, unitCode: string, folder: string): Promise<WrittenBatch> {
  const profile = getProfile(ctx.db);
  if (!profile) throw new AppError('CONFLICT', 'Chưa khai báo thông tin đơn vị nên chưa lập được giấy báo nhận.');
  if (!ctx.db.prepare('SELECT 1 FROM exchange_unit WHERE unit_code = ?').get(unitCode)) throw new AppError('NOT_FOUND', 'Đơn vị này chưa được đăng ký.');
  const signer = activeSigner(ctx);
  const { seq, batchId, prevBatchHash } = takeReceiptSeq(ctx, unitCode);
  const header = {
    kind: 'receipt' as const, batchId, unitCode: profile.code, unitName: profile.name,
    installationId: getInstallation(ctx.db).installationId, recipientCode: unitCode, seq,
    prevBatchHash, createdAt: vietnamTimestamp(ctx.clock), appVersion: ctx.appVersion, covers: [], lastReceiptSeen: null,
  };
  const written = await writeBatchFile(folder, { header, records: { receipts: receiptRecords(ctx, unitCode, profile.code) }, files: {} }, signer).catch((error: unknown) => {
    throw new AppError('CONFLICT', `Không ghi được giấy báo nhận số ${seq} vào thư mục đã chọn (${(error as Error).message}). Hãy ghi lại: lần sau sẽ mang số mới.`);
  });
  ctx.db.prepare('UPDATE exchange_receipt SET batch_hash = ?, file_name = ? WHERE seq = ?').run(written.batchHash, written.fileName, seq);
  return written;
}
