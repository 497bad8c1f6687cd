import { randomUUID } from 'node:crypto';
import { AppError } from '../../api/errors';
import { getInstallation } from '../../installation/service';
import type { SecretStore } from '../../runtime/ports';
import type { RecordInput } from '../envelope/format';
import { writeBatchFile, type WrittenBatch } from '../envelope/write';
import type { InboundContext } from '../inbound/context';
import { senderProfile, vietnamTimestamp } from '../outbound/export';
import { activeSigner } from '../outbound/signingKey';

export type DownwardContext = InboundContext & { secrets: SecretStore; appVersion: string };
export type DownwardKind = 'receipt' | 'directive';

/** What a superior sends down: receipts to one ward, directives to every ward (`ALL`). */
export type DownwardBatch = {
  kind: DownwardKind;
  recipientCode: string;
  /** In Vietnamese, for the refusal when the file cannot be written: "giấy báo nhận", "tệp bộ tiêu chí". */
  label: string;
  records(officeCode: string): Record<string, readonly RecordInput[]>;
};

/** Directives are addressed to every ward at once. */
export const ALL_WARDS = 'ALL';

/**
 * Reserves the next number of this installation's outgoing sequence (receipts and directives share it) and commits
 * it before the file is written, so a number is never handed out twice even if the write fails. The reserved row
 * has an empty hash and file name until the file exists; the chain links to the last file actually written.
 */
function takeOutgoingSeq(ctx: InboundContext, kind: DownwardKind, recipientCode: string): { seq: number; batchId: string; prevBatchHash: string | null } {
  return ctx.db.transaction(() => {
    const seq = ctx.db.prepare('SELECT coalesce(max(seq), 0) + 1 FROM exchange_receipt').pluck().get() as number;
    const prevBatchHash = (ctx.db.prepare("SELECT batch_hash FROM exchange_receipt WHERE batch_hash <> '' ORDER BY seq DESC LIMIT 1").pluck().get() as string | undefined) ?? null;
    const batchId = randomUUID();
    ctx.db.prepare("INSERT INTO exchange_receipt (seq, batch_id, unit_code, batch_hash, file_name, written_at, kind) VALUES (?, ?, ?, '', '', ?, ?)")
      .run(seq, batchId, recipientCode, ctx.clock.now().toISOString(), kind);
    return { seq, batchId, prevBatchHash };
  }).immediate();
}

/** Writes a signed batch going down into `folder`, signed with this installation's own exchange key. */
export async function writeDownward(ctx: DownwardContext, batch: DownwardBatch, folder: string): Promise<WrittenBatch> {
  const profile = senderProfile(ctx.db, ['code']);
  const signer = activeSigner(ctx);
  const { seq, batchId, prevBatchHash } = takeOutgoingSeq(ctx, batch.kind, batch.recipientCode);
  const header = {
    kind: batch.kind, batchId, unitCode: profile.code, unitName: profile.name,
    installationId: getInstallation(ctx.db).installationId, recipientCode: batch.recipientCode, seq,
    prevBatchHash, createdAt: vietnamTimestamp(ctx.clock), appVersion: ctx.appVersion, covers: [], lastReceiptSeen: null,
  };
  const written = await writeBatchFile(folder, { header, records: batch.records(profile.code), files: {} }, signer).catch((error: unknown) => {
    throw new AppError('CONFLICT', `Không ghi được ${batch.label} số ${seq} vào thư mục đã chọn (${(error as Error).message}). Hãy ghi lại: lần sau sẽ mang số mới.`);
  });
  ctx.db.prepare('UPDATE exchange_receipt SET batch_hash = ?, file_name = ? WHERE seq = ?').run(written.batchHash, written.fileName, seq);
  return written;
}
