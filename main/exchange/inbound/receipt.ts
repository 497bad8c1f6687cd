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
function receiptRecords(ctx: InboundContext, unitCode: string): RecordInput[] {
  const applied = ctx.db.prepare('SELECT batch_id, installation_id, seq, batch_hash, applied_at FROM exchange_batch WHERE unit_code = ? ORDER BY installation_id, seq')
    .all(unitCode) as AppliedRow[];
  const lines = ctx.db.prepare('SELECT dataset, line, record_id, code, message FROM exchange_rejected_line WHERE batch_id = ? ORDER BY id');
  return applied.map((row) => {
    const seqs = applied.filter((other) => other.installation_id === row.installation_id).map((other) => other.seq);
    const rejectedLines = (lines.all(row.batch_id) as LineRow[]).map((l) => ({ dataset: l.dataset, line: l.line, recordId: l.record_id, code: l.code, message: l.message }));
    const data = { installationId: row.installation_id, seq: row.seq, batchHash: row.batch_hash, receivedAt: row.applied_at, receivedSeqs: seqs, missingSeqs: gapsOf(seqs), rejectedLines };
    return { id: row.batch_id, unitCode: getProfile(ctx.db)!.code, ver: 1, deleted: false, schemaVersion: RECEIPT_SCHEMA_VERSION, data };
  });
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
  const last = ctx.db.prepare('SELECT seq, batch_hash FROM exchange_receipt ORDER BY seq DESC LIMIT 1').get() as { seq: number; batch_hash: string } | undefined;
  const header = {
    kind: 'receipt' as const, batchId: randomUUID(), unitCode: profile.code, unitName: profile.name,
    installationId: getInstallation(ctx.db).installationId, recipientCode: unitCode, seq: (last?.seq ?? 0) + 1,
    prevBatchHash: last?.batch_hash ?? null, createdAt: vietnamTimestamp(ctx.clock), appVersion: ctx.appVersion, covers: [], lastReceiptSeen: null,
  };
  const written = await writeBatchFile(folder, { header, records: { receipts: receiptRecords(ctx, unitCode) }, files: {} }, signer);
  ctx.db.prepare('INSERT INTO exchange_receipt (seq, batch_id, unit_code, batch_hash, file_name, written_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(header.seq, header.batchId, unitCode, written.batchHash, written.fileName, ctx.clock.now().toISOString());
  return written;
}
