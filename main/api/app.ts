import { z } from 'zod';
import { none, personName } from './fields';
import { newPassword, sessionAccount, username } from './accounts';

export const installationRole = z.enum(['ward', 'superior']);
export type InstallationRole = z.infer<typeof installationRole>;

export const appStatus = z.object({
  /**
   * ready: a database is open; damaged: it failed its checks and can be restored from a backup;
   * tooNew: it was written by a newer version of the app, which must be installed (restoring would lose data).
   */
  state: z.enum(['ready', 'damaged', 'tooNew']),
  isDemo: z.boolean(),
  installationRole: installationRole.nullable(),
  /** False until the first administrator exists. */
  hasAdministrator: z.boolean(),
  unitName: z.string().nullable(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  account: sessionAccount.nullable(),
  /** Vietnamese explanation when state is damaged. */
  problem: z.string().nullable(),
});
export type AppStatus = z.infer<typeof appStatus>;

export const appChannels = {
  'app.status': { input: none, output: appStatus },
  'setup.createAdministrator': {
    input: z
      .object({ username, fullName: personName, password: newPassword, installationRole })
      .strict(),
    output: appStatus,
  },
  'app.startRealWard': { input: none, output: appStatus },
  'app.setInstallationRole': { input: z.object({ installationRole }).strict(), output: appStatus },
} as const;
