import { z } from 'zod';
import { rejectedLine, type DownlinkReportView, type ReceiptDetail } from '../../api/exchangeDownlink';
import type { Db } from '../../db/database';
import type { BatchHeader, RecordLine } from '../envelope/format';
import { RECEIPT_SCHEMA_VERSION } from '../inbound/receipt';

type ReceiptOutcome = DownlinkReportView['receipts'][number];

/** The fields of a `receipts` record the ward uses (main/exchange/inbound/receipt.ts writes them); others are ignored. */
const receiptData = z.object({
  seq: z.number().int(),
  batchHash: z.string(),
  receivedAt: z.string(),
  missingSeqs: z.array(z.number().int()),
  rejectedLines: z.array(rejectedLine),
});

type SentRow = { seq: number; receipt_detail_json: string | null };

/** An older receipt (a lower number from the same superior installation) never overwrites what a newer one said. */
function isStale(previous: ReceiptDetail | null, header: BatchHeader): boolean {
  return previous !== null && previous.receiptInstallationId === header.installationId && previous.receiptSeq >= header.seq;
}

/** Prepared once per imported receipt file, not once per line. */
function statements(db: Db) {
  return {
    sent: db.prepare('SELECT seq, receipt_detail_json FROM exchange_sent_batch WHERE batch_id = ? AND batch_hash = ?'),
    mark: db.prepare('UPDATE exchange_sent_batch SET receipt_status = ?, receipt_detail_json = ? WHERE seq = ?'),
  };
}

type Statements = ReturnType<typeof statements>;

function applyOne(s: Statements, header: BatchHeader, record: RecordLine, line: number): ReceiptOutcome {
  const base = { line, batchId: record.id, sentSeq: null };
  const parsed = receiptData.safeParse(record.data);
  if (!parsed.success || record.deleted || record.schemaVersion > RECEIPT_SCHEMA_VERSION) {
    return { ...base, outcome: 'invalid', message: `Dòng ${line} của giấy báo nhận không đúng cấu trúc phần mềm này đọc được: bỏ qua.` };
  }
  const data = parsed.data;
  const sent = s.sent.get(record.id, data.batchHash) as SentRow | undefined;
  if (!sent) {
    return { ...base, outcome: 'unknownBatch', message: `Giấy báo nhận nói về lô số ${data.seq} (mã ${record.id}) không có trong danh sách lô đơn vị này đã gửi: không áp dụng.` };
  }
  const previous = sent.receipt_detail_json === null ? null : (JSON.parse(sent.receipt_detail_json) as ReceiptDetail);
  if (isStale(previous, header)) {
    return { ...base, sentSeq: sent.seq, outcome: 'stale', message: `Lô số ${sent.seq}: đã có giấy báo nhận mới hơn (số ${previous!.receiptSeq}), giữ nguyên.` };
  }
  const detail: ReceiptDetail = {
    receiptSeq: header.seq, receiptInstallationId: header.installationId, receivedAt: data.receivedAt, missingSeqs: data.missingSeqs, rejectedLines: data.rejectedLines,
  };
  const outcome = data.rejectedLines.length > 0 ? 'partial' : 'received';
  s.mark.run(outcome, JSON.stringify(detail), sent.seq);
  const message = outcome === 'partial'
    ? `Lô số ${sent.seq}: cấp trên nhận một phần, ${data.rejectedLines.length} dòng bị từ chối.`
    : `Lô số ${sent.seq}: cấp trên đã nhận.`;
  return { ...base, sentSeq: sent.seq, outcome, message };
}

/** Marks each sent batch a receipt acknowledges (same batch id and hash); a line naming an unknown batch is only reported. */
export function applyReceipts(db: Db, header: BatchHeader, records: readonly RecordLine[]): ReceiptOutcome[] {
  const s = statements(db);
  return records.map((record, index) => applyOne(s, header, record, index + 1));
}
