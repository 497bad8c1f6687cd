import type { Parsed } from '../api/contract';
import {
  boardTitle,
  type Board,
  type BoardActivity,
  type BoardDetail,
  type BoardMember,
  type BoardPlan,
  type BoardReport,
  type Recommendation,
} from '../api/boards';
import { AppError } from '../api/errors';
import { foldVietnamese } from '../api/text';
import { auditedWrite, type WriteContext } from '../audit/audit';
import type { Db } from '../db/database';
import { recordTable } from '../db/recordTable';
import { formatShortDate } from '../documents/vietnamese';
import { listStaff } from '../staff/service';
import { answerDueDate, boardRules, compositionIssues, isDissolved, memberRefusal } from './rules';
import type { DatedReadContext } from '../calendar/service';

type Row = Record<string, unknown>;
type BoardRecord = Omit<Board, 'dissolved' | 'compositionIssues' | 'memberCount' | 'overdueRecommendations'>;
type StoredRecommendation = Omit<Recommendation, 'dueDate' | 'overdue'>;
type StoredActivity = Omit<BoardActivity, 'recommendations'>;
type StoredMember = Omit<BoardMember, 'residentialGroupName'>;

const period = (r: Row) => ({ kind: r.kind as BoardPlan['kind'], year: r.year as number, part: r.part as number | null });

const boards = recordTable<BoardRecord, Parsed<'boards.save'>>({
  table: 'board',
  entity: 'board',
  notFoundMessage: 'Không tìm thấy ban này.',
  columns: { kind: 'kind', from: 'from_date', to: 'to_date', projectName: 'project_name', investor: 'investor', projectValue: 'project_value', note: 'note' },
  toRecord: (r) => ({
    id: r.id as number,
    kind: r.kind as Board['kind'],
    from: r.from_date as string,
    to: r.to_date as string | null,
    projectName: r.project_name as string,
    investor: r.investor as string,
    projectValue: r.project_value as number | null,
    note: r.note as string,
  }),
  beforeWrite: (ctx, input, before) => {
    if (before && before.kind !== input.kind) throw new AppError('CONFLICT', 'Không đổi được loại của ban đã lập.');
    if (input.kind === 'inspection') refuseOverlappingTerm(ctx.db, input, before?.id ?? null);
  },
});

/** One inspection board per ward per term: terms do not overlap. */
function refuseOverlappingTerm(db: Db, input: Parsed<'boards.save'>, ownId: number | null): void {
  const clash = db
    .prepare("SELECT * FROM board WHERE kind = 'inspection' AND id IS NOT ? AND from_date <= ? AND coalesce(to_date, '9999-12-31') >= ?")
    .get(ownId, input.to ?? '9999-12-31', input.from) as Row | undefined;
  if (clash) throw new AppError('CONFLICT', `Phường đã có ${boardTitle(boards.find(db, clash.id as number)!)} trùng thời gian với nhiệm kỳ này.`, 'from');
}

const toMember = (r: Row): StoredMember => ({
  id: r.id as number,
  boardId: r.board_id as number,
  fullName: r.full_name as string,
  residentialGroupId: r.residential_group_id as number | null,
  occupation: r.occupation as string,
  role: r.role as BoardMember['role'],
  from: r.from_date as string,
  to: r.to_date as string | null,
});

const members = recordTable<StoredMember, Parsed<'boards.saveMember'>>({
  table: 'board_member',
  entity: 'boardMember',
  notFoundMessage: 'Không tìm thấy thành viên này.',
  columns: { boardId: 'board_id', fullName: 'full_name', residentialGroupId: 'residential_group_id', occupation: 'occupation', role: 'role', from: 'from_date', to: 'to_date' },
  toRecord: toMember,
});

const plans = recordTable<BoardPlan, Omit<Parsed<'boards.savePlan'>, 'items'> & { itemsJson: string }>({
  table: 'board_plan',
  entity: 'boardPlan',
  notFoundMessage: 'Không tìm thấy kế hoạch này.',
  columns: { boardId: 'board_id', kind: 'kind', year: 'year', part: 'part', itemsJson: 'items_json' },
  toRecord: (r) => ({ id: r.id as number, boardId: r.board_id as number, ...period(r), items: JSON.parse(r.items_json as string) as string[] }),
});

