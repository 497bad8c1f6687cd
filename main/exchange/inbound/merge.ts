import type { Db } from '../../db/database';
import type { RecordLine } from '../envelope/format';

export type MergeOutcome = 'new' | 'updated' | 'unchanged' | 'stale' | 'conflict';
export type Provenance = { unitCode: string; batchId: string; receivedAt: string };

/** The consolidated state of a record id. */
type Current = { unit_code: string; ver: number; hash: string };

/** A line that would overwrite another unit's record with the same id: never applied. */
export const OTHER_UNITS_RECORD = 'otherUnitsRecord';

/** The consolidated record table, read and written through statements prepared once per database. */
export type RecordMerger = {
  merge(line: RecordLine, from: Provenance): MergeOutcome | typeof OTHER_UNITS_RECORD;
};

const COLUMNS = '(dataset, record_id, unit_code, ver, hash, deleted, schema_version, data_json, batch_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

function statements(db: Db) {
  return {
    history: db.prepare(`INSERT OR IGNORE INTO exchange_record_history ${COLUMNS}`),
    insertNew: db.prepare(`INSERT INTO exchange_record ${COLUMNS} ON CONFLICT (dataset, record_id) DO NOTHING`),
    current: db.prepare('SELECT unit_code, ver, hash FROM exchange_record WHERE dataset = ? AND record_id = ?'),
    currentData: db.prepare('SELECT data_json FROM exchange_record WHERE dataset = ? AND record_id = ?').pluck(),
    upsert: db.prepare(
      `INSERT INTO exchange_record ${COLUMNS}
       ON CONFLICT (dataset, record_id) DO UPDATE SET ver = excluded.ver, hash = excluded.hash, deleted = excluded.deleted,
         schema_version = excluded.schema_version, data_json = excluded.data_json, batch_id = excluded.batch_id, received_at = excluded.received_at`,
    ),
    conflict: db.prepare(
      `INSERT OR IGNORE INTO exchange_conflict (dataset, record_id, unit_code, ver, hash_a, data_a_json, hash_b, data_b_json, detected_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
}

function row(line: RecordLine, json: string, from: Provenance): unknown[] {
  return [line.dataset, line.id, from.unitCode, line.ver, line.hash, line.deleted ? 1 : 0, line.schemaVersion, json, from.batchId, from.receivedAt];
}

const mergers = new WeakMap<Db, RecordMerger>();

/**
 * The merge of research §5: full record states, so it is commutative and idempotent. Higher `ver` wins; for a
 * conflict (same `ver`, other hash) the lower hash stays current, so any import order gives the same table.
 * Both versions of a conflict are kept, in hash order, so the same conflict seen twice, either way round, is one row.
 */
export function recordMerger(db: Db): RecordMerger {
  const known = mergers.get(db);
  if (known) return known;
  const s = statements(db);
  const merger: RecordMerger = {
    merge(line, from) {
      const json = JSON.stringify(line.data);
      const values = row(line, json, from);
      // Most lines are new: one INSERT decides it, without reading first.
      if (s.insertNew.run(values).changes === 1) return (s.history.run(values), 'new');
      const current = s.current.get(line.dataset, line.id) as Current;
      if (current.unit_code !== from.unitCode) return OTHER_UNITS_RECORD;
      s.history.run(values);
      if (line.ver > current.ver) return (s.upsert.run(values), 'updated');
      if (line.ver < current.ver) return 'stale';
      if (line.hash === current.hash) return 'unchanged';
      const kept = { hash: current.hash, json: s.currentData.get(line.dataset, line.id) as string };
      const [a, b] = line.hash < kept.hash ? [{ hash: line.hash, json }, kept] : [kept, { hash: line.hash, json }];
      s.conflict.run(line.dataset, line.id, from.unitCode, line.ver, a.hash, a.json, b.hash, b.json, from.receivedAt);
      if (line.hash < current.hash) s.upsert.run(values);
      return 'conflict';
    },
  };
  mergers.set(db, merger);
  return merger;
}
