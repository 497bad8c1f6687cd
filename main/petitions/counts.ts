import { petitionSources, type PetitionSource } from '../api/petitions';
import type { Db } from '../db/database';

export interface PetitionCounts {
  received: number;
  answered: number;
  forwarded: number;
  /** Open on `to` after their deadline: received by then, not answered, forwarded or closed by then. */
  overdue: number;
}

export interface PetitionPeriodCounts extends PetitionCounts {
  bySource: Record<PetitionSource, PetitionCounts>;
}

/**
 * The petitions part of the quarterly report on democracy implementation, for `from`–`to`
 * (ISO dates, both included). Overdue is judged as the ledger stood on `to`.
 */
export function petitionsPeriodCounts(db: Db, from: string, to: string): PetitionPeriodCounts {
  const rows = db
    .prepare(
      `SELECT source,
         sum(received_on BETWEEN @from AND @to) AS received,
         sum(answered_on BETWEEN @from AND @to) AS answered,
         sum(forwarded_on BETWEEN @from AND @to) AS forwarded,
         sum(received_on <= @to AND due_on < @to
             AND min(coalesce(answered_on, '9999'), coalesce(forwarded_on, '9999'), coalesce(closed_on, '9999')) > @to) AS overdue
       FROM petition WHERE received_on <= @to GROUP BY source`,
    )
    .all({ from, to }) as ({ source: PetitionSource } & Record<keyof PetitionCounts, number | null>)[];
  const zero = (): PetitionCounts => ({ received: 0, answered: 0, forwarded: 0, overdue: 0 });
  const bySource = Object.fromEntries(petitionSources.map((source) => [source, zero()])) as Record<PetitionSource, PetitionCounts>;
  const total = zero();
  for (const row of rows) {
    for (const key of ['received', 'answered', 'forwarded', 'overdue'] as const) {
      bySource[row.source][key] = row[key] ?? 0;
      total[key] += row[key] ?? 0;
    }
  }
  return { ...total, bySource };
}
