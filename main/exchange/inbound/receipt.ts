import { AppError } from '../../api/errors';
import { groupBy } from './grouping';
import type { RecordInput } from '../envelope/format';
import type { WrittenBatch } from '../envelope/write';
import { writeDownward, type DownwardContext } from '../downlink/outgoing';
import type { InboundContext } from './context';
import { gapsOf } from './sequence';

export type ReceiptContext = DownwardContext;
export const RECEIPT_SCHEMA_VERSION = 1;

type AppliedRow = { batch_id: string; installation_id: string; seq: number; batch_hash: string; applied_at: string };
type LineRow = { batch_id: string; dataset: string; line: number; record_id: string; code: string; message: string };

/** One `receipts` record per acknowledged batch: its sequence, the installation's missing numbers and its rejected lines. */
function receiptRecords(ctx: InboundContext, unitCode: string, officeCode: string): RecordInput[] {
  const applied = ctx.db.prepare('SELECT batch_id, installation_id, seq, batch_hash, applied_at FROM exchange_batch WHERE unit_code = ? ORDER BY installation_id, seq')
    .all(unitCode) as AppliedRow[];
  const lines = groupBy(
    ctx.db.prepare('SELECT batch_id, dataset, line, record_id, code, message FROM exchange_rejected_line WHERE unit_code = ? ORDER BY id').all(unitCode) as LineRow[],
    (l) => l.batch_id,
  );
  const installations = new Map([...groupBy(applied, (row) => row.installation_id)].map(([id, rows]) => {
    const seqs = rows.map((row) => row.seq);
    return [id, { receivedSeqs: seqs, missingSeqs: gapsOf(seqs) }];
  }));
  return applied.map((row) => {
    const rejectedLines = (lines.get(row.batch_id) ?? []).map((l) => ({ dataset: l.dataset, line: l.line, recordId: l.record_id, code: l.code, message: l.message }));
    const data = { installationId: row.installation_id, seq: row.seq, batchHash: row.batch_hash, receivedAt: row.applied_at, ...installations.get(row.installation_id)!, rejectedLines };
    return { id: row.batch_id, unitCode: officeCode, ver: 1, deleted: false, schemaVersion: RECEIPT_SCHEMA_VERSION, data };
  });
}

/**
 * Writes a signed receipt for a unit into `folder`: every batch received from it, with the missing sequence
 * numbers and the rejected lines. Signed with this installation's own exchange key (the ward side's key store).
 */
export async function writeReceipt(ctx: ReceiptContext, unitCode: string, folder: string): Promise<WrittenBatch> {
  if (!ctx.db.prepare('SELECT 1 FROM exchange_unit WHERE unit_code = ?').get(unitCode)) throw new AppError('NOT_FOUND', 'Đơn vị này chưa được đăng ký.');
  return writeDownward(ctx, { kind: 'receipt', recipientCode: unitCode, label: 'giấy báo nhận', records: (office) => ({ receipts: receiptRecords(ctx, unitCode, office) }) }, folder);
}
