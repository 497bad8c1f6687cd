import { AppError } from '../api/errors';
import type { Meeting, MeetingTypeRules } from '../api/meetings';
import type { meetingPlanInput, agendaItemInput, followUpTaskInput, consultationCommentInput } from '../api/meetings';
import type { z } from 'zod';
import { auditedWrite, recordChange, type Change, type WriteContext } from '../audit/audit';
import { getMeeting, meetingRow, type MeetingRow } from './queries';
import { matterOf, typeRules } from './ruleSet';
import { electionProblem, voteCountsProblem, type Attendance } from './rules';
import { reindexMeeting, removeMeetingFromIndex } from './search';
import type { DatedReadContext } from '../calendar/service';

type PlanInput = z.output<typeof meetingPlanInput>;
type AgendaItemInput = z.output<typeof agendaItemInput>;
type TaskInput = z.output<typeof followUpTaskInput>;
type CommentInput = z.output<typeof consultationCommentInput>;

/** A finalized meeting refuses changes; the refusal itself is written to the audit trail. */
function assertEditable(ctx: WriteContext, meeting: MeetingRow, what: string): void {
  if (meeting.status !== 'finalized') return;
  ctx.db.transaction(() => recordChange(ctx, { action: 'refused', entity: 'meeting', entityId: meeting.id, after: { attempted: what } }))();
  throw new AppError(
    'CONFLICT',
    `Biên bản cuộc họp "${meeting.title}" đã hoàn thiện nên không sửa được ${what}. Muốn sửa, hãy chọn "Đính chính" và ghi lý do: bản đã hoàn thiện vẫn được giữ nguyên.`,
  );
}

/**
 * Runs a change of one meeting with its audit row and search index in one transaction, and returns the
 * meeting as it now is. `meetingId` is a function when the meeting is being created by `write`; changes
 * that touch no searched text (attendance, order, preparation steps) leave the index alone.
 */
export function changeMeeting(
  ctx: WriteContext,
  read: DatedReadContext,
  meetingId: number | (() => number),
  write: () => Change,
  options: { textChanged: boolean } = { textChanged: true },
): Meeting {
  const idOf = () => (typeof meetingId === 'number' ? meetingId : meetingId());
  auditedWrite(ctx, () => {
    const change = write();
    ctx.db.prepare('UPDATE meeting SET updated_at = ? WHERE id = ?').run(ctx.clock.now().toISOString(), idOf());
    if (options.textChanged) reindexMeeting(ctx.db, idOf());
    return { result: null, change };
  });
  return getMeeting(read, idOf());
}

const countsHouseholds = (rules: MeetingTypeRules) => rules.participants === 'households';

function eligibleCount(ctx: WriteContext, rules: MeetingTypeRules, input: PlanInput): number {
  if (input.eligibleCount > 0) return input.eligibleCount;
  if (countsHouseholds(rules)) {
    const group = ctx.db.prepare('SELECT household_count FROM residential_group WHERE id = ?').get(input.residentialGroupId) as { household_count: number } | undefined;
    return group?.household_count ?? 0;
  }
  return rules.participants === 'staff' ? input.participants.filter((p) => p.kind === 'staff').length : 0;
}

function checkPlan(ctx: WriteContext, rules: MeetingTypeRules, input: PlanInput): void {
  if (countsHouseholds(rules)) {
    if (input.residentialGroupId === null) throw new AppError('BAD_INPUT', `${rules.label}: chọn tổ dân phố.`, 'residentialGroupId');
    if (!ctx.db.prepare('SELECT 1 FROM residential_group WHERE id = ?').get(input.residentialGroupId)) {
      throw new AppError('BAD_INPUT', 'Không tìm thấy tổ dân phố đã chọn.', 'residentialGroupId');
    }
  }
  const unknownStaff = input.participants.find((p) => p.staffMemberId !== null && !ctx.db.prepare('SELECT 1 FROM staff_member WHERE id = ?').get(p.staffMemberId));
  if (unknownStaff) throw new AppError('BAD_INPUT', `Không tìm thấy cán bộ "${unknownStaff.name}" trong danh sách cán bộ.`, 'participants');
  if (input.noticeDate !== null && input.noticeDate > input.date) {
    throw new AppError('BAD_INPUT', 'Ngày thông báo, mời họp không được sau ngày họp.', 'noticeDate');
  }
}

