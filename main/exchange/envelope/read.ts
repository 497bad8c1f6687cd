import { readFileSync, statSync } from 'node:fs';
import { fingerprint, verifyBytes, BATCH_SIGNATURE_DOMAIN } from '../signing/keys';
import { parseBagInfo, parseManifest, payloadOxum } from './bag';
import { recordHash, sha256Hex } from './canonical';
import {
  ATTACHMENT_PATH, BAGIT_TXT, BATCH_FORMAT, batchHeaderSchema, DEFAULT_LIMITS, majorOf, RECORDS_PATH, recordLineSchema,
  REQUIRED_TAG_FILES, signatureFileSchema, SUPPORTED_MAJOR, TAG,
} from './format';
import type { BatchHeader, ReadLimits, RecordLine } from './format';
import { BatchRejected, reject } from './reasons';
import type { ReadFailure } from './reasons';
import { inflateAll, listZip } from './zip';

/** A key the reading office has registered, as its registry returns it for a fingerprint. */
export type TrustedKey = { publicKeyJwkX: string; unitCode: string };
export type ReadOptions = { trustedKeys: (fingerprint: string) => TrustedKey | undefined; limits?: Partial<ReadLimits> };

export type ReadBatch = {
  ok: true;
  header: BatchHeader;
  records: Record<string, RecordLine[]>;
  files: Record<string, Uint8Array>;
  /** SHA-256 of the whole file, and of tagmanifest-sha256.txt (what the next batch's prevBatchHash names). */
  fileSha256: string;
  batchHash: string;
};
/** `fileSha256` is null only when the file was too large to be read at all. */
export type ReadResult = ReadBatch | { ok: false; reason: ReadFailure; fileSha256: string | null };

type Contents = Map<string, Buffer>;

function text(contents: Contents, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(contents.get(path));
  } catch {
    return reject('INVALID_UTF8', path, `tệp ${path}`);
  }
}

function json(contents: Contents, path: string): unknown {
  try {
    return JSON.parse(text(contents, path));
  } catch (error) {
    if (error instanceof BatchRejected) throw error;
    return reject('INVALID_JSON', `${path}: ${(error as Error).message}`, `tệp ${path}`);
  }
}

function checkBagit(contents: Contents): void {
  const lines = text(contents, TAG.bagit).replace(/\r/g, '').split('\n');
  const expected = BAGIT_TXT.split('\n');
  if (lines[0] !== expected[0] || lines[1] !== expected[1]) reject('NOT_A_BAG', JSON.stringify(lines.slice(0, 2)));
}

function checkManifest(contents: Contents, entries: Map<string, string>, mismatch: 'TAGMANIFEST_MISMATCH' | 'PAYLOAD_HASH_MISMATCH'): void {
  for (const [path, hash] of entries) {
    const bytes = contents.get(path);
    if (!bytes) reject(mismatch === 'TAGMANIFEST_MISMATCH' ? mismatch : 'MANIFEST_ENTRY_MISSING', `${path} listed but absent`, `tệp ${path}`);
    if (sha256Hex(bytes) !== hash) reject(mismatch, `${path}: sha256 differs`, `tệp ${path}`);
  }
}

/** Tag files are checked against the signed tagmanifest before anything in them is believed. */
function checkTags(contents: Contents): void {
  const listed = parseManifest(text(contents, TAG.tagManifest), TAG.tagManifest);
  const unsigned = new Set<string>([TAG.tagManifest, TAG.signature]);
  for (const path of contents.keys()) {
    if (!path.startsWith('data/') && !unsigned.has(path) && !listed.has(path)) reject('TAGMANIFEST_MISMATCH', `${path} not listed`, `tệp ${path}`);
  }
  for (const path of listed.keys()) if (unsigned.has(path)) reject('MANIFEST_INVALID', `${TAG.tagManifest} lists ${path}`);
  checkManifest(contents, listed, 'TAGMANIFEST_MISMATCH');
}