const toActivity = (r: Row): StoredActivity => ({
  id: r.id as number,
  boardId: r.board_id as number,
  kind: r.kind as BoardActivity['kind'],
  date: r.date as string,
  subject: r.subject as string,
  findings: r.findings as string,
});

const activities = recordTable<StoredActivity, Parsed<'boards.saveActivity'>>({
  table: 'board_activity',
  entity: 'boardActivity',
  notFoundMessage: 'Không tìm thấy hoạt động này.',
  columns: { boardId: 'board_id', kind: 'kind', date: 'date', subject: 'subject', findings: 'findings' },
  toRecord: toActivity,
});

const toRecommendation = (r: Row): StoredRecommendation => ({
  id: r.id as number,
  activityId: r.activity_id as number,
  content: r.content as string,
  answeredOn: r.answered_on as string | null,
  answer: r.answer as string,
});

const recommendations = recordTable<StoredRecommendation, Parsed<'boards.saveRecommendation'>>({
  table: 'board_recommendation',
  entity: 'boardRecommendation',
  notFoundMessage: 'Không tìm thấy kiến nghị này.',
  columns: { activityId: 'activity_id', content: 'content' },
  toRecord: toRecommendation,
});

const reports = recordTable<BoardReport, Parsed<'boards.saveReport'>>({
  table: 'board_report',
  entity: 'boardReport',
  notFoundMessage: 'Không tìm thấy báo cáo này.',
  columns: { boardId: 'board_id', kind: 'kind', year: 'year', part: 'part', reportedOn: 'reported_on', summary: 'summary' },
  toRecord: (r) => ({ id: r.id as number, boardId: r.board_id as number, ...period(r), reportedOn: r.reported_on as string, summary: r.summary as string }),
});

// ---- reading ----

export const boardOf = (db: Db, id: number): BoardRecord => {
  const found = boards.find(db, id);
  if (!found) throw new AppError('NOT_FOUND', 'Không tìm thấy ban này.');
  return found;
};

function membersOf(db: Db, boardId: number): BoardMember[] {
  const rows = db
    .prepare(
      `SELECT m.*, g.name AS group_name FROM board_member m LEFT JOIN residential_group g ON g.id = m.residential_group_id
       WHERE m.board_id = ? ORDER BY CASE m.role WHEN 'head' THEN 0 WHEN 'deputy' THEN 1 ELSE 2 END, m.from_date, m.id`,
    )
    .all(boardId) as Row[];
  return rows.map((row) => ({ ...toMember(row), residentialGroupName: row.group_name as string | null }));
}

function withDeadline(read: DatedReadContext, stored: StoredRecommendation, madeOn: string): Recommendation {
  const dueDate = answerDueDate(boardRules, read.days, madeOn);
  return { ...stored, dueDate, overdue: stored.answeredOn === null && dueDate < read.today };
}

/** The board's activities newest first, each with its recommendations: two queries whatever their number. */
export function activitiesOf(read: DatedReadContext, boardId: number): BoardActivity[] {
  const stored = (read.db.prepare('SELECT * FROM board_activity WHERE board_id = ? ORDER BY date DESC, id DESC').all(boardId) as Row[]).map(toActivity);
  const made = (
    read.db
      .prepare('SELECT r.* FROM board_recommendation r JOIN board_activity a ON a.id = r.activity_id WHERE a.board_id = ? ORDER BY r.id')
      .all(boardId) as Row[]
  ).map(toRecommendation);
  return stored.map((activity) => ({
    ...activity,
    recommendations: made.filter((r) => r.activityId === activity.id).map((r) => withDeadline(read, r, activity.date)),
  }));
}

function activityById(read: DatedReadContext, id: number): BoardActivity {
  const activity = activities.find(read.db, id);
  if (!activity) throw new AppError('NOT_FOUND', 'Không tìm thấy hoạt động này.');
  const made = (read.db.prepare('SELECT * FROM board_recommendation WHERE activity_id = ? ORDER BY id').all(id) as Row[]).map(toRecommendation);
  return { ...activity, recommendations: made.map((r) => withDeadline(read, r, activity.date)) };
}

