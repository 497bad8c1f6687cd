import { randomUUID } from 'node:crypto';
import type { InstallationRole } from '../api/app';
import { auditedWrite, type WriteContext } from '../audit/audit';
import type { Db } from '../db/database';
import type { Clock } from '../runtime/ports';

export interface Installation {
  installationId: string;
  role: InstallationRole | null;
  isDemo: boolean;
}

/** Every database has exactly one installation row, made the first time it is opened. */
export function ensureInstallation(db: Db, clock: Clock, isDemo = false): Installation {
  db.prepare('INSERT OR IGNORE INTO installation (id, installation_id, is_demo, created_at) VALUES (1, ?, ?, ?)').run(
    randomUUID(),
    isDemo ? 1 : 0,
    clock.now().toISOString(),
  );
  return getInstallation(db);
}

export function getInstallation(db: Db): Installation {
  const row = db.prepare('SELECT installation_id, role, is_demo FROM installation WHERE id = 1').get() as
    | { installation_id: string; role: InstallationRole | null; is_demo: number }
    | undefined;
  if (!row) throw new Error('installation row missing');
  return { installationId: row.installation_id, role: row.role, isDemo: row.is_demo === 1 };
}

export function setInstallationRole(ctx: WriteContext, role: InstallationRole): Installation {
  return auditedWrite(ctx, () => {
    const before = getInstallation(ctx.db);
    ctx.db.prepare('UPDATE installation SET role = ? WHERE id = 1').run(role);
    const after = getInstallation(ctx.db);
    return { result: after, change: { action: 'setRole', entity: 'installation', entityId: 1, before, after } };
  });
}