/** Staff present are counted from the attendance list; households and people are entered as a number. */
function countedPresent(db: WriteContext['db'], rules: MeetingTypeRules, meetingId: number): number | null {
  if (rules.participants !== 'staff') return null;
  const row = db.prepare("SELECT count(present) AS taken, coalesce(sum(present), 0) AS present FROM meeting_participant WHERE meeting_id = ? AND kind = 'staff'").get(meetingId) as {
    taken: number;
    present: number;
  };
  return row.taken === 0 ? null : row.present;
}

function writeParticipants(ctx: WriteContext, meetingId: number, participants: PlanInput['participants']): void {
  const previous = ctx.db.prepare('SELECT kind, staff_member_id, name, present FROM meeting_participant WHERE meeting_id = ?').all(meetingId) as {
    kind: string;
    staff_member_id: number | null;
    name: string;
    present: number | null;
  }[];
  const keyOf = (kind: string, staffMemberId: number | null, name: string) => `${kind}:${staffMemberId ?? name}`;
  const kept = new Map(previous.map((p) => [keyOf(p.kind, p.staff_member_id, p.name), p.present]));
  ctx.db.prepare('DELETE FROM meeting_participant WHERE meeting_id = ?').run(meetingId);
  const insert = ctx.db.prepare('INSERT INTO meeting_participant (meeting_id, position, kind, staff_member_id, name, detail, present) VALUES (?, ?, ?, ?, ?, ?, ?)');
  participants.forEach((p, index) => {
    const present = p.present === null ? (kept.get(keyOf(p.kind, p.staffMemberId, p.name)) ?? null) : Number(p.present);
    insert.run(meetingId, index + 1, p.kind, p.staffMemberId, p.name, p.detail, present);
  });
}

const planColumns = `type = @type, title = @title, subject = @subject, residential_group_id = @residentialGroupId, date = @date, start_time = @startTime,
  place = @place, notice_date = @noticeDate, chair = @chair, chair_position = @chairPosition, presidium_json = @presidium, secretary = @secretary,
  secretary_position = @secretaryPosition, eligible_count = @eligibleCount, documents_json = @documents, contact = @contact`;

export function savePlan(ctx: WriteContext, read: DatedReadContext, input: PlanInput): Meeting {
  const rules = typeRules(input.type);
  checkPlan(ctx, rules, input);
  const before = input.id === undefined ? null : getMeeting(read, input.id);
  if (before) {
    assertEditable(ctx, meetingRow(ctx.db, before.id), 'kế hoạch cuộc họp');
    if (before.type !== input.type && before.agenda.length > 0) {
      throw new AppError('CONFLICT', 'Cuộc họp đã có nội dung nên không đổi được loại cuộc họp. Hãy tạo cuộc họp mới.', 'type');
    }
  }
  const values = {
    ...input,
    residentialGroupId: countsHouseholds(rules) ? input.residentialGroupId : null,
    presidium: JSON.stringify(input.presidium),
    documents: JSON.stringify(input.documents),
    eligibleCount: eligibleCount(ctx, rules, input),
    now: ctx.clock.now().toISOString(),
  };
  let id = before?.id ?? 0;
  return changeMeeting(ctx, read, () => id, () => {
    if (before) ctx.db.prepare(`UPDATE meeting SET ${planColumns} WHERE id = @id`).run({ ...values, id });
    else {
      id = Number(
        ctx.db
          .prepare(
            `INSERT INTO meeting (type, title, subject, residential_group_id, date, start_time, place, notice_date, chair, chair_position, presidium_json,
               secretary, secretary_position, eligible_count, documents_json, contact, created_at, updated_at)
             VALUES (@type, @title, @subject, @residentialGroupId, @date, @startTime, @place, @noticeDate, @chair, @chairPosition, @presidium,
               @secretary, @secretaryPosition, @eligibleCount, @documents, @contact, @now, @now)`,
          )
          .run(values).lastInsertRowid,
      );
    }
    writeParticipants(ctx, id, input.participants);
    const present = countedPresent(ctx.db, rules, id);
    if (present !== null) ctx.db.prepare('UPDATE meeting SET present_count = ? WHERE id = ?').run(present, id);
    return { action: before ? 'update' : 'create', entity: 'meeting', entityId: id, before, after: input };
  });
}