function checkPayload(contents: Contents): string[] {
  const listed = parseManifest(text(contents, TAG.manifest), TAG.manifest);
  const payload = [...contents.keys()].filter((path) => path.startsWith('data/'));
  for (const path of listed.keys()) if (!path.startsWith('data/')) reject('MANIFEST_INVALID', `${TAG.manifest} lists ${path}`);
  for (const path of payload) if (!listed.has(path)) reject('PAYLOAD_NOT_IN_MANIFEST', path, `tệp ${path}`);
  checkManifest(contents, listed, 'PAYLOAD_HASH_MISMATCH');
  const oxum = parseBagInfo(text(contents, TAG.bagInfo)).get('Payload-Oxum');
  const actual = payloadOxum(payload.map((path) => ({ path, bytes: contents.get(path)! })));
  if (oxum !== actual) reject('PAYLOAD_OXUM_MISMATCH', `declared ${oxum ?? '(none)'}, actual ${actual}`);
  return payload;
}

function parseHeader(contents: Contents): BatchHeader {
  const raw = json(contents, TAG.header);
  const loose = (raw ?? {}) as { format?: unknown; formatVersion?: unknown };
  if (loose.format !== BATCH_FORMAT) reject('NOT_A_BATCH', `format ${JSON.stringify(loose.format)}`);
  const version = typeof loose.formatVersion === 'string' ? loose.formatVersion : '';
  if (majorOf(version) > SUPPORTED_MAJOR) {
    reject('NEWER_MAJOR_VERSION', `formatVersion ${version}`, `lô theo định dạng ${version}, phần mềm này đọc được ${SUPPORTED_MAJOR}.x`);
  }
  const parsed = batchHeaderSchema.safeParse(raw);
  if (!parsed.success || majorOf(parsed.data.formatVersion) !== SUPPORTED_MAJOR) {
    const issue = parsed.error?.issues[0];
    reject('HEADER_INVALID', issue ? `${issue.path.join('.')}: ${issue.message}` : `formatVersion ${version}`);
  }
  return parsed.data;
}

function checkSignature(contents: Contents, header: BatchHeader, trustedKeys: ReadOptions['trustedKeys']): void {
  const parsed = signatureFileSchema.safeParse(json(contents, TAG.signature));
  if (!parsed.success) reject('SIGNATURE_FILE_INVALID', parsed.error.issues[0]?.path.join('.') ?? '');
  const signature = parsed.data;
  if (signature.keyFingerprint !== header.keyFingerprint) reject('SIGNATURE_INVALID', 'signature and batch.json name different keys');
  const key = trustedKeys(signature.keyFingerprint);
  if (!key || fingerprint(key.publicKeyJwkX) !== signature.keyFingerprint) {
    reject('UNKNOWN_KEY', signature.keyFingerprint, `dấu vân tay ${signature.keyFingerprint}`);
  }
  if (key.unitCode !== header.unitCode) reject('KEY_UNIT_MISMATCH', `key of ${key.unitCode}, batch of ${header.unitCode}`);
  const ok = verifyBytes(key.publicKeyJwkX, BATCH_SIGNATURE_DOMAIN, contents.get(TAG.tagManifest)!, Buffer.from(signature.signature, 'base64'));
  if (!ok) reject('SIGNATURE_INVALID', `Ed25519 over ${TAG.tagManifest} does not verify`);
}

