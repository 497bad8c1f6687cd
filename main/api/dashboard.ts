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

/** Work done in the last 30 days that had a deadline, e.g. a budget stage disclosed on time or late. */
export const doneItem = z.object({
  key: z.string(),
  title: z.string(),
  doneOn: z.string(),
  onTime: z.boolean(),
  capability: z.string(),
});

export const dashboard = z.object({
  profileCompleteness: z.object({
    percent: z.number().int().min(0).max(100),
    /** What is still missing: a Vietnamese label and the part of the profile that completes it. */
    missing: z.array(z.object({ label: z.string(), target: z.enum(['profile', 'signatories', 'residentialGroups', 'staff']) })),
  }),
  lastBackup: backupEntry.nullable(),
  counts: z.object({ residentialGroups: z.number(), households: z.number(), activeStaff: z.number() }),
  dueItems: z.array(dueItem),
  recentlyDone: z.array(doneItem),
});
export type Dashboard = z.infer<typeof dashboard>;

export const dashboardChannels = {
  'dashboard.get': { input: none, output: dashboard },
} as const;