function summarize(
  read: DatedReadContext,
  record: BoardRecord,
  boardMembers = membersOf(read.db, record.id),
  boardActivities = activitiesOf(read, record.id),
): Board {
  const overdue = boardActivities.flatMap((a) => a.recommendations).filter((r) => r.overdue).length;
  const dissolved = isDissolved(record, read.today);
  return {
    ...record,
    dissolved,
    compositionIssues: dissolved ? [] : compositionIssues(boardRules, record.kind, boardMembers, read.today),
    memberCount: boardMembers.filter((m) => m.from <= read.today && (m.to === null || m.to >= read.today)).length,
    overdueRecommendations: overdue,
  };
}

const matches = (search: string, ...texts: string[]) => search === '' || texts.some((text) => foldVietnamese(text).includes(foldVietnamese(search)));

/** Boards newest first; the search finds the title, project or investor typed with or without diacritics. */
export function listBoards(read: DatedReadContext, filter: Parsed<'boards.list'>): Board[] {
  return boards
    .all(read.db, 'from_date DESC, id DESC')
    .filter((b) => (filter.kind === null || b.kind === filter.kind) && matches(filter.search, boardTitle(b), b.investor))
    .map((b) => summarize(read, b));
}

export function getBoard(read: DatedReadContext, id: number): BoardDetail {
  const record = boardOf(read.db, id);
  const boardMembers = membersOf(read.db, id);
  const boardActivities = activitiesOf(read, id);
  return {
    ...summarize(read, record, boardMembers, boardActivities),
    members: boardMembers,
    plans: plans.all(read.db, 'year DESC, kind, part').filter((p) => p.boardId === id),
    activities: boardActivities,
    reports: reports.all(read.db, 'reported_on DESC').filter((r) => r.boardId === id),
  };
}

export function searchMembers(db: Db, boardId: number, search: string): BoardMember[] {
  return membersOf(db, boardId).filter((m) => matches(search, m.fullName, m.residentialGroupName ?? '', m.occupation));
}

export function searchActivities(read: DatedReadContext, boardId: number, search: string): BoardActivity[] {
  return activitiesOf(read, boardId).filter((a) => matches(search, a.subject, a.findings, ...a.recommendations.flatMap((r) => [r.content, r.answer])));
}

// ---- writing ----

/** A board whose project has ended records nothing new; changes to what it recorded stay possible. */
function refuseIfDissolved(read: DatedReadContext, boardId: number, isNew: boolean): BoardRecord {
  const record = boardOf(read.db, boardId);
  if (isNew && isDissolved(record, read.today)) {
    throw new AppError('CONFLICT', `Dự án đã kết thúc ngày ${formatShortDate(record.to!)} nên ${boardTitle(record)} đã giải thể, không ghi thêm được hoạt động mới.`);
  }
  return record;
}

export function saveBoard(ctx: WriteContext, read: DatedReadContext, input: Parsed<'boards.save'>): Board {
  return summarize(read, boards.save(ctx, input));
}

export function deleteBoard(ctx: WriteContext, id: number): null {
  const recorded = ctx.db.prepare('SELECT count(*) AS n FROM board_activity WHERE board_id = ?').get(id) as { n: number };
  if (recorded.n > 0) throw new AppError('CONFLICT', `Ban đã có ${recorded.n} hoạt động được ghi nhận nên không xóa được.`);
  return boards.delete(ctx, id);
}

export function saveMember(ctx: WriteContext, read: DatedReadContext, input: Parsed<'boards.saveMember'>): BoardMember {
  const record = refuseIfDissolved(read, input.boardId, input.id === undefined);
  if (input.id !== undefined && members.find(ctx.db, input.id)?.boardId !== input.boardId) throw new AppError('NOT_FOUND', 'Không tìm thấy thành viên này.');
  const staff = listStaff(ctx.db, { includeInactive: true, today: read.today });
  const refusal = memberRefusal(boardRules, record.kind, input, membersOf(ctx.db, input.boardId), staff, read.today);
  if (refusal) throw new AppError('CONFLICT', refusal, refusal.includes('cán bộ, công chức') ? 'fullName' : 'role');
  const saved = members.save(ctx, input);
  return membersOf(ctx.db, input.boardId).find((m) => m.id === saved.id)!;
}

