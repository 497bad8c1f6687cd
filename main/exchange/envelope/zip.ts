import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Transform } from 'node:stream';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import yazl from 'yazl';
import type { PayloadFile, StreamedFile } from './bag';
import type { ReadLimits } from './format';
import { BatchRejected, reject } from './reasons';

const FILE_MODE = 0o100644;
const SYMLINK_TYPE = 0o120000;
const TYPE_MASK = 0o170000;

/** The file's bytes as they go into the zip, hashed on the way: a mismatch at the end fails the whole zip. */
function hashedOnTheWay(file: StreamedFile, fail: (error: Error) => void): Readable {
  const hash = createHash('sha256');
  const source = file.open().on('error', fail);
  return source.pipe(
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        done(null, chunk);
      },
      flush(done) {
        if (hash.digest('hex') !== file.sha256) fail(new Error(`writeBatchFile: attachment bytes do not hash to ${file.sha256}`));
        done();
      },
    }),
  );
}

/**
 * Writes the bag as a zip to `target` (created, never overwritten): every file under the one base directory
 * `root`, regular-file mode, a fixed time. Streamed files are opened one at a time when the zip reaches them and
 * stored as they are (photos and PDFs are compressed already); the rest is deflated.
 */
export async function writeBagZip(target: string, root: string, files: readonly PayloadFile[], mtime: Date): Promise<void> {
  const zip = new yazl.ZipFile();
  const out = createWriteStream(target, { flags: 'wx' });
  const failed = new Promise<never>((_, rejectWith) => {
    zip.on('error', (error: Error) => {
      out.destroy();
      rejectWith(error);
    });
  });
  for (const file of files) {
    const name = `${root}/${file.path}`;
    if ('bytes' in file) zip.addBuffer(Buffer.from(file.bytes), name, { mtime, mode: FILE_MODE, compress: true });
    else zip.addReadStreamLazy(name, { mtime, mode: FILE_MODE, compress: false, size: file.size }, (done) => done(null, hashedOnTheWay(file, (error) => zip.emit('error', error))));
  }
  zip.end();
  const written = pipeline(zip.outputStream as Readable, out);
  // Whichever fails first is reported; the other, failing after it, must not surface as an unhandled rejection.
  written.catch(() => undefined);
  await Promise.race([written, failed]);
}

export type ZipListing = { zipfile: ZipFile; root: string; files: Array<{ path: string; entry: Entry }> };

const SAFE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*\/?$/;

/** Names are checked on the raw bytes (yauzl's decodeStrings is off), so a Unicode-path extra field cannot disguise one. */
function checkName(raw: Buffer): string {
  const name = raw.toString('latin1');
  const unsafe =
    (name.includes('\\') && 'backslash') ||
    (name.startsWith('/') && 'absolute path') ||
    (/^[A-Za-z]:/.test(name) && 'drive letter') ||
    (name.split('/').includes('..') && 'parent segment ..') ||
    ((name.length > 255 || !SAFE_NAME.test(name)) && 'characters outside [A-Za-z0-9._-/]');
  if (unsafe) reject('UNSAFE_ENTRY_NAME', `${unsafe}: ${JSON.stringify(name)}`, `mục «${name}»`);
  return name;
}

type Tally = { names: Set<string>; declaredTotal: number };

function checkEntry(entry: Entry, tally: Tally, limits: ReadLimits): string {
  const name = checkName(entry.fileNameRaw);
  // Case-insensitive: Windows and FAT would make two such names one file.
  const key = name.toLowerCase();
  if (tally.names.has(key)) reject('DUPLICATE_ENTRY', name, `mục «${name}»`);
  tally.names.add(key);
  if (((entry.externalFileAttributes >>> 16) & TYPE_MASK) === SYMLINK_TYPE) reject('SYMLINK_ENTRY', name, `mục «${name}»`);
  if (entry.isEncrypted()) reject('ENCRYPTED_ENTRY', name, `mục «${name}»`);
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) reject('UNSUPPORTED_ENTRY', `${name}: method ${entry.compressionMethod}`);
  const size = entry.uncompressedSize;
  tally.declaredTotal += size;
  if (size > limits.maxEntryBytes) reject('EXPANSION_DECLARED', `${name}: ${size} bytes > ${limits.maxEntryBytes}`);
  if (tally.declaredTotal > limits.maxTotalBytes) reject('EXPANSION_DECLARED', `total ${tally.declaredTotal} bytes > ${limits.maxTotalBytes}`);
  if (size > limits.ratioFloorBytes && size / Math.max(1, entry.compressedSize) > limits.maxRatio) {
    reject('EXPANSION_DECLARED', `${name}: ratio ${Math.round(size / Math.max(1, entry.compressedSize))} > ${limits.maxRatio}`);
  }
  return name;
}

