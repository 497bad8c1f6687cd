import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../api/errors';
import type { Petition, petitionInput, PetitionSettings, SuggestionBoxOpening, suggestionBoxOpeningInput } from '../api/petitions';
import { foldVietnamese } from '../api/text';
import { auditedWrite, type WriteContext } from '../audit/audit';
import { formatShortDate } from '../documents/vietnamese';
import { getOpening, getPetition, petitionSettingsOf, type PetitionReadContext } from './queries';
import { categoryLabel, dateAfterReceipt, defaultDueOn, isKnownCategory, petitionRuleSet, transition, type PetitionAction } from './rules';

type EntryInput = z.output<typeof petitionInput>;
type OpeningInput = z.output<typeof suggestionBoxOpeningInput>;
type Row = Record<string, unknown>;

interface NewEntry extends Omit<EntryInput, 'id'> {
  boxOpeningId?: number;
  meetingId?: number;
  opinionKey?: string;
}

/** No sender: letters from the box (the clerk adds one by editing a signed letter's entry). */
const anonymous = { name: '', address: '', phone: '', residentialGroupId: null };

function checkAssignee(ctx: WriteContext, assigneeId: number | null): void {
  if (assigneeId !== null && !ctx.db.prepare('SELECT 1 FROM staff_member WHERE id = ?').get(assigneeId)) {
    throw new AppError('BAD_INPUT', 'Người được giao không còn trong danh sách cán bộ.', 'assigneeId');
  }
}

function checkReferences(ctx: WriteContext, entry: Pick<EntryInput, 'category' | 'assigneeId' | 'person'>): void {
  if (!isKnownCategory(entry.category)) throw new AppError('BAD_INPUT', 'Lĩnh vực không có trong danh mục.', 'category');
  checkAssignee(ctx, entry.assigneeId);
  const groupId = entry.person.residentialGroupId;
  if (groupId !== null && !ctx.db.prepare('SELECT 1 FROM residential_group WHERE id = ?').get(groupId)) {
    throw new AppError('BAD_INPUT', 'Tổ dân phố không còn trong danh sách.', 'person.residentialGroupId');
  }
}

function searchColumns(entry: Pick<EntryInput, 'content' | 'category' | 'sourceNote' | 'person'>) {
  return {
    search_text: foldVietnamese([entry.content, categoryLabel(entry.category), entry.sourceNote].join(' ')),
    person_search: foldVietnamese([entry.person.name, entry.person.address, entry.person.phone].join(' ')),
  };
}

/** The audit keeps the entry as stored, person included: the audit log is read by administrators only. */
function stored(read: PetitionReadContext, id: number): Petition {
  return getPetition({ ...read, canSeePerson: true }, id);
}

function insertEntry(ctx: WriteContext, read: PetitionReadContext, entry: NewEntry): number {
  checkReferences(ctx, entry);
  const now = ctx.clock.now().toISOString();
  const dueOn = entry.dueOn ?? defaultDueOn(entry.receivedOn, petitionSettingsOf(ctx.db).answerWorkingDays, read.days);
  return Number(
    ctx.db
      .prepare(
        `INSERT INTO petition (source, source_note, box_opening_id, meeting_id, opinion_key, received_on, person_name, person_address, person_phone,
           residential_group_id, content, category, assignee_id, due_on, status, search_text, person_search, created_at, updated_at)
         VALUES (@source, @sourceNote, @boxOpeningId, @meetingId, @opinionKey, @receivedOn, @name, @address, @phone,
           @residentialGroupId, @content, @category, @assigneeId, @dueOn, @status, @search_text, @person_search, @now, @now)`,
      )
      .run({
        source: entry.source,
        sourceNote: entry.sourceNote,
        boxOpeningId: entry.boxOpeningId ?? null,
        meetingId: entry.meetingId ?? null,
        opinionKey: entry.opinionKey ?? null,
        receivedOn: entry.receivedOn,
        ...entry.person,
        content: entry.content,
        category: entry.category,
        assigneeId: entry.assigneeId,
        dueOn,
        status: entry.assigneeId === null ? 'received' : 'inProgress',
        ...searchColumns(entry),
        now,
      }).lastInsertRowid,
  );
}

