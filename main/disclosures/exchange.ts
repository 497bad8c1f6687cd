import type { Db } from '../db/database';
import { attachmentRefs } from '../exchange/outbound/attachments';
import { recordIds, yearPeriod, type ExchangedDataset } from '../exchange/outbound/dataset';

type DisclosureRow = {
  id: number; content_group: string; title: string; summary: string; decision_number: string; decision_date: string | null;
  channels_json: string; planned_on: string | null; disclosed_on: string | null; posting_from: string | null; posting_to: string | null;
  posting_permanent: number; loudspeaker_days: number | null; posted_at_headquarters: number; status: string; replaces_id: number | null;
};

/** The register of disclosures (what, when, how, how long) with the photos of the posting, as the superior checks it against the law's list. */
function disclosureRegister(db: Db) {
  const idOf = recordIds(db);
  const attachments = attachmentRefs(db);
  const rows = db
    .prepare(
      `SELECT id, content_group, title, summary, decision_number, decision_date, channels_json, planned_on, disclosed_on, posting_from, posting_to,
              posting_permanent, loudspeaker_days, posted_at_headquarters, status, replaces_id
       FROM disclosure ORDER BY id`,
    )
    .all() as DisclosureRow[];
  return rows.map((row) => ({
    id: idOf(row.id),
    period: yearPeriod(row.disclosed_on ?? row.planned_on),
    data: {
      group: row.content_group,
      title: row.title,
      summary: row.summary,
      decisionNumber: row.decision_number,
      decisionDate: row.decision_date,
      channels: JSON.parse(row.channels_json) as unknown,
      plannedOn: row.planned_on,
      disclosedOn: row.disclosed_on,
      postingFrom: row.posting_from,
      postingTo: row.posting_to,
      postingPermanent: row.posting_permanent === 1,
      loudspeakerDays: row.loudspeaker_days,
      postedAtHeadquarters: row.posted_at_headquarters === 1,
      status: row.status,
      replaces: row.replaces_id === null ? null : idOf(row.replaces_id),
      attachments: attachments('disclosure', row.id),
    },
  }));
}

export const disclosuresExchange: ExchangedDataset = { dataset: 'disclosures', schemaVersion: 2, label: 'Sổ theo dõi công khai thông tin', records: disclosureRegister };
