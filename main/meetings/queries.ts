import { AppError } from '../api/errors';
import type {
  AgendaItem,
  Candidate,
  ConsultationComment,
  FollowUpTask,
  Meeting,
  MeetingStage,
  MeetingSummary,
  MeetingType,
  MeetingTypeRules,
  MinutesVersion,
  Opinion,
  Participant,
  PreparationStep,
  QuorumStatus,
  VoteCounts,
} from '../api/meetings';
import type { Db } from '../db/database';
import { matterOf, typeRules } from './ruleSet';
import { decideElection, decideVote, noticeWarning, quorumStatus, stepDueDate, type Attendance } from './rules';
import type { DatedReadContext } from '../calendar/service';

type Row = Record<string, unknown>;
const text = (value: unknown) => String(value ?? '');
const nullableText = (value: unknown) => (value === null || value === undefined ? null : String(value));
const json = <T>(value: unknown): T => JSON.parse(String(value)) as T;

export interface MeetingRow {
  id: number;
  type: MeetingType;
  status: 'draft' | 'finalized';
  date: string;
  title: string;
  eligibleCount: number;
  presentCount: number | null;
  residentialGroupId: number | null;
}

export function meetingRow(db: Db, id: number): MeetingRow {
  const row = db.prepare('SELECT id, type, status, date, title, eligible_count, present_count, residential_group_id FROM meeting WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy cuộc họp này. Có thể cuộc họp đã bị xóa.');
  return {
    id: Number(row.id),
    type: row.type as MeetingType,
    status: row.status as MeetingRow['status'],
    date: text(row.date),
    title: text(row.title),
    eligibleCount: Number(row.eligible_count),
    presentCount: row.present_count === null ? null : Number(row.present_count),
    residentialGroupId: row.residential_group_id === null ? null : Number(row.residential_group_id),
  };
}

function participants(db: Db, meetingId: number): Meeting['participants'] {
  const rows = db.prepare('SELECT * FROM meeting_participant WHERE meeting_id = ? ORDER BY position').all(meetingId) as Row[];
  return rows.map((row) => ({
    id: Number(row.id),
    kind: row.kind as Participant['kind'],
    staffMemberId: row.staff_member_id === null ? null : Number(row.staff_member_id),
    name: text(row.name),
    detail: text(row.detail),
    present: row.present === null ? null : row.present === 1,
  }));
}

function voteOf(row: Row): VoteCounts | null {
  if (row.vote_method === null) return null;
  return {
    method: row.vote_method as VoteCounts['method'],
    for: Number(row.votes_for ?? 0),
    against: Number(row.votes_against ?? 0),
    abstain: Number(row.votes_abstain ?? 0),
    invalid: Number(row.votes_invalid ?? 0),
    countingBoard: json<string[]>(row.counting_board_json),
  };
}

type AgendaRecord = Omit<AgendaItem, 'result'>;

/** Rows of an agenda item's child table for a whole meeting in one query, grouped by item. */
function childrenByItem(db: Db, table: 'opinion' | 'election_candidate', meetingId: number): Map<number, Row[]> {
  const rows = db
    .prepare(`SELECT * FROM ${table} WHERE agenda_item_id IN (SELECT id FROM agenda_item WHERE meeting_id = ?) ORDER BY agenda_item_id, position`)
    .all(meetingId) as Row[];
  const byItem = new Map<number, Row[]>();
  for (const row of rows) byItem.set(Number(row.agenda_item_id), [...(byItem.get(Number(row.agenda_item_id)) ?? []), row]);
  return byItem;
}

/** The agenda of a meeting; a list only needs the decisions, so it can leave the opinions out. */
function agendaRecords(db: Db, meetingId: number, options: { opinions: boolean } = { opinions: true }): AgendaRecord[] {
  const items = db.prepare('SELECT * FROM agenda_item WHERE meeting_id = ? ORDER BY position').all(meetingId) as Row[];
  const opinions = options.opinions ? childrenByItem(db, 'opinion', meetingId) : new Map<number, Row[]>();
  const candidates = childrenByItem(db, 'election_candidate', meetingId);
  return items.map((row) => ({
    id: Number(row.id),
    position: Number(row.position),
    title: text(row.title),
    presenter: text(row.presenter),
    content: text(row.content),
    kind: row.kind as AgendaItem['kind'],
    matter: nullableText(row.matter),
    opinions: (opinions.get(Number(row.id)) ?? []).map(
      (o): Opinion => ({ speaker: text(o.speaker), summary: text(o.summary), answeredBy: text(o.answered_by), answer: text(o.answer) }),
    ),
    vote: voteOf(row),
    seats: row.seats === null ? null : Number(row.seats),
    candidates: (candidates.get(Number(row.id)) ?? []).map(
      (c): Candidate => ({ name: text(c.name), staffMemberId: c.staff_member_id === null ? null : Number(c.staff_member_id), position: text(c.staff_position), votes: Number(c.votes) }),
    ),
    conclusion: text(row.conclusion),
  }));
}

