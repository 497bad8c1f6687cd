/** Writing the disclosure register: every change in one transaction with its audit row. */
import { AppError } from '../api/errors';
import { disclosureInputOf, type Disclosure, type DisclosureInput, type DisclosureStatus } from '../api/disclosures';
import { auditedWrite, type WriteContext } from '../audit/audit';
import type { Db } from '../db/database';
import { getDisclosure } from './queries';
import { checkReplaceable, checkTransition } from './rules';
import type { DatedReadContext } from '../calendar/service';

interface StoredState {
  status: DisclosureStatus;
  replaces_id: number | null;
  consultation_id: number | null;
}

function storedState(db: Db, id: number): StoredState {
  const row = db.prepare('SELECT status, replaces_id, consultation_id FROM disclosure WHERE id = ?').get(id) as StoredState | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy bản ghi công khai này.');
  return row;
}

/** Refusals that do not depend on the stored record: dates in order, what each status needs. */
function checkInput(input: DisclosureInput, today: string): void {
  const bad = (message: string, path: string) => new AppError('BAD_INPUT', message, path);
  if (input.status === 'planned' && input.plannedOn === null) throw bad('Bản ghi trong kế hoạch cần có ngày dự kiến công khai.', 'plannedOn');
  if (input.status !== 'planned' && input.disclosedOn === null) throw bad('Hãy nhập ngày công khai.', 'disclosedOn');
  if (input.disclosedOn !== null && input.disclosedOn > today) throw bad('Ngày công khai không được sau hôm nay; nếu chưa công khai, hãy để trạng thái "Kế hoạch".', 'disclosedOn');
  if (input.disclosedOn !== null && input.decisionDate !== null && input.disclosedOn < input.decisionDate) throw bad('Ngày công khai không được trước ngày ban hành văn bản.', 'disclosedOn');
  if (input.postingFrom !== null && input.postingTo !== null && input.postingTo < input.postingFrom) throw bad('Ngày kết thúc niêm yết không được trước ngày bắt đầu.', 'postingTo');
  if (input.postingPermanent && input.postingTo !== null) throw bad('Niêm yết thường xuyên thì không có ngày kết thúc.', 'postingTo');
  if (input.channels.includes('loudspeaker') && input.loudspeakerDays === null) throw bad('Hãy nhập số ngày phát trên loa truyền thanh.', 'loudspeakerDays');
}

function checkReplacement(db: Db, input: DisclosureInput, currentReplaces: number | null): void {
  if (input.replacesId === null || input.replacesId === currentReplaces) return;
  if (input.replacesId === input.id) throw new AppError('BAD_INPUT', 'Bản ghi không thể thay thế chính nó.', 'replacesId');
  checkReplaceable(storedState(db, input.replacesId).status);
  const taken = db.prepare('SELECT id FROM disclosure WHERE replaces_id = ?').get(input.replacesId);
  if (taken) throw new AppError('CONFLICT', 'Bản ghi được thay thế đã có bản công khai lại khác.', 'replacesId');
}

function columns(input: DisclosureInput, updatedAt: string) {
  return {
    content_group: input.group,
    title: input.title,
    summary: input.summary,
    decision_number: input.decisionNumber,
    decision_date: input.decisionDate,
    channels_json: JSON.stringify([...new Set(input.channels)]),
    planned_on: input.plannedOn,
    disclosed_on: input.disclosedOn,
    posting_from: input.postingFrom,
    posting_to: input.postingTo,
    posting_permanent: input.postingPermanent ? 1 : 0,
    loudspeaker_days: input.loudspeakerDays,
    posted_at_headquarters: input.postedAtHeadquarters ? 1 : 0,
    residential_group_ids_json: JSON.stringify([...new Set(input.residentialGroupIds)]),
    status: input.status,
    replaces_id: input.replacesId,
    owner: input.owner,
    note: input.note,
    updated_at: updatedAt,
  };
}

