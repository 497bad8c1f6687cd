import { z } from 'zod';
import { none } from './fields';

export const backupReasons = ['daily', 'manual', 'pre-migration', 'pre-restore'] as const;
export const backupEntry = z.object({
  fileName: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number().int(),
  reason: z.enum(backupReasons),
});
export type BackupEntry = z.infer<typeof backupEntry>;

/** A backup file name as the app writes it: no folders, no way out of the backup folder. */
export const backupFileName = z
  .string()
  .max(120)
  .regex(/^[a-z0-9-]+\.sqlite$/, 'Tên tệp sao lưu không hợp lệ.');

export const backupChannels = {
  'backup.list': { input: none, output: z.array(backupEntry) },
  'backup.create': { input: none, output: backupEntry },
  'backup.restore': { input: z.object({ fileName: backupFileName }).strict(), output: z.null() },
  /** Main shows the save dialog; the renderer never names a path. */
  'backup.exportCopy': { input: none, output: z.object({ savedAs: z.string() }) },
  /** Main shows the open dialog, validates the chosen file, then restores it. */
  'backup.restoreFromFile': { input: none, output: z.null() },
} as const;
