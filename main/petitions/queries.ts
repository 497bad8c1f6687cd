import { AppError } from '../api/errors';
import { PETITION_PAGE_SIZE, type ParsedPetitionFilter, type Petition, type PetitionSettings, type PetitionStatus, type SuggestionBoxOpening } from '../api/petitions';
import { foldVietnamese } from '../api/text';
import type { Db } from '../db/database';
import { allowedActions, categoryLabel, isOverdue, openStatuses, petitionRuleSet } from './rules';
import type { DatedReadContext } from '../calendar/service';

/** What reading the ledger needs: the day overdue is judged on, and whether the reader may see who wrote. */
export interface PetitionReadContext extends DatedReadContext {
  canSeePerson: boolean;
}

type Row = Record<string, unknown>;
const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
const nullableText = (value: unknown) => (value === null || value === undefined ? null : String(value));
const nullableId = (value: unknown) => (value === null || value === undefined ? null : Number(value));

const petitionSelect = `SELECT p.*, g.name AS group_name, s.full_name AS assignee_name
  FROM petition p LEFT JOIN residential_group g ON g.id = p.residential_group_id LEFT JOIN staff_member s ON s.id = p.assignee_id`;

function toPetition(row: Row, read: Pick<PetitionReadContext, 'today' | 'canSeePerson'>): Petition {
  const status = row.status as PetitionStatus;
  const dueOn = String(row.due_on);
  return {
    id: Number(row.id),
    source: row.source as Petition['source'],
    sourceNote: text(row.source_note),
    boxOpeningId: nullableId(row.box_opening_id),
    meetingId: nullableId(row.meeting_id),
    receivedOn: String(row.received_on),
    person: read.canSeePerson
      ? {
          name: text(row.person_name),
          address: text(row.person_address),
          phone: text(row.person_phone),
          residentialGroupId: nullableId(row.residential_group_id),
          residentialGroupName: nullableText(row.group_name),
        }
      : null,
    personHidden: !read.canSeePerson,
    content: String(row.content),
    category: String(row.category),
    categoryLabel: categoryLabel(String(row.category)),
    assigneeId: nullableId(row.assignee_id),
    assigneeName: nullableText(row.assignee_name),
    dueOn,
    status,
    overdue: isOverdue({ status, dueOn }, read.today),
    answer: text(row.answer),
    answeredOn: nullableText(row.answered_on),
    forwardedTo: text(row.forwarded_to),
    forwardedOn: nullableText(row.forwarded_on),
    closedOn: nullableText(row.closed_on),
    closingNote: text(row.closing_note),
    actions: allowedActions(status),
  };
}

function petitionRow(db: Db, id: number): Row {
  const row = db.prepare(`${petitionSelect} WHERE p.id = ?`).get(id) as Row | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy phản ánh, kiến nghị này.');
  return row;
}

export function getPetition(read: PetitionReadContext, id: number): Petition {
  return toPetition(petitionRow(read.db, id), read);
}

/** Trigrams need three characters: a shorter query is looked for row by row, with LIKE's wildcards taken literally. */
const TRIGRAM = 3;

function searchCondition(query: string, canSeePerson: boolean): { condition: string; value: string } {
  const folded = foldVietnamese(query);
  if ([...folded].length < TRIGRAM) {
    const searched = canSeePerson ? "p.search_text || ' ' || p.person_search" : 'p.search_text';
    return { condition: `${searched} LIKE @query ESCAPE '\\'`, value: `%${folded.replace(/[\\%_]/g, (char) => `\\${char}`)}%` };
  }
  const phrase = `"${folded.replaceAll('"', '""')}"`;
  // "+p.id": the period's index drives and the matches are a set to look in; driven by the matches,
  // SQLite would fetch every matching row of every year to check its date.
  return {
    condition: '+p.id IN (SELECT rowid FROM petition_search WHERE petition_search MATCH @query)',
    value: canSeePerson ? phrase : `search_text : ${phrase}`,
  };
}

const openList = openStatuses.map((status) => `'${status}'`).join(', ');

/**
 * The WHERE clause of a filter. Personal data is searched only for readers who may see it, so that
 * a search cannot tell a viewer whose name or phone an entry holds.
 */