function checkResidentialGroups(db: Db, ids: readonly number[]): void {
  if (ids.length === 0) return;
  const known = new Set((db.prepare('SELECT id FROM residential_group').all() as { id: number }[]).map((row) => row.id));
  const missing = ids.filter((groupId) => !known.has(groupId));
  if (missing.length > 0) throw new AppError('BAD_INPUT', 'Có tổ dân phố đã chọn không còn trong danh sách.', 'residentialGroupIds');
}

function insertRow(db: Db, values: ReturnType<typeof columns> & { consultation_id?: number | null }): number {
  const names = Object.keys(values);
  const sql = `INSERT INTO disclosure (${names.join(', ')}) VALUES (${names.map((name) => `@${name}`).join(', ')})`;
  return Number(db.prepare(sql).run(values).lastInsertRowid);
}

/**
 * Creates or updates a register record. A status change must be allowed (planned → posted → ended);
 * a record that replaces another (a re-disclosure after a change) turns the replaced one reDisclosed.
 */
export function saveDisclosure(ctx: WriteContext, read: DatedReadContext, input: DisclosureInput): Disclosure {
  checkInput(input, read.today);
  checkResidentialGroups(ctx.db, input.residentialGroupIds);
  const stored = input.id === undefined ? null : storedState(ctx.db, input.id);
  if (stored) checkTransition(stored.status, input.status);
  else if (input.status === 'reDisclosed') throw new AppError('BAD_INPUT', 'Trạng thái "Đã công khai lại" chỉ có khi một bản công khai lại thay thế bản ghi này.', 'status');
  checkReplacement(ctx.db, input, stored?.replaces_id ?? null);
  return auditedWrite(ctx, () => {
    const before = input.id === undefined ? null : getDisclosure(read, input.id);
    const values = columns(input, ctx.clock.now().toISOString());
    let recordId = input.id;
    if (recordId === undefined) recordId = insertRow(ctx.db, values);
    else {
      const assignments = Object.keys(values).map((name) => `${name} = @${name}`).join(', ');
      ctx.db.prepare(`UPDATE disclosure SET ${assignments} WHERE id = @id`).run({ ...values, id: recordId });
    }
    if (input.replacesId !== null) ctx.db.prepare("UPDATE disclosure SET status = 'reDisclosed' WHERE id = ?").run(input.replacesId);
    const after = getDisclosure(read, recordId);
    return { result: after, change: { action: before ? 'update' : 'create', entity: 'disclosure', entityId: recordId, before, after } };
  });
}

/** The plan's action: the planned record is posted on `disclosedOn`; a posting it plans starts that day. */
export function markPosted(ctx: WriteContext, read: DatedReadContext, input: { id: number; disclosedOn: string }): Disclosure {
  const current = getDisclosure(read, input.id);
  checkTransition(current.status, 'posted');
  const postingFrom = current.channels.includes('posting') ? (current.postingFrom ?? input.disclosedOn) : current.postingFrom;
  return saveDisclosure(ctx, read, { ...disclosureInputOf(current), status: 'posted', disclosedOn: input.disclosedOn, postingFrom });
}

/** Only a planned record can be deleted; what was disclosed stays in the register. */
export function deleteDisclosure(ctx: WriteContext, read: DatedReadContext, id: number): null {
  const before = getDisclosure(read, id);
  if (before.status !== 'planned') throw new AppError('CONFLICT', 'Bản ghi đã công khai không xóa được; nếu nội dung thay đổi, hãy lập bản công khai lại.');
  return auditedWrite(ctx, () => {
    ctx.db.prepare("DELETE FROM attachment WHERE entity = 'disclosure' AND entity_id = ?").run(String(id));
    ctx.db.prepare('DELETE FROM disclosure WHERE id = ?').run(id);
    return { result: null, change: { action: 'delete', entity: 'disclosure', entityId: id, before } };
  });
}

/** Inserts a planned record linked to a consultation (its K11 synthesis report); the caller writes the audit row. */
export function insertLinkedRecord(ctx: WriteContext, input: DisclosureInput, consultationId: number): number {
  return insertRow(ctx.db, { ...columns(input, ctx.clock.now().toISOString()), consultation_id: consultationId });
}
