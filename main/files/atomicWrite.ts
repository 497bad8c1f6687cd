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
 * Writes a file so that it exists whole or not at all, even on a USB stick pulled out or a power cut:
 * a temporary name beside the target, sync, rename, sync the folder, then check the size.
 */
export function writeFileAtomically(target: string, content: Uint8Array): void {
  const partial = `${target}.partial`;
  try {
    writeFileSync(partial, content);
    fsyncPath(partial);
    renameSync(partial, target);
    try {
      fsyncPath(dirname(target));
    } catch {
      // Some file systems (FAT on USB sticks, Windows) cannot sync a folder; the rename is still done.
    }
  } finally {
    rmSync(partial, { force: true });
  }
  if (statSync(target).size !== content.byteLength) {
    throw new AppError('INVALID_FILE', 'Tệp ghi ra không đầy đủ. Hãy kiểm tra ổ đĩa hoặc USB rồi thử lại.');
  }
}
