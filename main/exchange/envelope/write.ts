import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { writeThroughPartial } from '../../files/atomicWrite';
import type { Signer } from '../signing/keys';
import { sealBag, sizeOf } from './bag';
import type { BagFile, PayloadFile } from './bag';
import { recordHash, sha256Hex } from './canonical';
import { attachmentPath, BATCH_FORMAT, batchBaseName, batchHeaderSchema, datasetSchema, FILE_SUFFIX, FORMAT_VERSION, recordLineSchema, TAG } from './format';
import type { BatchHeader, BatchHeaderInput, RecordInput, RecordLine } from './format';
import { readBatchFile } from './read';
import { summaryText } from './summary';
import { writeBagZip } from './zip';

/** An attachment read only when the zip reaches it, so a batch never holds more than one attachment in memory. */
export type AttachmentSource = { size: number; open(): Readable };

export type BatchInput = {
  header: BatchHeaderInput;
  /** Full record states by dataset; the writer adds `dataset` and `hash`. */
  records: Record<string, readonly RecordInput[]>;
  /** Attachments by their SHA-256 (lower-case hex): bytes at hand, or a source streamed into the zip and hashed on the way. */
  files: Record<string, Uint8Array | AttachmentSource>;
};

export type WrittenBatch = { path: string; fileName: string; fileSha256: string; batchHash: string };

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

function recordFile(dataset: string, records: readonly RecordInput[]): BagFile {
  datasetSchema.parse(dataset);
  const lines = records.map((r) => {
    const line: RecordLine = { id: r.id, dataset, unitCode: r.unitCode, ver: r.ver, deleted: r.deleted, hash: recordHash(r.data), schemaVersion: r.schemaVersion, data: r.data };
    return `${JSON.stringify(recordLineSchema.parse(line))}\n`;
  });
  return { path: `data/records/${dataset}.jsonl`, bytes: utf8(lines.join('')) };
}

function attachmentFiles(files: BatchInput['files']): PayloadFile[] {
  return Object.entries(files).map(([sha256, file]) => {
    const path = attachmentPath(sha256);
    if (!(file instanceof Uint8Array)) return { path, sha256, size: file.size, open: () => file.open() };
    if (sha256Hex(file) !== sha256) throw new Error(`writeBatchFile: attachment bytes do not hash to ${sha256}`);
    return { path, bytes: file };
  });
}

/** The complete signed bag of a batch and the header written into it. */
export function batchBag(batch: BatchInput, signer: Signer): { header: BatchHeader; files: PayloadFile[] } {
  const attachments = attachmentFiles(batch.files);
  const header = batchHeaderSchema.parse({
    format: BATCH_FORMAT,
    formatVersion: FORMAT_VERSION,
    ...batch.header,
    keyFingerprint: signer.fingerprint,
    counts: Object.fromEntries(Object.entries(batch.records).map(([dataset, records]) => [dataset, records.length])),
    files: { count: attachments.length, bytes: attachments.reduce((sum, f) => sum + sizeOf(f), 0) },
  } satisfies BatchHeader);
  const payload = [...Object.entries(batch.records).map(([dataset, records]) => recordFile(dataset, records)), ...attachments];
  const bagInfo: Array<[string, string]> = [
    ['Source-Organization', header.unitName],
    ['Organization-Address', `Mã đơn vị ${header.unitCode}`],
    ['External-Identifier', header.batchId],
    ['Bagging-Date', header.createdAt.slice(0, 10)],
    ['Bag-Software-Agent', `So Dan Chu ${header.appVersion}`],
    ...(header.part ? [['Bag-Count', `${header.part.index} of ${header.part.count}`] as [string, string]] : []),
  ];
  const tags = [
    { path: TAG.header, bytes: utf8(`${JSON.stringify(header, null, 2)}\n`) },
    { path: TAG.summary, bytes: utf8(summaryText(header)) },
  ];
  return { header, files: sealBag({ payload, bagInfo, tags }, signer) };
}

/**
 * Writes the batch into `folder` under its ASCII name: temporary name, fsync, rename, folder fsync; then reads
 * the written file back through the full reader, and deletes it if that fails. Never overwrites a file.
 */
export async function writeBatchFile(folder: string, batch: BatchInput, signer: Signer): Promise<WrittenBatch> {
  const { header, files } = batchBag(batch, signer);
  const baseName = batchBaseName(header);
  const fileName = `${baseName}${FILE_SUFFIX}`;
  const path = join(folder, fileName);
  if (existsSync(path)) throw new Error(`Tệp ${fileName} đã có trong thư mục đích; không ghi đè.`);
  await writeThroughPartial(path, (partial) => writeBagZip(partial, baseName, files, new Date(header.createdAt)));
  const check = await readBatchFile(path, { trustedKeys: (fp) => (fp === signer.fingerprint ? { publicKeyJwkX: signer.publicKeyJwkX, unitCode: header.unitCode } : undefined) });
  if (!check.ok) {
    rmSync(path, { force: true });
    throw new Error(`Tệp lô vừa ghi không đọc lại được: ${check.reason.message} (${check.reason.detail})`);
  }
  return { path, fileName, fileSha256: check.fileSha256, batchHash: check.batchHash };
}