export function deleteMeeting(ctx: WriteContext, id: number): null {
  const row = meetingRow(ctx.db, id);
  const versions = ctx.db.prepare('SELECT count(*) AS n FROM minutes_version WHERE meeting_id = ?').get(id) as { n: number };
  if (versions.n > 0) throw new AppError('CONFLICT', `Cuộc họp "${row.title}" đã có biên bản hoàn thiện nên được giữ lại làm hồ sơ, không xóa được.`);
  return auditedWrite(ctx, () => {
    removeMeetingFromIndex(ctx.db, id);
    ctx.db.prepare("DELETE FROM attachment WHERE entity = 'meeting' AND entity_id = ?").run(String(id));
    ctx.db.prepare('DELETE FROM meeting WHERE id = ?').run(id);
    return { result: null, change: { action: 'delete', entity: 'meeting', entityId: id, before: row } };
  });
}

/** Every recorded vote must still fit the attendance, e.g. after fewer people are marked present. */
function checkVotesFit(ctx: WriteContext, rules: MeetingTypeRules, meeting: Meeting, attendance: Attendance): void {
  for (const item of meeting.agenda) {
    const problem = item.vote ? voteCountsProblem(item.vote, attendance, rules.participants) : null;
    if (problem) throw new AppError('BAD_INPUT', `Nội dung "${item.title}": ${problem}`);
  }
}

export function recordAttendance(
  ctx: WriteContext,
  read: DatedReadContext,
  input: { meetingId: number; presentCount: number | null; present: { participantId: number; present: boolean }[]; endTime: string },
): Meeting {
  const row = meetingRow(ctx.db, input.meetingId);
  assertEditable(ctx, row, 'điểm danh');
  const rules = typeRules(row.type);
  const before = getMeeting(read, row.id);
  const known = new Set(before.participants.map((p) => p.id));
  const stranger = input.present.find((p) => !known.has(p.participantId));
  if (stranger) throw new AppError('BAD_INPUT', 'Người được điểm danh không có trong danh sách mời của cuộc họp này.', 'present');
  if (rules.participants === 'households' && input.presentCount !== null && input.presentCount > row.eligibleCount) {
    throw new AppError('BAD_INPUT', `Số hộ có đại diện tham dự (${input.presentCount}) lớn hơn tổng số hộ của tổ (${row.eligibleCount}).`, 'presentCount');
  }
  return changeMeeting(ctx, read, row.id, () => {
    const mark = ctx.db.prepare('UPDATE meeting_participant SET present = ? WHERE id = ? AND meeting_id = ?');
    for (const p of input.present) mark.run(Number(p.present), p.participantId, row.id);
    const present = rules.participants === 'staff' ? countedPresent(ctx.db, rules, row.id) : input.presentCount;
    checkVotesFit(ctx, rules, before, { eligible: row.eligibleCount, present });
    ctx.db.prepare('UPDATE meeting SET present_count = ?, end_time = ? WHERE id = ?').run(present, input.endTime, row.id);
    return { action: 'recordAttendance', entity: 'meeting', entityId: row.id, before: { presentCount: before.presentCount, endTime: before.endTime }, after: { presentCount: present, endTime: input.endTime } };
  }, { textChanged: false });
}

function checkAgendaItem(rules: MeetingTypeRules, row: MeetingRow, input: AgendaItemInput): void {
  if (input.kind === 'discussion') return;
  const matter = matterOf(rules, input.matter);
  if (!matter || matter.kind !== input.kind) {
    throw new AppError('BAD_INPUT', `Chọn nội dung cần ${input.kind === 'vote' ? 'biểu quyết' : 'bầu'} theo quy định của loại cuộc họp "${rules.label}".`, 'matter');
  }
  const attendance = { eligible: row.eligibleCount, present: row.presentCount };
  if (input.vote) {
    if (!rules.votingMethods.includes(input.vote.method)) throw new AppError('BAD_INPUT', `Hình thức biểu quyết này không áp dụng cho ${rules.label.toLocaleLowerCase('vi')}.`, 'vote.method');
    const problem = voteCountsProblem(input.vote, attendance, rules.participants);
    if (problem) throw new AppError('BAD_INPUT', problem, 'vote');
  }
  if (input.kind === 'election') {
    const problem = electionProblem(matter, input.seats, input.candidates);
    if (problem) throw new AppError('BAD_INPUT', problem, 'candidates');
    const cap = input.vote?.method === 'householdBallot' ? attendance.eligible : attendance.present;
    const over = input.candidates.find((c) => c.votes > 0 && (cap === null || c.votes > cap));
    if (over) {
      throw new AppError('BAD_INPUT', cap === null ? 'Chưa điểm danh nên chưa ghi được số phiếu bầu.' : `Số phiếu của ${over.name} (${over.votes}) lớn hơn số người có mặt (${cap}).`, 'candidates');
    }
  }
}

