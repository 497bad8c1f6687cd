/** Reading the register: its own records and the budget stages disclosed on the budget screen (K2), as one list. */
import { AppError } from '../api/errors';
import { budgetStages, type BudgetStage } from '../api/budget';
import type { Disclosure, DisclosureFilter, DisclosureForm } from '../api/disclosures';
import { foldVietnamese } from '../api/text';
import { stageSubject } from '../budget/documents';
import type { Db } from '../db/database';
import { disclosureDeadline, disclosureWarnings, groupRules } from './rules';
import type { DatedReadContext } from '../calendar/service';

interface Row {
  id: number;
  content_group: Disclosure['group'];
  title: string;
  summary: string;
  decision_number: string;
  decision_date: string | null;
  channels_json: string;
  planned_on: string | null;
  disclosed_on: string | null;
  posting_from: string | null;
  posting_to: string | null;
  posting_permanent: number;
  loudspeaker_days: number | null;
  posted_at_headquarters: number;
  residential_group_ids_json: string;
  status: Disclosure['status'];
  replaces_id: number | null;
  replaced_by_id: number | null;
  consultation_id: number | null;
  owner: string;
  note: string;
}

const SELECT = `SELECT d.*, (SELECT n.id FROM disclosure n WHERE n.replaces_id = d.id) AS replaced_by_id FROM disclosure d`;

function groupNames(db: Db): Map<number, string> {
  const rows = db.prepare('SELECT id, name FROM residential_group').all() as { id: number; name: string }[];
  return new Map(rows.map((row) => [row.id, row.name]));
}

function toDisclosure(row: Row, read: DatedReadContext, names: Map<number, string>): Disclosure {
  const channels = JSON.parse(row.channels_json) as DisclosureForm[];
  const residentialGroupIds = JSON.parse(row.residential_group_ids_json) as number[];
  const deadline = disclosureDeadline(groupRules(row.content_group), row.decision_date, read.days);
  const facts = {
    group: row.content_group,
    status: row.status,
    channels,
    deadline,
    disclosedOn: row.disclosed_on,
    postingFrom: row.posting_from,
    postingTo: row.posting_to,
    postingPermanent: row.posting_permanent === 1,
    loudspeakerDays: row.loudspeaker_days,
  };
  return {
    ...facts,
    key: `register:${row.id}`,
    source: 'register',
    id: row.id,
    title: row.title,
    summary: row.summary,
    decisionNumber: row.decision_number,
    decisionDate: row.decision_date,
    plannedOn: row.planned_on,
    postedAtHeadquarters: row.posted_at_headquarters === 1,
    residentialGroupIds,
    residentialGroupNames: residentialGroupIds.map((groupId) => names.get(groupId) ?? `Tổ đã xóa (mã ${groupId})`),
    replacesId: row.replaces_id,
    replacedById: row.replaced_by_id,
    consultationId: row.consultation_id,
    owner: row.owner,
    note: row.note,
    budgetYear: null,
    warnings: disclosureWarnings(facts, read.today),
  };
}

export function getDisclosure(read: DatedReadContext, id: number): Disclosure {
  const row = read.db.prepare(`${SELECT} WHERE d.id = ?`).get(id) as Row | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy bản ghi công khai này.');
  return toDisclosure(row, read, groupNames(read.db));
}

/** The budget's own channel names, as forms of Art. 12(1). */
const budgetForms: Record<string, DisclosureForm> = {
  postingHeadquarters: 'posting',
  postingResidentialGroups: 'posting',
  loudspeaker: 'loudspeaker',
  portal: 'portal',
  noticeToPartyAndOrganisations: 'massOrganisations',
  noticeToGroupHeads: 'groupHeads',
  other: 'other',
};

interface BudgetRow {
  year: number;
  stage: BudgetStage;
  version: number;
  status: string;
  resolution_number: string;
  resolution_date: string | null;
  posted_on: string;
  channels_json: string;
  posting_days: number;
  performed_by: string;
  note: string;
}

