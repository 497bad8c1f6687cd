import type { Db } from '../../db/database';
import { recordHash } from '../envelope/canonical';
import type { RecordInput } from '../envelope/format';
import type { ExchangedDataset } from './dataset';

/** A record line to send and the state it leaves behind once the batch is written. */
export type OutgoingRecord = RecordInput & { dataset: string; period: string | null; hash: string; changed: boolean };

type StateRow = { record_id: string; ver: number; hash: string; deleted: number; schema_version: number; period: string | null; data_json: string };

function plainObject(dataset: string, id: string, data: unknown): Record<string, unknown> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error(`dataset ${dataset}: record ${id} has no object data`);
  return data as Record<string, unknown>;
}

/**
 * Versions the current records of one dataset against the state last sent: a new or changed record gets
 * ver + 1, a record gone since gets a tombstone (ver + 1, its last data); an unchanged one keeps its ver.
 * Tombstones already sent are returned unchanged too, so a snapshot carries them.
 */
function versionDataset(db: Db, source: ExchangedDataset, unitCode: string): OutgoingRecord[] {
  const states = new Map(
    (db.prepare('SELECT record_id, ver, hash, deleted, schema_version, period, data_json FROM exchange_record_state WHERE dataset = ?').all(source.dataset) as StateRow[]).map((s) => [s.record_id, s]),
  );
  const current = source.records(db).map(({ id, period, data }): OutgoingRecord => {
    const object = plainObject(source.dataset, id, data);
    const hash = recordHash(object);
    const state = states.get(id);
    states.delete(id);
    const changed = !state || state.hash !== hash || state.deleted === 1;
    const ver = changed ? (state?.ver ?? 0) + 1 : state.ver;
    return { dataset: source.dataset, id, unitCode, ver, deleted: false, hash, schemaVersion: source.schemaVersion, period, data: object, changed };
  });
  const gone = [...states.values()].map((s): OutgoingRecord => ({
    dataset: source.dataset,
    id: s.record_id,
    unitCode,
    ver: s.deleted === 1 ? s.ver : s.ver + 1,
    deleted: true,
    hash: s.hash,
    schemaVersion: s.schema_version,
    period: s.period,
    data: JSON.parse(s.data_json) as Record<string, unknown>,
    changed: s.deleted === 0,
  }));
  return [...current, ...gone];
}

export function versionAll(db: Db, sources: readonly ExchangedDataset[], unitCode: string): OutgoingRecord[] {
  return sources.flatMap((source) => versionDataset(db, source, unitCode));
}

/** Remembers what was sent in batch `seq`: only the records whose state changed. */
export function saveStates(db: Db, records: readonly OutgoingRecord[], seq: number): void {
  const upsert = db.prepare(
    `INSERT INTO exchange_record_state (dataset, record_id, ver, hash, deleted, schema_version, period, data_json, last_seq)
     VALUES (@dataset, @id, @ver, @hash, @deleted, @schemaVersion, @period, @dataJson, @seq)
     ON CONFLICT (dataset, record_id) DO UPDATE SET ver = excluded.ver, hash = excluded.hash, deleted = excluded.deleted,
       schema_version = excluded.schema_version, period = excluded.period, data_json = excluded.data_json, last_seq = excluded.last_seq`,
  );
  for (const r of records.filter((record) => record.changed)) {
    upsert.run({ dataset: r.dataset, id: r.id, ver: r.ver, hash: r.hash, deleted: r.deleted ? 1 : 0, schemaVersion: r.schemaVersion, period: r.period, dataJson: JSON.stringify(r.data), seq });
  }
}