function filterClause(filter: ParsedPetitionFilter, read: Pick<PetitionReadContext, 'today' | 'canSeePerson'>): { where: string; params: Record<string, unknown> } {
  const conditions = ['p.received_on BETWEEN @from AND @to'];
  const params: Record<string, unknown> = { from: filter.from, to: filter.to };
  const add = (condition: string, name: string, value: unknown) => {
    conditions.push(condition);
    params[name] = value;
  };
  if (filter.status !== null) add('p.status = @status', 'status', filter.status);
  if (filter.source !== null) add('p.source = @source', 'source', filter.source);
  if (filter.category !== null) add('p.category = @category', 'category', filter.category);
  if (filter.assigneeId !== null) add('p.assignee_id = @assigneeId', 'assigneeId', filter.assigneeId);
  if (filter.overdueOnly) add(`p.status IN (${openList}) AND p.due_on < @today`, 'today', read.today);
  if (filter.query !== '') {
    const search = searchCondition(filter.query, read.canSeePerson);
    add(search.condition, 'query', search.value);
  }
  return { where: conditions.join(' AND '), params };
}

export interface PetitionPage {
  rows: Petition[];
  total: number;
  page: number;
  pageSize: number;
  personHidden: boolean;
}

export function listPetitions(read: PetitionReadContext, filter: ParsedPetitionFilter & { page: number }): PetitionPage {
  const { where, params } = filterClause(filter, read);
  const total = Number((read.db.prepare(`SELECT count(*) AS n FROM petition p WHERE ${where}`).get(params) as { n: number }).n);
  // The page's ids come from the indexes alone; only those 50 rows are joined, however deep the page.
  const rows = read.db
    .prepare(
      `${petitionSelect} WHERE p.id IN (SELECT p.id FROM petition p WHERE ${where} ORDER BY p.received_on DESC, p.id DESC LIMIT @limit OFFSET @offset)
       ORDER BY p.received_on DESC, p.id DESC`,
    )
    .all({ ...params, limit: PETITION_PAGE_SIZE, offset: (filter.page - 1) * PETITION_PAGE_SIZE }) as Row[];
  return { rows: rows.map((row) => toPetition(row, read)), total, page: filter.page, pageSize: PETITION_PAGE_SIZE, personHidden: !read.canSeePerson };
}

/** Every entry of a filter, oldest first, for the exported list. */
export function allPetitions(read: PetitionReadContext, filter: ParsedPetitionFilter): Petition[] {
  const { where, params } = filterClause(filter, read);
  const rows = read.db.prepare(`${petitionSelect} WHERE ${where} ORDER BY p.received_on, p.id`).all(params) as Row[];
  return rows.map((row) => toPetition(row, read));
}

export function petitionSettingsOf(db: Db): PetitionSettings {
  const row = db.prepare('SELECT answer_working_days FROM petition_settings WHERE id = 1').get() as { answer_working_days: number } | undefined;
  return { answerWorkingDays: row?.answer_working_days ?? petitionRuleSet.defaultAnswerWorkingDays };
}

function toOpening(db: Db, row: Row): SuggestionBoxOpening {
  const ids = db.prepare('SELECT id FROM petition WHERE box_opening_id = ? ORDER BY id').all(row.id) as { id: number }[];
  return {
    id: Number(row.id),
    openedOn: String(row.opened_on),
    place: String(row.place),
    witnesses: JSON.parse(String(row.witnesses_json)) as string[],
    letterCount: Number(row.letter_count),
    note: text(row.note),
    petitionIds: ids.map((entry) => entry.id),
  };
}

export function getOpening(db: Db, id: number): SuggestionBoxOpening {
  return toOpening(db, db.prepare('SELECT * FROM suggestion_box_opening WHERE id = ?').get(id) as Row);
}

export function listOpenings(db: Db, year: number): SuggestionBoxOpening[] {
  const rows = db.prepare('SELECT * FROM suggestion_box_opening WHERE opened_on LIKE ? ORDER BY opened_on DESC, id DESC').all(`${year}-%`) as Row[];
  return rows.map((row) => toOpening(db, row));
}