/** The result of each vote or election item under its matter's rule; null where nothing was decided yet. */
function withResults(rules: MeetingTypeRules, attendance: Attendance, quorum: QuorumStatus | null, items: readonly AgendaRecord[]): AgendaItem[] {
  return items.map((item) => {
    const matter = matterOf(rules, item.matter);
    if (!matter || item.kind === 'discussion') return { ...item, result: null };
    if (item.kind === 'election') {
      const decided = item.seats !== null && item.candidates.some((c) => c.votes > 0);
      return { ...item, result: decided ? decideElection(matter, item.seats!, item.candidates, attendance, rules, quorum) : null };
    }
    return { ...item, result: item.vote ? decideVote(matter, item.vote, attendance, rules, quorum) : null };
  });
}

function tasks(db: Db, meetingId: number): FollowUpTask[] {
  const rows = db.prepare('SELECT * FROM meeting_task WHERE meeting_id = ? ORDER BY due_date IS NULL, due_date, id').all(meetingId) as Row[];
  return rows.map((row) => ({
    id: Number(row.id),
    meetingId,
    description: text(row.description),
    owner: text(row.owner),
    dueDate: nullableText(row.due_date),
    doneOn: nullableText(row.done_on),
    note: text(row.note),
  }));
}

function preparation(db: Db, rules: MeetingTypeRules, meetingId: number, date: string, today: string): PreparationStep[] {
  const rows = db.prepare('SELECT step_key, done_on, note FROM meeting_preparation WHERE meeting_id = ?').all(meetingId) as Row[];
  const recorded = new Map(rows.map((row) => [text(row.step_key), row]));
  return rules.preparationSteps.map((step) => {
    const row = recorded.get(step.key);
    const dueDate = stepDueDate(date, step);
    const doneOn = nullableText(row?.done_on);
    return { key: step.key, label: step.label, legalBasis: step.legalBasis, dueDate, doneOn, note: text(row?.note), overdue: doneOn === null && dueDate < today };
  });
}

function consultation(db: Db, meetingId: number): ConsultationComment[] {
  const rows = db.prepare('SELECT * FROM consultation_comment WHERE meeting_id = ? ORDER BY topic, department, received_on, id').all(meetingId) as Row[];
  return rows.map((row) => ({
    id: Number(row.id),
    meetingId,
    topic: text(row.topic),
    department: text(row.department),
    summary: text(row.summary),
    receivedOn: text(row.received_on),
  }));
}

export function minutesVersions(db: Db, meetingId: number): MinutesVersion[] {
  const rows = db
    .prepare(
      `SELECT v.version, v.finalized_at, coalesce(a.full_name, '') AS finalized_by, v.reason, v.minutes_number, v.resolution_number
       FROM minutes_version v LEFT JOIN account a ON a.id = v.finalized_by WHERE v.meeting_id = ? ORDER BY v.version`,
    )
    .all(meetingId) as Row[];
  return rows.map((row) => ({
    version: Number(row.version),
    finalizedAt: text(row.finalized_at),
    finalizedBy: text(row.finalized_by),
    reason: text(row.reason),
    minutesNumber: nullableText(row.minutes_number),
    resolutionNumber: nullableText(row.resolution_number),
  }));
}

/** The meeting exactly as finalized in `version`. */
export function minutesSnapshot(db: Db, meetingId: number, version: number): Meeting {
  const row = db.prepare('SELECT snapshot_json FROM minutes_version WHERE meeting_id = ? AND version = ?').get(meetingId, version) as Row | undefined;
  if (!row) throw new AppError('NOT_FOUND', `Biên bản chưa có phiên bản ${version}.`);
  return json<Meeting>(row.snapshot_json);
}

/** Register rows of a meeting's UBND invitation (see invitationNumber.ts). */
export const INVITATION_ENTITY = 'meetingInvitation';

/**
 * The symbol taken for the meeting's invitation, or null. A meeting id is reused after the last meeting
 * is deleted, so a row registered before the meeting was created belongs to the deleted one.
 */
