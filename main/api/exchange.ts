import { z } from 'zod';
import { receiptDetail, rejectedLine } from './exchangeDownlink';
import { generatedFile } from './files';

const seq = z.number().int().min(1).max(999_999);
const exportKind = z.enum(['delta', 'snapshot']);
/** One period (`2026`, `2026Q1`, `2026H1`, `202603`) and/or some datasets; main checks the values and says which is wrong. */
const exportFilter = { period: z.string().max(10).optional(), datasets: z.array(z.string().max(64)).max(100).optional() };

export const signingKeyStatus = z.object({
  /** 16 groups of 4 hex digits: what the paper key-registration form shows. */
  fingerprint: z.string(),
  publicKeyJwkX: z.string(),
  createdAt: z.string(),
});
export type SigningKeyStatus = z.infer<typeof signingKeyStatus>;

export const sentBatch = z.object({
  seq: z.number().int(),
  batchId: z.string(),
  kind: exportKind,
  fileName: z.string(),
  /** The sender's local time with its offset (+07:00). */
  createdAt: z.string(),
  batchHash: z.string(),
  prevBatchHash: z.string().nullable(),
  fileSha256: z.string(),
  /** Record lines per dataset. */
  counts: z.record(z.string(), z.number().int()),
  receiptStatus: z.enum(['notAcknowledged', 'received', 'partial']),
  receiptDetail: receiptDetail.nullable(),
  /** Only for a batch too large for one file, written as consecutive parts (each with its own seq). */
  part: z.object({ index: z.number().int(), count: z.number().int() }).optional(),
  /** Only for a batch of one period and/or some datasets (§5.3.1 of docs/exchange-format.md). */
  filter: z.object(exportFilter).optional(),
});
export type SentBatchView = z.infer<typeof sentBatch>;

export const exportOutcome = z.discriminatedUnion('status', [
  /** A batch split in parts (§13 of docs/exchange-format.md): `path` and `batch` are the first part's, `parts` lists every part. */
  z.object({ status: z.literal('written'), path: z.string(), batch: sentBatch, parts: z.array(z.object({ path: z.string(), batch: sentBatch })).optional() }),
  /** A delta with nothing changed since the last batch: no sequence number was taken. */
  z.object({ status: z.literal('nothingNew'), message: z.string() }),
]);
export type ExportOutcome = z.infer<typeof exportOutcome>;

/** The ward side of the exchange: the signing key, writing batch files for the superior office, the batches sent. */
export const exchangeChannels = {
  'exchange.keyStatus': { input: z.object({}).strict(), output: signingKeyStatus.nullable() },
  /** Refused when the installation already has an active key. */
  'exchange.createKey': { input: z.object({}).strict(), output: signingKeyStatus },
  /** `enrol-<UNITCODE>.json`, to send up once with the signed paper form showing `fingerprint`. */
  'exchange.enrolmentFile': { input: z.object({}).strict(), output: generatedFile.extend({ fingerprint: z.string() }) },
  /** `phieu-dang-ky-khoa-<CODE>.pdf|docx`: the paper form with the fingerprint, for the chair to sign and stamp. */
  'exchange.enrolmentForm': { input: z.object({ format: z.enum(['pdf', 'docx']) }).strict(), output: generatedFile },
  /** Main asks for the folder (a USB stick) and writes the next batch there; the key is created at first use. */
  /** Without `period` and `datasets`, every period of every dataset. */
  'exchange.exportBatch': { input: z.object({ kind: exportKind, ...exportFilter }).strict(), output: exportOutcome },
  /** What a batch can carry, for choosing a slice: each dataset's label and the periods its records have. */
  'exchange.datasets': { input: z.object({}).strict(), output: z.array(z.object({ dataset: z.string(), label: z.string(), periods: z.array(z.string()) })) },
  'exchange.listSent': { input: z.object({}).strict(), output: z.array(sentBatch) },
  /** Writes a sent batch again, byte for byte, into a folder main asks for. */
  'exchange.rewriteBatch': { input: z.object({ seq }).strict(), output: z.object({ path: z.string(), batch: sentBatch }) },
  /** A draft e-mail (.eml) to the superior office with the batch (one part of a split batch) attached; refused over 20 MB (use USB). */
  'exchange.emailDraft': { input: z.object({ seq }).strict(), output: generatedFile },
} as const;

