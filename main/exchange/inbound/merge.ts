import type { Db } from '../../db/database';
import type { RecordLine } from '../envelope/format';

export type MergeOutcome = 'new' | 'updated' | 'unchanged' | 'stale' | 'conflict';
export type Provenance = { unitCode: string; batchId: string; receivedAt: string };

/** The consolidated state of a record id; its owner is checked first: a unit may never overwrite another unit's record. */
export type Current = { unit_code: string; ver: number; hash: string };

/** The consolidated record table, read and written through statements prepared once per database. */
export type RecordMerger = {
  current(dataset: string, recordId: string): Current | undefined;
  merge(line: RecordLine, current: Current | undefined, from: Provenance): MergeOutcome;
};

const COLUMNS = '(dataset, record_id, unit_code, ver, hash, deleted, schema_version, data_json, batch_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

function statements(db: Db) {
  return {
    history: db.prepare(`INSERT OR IGNORE INTO exchange_record_history ${COLUMNS}`),
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
    current: (dataset, recordId) => s.current.get(dataset, recordId) as Current | undefined,
    merge(line, current, from) {
      const json = JSON.stringify(line.data);
      const values = row(line, json, from);
      s.history.run(values);
      if (!current) return (s.upsert.run(values), 'new');
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
