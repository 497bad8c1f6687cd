import type { Db } from '../db/database';
import type { CoverRow, ProblemRow, Unit } from './completeness';

export function registeredUnits(db: Db): Unit[] {
  return db.prepare('SELECT unit_code AS unitCode, name AS unitName FROM exchange_unit ORDER BY unit_code').all() as Unit[];
}

const inList = (values: readonly string[]) => values.map(() => '?').join(', ');

export function coversOf(db: Db, periods: readonly string[]): CoverRow[] {
  if (periods.length === 0) return [];
  const rows = db
    .prepare(`SELECT unit_code AS unitCode, dataset, period, complete, received_at AS receivedAt FROM exchange_cover WHERE period IN (${inList(periods)})`)
    .all(...periods) as (Omit<CoverRow, 'complete'> & { complete: number })[];
  return rows.map((row) => ({ ...row, complete: row.complete === 1 }));
}

/**
 * Rejected lines and conflicts per unit, dataset and period. Neither carries a period of its own: a rejected line
 * counts for the periods its batch covered in that dataset, a conflict for those of the batch its current record came in.
 * A rejected line stops counting once the ward has fixed it: a later batch of the unit brought that record in, or
 * resent the whole cell (a complete cover) without any rejected line of that dataset. "Later" is the order of application.
 * A conflict counts while its row exists: nothing resolves one yet. Each record counts once, however often it was rejected.
 */
export function problemsOf(db: Db, periods: readonly string[]): ProblemRow[] {
  if (periods.length === 0) return [];
  const rows = db
    .prepare(
      `WITH rejected AS (
         SELECT c.unit_code, c.dataset, c.period, count(DISTINCT r.record_id) AS n FROM exchange_rejected_line r
         JOIN exchange_batch b ON b.batch_id = r.batch_id
         JOIN exchange_cover c ON c.batch_id = r.batch_id AND c.dataset = r.dataset
         WHERE NOT EXISTS (
             SELECT 1 FROM exchange_record_history h JOIN exchange_batch later ON later.batch_id = h.batch_id
             WHERE h.dataset = r.dataset AND h.record_id = r.record_id AND h.unit_code = r.unit_code AND later.id > b.id)
           AND NOT EXISTS (
             SELECT 1 FROM exchange_cover resent JOIN exchange_batch later ON later.batch_id = resent.batch_id
             WHERE resent.unit_code = c.unit_code AND resent.dataset = c.dataset AND resent.period = c.period AND resent.complete = 1 AND later.id > b.id
               AND NOT EXISTS (SELECT 1 FROM exchange_rejected_line again WHERE again.batch_id = resent.batch_id AND again.dataset = resent.dataset))
         GROUP BY c.unit_code, c.dataset, c.period),
       conflicts AS (
         SELECT c.unit_code, c.dataset, c.period, count(DISTINCT x.id) AS n FROM exchange_conflict x
         JOIN exchange_record rec ON rec.dataset = x.dataset AND rec.record_id = x.record_id
         JOIN exchange_cover c ON c.batch_id = rec.batch_id AND c.dataset = x.dataset GROUP BY c.unit_code, c.dataset, c.period),
       keys AS (SELECT unit_code, dataset, period FROM rejected UNION SELECT unit_code, dataset, period FROM conflicts)
       SELECT k.unit_code AS unitCode, k.dataset, k.period, coalesce(r.n, 0) AS rejected, coalesce(x.n, 0) AS conflicts FROM keys k
       LEFT JOIN rejected r USING (unit_code, dataset, period) LEFT JOIN conflicts x USING (unit_code, dataset, period)
       WHERE k.period IN (${inList(periods)})`,
    )
    .all(...periods) as ProblemRow[];
  return rows;
}

/** A consolidated record as the tables read it: its unit and its data, not yet checked. */
export type UnitRecord = Unit & { data: unknown };

/** Where each dataset keeps the year the tables filter on. */
const yearOf = {
  budget_stages: "json_extract(r.data_json, '$.year')",
  evaluation_grades: "json_extract(r.data_json, '$.year')",
  criteria_assessments: "json_extract(r.data_json, '$.year')",
  meeting_minutes: "CAST(substr(json_extract(r.data_json, '$.date'), 1, 4) AS INTEGER)",
} satisfies Record<string, string>;
export type TableDataset = keyof typeof yearOf;

/** The current (not deleted) records of a dataset for a year, from registered units, unit by unit. */
export function recordsOf(db: Db, dataset: TableDataset, year: number): UnitRecord[] {
  const rows = db
    .prepare(
      `SELECT r.unit_code AS unitCode, u.name AS unitName, r.data_json AS dataJson FROM exchange_record r JOIN exchange_unit u ON u.unit_code = r.unit_code
       WHERE r.dataset = ? AND r.deleted = 0 AND ${yearOf[dataset]} = ? ORDER BY r.unit_code, r.record_id`,
    )
    .all(dataset, year) as (Unit & { dataJson: string })[];
  return rows.map(({ dataJson, ...unit }) => ({ ...unit, data: JSON.parse(dataJson) as unknown }));
}

/** Criteria set names known here (the superior publishes the sets), by `id version`. */
export function criteriaSetNames(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT id, version, name FROM criteria_set').all() as { id: string; version: number; name: string }[];
  return new Map(rows.map((row) => [`${row.id} ${row.version}`, row.name]));
}