function nextEntry(zipfile: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      zipfile.removeListener('entry', onEntry).removeListener('end', onEnd).removeListener('error', onError);
    };
    const onEntry = (entry: Entry): void => (cleanup(), resolve(entry));
    const onEnd = (): void => (cleanup(), resolve(null));
    const onError = (error: Error): void => (cleanup(), reject(error));
    zipfile.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zipfile.readEntry();
  });
}

async function damaged<T>(step: Promise<T>): Promise<T> {
  try {
    return await step;
  } catch (error) {
    if (error instanceof BatchRejected) throw error;
    return reject('ZIP_DAMAGED', (error as Error).message);
  }
}

/** Opens the zip and checks its central directory, entry by entry, before a single byte is inflated. */
export async function listZip(buffer: Buffer, limits: ReadLimits): Promise<ZipListing> {
  const magic = buffer.subarray(0, 4).toString('latin1');
  if (magic !== 'PK\x03\x04' && magic !== 'PK\x05\x06') reject('NOT_A_ZIP', `starts with ${buffer.subarray(0, 4).toString('hex')}`);
  const options = { lazyEntries: true, validateEntrySizes: true, decodeStrings: false, strictFileNames: true };
  const zipfile = await damaged(yauzl.fromBufferPromise(buffer, options));
  if (zipfile.entryCount > limits.maxEntries) reject('TOO_MANY_ENTRIES', `${zipfile.entryCount} entries > ${limits.maxEntries}`);
  const tally: Tally = { names: new Set(), declaredTotal: 0 };
  const entries: Array<{ name: string; entry: Entry }> = [];
  for (let entry = await damaged(nextEntry(zipfile)); entry; entry = await damaged(nextEntry(zipfile))) {
    entries.push({ name: checkEntry(entry, tally, limits), entry });
  }
  return { zipfile, ...bagRoot(entries) };
}

function bagRoot(entries: Array<{ name: string; entry: Entry }>): Omit<ZipListing, 'zipfile'> {
  const fileEntries = entries.filter((e) => !e.name.endsWith('/'));
  const roots = new Set(fileEntries.map((e) => e.name.split('/')[0]));
  const root = fileEntries[0]?.name.split('/')[0];
  if (!root || roots.size !== 1 || fileEntries.some((e) => !e.name.includes('/'))) {
    reject('BAG_LAYOUT', `top-level names: ${[...roots].slice(0, 5).join(', ')}`);
  }
  return { root, files: fileEntries.map((e) => ({ path: e.name.slice(root.length + 1), entry: e.entry })) };
}

async function inflate(zipfile: ZipFile, path: string, entry: Entry, budget: { left: number }, limits: ReadLimits): Promise<Buffer> {
  const stream = await damaged(zipfile.openReadStreamPromise(entry));
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      budget.left -= (chunk as Buffer).length;
      if (size > limits.maxEntryBytes || budget.left < 0) {
        stream.destroy();
        reject('EXPANSION_ACTUAL', `${path}: more than ${Math.min(limits.maxEntryBytes, size)} bytes inflated`);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof BatchRejected) throw error;
    // yauzl's validateEntrySizes stops the stream as soon as it yields more bytes than the entry declared.
    if (/too many bytes/.test((error as Error).message)) reject('EXPANSION_ACTUAL', `${path}: ${(error as Error).message}`);
    reject('ZIP_DAMAGED', `${path}: ${(error as Error).message}`);
  }
  return Buffer.concat(chunks);
}

/** Inflates every file entry, counting the real bytes and stopping at the first limit crossed. */
export async function inflateAll(listing: ZipListing, limits: ReadLimits): Promise<Map<string, Buffer>> {
  const budget = { left: limits.maxTotalBytes };
  const contents = new Map<string, Buffer>();
  for (const { path, entry } of listing.files) contents.set(path, await inflate(listing.zipfile, path, entry, budget, limits));
  return contents;
}