function updateEntry(ctx: WriteContext, read: PetitionReadContext, id: number, entry: EntryInput): void {
  const before = stored(read, id);
  const allowed = transition(before.status, 'edit');
  if (!allowed.ok) throw new AppError('CONFLICT', allowed.message);
  // An account that may not see who wrote cannot change it either: it keeps what is stored.
  const person = read.canSeePerson ? entry.person : before.person!;
  const kept = { ...entry, person: { name: person.name, address: person.address, phone: person.phone, residentialGroupId: person.residentialGroupId } };
  checkReferences(ctx, kept);
  const dueOn = kept.dueOn ?? defaultDueOn(kept.receivedOn, petitionSettingsOf(ctx.db).answerWorkingDays, read.days);
  const status = before.status === 'received' && kept.assigneeId !== null ? 'inProgress' : before.status;
  ctx.db
    .prepare(
      `UPDATE petition SET source = @source, source_note = @sourceNote, received_on = @receivedOn, person_name = @name, person_address = @address,
         person_phone = @phone, residential_group_id = @residentialGroupId, content = @content, category = @category, assignee_id = @assigneeId,
         due_on = @dueOn, status = @status, search_text = @search_text, person_search = @person_search, updated_at = @now WHERE id = @id`,
    )
    .run({ ...kept, ...kept.person, ...searchColumns(kept), dueOn, status, id, now: ctx.clock.now().toISOString() });
}

export function savePetition(ctx: WriteContext, read: PetitionReadContext, input: EntryInput): Petition {
  return auditedWrite(ctx, () => {
    const before = input.id === undefined ? null : stored(read, input.id);
    const id = input.id ?? insertEntry(ctx, read, input);
    if (input.id !== undefined) updateEntry(ctx, read, input.id, input);
    const after = stored(read, id);
    return { result: getPetition(read, id), change: { action: before ? 'update' : 'create', entity: 'petition', entityId: id, before, after } };
  });
}

/** Runs one status action: refused with its Vietnamese reason when the entry's status does not allow it. */
function act(ctx: WriteContext, read: PetitionReadContext, id: number, action: PetitionAction, apply: (before: Petition, next: string) => void): Petition {
  return auditedWrite(ctx, () => {
    const before = stored(read, id);
    const allowed = transition(before.status, action);
    if (!allowed.ok) throw new AppError('CONFLICT', allowed.message);
    apply(before, allowed.next);
    ctx.db.prepare('UPDATE petition SET updated_at = ? WHERE id = ?').run(ctx.clock.now().toISOString(), id);
    return { result: getPetition(read, id), change: { action, entity: 'petition', entityId: id, before, after: stored(read, id) } };
  });
}

function requireAfterReceipt(date: string, before: Petition, what: string, path: string): void {
  const problem = dateAfterReceipt(date, before.receivedOn, what);
  if (problem) throw new AppError('BAD_INPUT', problem, path);
}

export function assignPetition(ctx: WriteContext, read: PetitionReadContext, input: { id: number; assigneeId: number }): Petition {
  return act(ctx, read, input.id, 'assign', (_, next) => {
    checkAssignee(ctx, input.assigneeId);
    ctx.db.prepare('UPDATE petition SET assignee_id = ?, status = ? WHERE id = ?').run(input.assigneeId, next, input.id);
  });
}

export function answerPetition(ctx: WriteContext, read: PetitionReadContext, input: { id: number; answer: string; answeredOn: string }): Petition {
  return act(ctx, read, input.id, 'answer', (before, next) => {
    requireAfterReceipt(input.answeredOn, before, 'Ngày trả lời', 'answeredOn');
    ctx.db.prepare('UPDATE petition SET answer = ?, answered_on = ?, status = ? WHERE id = ?').run(input.answer, input.answeredOn, next, input.id);
  });
}

export function forwardPetition(ctx: WriteContext, read: PetitionReadContext, input: { id: number; forwardedTo: string; forwardedOn: string }): Petition {
  return act(ctx, read, input.id, 'forward', (before, next) => {
    requireAfterReceipt(input.forwardedOn, before, 'Ngày chuyển', 'forwardedOn');
    ctx.db.prepare('UPDATE petition SET forwarded_to = ?, forwarded_on = ?, status = ? WHERE id = ?').run(input.forwardedTo, input.forwardedOn, next, input.id);
  });
}

export function closePetition(ctx: WriteContext, read: PetitionReadContext, input: { id: number; closedOn: string; note: string }): Petition {
  return act(ctx, read, input.id, 'close', (before, next) => {
    requireAfterReceipt(input.closedOn, before, 'Ngày đóng', 'closedOn');
    ctx.db.prepare('UPDATE petition SET closed_on = ?, closing_note = ?, status = ? WHERE id = ?').run(input.closedOn, input.note, next, input.id);
  });
}

/** An opinion is the same one across rewrites of its agenda item while its speaker and text stay the same. */
function opinionKey(agendaItemId: number, speaker: string, summary: string): string {
  return `${agendaItemId}:${createHash('sha256').update(`${speaker}\n${summary}`).digest('hex').slice(0, 32)}`;
}

