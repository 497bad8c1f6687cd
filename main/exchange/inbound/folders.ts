import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../../files/atomicWrite';
import { FILE_SUFFIX } from '../envelope/format';

export const INBOX = 'inbox';
export const QUARANTINE = 'quarantine';

/** The batch files directly in a folder (not in its subfolders), sorted by name. */
export function batchFilesIn(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith(FILE_SUFFIX)).sort().map((name) => join(folder, name));
}

/** What a quarantined file's `<sha256>.json` says, beside its `<sha256>.sdc.zip`. */
export type QuarantineNote = { fileName: string; fileSha256: string; code: string; message: string; detail: string; at: string; operator: string };
export type QuarantinedFile = QuarantineNote & { path: string };

/** Keeps the original bytes forever, read-only, under their hash: written once, through a temporary file and a rename. */
export function keepInInbox(dataDir: string, sha256: string, bytes: Buffer): string {
  const folder = join(dataDir, INBOX);
  const path = join(folder, `${sha256}${FILE_SUFFIX}`);
  if (existsSync(path)) return path;
  mkdirSync(folder, { recursive: true });
  writeFileAtomically(path, bytes);
  chmodSync(path, 0o444);
  return path;
}

function quarantinePaths(dataDir: string, code: string, sha256: string): { zip: string; note: string } {
  const folder = join(dataDir, QUARANTINE, code);
  return { zip: join(folder, `${sha256}${FILE_SUFFIX}`), note: join(folder, `${sha256}.json`) };
}

export function putInQuarantine(dataDir: string, note: QuarantineNote, bytes: Buffer): string {
  const paths = quarantinePaths(dataDir, note.code, note.fileSha256);
  mkdirSync(join(dataDir, QUARANTINE, note.code), { recursive: true });
  if (!existsSync(paths.zip)) writeFileAtomically(paths.zip, bytes);
  writeFileAtomically(paths.note, Buffer.from(`${JSON.stringify(note, null, 2)}\n`));
  return paths.zip;
}

export function removeFromQuarantine(dataDir: string, code: string, sha256: string): void {
  const paths = quarantinePaths(dataDir, code, sha256);
  rmSync(paths.zip, { force: true });
  rmSync(paths.note, { force: true });
}

export function listQuarantine(dataDir: string): QuarantinedFile[] {
  const root = join(dataDir, QUARANTINE);
  if (!existsSync(root)) return [];
  return readdirSync(root).sort().flatMap((code) =>
    readdirSync(join(root, code)).filter((name) => name.endsWith('.json')).sort().flatMap((name) => {
      const note = JSON.parse(readFileSync(join(root, code, name), 'utf8')) as QuarantineNote;
      const path = quarantinePaths(dataDir, code, note.fileSha256).zip;
      return existsSync(path) ? [{ ...note, path }] : [];
    }),
  );
}