const reason = z.object({ code: z.string(), message: z.string(), detail: z.string() });
const fileReport = z.object({
  path: z.string(),
  fileName: z.string(),
  fileSha256: z.string().nullable(),
  result: z.enum(['applied', 'duplicate', 'alreadyReceived', 'quarantined', 'rejected']),
  reason: reason.nullable(),
  batch: z.object({ batchId: z.string(), unitCode: z.string(), installationId: z.string(), seq: z.number().int(), kind: z.string() }).nullable(),
  counts: z.object({ new: z.number(), updated: z.number(), unchanged: z.number(), stale: z.number(), conflict: z.number(), rejected: z.number() }),
  rejectedLines: z.array(rejectedLine),
  conflicts: z.array(z.object({ dataset: z.string(), recordId: z.string(), ver: z.number().int() })),
  gaps: z.array(z.number().int()),
  quarantinedAs: z.string().nullable(),
  /** Attachments the records reference that no file received so far carried (Vietnamese `message`); absent when none. */
  missingFiles: z.array(z.object({ dataset: z.string(), recordId: z.string(), sha256: z.string(), name: z.string(), message: z.string() })).optional(),
});
export const batchImportReport = z.object({ dryRun: z.boolean(), datasetRule: z.enum(['registry', 'pattern']), files: z.array(fileReport) });
export type ImportReportView = z.infer<typeof batchImportReport>;
const registeredUnit = z.object({
  unitCode: z.string(),
  name: z.string(),
  registeredAt: z.string(),
  keys: z.array(z.object({ installationId: z.string(), fingerprint: z.string(), status: z.enum(['active', 'revoked']), registeredAt: z.string(), revokedAt: z.string().nullable() })),
  installations: z.array(z.object({ installationId: z.string(), lastSeq: z.number().int().nullable(), gaps: z.array(z.number().int()) })),
  batchesApplied: z.number().int(),
});
const importPreview = z.object({ token: z.string(), report: batchImportReport });
export const MAX_UPLOAD_FILES = 50;
export const MAX_UPLOAD_BYTES = 48 * 1024 * 1024;
/** Letters (Vietnamese too), digits, spaces, `._()+-`, ending with the batch suffix: no folder, no control character. */
export const uploadFileNamePattern = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} ._()+-]{0,190}\.sdc\.zip$/u;
const uploadedBatches = z
  .array(
    z.object({
      fileName: z.string().regex(uploadFileNamePattern, 'Tên tệp không hợp lệ: chỉ nhận tệp lô dữ liệu (.sdc.zip) có tên gồm chữ, số, dấu cách và . _ - ( ).'),
      contentBase64: z
        .string()
        .min(1, 'Tệp rỗng, không có nội dung.')
        .max(Math.ceil(MAX_UPLOAD_BYTES / 3) * 4, 'Tệp lớn hơn 48 MB; hãy dùng nút “Nhập lô dữ liệu” để chọn tệp.')
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Nội dung tệp không hợp lệ.'),
    }).strict(),
  )
  .min(1, 'Chưa có tệp nào để nhập.')
  .max(MAX_UPLOAD_FILES, `Mỗi lần chỉ nhập được tối đa ${MAX_UPLOAD_FILES} tệp.`);
const fingerprintInput = z.object({ fingerprint: z.string().regex(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/, 'Dấu vân tay không hợp lệ.') }).strict();

/** The superior side: the registry of reporting units and their keys, importing batch files, quarantine and receipts. */
export const exchangeInboundChannels = {
  'exchange.units': { input: z.object({}).strict(), output: z.array(registeredUnit) },
  /** `content`: the text of an enrolment file; the returned fingerprint is compared with the signed paper form. */
  'exchange.registerUnit': {
    input: z.object({ content: z.string().max(20_000) }).strict(),
    output: z.object({ unitCode: z.string(), unitName: z.string(), installationId: z.string(), fingerprint: z.string(), newUnit: z.boolean() }),
  },
  'exchange.revokeKey': { input: fingerprintInput, output: z.object({ installationId: z.string(), fingerprint: z.string(), status: z.enum(['active', 'revoked']) }).loose() },
  /**
   * Main asks for the batch files (`files`, several at once) or a folder (`folder`: its `*.sdc.zip` files, not its
   * subfolders), imports them in a rolled-back transaction and returns the report with a token for importApply.
   */
  'exchange.importPreview': { input: z.object({ source: z.enum(['files', 'folder']).default('files') }).strict(), output: importPreview },
  /** Files dropped on the screen, sent as their content (the renderer knows no path); previewed like picked files. */
  'exchange.importPreviewUpload': { input: z.object({ files: uploadedBatches }).strict(), output: importPreview },
  'exchange.importApply': { input: z.object({ token: z.string().uuid() }).strict(), output: batchImportReport },
  'exchange.quarantine': {
    input: z.object({}).strict(),
    output: z.array(z.object({ fileName: z.string(), fileSha256: z.string(), code: z.string(), message: z.string(), detail: z.string(), at: z.string(), operator: z.string(), path: z.string() })),
  },
  'exchange.retryQuarantined': { input: z.object({}).strict(), output: batchImportReport },
  /** Main asks for the folder and writes the unit's signed receipt there. */
  'exchange.writeReceipt': { input: z.object({ unitCode: z.string().regex(/^[A-Z0-9-]{1,20}$/) }).strict(), output: z.object({ path: z.string(), fileName: z.string() }) },
  /** Writes the unit's signed receipt into the app's outbox and returns a draft e-mail (.eml, no recipient) with it attached. */
  'exchange.receiptEmailDraft': { input: z.object({ unitCode: z.string().regex(/^[A-Z0-9-]{1,20}$/) }).strict(), output: generatedFile },
} as const;