export const deleteMember = (ctx: WriteContext, id: number): null => members.delete(ctx, id);

export function savePlan(ctx: WriteContext, read: DatedReadContext, input: Parsed<'boards.savePlan'>): BoardPlan {
  refuseIfDissolved(read, input.boardId, input.id === undefined);
  const { items, ...rest } = input;
  return plans.save(ctx, { ...rest, itemsJson: JSON.stringify(items) });
}

export const deletePlan = (ctx: WriteContext, id: number): null => plans.delete(ctx, id);

export function saveActivity(ctx: WriteContext, read: DatedReadContext, input: Parsed<'boards.saveActivity'>): BoardActivity {
  const record = refuseIfDissolved(read, input.boardId, input.id === undefined);
  if (input.date < record.from || (record.to !== null && input.date > record.to)) {
    throw new AppError('BAD_INPUT', 'Ngày của hoạt động phải trong thời gian hoạt động của Ban.', 'date');
  }
  const issues = compositionIssues(boardRules, record.kind, membersOf(ctx.db, record.id), input.date);
  if (issues.length > 0) throw new AppError('CONFLICT', `Chưa ghi được hoạt động: ${issues.join(' ')} Hãy bổ sung thành viên trước.`);
  return activityById(read, activities.save(ctx, input).id);
}

export function deleteActivity(ctx: WriteContext, id: number): null {
  const made = ctx.db.prepare('SELECT count(*) AS n FROM board_recommendation WHERE activity_id = ?').get(id) as { n: number };
  if (made.n > 0) throw new AppError('CONFLICT', `Hoạt động có ${made.n} kiến nghị nên không xóa được. Hãy xóa các kiến nghị trước.`);
  ctx.db.prepare("DELETE FROM attachment WHERE entity = 'boardActivity' AND entity_id = ?").run(String(id));
  return activities.delete(ctx, id);
}

const recommendationOf = (db: Db, id: number) => {
  const found = recommendations.find(db, id);
  if (!found) throw new AppError('NOT_FOUND', 'Không tìm thấy kiến nghị này.');
  return found;
};

function refuseIfAnswered(db: Db, id: number | undefined, action: string): void {
  if (id !== undefined && recommendationOf(db, id).answeredOn !== null) throw new AppError('CONFLICT', `Phường đã trả lời kiến nghị này nên không ${action} được.`);
}

export function saveRecommendation(ctx: WriteContext, read: DatedReadContext, input: Parsed<'boards.saveRecommendation'>): Recommendation {
  const activity = activityById(read, input.activityId);
  refuseIfDissolved(read, activity.boardId, input.id === undefined);
  refuseIfAnswered(ctx.db, input.id, 'sửa');
  return withDeadline(read, recommendations.save(ctx, input), activity.date);
}

export function deleteRecommendation(ctx: WriteContext, id: number): null {
  refuseIfAnswered(ctx.db, id, 'xóa');
  return recommendations.delete(ctx, id);
}

/** The ward's answer: dated on or after the activity that made the recommendation. */
export function answerRecommendation(ctx: WriteContext, read: DatedReadContext, input: Parsed<'boards.answerRecommendation'>): Recommendation {
  const before = recommendationOf(ctx.db, input.id);
  const activity = activityById(read, before.activityId);
  if (input.answeredOn < activity.date) throw new AppError('BAD_INPUT', 'Ngày trả lời không được trước ngày Ban đưa ra kiến nghị.', 'answeredOn');
  return auditedWrite(ctx, () => {
    ctx.db.prepare('UPDATE board_recommendation SET answered_on = ?, answer = ? WHERE id = ?').run(input.answeredOn, input.answer, input.id);
    const after = recommendationOf(ctx.db, input.id);
    return { result: withDeadline(read, after, activity.date), change: { action: 'answer', entity: 'boardRecommendation', entityId: input.id, before, after } };
  });
}

export function saveReport(ctx: WriteContext, input: Parsed<'boards.saveReport'>): BoardReport {
  boardOf(ctx.db, input.boardId);
  return reports.save(ctx, input);
}

export const deleteReport = (ctx: WriteContext, id: number): null => reports.delete(ctx, id);
