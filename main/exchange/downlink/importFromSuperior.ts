import { basename } from 'node:path';
import { AppError } from '../../api/errors';
import type { DownlinkReportView } from '../../api/exchangeDownlink';
import { recordChange } from '../../audit/audit';
import { getProfile } from '../../ward/service';
import { readBatchFile, type ReadBatch, type ReadResult } from '../envelope/read';
import { importMessage } from '../inbound/reasons';
import { CRITERIA_SETS, importCriteriaSets } from './directive';
import { BUDGET_FORM_SETS, importFormSets } from './formSetLines';
import { ALL_WARDS } from './outgoing';
import { applyReceipts } from './receipts';
import { downlinkReason, envelopeReason, type Reason } from './reasons';
import { pinnedSuperiorKey, type PinContext } from './superiorKey';

type PinnedKey = ReturnType<typeof pinnedSuperiorKey>;

function emptyReport(fileName: string, fileSha256: string | null, result: DownlinkReportView['result'], reason: Reason | null): DownlinkReportView {
  return { fileName, fileSha256, result, reason, batch: null, receipts: [], criteriaSets: [], formSets: [], unknownLines: [] };
}

/** What the envelope leaves to the ward: the kind, the addressee and the superior's installation. */
function headerProblem(ctx: PinContext, read: ReadBatch, key: PinnedKey): Reason | null {
  const { header } = read;
  if (header.kind !== 'receipt' && header.kind !== 'directive') return downlinkReason('NOT_FROM_SUPERIOR', header.kind);
  if (header.installationId !== key.installationId) return downlinkReason('INSTALLATION_MISMATCH', `${header.installationId} ≠ ${key.installationId}`);
  const own = getProfile(ctx.db)?.code;
  if (!own) return downlinkReason('NO_UNIT_CODE', header.recipientCode);
  const addressed = header.recipientCode === own || (header.kind === 'directive' && header.recipientCode === ALL_WARDS);
  return addressed ? null : downlinkReason('WRONG_RECIPIENT', `${header.recipientCode} ≠ ${own}`, `tệp gửi cho mã ${header.recipientCode}, đơn vị này mã ${own}`);
}

function logFile(ctx: PinContext, report: DownlinkReportView, read: ReadResult): void {
  const header = read.ok ? read.header : null;
  ctx.db.prepare(
    `INSERT INTO exchange_downlink_file (file_sha256, file_name, kind, batch_id, seq, result, reason_code, reason_message, received_at, received_by)
     VALUES (@sha, @name, @kind, @batchId, @seq, @result, @code, @message, @at, @by)
     ON CONFLICT (file_sha256) DO UPDATE SET file_name = @name, kind = @kind, batch_id = @batchId, seq = @seq, result = @result,
       reason_code = @code, reason_message = @message, received_at = @at, received_by = @by`,
  ).run({
    sha: report.fileSha256, name: report.fileName, kind: header?.kind ?? null, batchId: header?.batchId ?? null, seq: header?.seq ?? null,
    result: report.result, code: report.reason?.code ?? null, message: report.reason?.message ?? null, at: ctx.clock.now().toISOString(), by: ctx.operator,
  });
}

/** The datasets this version applies for each kind; lines of any other (a newer superior's) are reported one by one. */
const KNOWN_DATASETS: Record<ReadBatch['header']['kind'], readonly string[]> = {
  receipt: ['receipts'], directive: [CRITERIA_SETS, BUDGET_FORM_SETS], delta: [], snapshot: [],
};

function unknownLines(read: ReadBatch): DownlinkReportView['unknownLines'] {
  return Object.entries(read.records)
    .filter(([dataset]) => !KNOWN_DATASETS[read.header.kind].includes(dataset))
    .flatMap(([dataset, records]) => records.map((record, index) => ({
      dataset, line: index + 1, recordId: record.id, code: 'UNKNOWN_DATASET', message: importMessage('UNKNOWN_DATASET', `${dataset}, dòng ${index + 1}`),
    })));
}

function applied(ctx: PinContext, read: ReadBatch, fileName: string): DownlinkReportView {
  const { header } = read;
  const report: DownlinkReportView = {
    ...emptyReport(fileName, read.fileSha256, 'applied', null),
    batch: { kind: header.kind, seq: header.seq, batchId: header.batchId, createdAt: header.createdAt },
    receipts: header.kind === 'receipt' ? applyReceipts(ctx.db, header, read.records.receipts ?? []) : [],
    criteriaSets: header.kind === 'directive' ? importCriteriaSets(ctx, read.records[CRITERIA_SETS] ?? []) : [],
    formSets: header.kind === 'directive' ? importFormSets(ctx, read.records[BUDGET_FORM_SETS] ?? []) : [],
    unknownLines: unknownLines(read),
  };
  const outcomes = (lines: readonly { outcome: string }[]) => lines.map((line) => line.outcome);
  const after = {
    kind: header.kind, seq: header.seq, fileName, receipts: outcomes(report.receipts), criteriaSets: outcomes(report.criteriaSets),
    formSets: outcomes(report.formSets), unknownLines: report.unknownLines.length,
  };
  recordChange(ctx, { action: 'import', entity: 'superiorFile', entityId: header.batchId, after });
  return report;
}

/**
 * Imports a file from the superior office (a receipt or a directive), verified with the pinned key only. The decision
 * and everything it changes happen in one transaction; the same file applied before is "already received" and
 * changes nothing. A refused file is logged (it may be imported again once the cause is fixed).
 */
export async function importFromSuperior(ctx: PinContext, path: string): Promise<DownlinkReportView> {
  const key = pinnedSuperiorKey(ctx.db);
  const fileName = basename(path);
  let read: ReadResult;
  try {
    read = await readBatchFile(path, { trustedKeys: (fp) => (fp === key.fingerprint ? key : undefined) });
  } catch (error) {
    throw new AppError('NOT_FOUND', `${importMessage('UNREADABLE')} (${(error as Error).message})`);
  }
  return ctx.db.transaction(() => {
    const sha = read.fileSha256;
    if (sha && ctx.db.prepare("SELECT 1 FROM exchange_downlink_file WHERE file_sha256 = ? AND result = 'applied'").get(sha)) {
      return emptyReport(fileName, sha, 'alreadyReceived', downlinkReason('ALREADY_RECEIVED', sha));
    }
    const reason = read.ok ? headerProblem(ctx, read, key) : envelopeReason(read.reason);
    const report = read.ok && !reason ? applied(ctx, read, fileName) : emptyReport(fileName, sha, 'rejected', reason);
    if (sha) logFile(ctx, report, read);
    return report;
  }).immediate();
}
