import type { BoardKind } from '../api/boards';
import type { Db } from '../db/database';

export interface BoardsPeriodCounts {
  /** Inspections and supervision visits held in the period, per kind of board. */
  activities: Record<BoardKind, number>;
  /** Recommendations made at activities held in the period. */
  recommendationsMade: number;
  /** Recommendations the ward answered in the period, whenever they were made. */
  recommendationsAnswered: number;
}

/** The boards' part of the quarterly report on democracy implementation; `from` and `to` are ISO dates, both included. */
export function boardsPeriodCounts(db: Db, from: string, to: string): BoardsPeriodCounts {
  const perKind = db
    .prepare('SELECT b.kind, count(*) AS n FROM board_activity a JOIN board b ON b.id = a.board_id WHERE a.date BETWEEN ? AND ? GROUP BY b.kind')
    .all(from, to) as { kind: BoardKind; n: number }[];
  const made = db
    .prepare('SELECT count(*) AS n FROM board_recommendation r JOIN board_activity a ON a.id = r.activity_id WHERE a.date BETWEEN ? AND ?')
    .get(from, to) as { n: number };
  const answered = db.prepare('SELECT count(*) AS n FROM board_recommendation WHERE answered_on BETWEEN ? AND ?').get(from, to) as { n: number };
  return {
    activities: { inspection: 0, investmentSupervision: 0, ...Object.fromEntries(perKind.map((row) => [row.kind, row.n])) },
    recommendationsMade: made.n,
    recommendationsAnswered: answered.n,
  };
}
