import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../api/errors';

export function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Lets `write` produce the file under a temporary name beside `target`, then syncs, renames and syncs the
 * folder, so the target exists whole or not at all, even on a USB stick pulled out or a power cut.
 */
export async function writeThroughPartial(target: string, write: (partial: string) => Promise<void> | void): Promise<void> {
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    await write(partial);
    commitPartial(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
}

function commitPartial(partial: string, target: string): void {
  fsyncPath(partial);
  renameSync(partial, target);
  try {
    fsyncPath(dirname(target));
  } catch {
    // Some file systems (FAT on USB sticks, Windows) cannot sync a folder; the rename is still done.
  }
}

/** Writes `content` whole or not at all (see writeThroughPartial), then checks the size on disk. */
export function writeFileAtomically(target: string, content: Uint8Array): void {
  const partial = `${target}.partial`;
  try {
    writeFileSync(partial, content);
    commitPartial(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
  if (statSync(target).size !== content.byteLength) {
    throw new AppError('INVALID_FILE', 'Tệp ghi ra không đầy đủ. Hãy kiểm tra ổ đĩa hoặc USB rồi thử lại.');
  }
}
