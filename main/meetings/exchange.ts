import type { Meeting } from '../api/meetings';
import type { Db } from '../db/database';
import { attachmentRefs } from '../exchange/outbound/attachments';
import { recordIds, yearPeriod, type ExchangedDataset } from '../exchange/outbound/dataset';

/** The latest finalized minutes of each meeting: type, date, title, counts, the decisions with their votes and the files attached (signed minutes, photos). */
function finalizedMinutes(db: Db) {
  const idOf = recordIds(db);
  const attachments = attachmentRefs(db);
  const rows = db
    .prepare(
      `SELECT v.meeting_id, v.version, v.finalized_at, v.minutes_number, v.resolution_number, v.snapshot_json
       FROM minutes_version v
       WHERE v.version = (SELECT max(version) FROM minutes_version WHERE meeting_id = v.meeting_id)
       ORDER BY v.meeting_id`,
    )
    .all() as { meeting_id: number; version: number; finalized_at: string; minutes_number: string | null; resolution_number: string | null; snapshot_json: string }[];
  return rows.map((row) => {
    const meeting = JSON.parse(row.snapshot_json) as Meeting;
    return {
      id: idOf(row.meeting_id),
      period: yearPeriod(meeting.date),
      data: {
        type: meeting.type,
        date: meeting.date,
        title: meeting.title,
        residentialGroupName: meeting.residentialGroupName,
        minutesVersion: row.version,
        finalizedAt: row.finalized_at,
        minutesNumber: row.minutes_number,
        resolutionNumber: row.resolution_number,
        eligibleCount: meeting.eligibleCount,
        presentCount: meeting.presentCount,
        decisions: meeting.agenda
          .filter((item) => item.kind !== 'discussion')
          .map((item) => ({
            title: item.title,
            kind: item.kind,
            matter: item.matter,
            vote: item.vote,
            seats: item.seats,
            passed: item.result?.passed ?? null,
            elected: item.result?.elected ?? [],
          })),
        attachments: attachments('meeting', row.meeting_id),
      },
    };
  });
}

export const meetingsExchange: ExchangedDataset = { dataset: 'meeting_minutes', schemaVersion: 2, label: 'Biên bản hội nghị, cuộc họp', records: finalizedMinutes };
