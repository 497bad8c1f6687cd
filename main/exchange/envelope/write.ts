import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../../files/atomicWrite';
import type { Signer } from '../signing/keys';
import { sealBag } from './bag';
import type { BagFile } from './bag';
import { recordHash, sha256Hex } from './canonical';
import { attachmentPath, BATCH_FORMAT, batchBaseName, batchHeaderSchema, datasetSchema, FILE_SUFFIX, FORMAT_VERSION, recordLineSchema, TAG } from './format';
import type { BatchHeader, BatchHeaderInput, RecordInput, RecordLine } from './format';
import { readBatchFile } from './read';
import { summaryText } from './summary';
import { zipBag } from './zip';

export type BatchInput = {
  header: BatchHeaderInput;
  /** Full record states by dataset; the writer adds `dataset` and `hash`. */
  records: Record<string, readonly RecordInput[]>;
  /** Attachment bytes by their SHA-256 (lower-case hex). */
  files: Record<string, Uint8Array>;
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

function attachmentFiles(files: Record<string, Uint8Array>): BagFile[] {
  return Object.entries(files).map(([sha256, bytes]) => {
    if (sha256Hex(bytes) !== sha256) throw new Error(`writeBatchFile: attachment bytes do not hash to ${sha256}`);
    return { path: attachmentPath(sha256), bytes };
  });
}

/** The complete signed bag of a batch and the header written into it. */
export function batchBag(batch: BatchInput, signer: Signer): { header: BatchHeader; files: BagFile[] } {
  const attachments = attachmentFiles(batch.files);
  const header = batchHeaderSchema.parse({
    format: BATCH_FORMAT,
    formatVersion: FORMAT_VERSION,
    ...batch.header,
    keyFingerprint: signer.fingerprint,
    counts: Object.fromEntries(Object.entries(batch.records).map(([dataset, records]) => [dataset, records.length])),
    files: { count: attachments.length, bytes: attachments.reduce((sum, f) => sum + f.bytes.byteLength, 0) },
  } satisfies BatchHeader);
  const payload = [...Object.entries(batch.records).map(([dataset, records]) => recordFile(dataset, records)), ...attachments];
  const bagInfo: Array<[string, string]> = [
    ['Source-Organization', header.unitName],
    ['Organization-Address', `Mã đơn vị ${header.unitCode}`],
    ['External-Identifier', header.batchId],
    ['Bagging-Date', header.createdAt.slice(0, 10)],
    ['Bag-Software-Agent', `So Dan Chu ${header.appVersion}`],
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
  const zip = await zipBag(baseName, files, new Date(header.createdAt));
  const fileName = `${baseName}${FILE_SUFFIX}`;
  const path = join(folder, fileName);
  if (existsSync(path)) throw new Error(`Tệp ${fileName} đã có trong thư mục đích; không ghi đè.`);
  writeFileAtomically(path, zip);
  const check = await readBatchFile(path, { trustedKeys: (fp) => (fp === signer.fingerprint ? { publicKeyJwkX: signer.publicKeyJwkX, unitCode: header.unitCode } : undefined) });
  if (!check.ok) {
    rmSync(path, { force: true });
    throw new Error(`Tệp lô vừa ghi không đọc lại được: ${check.reason.message} (${check.reason.detail})`);
  }
  return { path, fileName, fileSha256: check.fileSha256, batchHash: check.batchHash };
}