const ALREADY_IN_LEDGER = 'Ý kiến này đã được chuyển vào sổ.';

export function petitionFromOpinion(ctx: WriteContext, read: PetitionReadContext, opinionId: number): Petition {
  const opinion = ctx.db
    .prepare(
      `SELECT o.speaker, o.summary, a.id AS agenda_item_id, a.title AS item_title, m.id AS meeting_id, m.title AS meeting_title, m.date
       FROM opinion o JOIN agenda_item a ON a.id = o.agenda_item_id JOIN meeting m ON m.id = a.meeting_id WHERE o.id = ?`,
    )
    .get(opinionId) as Row | undefined;
  if (!opinion) throw new AppError('NOT_FOUND', 'Không tìm thấy ý kiến này trong biên bản.');
  const key = opinionKey(Number(opinion.agenda_item_id), String(opinion.speaker), String(opinion.summary));
  if (ctx.db.prepare('SELECT 1 FROM petition WHERE opinion_key = ?').get(key)) throw new AppError('CONFLICT', ALREADY_IN_LEDGER);
  return auditedWrite(ctx, () => {
    const id = insertEntry(ctx, read, {
      source: 'meeting',
      sourceNote: `${String(opinion.meeting_title)} (${formatShortDate(String(opinion.date))}) – ${String(opinion.item_title)}`.slice(0, 300),
      meetingId: Number(opinion.meeting_id),
      opinionKey: key,
      receivedOn: String(opinion.date),
      person: { ...anonymous, name: String(opinion.speaker).slice(0, 200) },
      content: String(opinion.summary),
      category: 'other',
      assigneeId: null,
      dueOn: null,
    });
    return { result: getPetition(read, id), change: { action: 'fromOpinion', entity: 'petition', entityId: id, after: stored(read, id) } };
  });
}

/** The opinions of an agenda item with their current ids and the entry each became. */
export function opinionLinks(db: PetitionReadContext['db'], agendaItemId: number): { opinionId: number; position: number; petitionId: number | null }[] {
  const rows = db.prepare('SELECT id, position, speaker, summary FROM opinion WHERE agenda_item_id = ? ORDER BY position').all(agendaItemId) as Row[];
  const entry = db.prepare('SELECT id FROM petition WHERE opinion_key = ?');
  return rows.map((row) => {
    const linked = entry.get(opinionKey(agendaItemId, String(row.speaker), String(row.summary))) as { id: number } | undefined;
    return { opinionId: Number(row.id), position: Number(row.position), petitionId: linked?.id ?? null };
  });
}

/** Records an opening of the suggestion box and each letter found as a ledger entry, in one step. */
export function openSuggestionBox(ctx: WriteContext, read: PetitionReadContext, input: OpeningInput): SuggestionBoxOpening {
  const witnesses = [...new Set(input.witnesses)];
  if (witnesses.length < petitionRuleSet.minimumWitnesses) {
    throw new AppError('BAD_INPUT', `Việc mở hòm thư cần ít nhất ${petitionRuleSet.minimumWitnesses} người chứng kiến khác nhau.`, 'witnesses');
  }
  return auditedWrite(ctx, () => {
    const openingId = Number(
      ctx.db
        .prepare('INSERT INTO suggestion_box_opening (opened_on, place, witnesses_json, letter_count, note, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(input.openedOn, input.place, JSON.stringify(witnesses), input.letterCount, input.note, ctx.clock.now().toISOString()).lastInsertRowid,
    );
    input.letters.forEach((letter, index) => {
      insertEntry(ctx, read, {
        ...letter,
        source: 'suggestionBox',
        sourceNote: `Mở hòm thư ngày ${formatShortDate(input.openedOn)}, thư số ${index + 1}`,
        boxOpeningId: openingId,
        receivedOn: input.openedOn,
        person: anonymous,
        assigneeId: null,
        dueOn: null,
      });
    });
    const opening = getOpening(ctx.db, openingId);
    return { result: opening, change: { action: 'openBox', entity: 'suggestionBoxOpening', entityId: openingId, after: opening } };
  });
}

export function savePetitionSettings(ctx: WriteContext, settings: PetitionSettings): PetitionSettings {
  return auditedWrite(ctx, () => {
    const before = petitionSettingsOf(ctx.db);
    ctx.db
      .prepare('INSERT INTO petition_settings (id, answer_working_days) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET answer_working_days = excluded.answer_working_days')
      .run(settings.answerWorkingDays);
    return { result: settings, change: { action: 'update', entity: 'petitionSettings', entityId: 1, before, after: settings } };
  });
}