function recordLines(contents: Contents, path: string, dataset: string): RecordLine[] {
  const body = text(contents, path);
  if (body !== '' && !body.endsWith('\n')) reject('INVALID_JSONL', `${path}: no final newline`, `tệp ${path}, dòng cuối`);
  const ids = new Set<string>();
  return body.split('\n').slice(0, -1).map((line, index) => {
    const where = `tệp ${path}, dòng ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      return reject('INVALID_JSONL', `${path} line ${index + 1}: ${(error as Error).message}`, where);
    }
    const parsed = recordLineSchema.safeParse(value);
    if (!parsed.success) reject('RECORD_INVALID', `${path} line ${index + 1}: ${parsed.error.issues[0]?.path.join('.')}`, where);
    const record = parsed.data;
    const wrong = (record.dataset !== dataset && 'dataset') || (record.hash !== recordHash(record.data) && 'hash') || (ids.has(record.id) && 'id twice');
    if (wrong) reject('RECORD_INVALID', `${path} line ${index + 1}: ${wrong}`, where);
    ids.add(record.id);
    return record;
  });
}

function checkCounts(header: BatchHeader, records: Record<string, RecordLine[]>, files: Record<string, Uint8Array>): void {
  const datasets = new Set([...Object.keys(header.counts), ...Object.keys(records)]);
  for (const dataset of datasets) {
    if (header.counts[dataset] !== records[dataset]?.length) {
      reject('COUNTS_MISMATCH', `${dataset}: declared ${header.counts[dataset]}, found ${records[dataset]?.length ?? 'no file'}`, `dữ liệu ${dataset}`);
    }
  }
  const bytes = Object.values(files).reduce((sum, f) => sum + f.byteLength, 0);
  if (header.files.count !== Object.keys(files).length || header.files.bytes !== bytes) {
    reject('COUNTS_MISMATCH', `files: declared ${header.files.count}/${header.files.bytes}, found ${Object.keys(files).length}/${bytes}`, 'tệp đính kèm');
  }
}

async function readChecked(buffer: Buffer, options: ReadOptions): Promise<Omit<ReadBatch, 'fileSha256'>> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  if (buffer.length === 0) reject('EMPTY_FILE', '0 bytes');
  if (buffer.length > limits.maxFileBytes) reject('FILE_TOO_LARGE', `${buffer.length} bytes > ${limits.maxFileBytes}`);
  const listing = await listZip(buffer, limits);
  const present = new Set(listing.files.map((f) => f.path));
  const missing = REQUIRED_TAG_FILES.filter((path) => !present.has(path));
  if (missing.length) reject('MISSING_BAG_FILE', missing.join(', '), missing.join(', '));
  const contents = await inflateAll(listing, limits);
  checkBagit(contents);
  checkTags(contents);
  const payload = checkPayload(contents);
  text(contents, TAG.summary);
  const header = parseHeader(contents);
  checkSignature(contents, header, options.trustedKeys);
  const records: Record<string, RecordLine[]> = {};
  const files: Record<string, Uint8Array> = {};
  for (const path of payload) {
    const dataset = RECORDS_PATH.exec(path)?.[1];
    const attachment = ATTACHMENT_PATH.exec(path);
    if (dataset) records[dataset] = recordLines(contents, path, dataset);
    if (attachment) {
      if (!attachment[2]!.startsWith(attachment[1]!) || sha256Hex(contents.get(path)!) !== attachment[2]) reject('PAYLOAD_HASH_MISMATCH', `${path}: name is not its sha256`, `tệp ${path}`);
      files[attachment[2]!] = contents.get(path)!;
    }
  }
  checkCounts(header, records, files);
  return { ok: true, header, records, files, batchHash: sha256Hex(contents.get(TAG.tagManifest)!) };
}

/** Reads a batch from memory, running every check of docs/exchange-format.md §9 in order; the first failure wins. */
export async function readBatchBuffer(buffer: Buffer, options: ReadOptions): Promise<ReadResult> {
  const fileSha256 = sha256Hex(buffer);
  try {
    return { ...(await readChecked(buffer, options)), fileSha256 };
  } catch (error) {
    if (error instanceof BatchRejected) return { ok: false, reason: error.reason, fileSha256 };
    throw error;
  }
}

/** Reads the file once into memory, so the hash reported is the hash of exactly the bytes checked. I/O errors throw. */
export function readBatchFile(path: string, options: ReadOptions): Promise<ReadResult> {
  const maxFileBytes = options.limits?.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  const size = statSync(path).size;
  if (size > maxFileBytes) {
    return Promise.resolve({ ok: false, reason: new BatchRejected('FILE_TOO_LARGE', `${size} bytes > ${maxFileBytes}`).reason, fileSha256: null });
  }
  return readBatchBuffer(readFileSync(path), options);
}
