import { AppError } from '../api/errors';
import { auditedWrite, type WriteContext } from '../audit/audit';
import type { Db } from './database';

type Row = Record<string, unknown>;

export interface RecordTableSpec<T extends { id: number }, Input extends { id?: number | undefined }> {
  table: string;
  /** The audit log's name for this kind of record. */
  entity: string;
  notFoundMessage: string;
  /** Input field → column, for every field written (the id excluded). */
  columns: { [K in Exclude<keyof Input, 'id'>]-?: string };
  toRecord(row: Row): T;
  /** Checks or side writes that must happen in the same transaction, before the row is written. */
  beforeWrite?(ctx: WriteContext, input: Input, before: T | null): void;
}

export interface RecordTable<T extends { id: number }, Input extends { id?: number | undefined }> {
  find(db: Db, id: number): T | null;
  all(db: Db, orderBy?: string): T[];
  /** Inserts (no id) or updates (with id) one record with its audit row, in one transaction. */
  save(ctx: WriteContext, input: Input): T;
  delete(ctx: WriteContext, id: number): null;
}

/** The plain insert/update/delete of a one-table record, audited; capabilities add their rules in beforeWrite. */
export function recordTable<T extends { id: number }, Input extends { id?: number | undefined }>(
  spec: RecordTableSpec<T, Input>,
): RecordTable<T, Input> {
  const fields = Object.keys(spec.columns) as Exclude<keyof Input, 'id'>[];
  const columns = fields.map((f) => spec.columns[f]);
  const insertSql = `INSERT INTO ${spec.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  const updateSql = `UPDATE ${spec.table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`;

  const find = (db: Db, id: number): T | null => {
    const row = db.prepare(`SELECT * FROM ${spec.table} WHERE id = ?`).get(id) as Row | undefined;
    return row ? spec.toRecord(row) : null;
  };
  const existing = (db: Db, id: number): T => {
    const record = find(db, id);
    if (!record) throw new AppError('NOT_FOUND', spec.notFoundMessage);
    return record;
  };
  const values = (input: Input) => fields.map((f) => {
    const value = input[f];
    return typeof value === 'boolean' ? Number(value) : (value ?? null);
  });

  return {
    find,
    all: (db, orderBy = 'id') => (db.prepare(`SELECT * FROM ${spec.table} ORDER BY ${orderBy}`).all() as Row[]).map(spec.toRecord),
    save: (ctx, input) =>
      auditedWrite(ctx, () => {
        const before = input.id === undefined ? null : existing(ctx.db, input.id);
        spec.beforeWrite?.(ctx, input, before);
        const id = before
          ? (ctx.db.prepare(updateSql).run(...values(input), before.id), before.id)
          : Number(ctx.db.prepare(insertSql).run(...values(input)).lastInsertRowid);
        const after = existing(ctx.db, id);
        return { result: after, change: { action: before ? 'update' : 'create', entity: spec.entity, entityId: id, before, after } };
      }),
    delete: (ctx, id) =>
      auditedWrite(ctx, () => {
        const before = existing(ctx.db, id);
        ctx.db.prepare(`DELETE FROM ${spec.table} WHERE id = ?`).run(id);
        return { result: null, change: { action: 'delete', entity: spec.entity, entityId: id, before } };
      }),
  };
}
