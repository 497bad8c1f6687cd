import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { fsyncPath } from '../files/atomicWrite';
import { join } from 'node:path';
import type { BackupEntry } from '../api/backup';
import { backupReasons } from '../api/backup';
import type { Db } from '../db/database';

export const BACKUPS_KEPT = 14;
type Reason = BackupEntry['reason'];

const namePattern = new RegExp(`^([a-z]+)-(\\d{8})-(\\d{9})-(${backupReasons.join('|')})\\.sqlite$`);

function stamp(at: Date): string {
  const iso = at.toISOString(); // 2026-11-22T10:15:00.123Z
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 23).replace(/[:.]/g, '')}`;
}

function parseName(fileName: string, stem: string): { createdAt: string; reason: Reason } | null {
  const match = namePattern.exec(fileName);
  if (!match || match[1] !== stem) return null;
  const [, , day, time, reason] = match as unknown as [string, string, string, string, Reason];
  const createdAt = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}.${time.slice(6, 9)}Z`;
  return { createdAt, reason };
}

/** Newest first. Only the backups of this database (its file stem: "ward" or "demo"). */
export function listBackups(dir: string, stem: string): BackupEntry[] {
  return readdirSync(dir)
    .flatMap((fileName) => {
      const parsed = parseName(fileName, stem);
      return parsed ? [{ fileName, ...parsed, sizeBytes: statSync(join(dir, fileName)).size }] : [];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName));
}

/**
 * Copies a live database with SQLite's online backup API into a temporary file, syncs it, then renames
 * it into place: a backup file either exists whole or not at all.
 */
export async function writeBackup(db: Db, dir: string, stem: string, reason: Reason, at: Date): Promise<BackupEntry> {
  const fileName = `${stem}-${stamp(at)}-${reason}.sqlite`;
  const partial = join(dir, `${fileName}.partial`);
  try {
    await db.backup(partial);
    fsyncPath(partial);
    renameSync(partial, join(dir, fileName));
    fsyncPath(dir);
  } finally {
    rmSync(partial, { force: true });
  }
  pruneBackups(dir, stem);
  return listBackups(dir, stem).find((b) => b.fileName === fileName)!;
}

function pruneBackups(dir: string, stem: string): void {
  for (const old of listBackups(dir, stem).slice(BACKUPS_KEPT)) rmSync(join(dir, old.fileName), { force: true });
}
