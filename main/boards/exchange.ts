import type { Db } from '../db/database';
import { attachmentRefs } from '../exchange/outbound/attachments';
import { recordIds, yearPeriod, type ExchangedDataset } from '../exchange/outbound/dataset';

type BoardRow = { id: number; kind: string; from_date: string; to_date: string | null; project_name: string; investor: string; project_value: number | null; members: number; inspections: number; supervisions: number };
type RecommendationRow = { date: string; subject: string; content: string; answered_on: string | null; answer: string };
type ActivityRow = { id: number; kind: string; date: string; subject: string };

/**
 * Each supervision board with its member and activity counts, the recommendations it made, answered or not, and
 * the files attached to its activities (minutes, photos).
 */
function boardRecords(db: Db) {
  const idOf = recordIds(db);
  const attachments = attachmentRefs(db);
  const activities = db.prepare(
    `SELECT a.id, a.kind, a.date, a.subject FROM board_activity a
     WHERE a.board_id = ? AND EXISTS (SELECT 1 FROM attachment f WHERE f.entity = 'boardActivity' AND f.entity_id = CAST(a.id AS TEXT)) ORDER BY a.date, a.id`,
  );
  const recommendations = db.prepare(
    `SELECT a.date, a.subject, r.content, r.answered_on, r.answer FROM board_recommendation r JOIN board_activity a ON a.id = r.activity_id
     WHERE a.board_id = ? ORDER BY a.date, r.id`,
  );
  const rows = db
    .prepare(
      `SELECT b.id, b.kind, b.from_date, b.to_date, b.project_name, b.investor, b.project_value,
              (SELECT count(*) FROM board_member m WHERE m.board_id = b.id) AS members,
              (SELECT count(*) FROM board_activity a WHERE a.board_id = b.id AND a.kind = 'inspection') AS inspections,
              (SELECT count(*) FROM board_activity a WHERE a.board_id = b.id AND a.kind = 'supervision') AS supervisions
       FROM board b ORDER BY b.id`,
    )
    .all() as BoardRow[];
  return rows.map((row) => ({
    id: idOf(row.id),
    period: yearPeriod(row.from_date),
    data: {
      kind: row.kind,
      fromDate: row.from_date,
      toDate: row.to_date,
      projectName: row.project_name,
      investor: row.investor,
      projectValue: row.project_value,
      memberCount: row.members,
      activityCounts: { inspection: row.inspections, supervision: row.supervisions },
      recommendations: (recommendations.all(row.id) as RecommendationRow[]).map((r) => ({
        activityDate: r.date,
        activitySubject: r.subject,
        content: r.content,
        answeredOn: r.answered_on,
        answer: r.answer,
      })),
      activityAttachments: (activities.all(row.id) as ActivityRow[]).map((a) => ({ date: a.date, kind: a.kind, subject: a.subject, attachments: attachments('boardActivity', a.id) })),
    },
  }));
}

export const boardsExchange: ExchangedDataset = { dataset: 'boards', schemaVersion: 2, label: 'Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng', records: boardRecords };
