import { z } from 'zod';

export const BATCH_FORMAT = 'so-dan-chu/batch';
/** 1.1 added parts and attachments (§13) and the `directive` kind (§7a); a 1.0 reader refuses only a directive (HEADER_INVALID). */
export const FORMAT_VERSION = '1.1';
export const SUPPORTED_MAJOR = 1;
export const FILE_SUFFIX = '.sdc.zip';

export const TAG = {
  bagit: 'bagit.txt',
  bagInfo: 'bag-info.txt',
  header: 'batch.json',
  summary: 'DOC-TOI.txt',
  manifest: 'manifest-sha256.txt',
  tagManifest: 'tagmanifest-sha256.txt',
  signature: 'signature.ed25519.json',
} as const;
export const REQUIRED_TAG_FILES: readonly string[] = Object.values(TAG);

export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
export const unitCodeSchema = z.string().regex(/^[A-Z0-9-]{1,20}$/);
export const datasetSchema = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/);
/** `2026`, `2026Q1`, `2026H1` or `202603` (§5.3). */
export const periodSchema = z.string().regex(/^\d{4}(Q[1-4]|H[12]|\d{2})?$/);
export const batchKinds = ['delta', 'snapshot', 'receipt', 'directive'] as const;

/** Readers ignore fields they do not know: a newer minor version may add some. */
export const batchHeaderSchema = z.object({
  format: z.literal(BATCH_FORMAT),
  formatVersion: z.string().regex(/^\d{1,4}\.\d{1,4}$/),
  kind: z.enum(batchKinds),
  batchId: z.uuid(),
  unitCode: unitCodeSchema,
  unitName: z.string().min(1).max(200),
  installationId: z.string().min(1).max(64),
  keyFingerprint: z.string().regex(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/),
  recipientCode: unitCodeSchema,
  seq: z.number().int().min(1).max(999_999),
  prevBatchHash: sha256Hex.nullable(),
  createdAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/),
  appVersion: z.string().min(1).max(40),
  covers: z.array(z.object({ dataset: datasetSchema, period: periodSchema, complete: z.boolean() })).max(1000),
  counts: z.record(datasetSchema, z.number().int().min(0)),
  files: z.object({ count: z.number().int().min(0), bytes: z.number().int().min(0) }),
  lastReceiptSeen: z.uuid().nullable(),
  /** Since 1.1 (§5.3.1): the slice a ward chose to send (one period, some datasets); absent for everything. */
  filter: z.object({ period: periodSchema.optional(), datasets: z.array(datasetSchema).min(1).max(100).optional() }).optional(),
  /** Since 1.1 (§13): part `index` of `count`, numbered `firstSeq` … `firstSeq + count - 1`; absent for a whole batch. */
  part: z
    .object({ index: z.number().int().min(1), count: z.number().int().min(2).max(999), firstSeq: z.number().int().min(1).max(999_999) })
    .refine((part) => part.index <= part.count, 'index > count')
    .optional(),
});
export type BatchHeader = z.infer<typeof batchHeaderSchema>;
/** What the caller gives the writer; the writer fills in the format, the key fingerprint and the counts. */
export type BatchHeaderInput = Omit<BatchHeader, 'format' | 'formatVersion' | 'keyFingerprint' | 'counts' | 'files'>;

export const recordLineSchema = z.object({
  id: z.string().min(1).max(64),
  dataset: datasetSchema,
  unitCode: unitCodeSchema,
  ver: z.number().int().min(1),
  deleted: z.boolean(),
  hash: sha256Hex,
  schemaVersion: z.number().int().min(1),
  data: z.record(z.string(), z.unknown()),
});
export type RecordLine = z.infer<typeof recordLineSchema>;
export type RecordInput = Omit<RecordLine, 'dataset' | 'hash'>;

export const signatureFileSchema = z.object({
  alg: z.literal('Ed25519'),
  keyFingerprint: z.string(),
  signedFile: z.literal(TAG.tagManifest),
  domain: z.literal('SDC-BATCH-1'),
  signature: z.base64().length(88),
});
export type SignatureFile = z.infer<typeof signatureFileSchema>;

/** Every limit a reader enforces; the import may pass lower ones (tests do). */
export type ReadLimits = {
  maxFileBytes: number;
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  maxRatio: number;
  ratioFloorBytes: number;
};
export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 256 * 1024 * 1024,
  maxEntries: 10_000,
  maxEntryBytes: 128 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

export function majorOf(version: string): number {
  return Number(version.split('.')[0]);
}

/** `<UNITCODE>_<KIND>_<seq 6 digits>_<YYYYMMDD>_<batchid8>`: ASCII only, because zip tools and mail gateways mangle Vietnamese names. */
export function batchBaseName(header: Pick<BatchHeader, 'unitCode' | 'kind' | 'seq' | 'createdAt' | 'batchId'>): string {
  const day = header.createdAt.slice(0, 10).replaceAll('-', '');
  return [header.unitCode, header.kind.toUpperCase(), String(header.seq).padStart(6, '0'), day, header.batchId.slice(0, 8)].join('_');
}

export function attachmentPath(sha256: string): string {
  return `data/files/${sha256.slice(0, 2)}/${sha256}`;
}
export const ATTACHMENT_PATH = /^data\/files\/([0-9a-f]{2})\/([0-9a-f]{64})$/;
export const RECORDS_PATH = /^data\/records\/([a-z][a-z0-9_]{0,63})\.jsonl$/;