const BUDGET_SELECT = `SELECT s.year, s.stage, r.version, r.status, s.resolution_number, s.resolution_date, d.posted_on, d.channels_json, d.posting_days, d.performed_by, d.note
  FROM budget_report r JOIN budget_stage s ON s.id = r.stage_id JOIN budget_disclosure d ON d.report_id = r.id`;

function addDays(day: string, count: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + count * 86_400_000).toISOString().slice(0, 10);
}

function budgetDisclosure(row: BudgetRow): Disclosure {
  const budgetChannels = JSON.parse(row.channels_json) as string[];
  const channels = [...new Set(budgetChannels.map((channel) => budgetForms[channel] ?? 'other'))];
  const version = row.version > 1 ? ` (bản điều chỉnh lần ${row.version - 1})` : '';
  return {
    key: `budget:${row.year}:${row.stage}:${row.version}`,
    source: 'budget',
    id: null,
    group: 'K2',
    title: `Công khai ${stageSubject[row.stage]} năm ${row.year}${version}`,
    summary: '',
    decisionNumber: row.resolution_number,
    decisionDate: row.resolution_date,
    // The budget screen computes and shows the TT 343 deadline of each stage; it is not repeated here.
    deadline: null,
    channels,
    plannedOn: null,
    disclosedOn: row.posted_on,
    postingFrom: row.posted_on,
    postingTo: addDays(row.posted_on, row.posting_days - 1),
    postingPermanent: false,
    loudspeakerDays: null,
    postedAtHeadquarters: budgetChannels.includes('postingHeadquarters'),
    residentialGroupIds: [],
    residentialGroupNames: [],
    status: row.status === 'superseded' ? 'reDisclosed' : 'posted',
    replacesId: null,
    replacedById: null,
    consultationId: null,
    owner: row.performed_by,
    note: row.note,
    budgetYear: row.year,
    warnings: [],
  };
}

/** The disclosed budget stages posted between `from` and `to` (both included), as K2 rows. */
export function budgetDisclosures(db: Db, from: string, to: string): Disclosure[] {
  const rows = db.prepare(`${BUDGET_SELECT} WHERE d.posted_on BETWEEN ? AND ?`).all(from, to) as BudgetRow[];
  return rows.filter((row) => budgetStages.includes(row.stage)).map(budgetDisclosure);
}

/** The date a record is listed under: when it was disclosed, else when it is planned, else its decision. */
export const listedOn = (entry: Disclosure): string => entry.disclosedOn ?? entry.plannedOn ?? entry.decisionDate ?? '';

/** The first and last day of a year, or of one of its quarters. */
export function quarterRange(year: number, quarter: number | null): [string, string] {
  if (quarter === null) return [`${year}-01-01`, `${year}-12-31`];
  const last = ['03-31', '06-30', '09-30', '12-31'][quarter - 1]!;
  return [`${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`, `${year}-${last}`];
}

function matchesSearch(entry: Disclosure, folded: string): boolean {
  if (folded === '') return true;
  const text = [entry.title, entry.summary, entry.decisionNumber, entry.owner, entry.note, entry.group].join(' ');
  return foldVietnamese(text).includes(folded);
}

/** Register records and K2 rows of the filter's year (or quarter), oldest first; search ignores diacritics. */
export function listDisclosures(read: DatedReadContext, filter: DisclosureFilter): Disclosure[] {
  const [from, to] = quarterRange(filter.year, filter.quarter);
  const names = groupNames(read.db);
  const rows = read.db
    .prepare(`${SELECT} WHERE COALESCE(d.disclosed_on, d.planned_on, d.decision_date) BETWEEN ? AND ?`)
    .all(from, to) as Row[];
  const folded = foldVietnamese(filter.search.trim());
  return [...rows.map((row) => toDisclosure(row, read, names)), ...budgetDisclosures(read.db, from, to)]
    .filter((entry) => (filter.group === null || entry.group === filter.group) && (filter.status === null || entry.status === filter.status))
    .filter((entry) => matchesSearch(entry, folded))
    .sort((a, b) => listedOn(a).localeCompare(listedOn(b)) || a.key.localeCompare(b.key));
}
