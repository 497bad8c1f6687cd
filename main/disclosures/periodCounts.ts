import { contentGroupKeys, type ContentGroupKey } from '../api/disclosures';
import type { Db } from '../db/database';
import { budgetDisclosures } from './queries';

export interface DisclosuresPeriodCounts {
  /** Disclosures made in the period (register records disclosed, and disclosed budget stages as K2), per group. */
  disclosuresByGroup: Record<ContentGroupKey, number>;
  disclosuresTotal: number;
  /** Consultations that started in the period. */
  consultationsHeld: number;
}

/** The counts the quarterly report on democracy implementation uses; `from` and `to` are ISO dates, both included. */
export function disclosuresPeriodCounts(db: Db, from: string, to: string): DisclosuresPeriodCounts {
  const byGroup = Object.fromEntries(contentGroupKeys.map((key) => [key, 0])) as Record<ContentGroupKey, number>;
  const rows = db.prepare('SELECT content_group, COUNT(*) AS n FROM disclosure WHERE disclosed_on BETWEEN ? AND ? GROUP BY content_group').all(from, to) as { content_group: ContentGroupKey; n: number }[];
  for (const row of rows) byGroup[row.content_group] += row.n;
  byGroup.K2 += budgetDisclosures(db, from, to).length;
  const consultations = db.prepare('SELECT COUNT(*) AS n FROM consultation WHERE start_date BETWEEN ? AND ?').get(from, to) as { n: number };
  return { disclosuresByGroup: byGroup, disclosuresTotal: Object.values(byGroup).reduce((sum, n) => sum + n, 0), consultationsHeld: consultations.n };
}
