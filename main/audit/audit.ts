import type { AuditEntry } from '../api/audit';
import type { Db } from '../db/database';
import type { Clock } from '../runtime/ports';

/** Who is changing what, and when: passed to every service function that writes. */
export interface WriteContext {
  db: Db;
  clock: Clock;
  actorId: number | null;
}

export interface Change {
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

/** Writes one audit row; callers run it inside the transaction that makes the change. */
export function recordChange(ctx: WriteContext, change: Change): void {
  ctx.db
    .prepare(
      `INSERT INTO audit_log (at, account_id, action, entity, entity_id, before_json, after_json)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      ctx.clock.now().toISOString(),
      ctx.actorId,
      change.action,
      change.entity,
      change.entityId == null ? null : String(change.entityId),
      change.before === undefined ? null : JSON.stringify(change.before),
      change.after === undefined ? null : JSON.stringify(change.after),
    );
}

/** Runs `write` and its audit row in one transaction; returns what `write` returned. */
export function auditedWrite<T>(ctx: WriteContext, write: () => { result: T; change: Change }): T {
  return ctx.db.transaction(() => {
    const { result, change } = write();
    recordChange(ctx, change);
    return result;
  })();
}

interface AuditRow {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
}

export function listChanges(db: Db, filter: { entity?: string | undefined; limit: number; offset: number }): AuditEntry[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.at, acc.full_name AS actor, a.action, a.entity, a.entity_id, a.before_json, a.after_json
       FROM audit_log a LEFT JOIN account acc ON acc.id = a.account_id
       WHERE (@entity IS NULL OR a.entity = @entity)
       ORDER BY a.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ entity: filter.entity ?? null, limit: filter.limit, offset: filter.offset }) as AuditRow[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before_json === null ? null : JSON.parse(r.before_json),
    after: r.after_json === null ? null : JSON.parse(r.after_json),
  }));
}