function writeAgendaChildren(ctx: WriteContext, itemId: number, input: AgendaItemInput): void {
  ctx.db.prepare('DELETE FROM opinion WHERE agenda_item_id = ?').run(itemId);
  ctx.db.prepare('DELETE FROM election_candidate WHERE agenda_item_id = ?').run(itemId);
  const opinion = ctx.db.prepare('INSERT INTO opinion (agenda_item_id, position, speaker, summary, answered_by, answer) VALUES (?, ?, ?, ?, ?, ?)');
  input.opinions.forEach((o, index) => opinion.run(itemId, index + 1, o.speaker, o.summary, o.answeredBy, o.answer));
  if (input.kind !== 'election') return;
  const candidate = ctx.db.prepare('INSERT INTO election_candidate (agenda_item_id, position, name, staff_member_id, staff_position, votes) VALUES (?, ?, ?, ?, ?, ?)');
  input.candidates.forEach((c, index) => candidate.run(itemId, index + 1, c.name, c.staffMemberId, c.position, c.votes));
}

export function saveAgendaItem(ctx: WriteContext, read: DatedReadContext, input: AgendaItemInput): Meeting {
  const row = meetingRow(ctx.db, input.meetingId);
  assertEditable(ctx, row, 'nội dung cuộc họp');
  const rules = typeRules(row.type);
  checkAgendaItem(rules, row, input);
  const before = input.id === undefined ? null : (getMeeting(read, row.id).agenda.find((item) => item.id === input.id) ?? null);
  if (input.id !== undefined && !before) throw new AppError('NOT_FOUND', 'Không tìm thấy nội dung này trong cuộc họp.');
  const vote = input.kind === 'discussion' ? null : input.vote;
  const values = {
    ...input,
    matter: input.kind === 'discussion' ? null : input.matter,
    voteMethod: vote?.method ?? null,
    votesFor: vote?.for ?? null,
    votesAgainst: vote?.against ?? null,
    votesAbstain: vote?.abstain ?? null,
    votesInvalid: vote?.invalid ?? null,
    countingBoard: JSON.stringify(vote?.countingBoard ?? []),
    seats: input.kind === 'election' ? input.seats : null,
  };
  return changeMeeting(ctx, read, row.id, () => {
    const columns = `title = @title, presenter = @presenter, content = @content, kind = @kind, matter = @matter, vote_method = @voteMethod, votes_for = @votesFor,
      votes_against = @votesAgainst, votes_abstain = @votesAbstain, votes_invalid = @votesInvalid, counting_board_json = @countingBoard, seats = @seats, conclusion = @conclusion`;
    let itemId = before?.id ?? 0;
    if (before) ctx.db.prepare(`UPDATE agenda_item SET ${columns} WHERE id = @id`).run(values);
    else {
      const next = ctx.db.prepare('SELECT coalesce(max(position), 0) + 1 AS next FROM agenda_item WHERE meeting_id = ?').get(row.id) as { next: number };
      itemId = Number(
        ctx.db
          .prepare(
            `INSERT INTO agenda_item (meeting_id, position, title, presenter, content, kind, matter, vote_method, votes_for, votes_against, votes_abstain, votes_invalid,
               counting_board_json, seats, conclusion)
             VALUES (@meetingId, @position, @title, @presenter, @content, @kind, @matter, @voteMethod, @votesFor, @votesAgainst, @votesAbstain, @votesInvalid,
               @countingBoard, @seats, @conclusion)`,
          )
          .run({ ...values, position: next.next }).lastInsertRowid,
      );
    }
    writeAgendaChildren(ctx, itemId, input);
    return { action: before ? 'update' : 'create', entity: 'agendaItem', entityId: itemId, before, after: input };
  });
}

