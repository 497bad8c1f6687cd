import type { Db } from '../db/database';
import { recordIds, yearPeriod, type ExchangedDataset } from '../exchange/outbound/dataset';

type PetitionRow = {
  id: number; source: string; received_on: string; group_name: string | null; content: string; category: string; due_on: string; status: string;
  answer: string; answered_on: string | null; forwarded_to: string; forwarded_on: string | null; closed_on: string | null;
};

/**
 * Residents' petitions as the superior follows them up: what was raised, by which channel, and how and when
 * it was answered. The person (name, address, phone) and the officer assigned never leave the ward.
 */
function petitionEntries(db: Db) {
  const idOf = recordIds(db);
  const rows = db
    .prepare(
      `SELECT p.id, p.source, p.received_on, g.name AS group_name, p.content, p.category, p.due_on, p.status, p.answer, p.answered_on,
              p.forwarded_to, p.forwarded_on, p.closed_on
       FROM petition p LEFT JOIN residential_group g ON g.id = p.residential_group_id ORDER BY p.id`,
    )
    .all() as PetitionRow[];
  return rows.map((row) => ({
    id: idOf(row.id),
    period: yearPeriod(row.received_on),
    data: {
      source: row.source,
      receivedOn: row.received_on,
      residentialGroupName: row.group_name,
      content: row.content,
      category: row.category,
      dueOn: row.due_on,
      status: row.status,
      answer: row.answer,
      answeredOn: row.answered_on,
      forwardedTo: row.forwarded_to,
      forwardedOn: row.forwarded_on,
      closedOn: row.closed_on,
    },
  }));
}

export const petitionsExchange: ExchangedDataset = { dataset: 'petitions', schemaVersion: 1, label: 'Kiến nghị, phản ánh của người dân', records: petitionEntries };
