import { z } from 'zod';
import { none } from './fields';
import { backupEntry } from './backup';

export const dueItem = z.object({
  key: z.string(),
  title: z.string(),
  dueDate: z.string(),
  overdue: z.boolean(),
  capability: z.string(),
});

export const dashboard = z.object({
  profileCompleteness: z.object({
    percent: z.number().int().min(0).max(100),
    /** Vietnamese labels of what is still missing. */
    missing: z.array(z.string()),
  }),
  lastBackup: backupEntry.nullable(),
  counts: z.object({ residentialGroups: z.number(), households: z.number(), activeStaff: z.number() }),
  dueItems: z.array(dueItem),
});
export type Dashboard = z.infer<typeof dashboard>;

export const dashboardChannels = {
  'dashboard.get': { input: none, output: dashboard },
} as const;