function agendaItemOf(ctx: WriteContext, meetingId: number, agendaItemId: number): { id: number; position: number; title: string } {
  const item = ctx.db.prepare('SELECT id, position, title FROM agenda_item WHERE id = ? AND meeting_id = ?').get(agendaItemId, meetingId) as
    | { id: number; position: number; title: string }
    | undefined;
  if (!item) throw new AppError('NOT_FOUND', 'Không tìm thấy nội dung này trong cuộc họp.');
  return item;
}

export function deleteAgendaItem(ctx: WriteContext, read: DatedReadContext, input: { meetingId: number; agendaItemId: number }): Meeting {
  const row = meetingRow(ctx.db, input.meetingId);
  assertEditable(ctx, row, 'nội dung cuộc họp');
  const before = agendaItemOf(ctx, row.id, input.agendaItemId);
  return changeMeeting(ctx, read, row.id, () => {
    ctx.db.prepare('DELETE FROM agenda_item WHERE id = ?').run(input.agendaItemId);
    ctx.db.prepare('UPDATE agenda_item SET position = position - 1 WHERE meeting_id = ? AND position > ?').run(row.id, before.position);
    return { action: 'delete', entity: 'agendaItem', entityId: input.agendaItemId, before };
  });
}

export function moveAgendaItem(ctx: WriteContext, read: DatedReadContext, input: { meetingId: number; agendaItemId: number; direction: 'up' | 'down' }): Meeting {
  const row = meetingRow(ctx.db, input.meetingId);
  assertEditable(ctx, row, 'thứ tự nội dung');
  const item = agendaItemOf(ctx, row.id, input.agendaItemId);
  const target = item.position + (input.direction === 'up' ? -1 : 1);
  const neighbour = ctx.db.prepare('SELECT id FROM agenda_item WHERE meeting_id = ? AND position = ?').get(row.id, target) as { id: number } | undefined;
  if (!neighbour) return getMeeting(read, row.id);
  return changeMeeting(ctx, read, row.id, () => {
    ctx.db.prepare('UPDATE agenda_item SET position = ? WHERE id = ?').run(item.position, neighbour.id);
    ctx.db.prepare('UPDATE agenda_item SET position = ? WHERE id = ?').run(target, item.id);
    return { action: 'move', entity: 'agendaItem', entityId: item.id, before: { position: item.position }, after: { position: target } };
  }, { textChanged: false });
}

export function saveProceedings(ctx: WriteContext, read: DatedReadContext, input: { meetingId: number; proceedings: string; conclusion: string }): Meeting {
  const row = meetingRow(ctx.db, input.meetingId);
  assertEditable(ctx, row, 'diễn biến và kết luận');
  const before = ctx.db.prepare('SELECT proceedings, conclusion FROM meeting WHERE id = ?').get(row.id);
  return changeMeeting(ctx, read, row.id, () => {
    ctx.db.prepare('UPDATE meeting SET proceedings = ?, conclusion = ? WHERE id = ?').run(input.proceedings, input.conclusion, row.id);
    return { action: 'update', entity: 'meetingProceedings', entityId: row.id, before, after: { proceedings: input.proceedings, conclusion: input.conclusion } };
  });
}

/** Tasks belong to the minutes, but their progress (done on, note) is followed long after: that part stays editable. */
export function saveTask(ctx: WriteContext, read: DatedReadContext, input: TaskInput): Meeting {
  const row = meetingRow(ctx.db, input.meetingId);
  const before = input.id === undefined ? null : (getMeeting(read, row.id).tasks.find((task) => task.id === input.id) ?? null);
  if (input.id !== undefined && !before) throw new AppError('NOT_FOUND', 'Không tìm thấy việc được giao này.');
  const onlyProgress = before !== null && before.description === input.description && before.owner === input.owner && before.dueDate === input.dueDate;
  if (!onlyProgress) assertEditable(ctx, row, 'việc được giao (chỉ cập nhật được ngày hoàn thành và ghi chú)');
  return changeMeeting(ctx, read, row.id, () => {
    let id = before?.id ?? 0;
    if (before) {
      ctx.db.prepare('UPDATE meeting_task SET description = ?, owner = ?, due_date = ?, done_on = ?, note = ? WHERE id = ?').run(input.description, input.owner, input.dueDate, input.doneOn, input.note, id);
    } else {
      id = Number(
        ctx.db
          .prepare('INSERT INTO meeting_task (meeting_id, description, owner, due_date, done_on, note) VALUES (?, ?, ?, ?, ?, ?)')
          .run(row.id, input.description, input.owner, input.dueDate, input.doneOn, input.note).lastInsertRowid,
      );
    }
    return { action: before ? 'update' : 'create', entity: 'meetingTask', entityId: id, before, after: input };
  });
}

