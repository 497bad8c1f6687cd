import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yazl from 'yazl';
import type { Readable } from 'node:stream';
import { createSigner, generateSigningKey } from '../../../../main/exchange/signing/keys';
import type { Signer } from '../../../../main/exchange/signing/keys';
import { manifestText, payloadOxum, signTags } from '../../../../main/exchange/envelope/bag';
import { DEFAULT_LIMITS, TAG } from '../../../../main/exchange/envelope/format';
import { inflateAll, listZip } from '../../../../main/exchange/envelope/zip';
import type { ReadOptions } from '../../../../main/exchange/envelope/read';
import type { BatchInput } from '../../../../main/exchange/envelope/write';
import { sha256Hex } from '../../../../main/exchange/envelope/canonical';

const passphrase = 'mật khẩu thử nghiệm';
const wardKey = generateSigningKey(passphrase);
export const wardSigner = createSigner(wardKey.privateKeyPkcs8Pem, passphrase);
const otherKey = generateSigningKey(passphrase);
export const otherSigner = createSigner(otherKey.privateKeyPkcs8Pem, passphrase);

export const trusted: ReadOptions = {
  trustedKeys: (fp) => (fp === wardSigner.fingerprint ? { publicKeyJwkX: wardSigner.publicKeyJwkX, unitCode: '26734' } : undefined),
};

export const attachment = Buffer.from('%PDF-1.7 biên bản họp đã ký\n', 'utf8');
export const attachmentSha = sha256Hex(attachment);

export function sampleBatch(): BatchInput {
  const record = (id: string, ver: number, data: Record<string, unknown>) => ({ id, unitCode: '26734', ver, deleted: false, schemaVersion: 1, data });
  return {
    header: {
      kind: 'delta',
      batchId: '0190f5c2-7b1e-7c3a-9f00-00000000abcd',
      unitCode: '26734',
      unitName: 'UBND phường Hòa Bình',
      installationId: 'inst-1',
      recipientCode: 'SNV-01',
      seq: 42,
      prevBatchHash: null,
      createdAt: '2026-03-15T09:30:00+07:00',
      appVersion: '0.1.0',
      covers: [{ dataset: 'budget_disclosures', period: '2026Q1', complete: true }],
      lastReceiptSeen: null,
    },
    records: {
      budget_disclosures: [record('b-1', 1, { title: 'Dự toán 2026', amountVnd: 1_234_567_000 }), record('b-2', 3, { title: 'Quyết toán 2025', amountVnd: 0 })],
      meeting_minutes: [record('m-1', 2, { subject: 'Hội nghị đại biểu nhân dân', attachment: { sha256: attachmentSha, bytes: attachment.length } })],
    },
    files: { [attachmentSha]: attachment },
  };
}

export function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), 'sdc-exchange-'));
}

export type Unzipped = { root: string; files: Map<string, Buffer> };

export async function unzip(buffer: Buffer): Promise<Unzipped> {
  const listing = await listZip(buffer, DEFAULT_LIMITS);
  return { root: listing.root, files: await inflateAll(listing, DEFAULT_LIMITS) };
}

export type RawEntry = { name: string; bytes: Buffer; mode?: number };

/** Zips the bag files under `root` again, plus raw entries with any name or mode. */
export async function rezip({ root, files }: Unzipped, extra: RawEntry[] = []): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [path, bytes] of files) zip.addBuffer(bytes, `${root}/${path}`);
  for (const entry of extra) zip.addBuffer(entry.bytes, entry.name, entry.mode === undefined ? {} : { mode: entry.mode });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as Readable) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Signs the tag files again (and, with `payload`, rebuilds the manifest and Payload-Oxum first): a well-sealed but crafted bag. */
export function resign(bag: Unzipped, signer: Signer, payload = false): Unzipped {
  const files = new Map(bag.files);
  if (payload) {
    const data = [...files].filter(([path]) => path.startsWith('data/')).map(([path, bytes]) => ({ path, bytes }));
    files.set(TAG.manifest, Buffer.from(manifestText(data)));
    const info = files.get(TAG.bagInfo)!.toString('utf8').replace(/Payload-Oxum: .*/, `Payload-Oxum: ${payloadOxum(data)}`);
    files.set(TAG.bagInfo, Buffer.from(info));
  }
  const tags = [...files].filter(([path]) => !path.startsWith('data/') && path !== TAG.tagManifest && path !== TAG.signature);
  for (const file of signTags(tags.map(([path, bytes]) => ({ path, bytes })), signer)) files.set(file.path, Buffer.from(file.bytes));
  return { root: bag.root, files };
}

export function editJson(bag: Unzipped, path: string, edit: (value: Record<string, unknown>) => void): void {
  const value = JSON.parse(bag.files.get(path)!.toString('utf8')) as Record<string, unknown>;
  edit(value);
  bag.files.set(path, Buffer.from(JSON.stringify(value)));
}

/** Replaces every occurrence of an ASCII string by another of the same length, in the raw zip bytes. */
export function patchBytes(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('patchBytes: lengths differ');
  const out = Buffer.from(zip);
  for (let at = out.indexOf(from, 0, 'latin1'); at !== -1; at = out.indexOf(from, at + 1, 'latin1')) out.write(to, at, 'latin1');
  return out;
}

/** Offset of the central directory header of the entry named `name`. */
export function centralHeader(zip: Buffer, name: string): number {
  for (let at = zip.indexOf('PK\x01\x02', 0, 'latin1'); at !== -1; at = zip.indexOf('PK\x01\x02', at + 4, 'latin1')) {
    const nameLength = zip.readUInt16LE(at + 28);
    if (zip.toString('latin1', at + 46, at + 46 + nameLength) === name) return at;
  }
  throw new Error(`no central directory entry ${name}`);
}

export function save(folder: string, name: string, bytes: Buffer): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

