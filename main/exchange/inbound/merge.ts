import type { Db } from '../../db/database';
import type { RecordLine } from '../envelope/format';

export type MergeOutcome = 'new' | 'updated' | 'unchanged' | 'stale' | 'conflict';
export type Provenance = { unitCode: string; batchId: string; receivedAt: string };

type Current = { ver: number; hash: string; data_json: string };

function upsert(db: Db, line: RecordLine, from: Provenance): void {
  db.prepare(
    `INSERT INTO exchange_record (dataset, record_id, unit_code, ver, hash, deleted, schema_version, data_json, batch_id, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (dataset, record_id) DO UPDATE SET ver = excluded.ver, hash = excluded.hash, deleted = excluded.deleted,
       schema_version = excluded.schema_version, data_json = excluded.data_json, batch_id = excluded.batch_id, received_at = excluded.received_at`,
  ).run(line.dataset, line.id, from.unitCode, line.ver, line.hash, line.deleted ? 1 : 0, line.schemaVersion, JSON.stringify(line.data), from.batchId, from.receivedAt);
}

/** Both versions are kept; the pair is stored in hash order so the same conflict seen twice, either way round, is one row. */
function recordConflict(db: Db, line: RecordLine, current: Current, from: Provenance): void {
  const incoming = { hash: line.hash, json: JSON.stringify(line.data) };
  const kept = { hash: current.hash, json: current.data_json };
  const [a, b] = incoming.hash < kept.hash ? [incoming, kept] : [kept, incoming];
  db.prepare(
    `INSERT OR IGNORE INTO exchange_conflict (dataset, record_id, unit_code, ver, hash_a, data_a_json, hash_b, data_b_json, detected_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(line.dataset, line.id, from.unitCode, line.ver, a.hash, a.json, b.hash, b.json, from.receivedAt);
}

/**
 * The merge of research §5: full record states, so it is commutative and idempotent. Higher `ver` wins; for a
 * conflict (same `ver`, other hash) the lower hash stays current, so any import order gives the same table.
 */
export function mergeRecord(db: Db, line: RecordLine, from: Provenance): MergeOutcome {
  db.prepare(
    `INSERT OR IGNORE INTO exchange_record_history (dataset, record_id, unit_code, ver, hash, deleted, schema_version, data_json, batch_id, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(line.dataset, line.id, from.unitCode, line.ver, line.hash, line.deleted ? 1 : 0, line.schemaVersion, JSON.stringify(line.data), from.batchId, from.receivedAt);
  const current = db.prepare('SELECT ver, hash, data_json FROM exchange_record WHERE dataset = ? AND record_id = ?').get(line.dataset, line.id) as Current | undefined;
  if (!current) return (upsert(db, line, from), 'new');
  if (line.ver > current.ver) return (upsert(db, line, from), 'updated');
  if (line.ver < current.ver) return 'stale';
  if (line.hash === current.hash) return 'unchanged';
  recordConflict(db, line, current, from);
  if (line.hash < current.hash) upsert(db, line, from);
  return 'conflict';
}

/** The owner of a record id already consolidated, if any: a unit may never overwrite another unit's record. */
export function ownerOf(db: Db, dataset: string, recordId: string): string | undefined {
  return db.prepare('SELECT unit_code FROM exchange_record WHERE dataset = ? AND record_id = ?').pluck().get(dataset, recordId) as string | undefined;
}