function invitationNumber(db: Db, meetingId: number, createdAt: string): string | null {
  const row = db
    .prepare('SELECT symbol FROM document_register WHERE entity = ? AND entity_id = ? AND created_at >= ? ORDER BY id LIMIT 1')
    .get(INVITATION_ENTITY, String(meetingId), createdAt) as { symbol: string } | undefined;
  return row?.symbol ?? null;
}

function stageOf(status: MeetingRow['status'], versions: number, held: boolean): MeetingStage {
  if (status === 'finalized') return 'finalized';
  if (versions > 0) return 'correcting';
  return held ? 'held' : 'planned';
}

export function getMeeting(read: DatedReadContext, id: number): Meeting {
  const { db } = read;
  const row = db.prepare('SELECT m.*, g.name AS group_name FROM meeting m LEFT JOIN residential_group g ON g.id = m.residential_group_id WHERE m.id = ?').get(id) as
    | Row
    | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy cuộc họp này. Có thể cuộc họp đã bị xóa.');
  const type = row.type as MeetingType;
  const rules = typeRules(type);
  const date = text(row.date);
  const attendance: Attendance = { eligible: Number(row.eligible_count), present: row.present_count === null ? null : Number(row.present_count) };
  const quorum = quorumStatus(rules, attendance);
  const agenda = withResults(rules, attendance, quorum, agendaRecords(db, id));
  const versions = minutesVersions(db, id);
  const held = attendance.present !== null || agenda.some((item) => item.result !== null);
  const deliveryDue = rules.deliveryWorkingDays === null ? null : read.days.addWorkingDays(date, rules.deliveryWorkingDays);
  return {
    id,
    type,
    title: text(row.title),
    subject: text(row.subject),
    residentialGroupId: row.residential_group_id === null ? null : Number(row.residential_group_id),
    residentialGroupName: nullableText(row.group_name),
    date,
    startTime: text(row.start_time),
    endTime: text(row.end_time),
    place: text(row.place),
    noticeDate: nullableText(row.notice_date),
    noticeWarning: noticeWarning(rules, date, nullableText(row.notice_date)),
    chair: text(row.chair),
    chairPosition: text(row.chair_position),
    presidium: json<string[]>(row.presidium_json),
    secretary: text(row.secretary),
    secretaryPosition: text(row.secretary_position),
    eligibleCount: attendance.eligible,
    presentCount: attendance.present,
    documents: json<string[]>(row.documents_json),
    contact: text(row.contact),
    participants: participants(db, id),
    proceedings: text(row.proceedings),
    conclusion: text(row.conclusion),
    quorum,
    agenda,
    tasks: tasks(db, id),
    preparation: preparation(db, rules, id, date, read.today),
    consultation: consultation(db, id),
    stage: stageOf(row.status as MeetingRow['status'], versions.length, held),
    versions,
    deliveryDue,
    deliveredOn: nullableText(row.delivered_on),
    invitationNumber: invitationNumber(db, id, text(row.created_at)),
  };
}

export function listMeetings(db: Db, filter: { from: string; to: string; type: MeetingType | null }): MeetingSummary[] {
  const rows = db
    .prepare(
      `SELECT m.id, m.type, m.title, m.date, m.status, m.eligible_count, m.present_count, g.name AS group_name,
              (SELECT count(*) FROM minutes_version v WHERE v.meeting_id = m.id) AS versions
       FROM meeting m LEFT JOIN residential_group g ON g.id = m.residential_group_id
       WHERE m.date BETWEEN ? AND ? AND (? IS NULL OR m.type = ?)
       ORDER BY m.date DESC, m.start_time DESC, m.id DESC`,
    )
    .all(filter.from, filter.to, filter.type, filter.type) as Row[];
  return rows.map((row) => {
    const id = Number(row.id);
    const rules = typeRules(row.type as MeetingType);
    const attendance: Attendance = { eligible: Number(row.eligible_count), present: row.present_count === null ? null : Number(row.present_count) };
    const agenda = withResults(rules, attendance, quorumStatus(rules, attendance), agendaRecords(db, id, { opinions: false }));
    const decided = agenda.filter((item) => item.result !== null);
    const held = attendance.present !== null || decided.length > 0;
    return {
      id,
      type: rules.key,
      title: text(row.title),
      date: text(row.date),
      residentialGroupName: nullableText(row.group_name),
      stage: stageOf(row.status as MeetingRow['status'], Number(row.versions), held),
      eligibleCount: attendance.eligible,
      presentCount: attendance.present,
      attendancePercent: attendance.present === null || attendance.eligible === 0 ? null : (attendance.present * 100) / attendance.eligible,
      decisionsPassed: decided.filter((item) => item.result!.passed).length,
      decisionsTotal: decided.length,
    };
  });
}