export function deleteTask(ctx: WriteContext, read: DatedReadContext, input: { meetingId: number; taskId: number }): Meeting {
  const row = meetingRow(ctx.db, input.meetingId);
  assertEditable(ctx, row, 'việc được giao');
  const before = getMeeting(read, row.id).tasks.find((task) => task.id === input.taskId);
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy việc được giao này.');
  return changeMeeting(ctx, read, row.id, () => {
    ctx.db.prepare('DELETE FROM meeting_task WHERE id = ?').run(input.taskId);
    return { action: 'delete', entity: 'meetingTask', entityId: input.taskId, before };
  });
}

export function savePreparationStep(ctx: WriteContext, read: DatedReadContext, input: { meetingId: number; key: string; doneOn: string | null; note: string }): Meeting {
  const row = meetingRow(ctx.db, input.meetingId);
  const rules = typeRules(row.type);
  if (!rules.preparationSteps.some((step) => step.key === input.key)) throw new AppError('BAD_INPUT', 'Bước chuẩn bị này không thuộc loại cuộc họp đã chọn.', 'key');
  if (input.doneOn !== null && input.doneOn > read.today) throw new AppError('BAD_INPUT', 'Ngày hoàn thành không được sau hôm nay.', 'doneOn');
  return changeMeeting(ctx, read, row.id, () => {
    ctx.db
      .prepare(
        `INSERT INTO meeting_preparation (meeting_id, step_key, done_on, note) VALUES (?, ?, ?, ?)
         ON CONFLICT (meeting_id, step_key) DO UPDATE SET done_on = excluded.done_on, note = excluded.note`,
      )
      .run(row.id, input.key, input.doneOn, input.note);
    return { action: 'update', entity: 'meetingPreparation', entityId: `${row.id}:${input.key}`, after: input };
  }, { textChanged: false });
}

export function saveConsultationComment(ctx: WriteContext, read: DatedReadContext, input: CommentInput): Meeting {
  const row = meetingRow(ctx.db, input.meetingId);
  if (!typeRules(row.type).consultationTopics.some((topic) => topic.key === input.topic)) {
    throw new AppError('BAD_INPUT', 'Nội dung lấy ý kiến này không thuộc loại cuộc họp đã chọn.', 'topic');
  }
  const before = input.id === undefined ? null : (getMeeting(read, row.id).consultation.find((c) => c.id === input.id) ?? null);
  if (input.id !== undefined && !before) throw new AppError('NOT_FOUND', 'Không tìm thấy ý kiến góp ý này.');
  return changeMeeting(ctx, read, row.id, () => {
    let id = before?.id ?? 0;
    if (before) ctx.db.prepare('UPDATE consultation_comment SET topic = ?, department = ?, summary = ?, received_on = ? WHERE id = ?').run(input.topic, input.department, input.summary, input.receivedOn, id);
    else {
      id = Number(
        ctx.db
          .prepare('INSERT INTO consultation_comment (meeting_id, topic, department, summary, received_on) VALUES (?, ?, ?, ?, ?)')
          .run(row.id, input.topic, input.department, input.summary, input.receivedOn).lastInsertRowid,
      );
    }
    return { action: before ? 'update' : 'create', entity: 'consultationComment', entityId: id, before, after: input };
  });
}

export function deleteConsultationComment(ctx: WriteContext, read: DatedReadContext, input: { meetingId: number; commentId: number }): Meeting {
  const row = meetingRow(ctx.db, input.meetingId);
  const before = getMeeting(read, row.id).consultation.find((c) => c.id === input.commentId);
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy ý kiến góp ý này.');
  return changeMeeting(ctx, read, row.id, () => {
    ctx.db.prepare('DELETE FROM consultation_comment WHERE id = ?').run(input.commentId);
    return { action: 'delete', entity: 'consultationComment', entityId: input.commentId, before };
  });
}
