import type { Readable } from 'node:stream';
import { BATCH_SIGNATURE_DOMAIN } from '../signing/keys';
import type { Signer } from '../signing/keys';
import { sha256Hex } from './canonical';
import { BAGIT_TXT, TAG } from './format';
import type { SignatureFile } from './format';
import { reject } from './reasons';

/** One file of the bag; `path` is relative to the bag's base directory. */
export type BagFile = { path: string; bytes: Uint8Array };
/** A payload file streamed into the zip when its turn comes: hash and size known beforehand, checked on the way. */
export type StreamedFile = { path: string; sha256: string; size: number; open(): Readable };
export type PayloadFile = BagFile | StreamedFile;

const hashOf = (file: PayloadFile): string => ('bytes' in file ? sha256Hex(file.bytes) : file.sha256);
export const sizeOf = (file: PayloadFile): number => ('bytes' in file ? file.bytes.byteLength : file.size);

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const byPath = (a: PayloadFile, b: PayloadFile): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** BagIt manifest lines: `<sha256 hex>  <path>`, sorted by path so the same content gives the same bytes. */
export function manifestText(files: readonly PayloadFile[]): string {
  return [...files].sort(byPath).map((f) => `${hashOf(f)}  ${f.path}\n`).join('');
}

export function parseManifest(text: string, name: string): Map<string, string> {
  const entries = new Map<string, string>();
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  lines.forEach((line, index) => {
    const match = /^([0-9a-fA-F]{64})[ \t]+(\S.*)$/.exec(line.replace(/\r$/, ''));
    if (!match) return reject('MANIFEST_INVALID', `${name} line ${index + 1}`, `${name}, dòng ${index + 1}`);
    const [, hash, path] = match as unknown as [string, string, string];
    if (entries.has(path)) reject('MANIFEST_INVALID', `${name}: ${path} listed twice`, name);
    entries.set(path, hash.toLowerCase());
  });
  return entries;
}

export function payloadOxum(payload: readonly PayloadFile[]): string {
  return `${payload.reduce((sum, f) => sum + sizeOf(f), 0)}.${payload.length}`;
}

export function parseBagInfo(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([^:\s][^:]*):\s*(.*)$/.exec(line);
    if (match && !fields.has(match[1]!)) fields.set(match[1]!, match[2]!.trim());
  }
  return fields;
}

/** Adds tagmanifest-sha256.txt over the given tag files and the detached signature over its exact bytes. */
export function signTags(tagFiles: readonly BagFile[], signer: Signer): BagFile[] {
  const tagManifest = utf8(manifestText(tagFiles));
  const signature: SignatureFile = {
    alg: 'Ed25519',
    keyFingerprint: signer.fingerprint,
    signedFile: TAG.tagManifest,
    domain: 'SDC-BATCH-1',
    signature: Buffer.from(signer.sign(BATCH_SIGNATURE_DOMAIN, tagManifest)).toString('base64'),
  };
  return [
    ...tagFiles,
    { path: TAG.tagManifest, bytes: tagManifest },
    { path: TAG.signature, bytes: utf8(`${JSON.stringify(signature, null, 2)}\n`) },
  ];
}

export type BagContent = {
  payload: readonly PayloadFile[];
  /** bag-info.txt fields in order; Payload-Oxum is added. */
  bagInfo: ReadonlyArray<[string, string]>;
  /** Extra tag files such as batch.json and DOC-TOI.txt. */
  tags: readonly BagFile[];
};

/** The complete, signed bag: bagit.txt, bag-info.txt, the extra tags, both manifests, the signature, the payload. */
export function sealBag(content: BagContent, signer: Signer): PayloadFile[] {
  const bagInfo = [...content.bagInfo, ['Payload-Oxum', payloadOxum(content.payload)]].map(([k, v]) => `${k}: ${v}\n`).join('');
  const tagFiles: BagFile[] = [
    { path: TAG.bagit, bytes: utf8(BAGIT_TXT) },
    { path: TAG.bagInfo, bytes: utf8(bagInfo) },
    ...content.tags,
    { path: TAG.manifest, bytes: utf8(manifestText(content.payload)) },
  ];
  return [...signTags(tagFiles, signer), ...[...content.payload].sort(byPath)];
}
