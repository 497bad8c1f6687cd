import { AppError } from '../api/errors';
import type { Meeting, MeetingTypeRules, MinutesVersion } from '../api/meetings';
import type { WriteContext } from '../audit/audit';
import { registerDocument } from '../documents/register';
import { getMeeting, meetingRow, minutesVersions } from './queries';
import { typeRules } from './ruleSet';
import { changeMeeting } from './service';
import type { DatedReadContext } from '../calendar/service';

/** What the minutes still lack before they can be finalized, in Vietnamese; empty when complete. */
function missingForMinutes(rules: MeetingTypeRules, meeting: Meeting): string[] {
  const heldAsMeeting = rules.key !== 'householdBallot';
  const missing = [
    meeting.chair ? null : rules.key === 'householdBallot' ? 'tổ trưởng Tổ phát phiếu' : 'người chủ trì (chủ tọa)',
    meeting.secretary || !heldAsMeeting ? null : 'thư ký',
    meeting.presentCount !== null || rules.participants === 'people' ? null : rules.key === 'householdBallot' ? 'số phiếu thu về' : 'kết quả điểm danh',
    meeting.endTime || !heldAsMeeting ? null : 'giờ kết thúc',
    ...meeting.agenda.filter((item) => item.kind !== 'discussion' && item.result === null).map((item) => `kết quả ${item.kind === 'vote' ? 'biểu quyết' : 'bầu'} của nội dung "${item.title}"`),
    rules.decisionRecord && !meeting.agenda.some((item) => item.result !== null) ? 'nội dung cộng đồng dân cư biểu quyết (Điều 20 Luật Thực hiện dân chủ ở cơ sở)' : null,
  ];
  return missing.filter((entry): entry is string => entry !== null);
}

function numbersFor(ctx: WriteContext, rules: MeetingTypeRules, meeting: Meeting, previous: MinutesVersion | undefined, today: string) {
  if (previous) return { minutesNumber: previous.minutesNumber, resolutionNumber: previous.resolutionNumber };
  const register = (typeCode: 'BB' | 'NQ', title: string) =>
    registerDocument(ctx, { typeCode, issuerCode: 'UBND', title, issuedOn: today, entity: 'meeting', entityId: meeting.id }).symbol;
  const resolutionAdopted = rules.resolution && meeting.agenda.some((item) => item.matter === 'resolution' && item.result?.passed);
  return {
    minutesNumber: rules.minutesNumbered ? register('BB', `Biên bản ${meeting.title}`) : null,
    resolutionNumber: resolutionAdopted ? register('NQ', `Nghị quyết ${meeting.title}`) : null,
  };
}

function actorName(ctx: WriteContext): string {
  const row = ctx.db.prepare('SELECT full_name FROM account WHERE id = ?').get(ctx.actorId) as { full_name: string } | undefined;
  return row?.full_name ?? '';
}

/** Locks the minutes as their next version: the whole meeting is kept as it is now and never changes again. */
export function finalizeMinutes(ctx: WriteContext, read: DatedReadContext, meetingId: number): Meeting {
  const row = meetingRow(ctx.db, meetingId);
  if (row.status === 'finalized') throw new AppError('CONFLICT', 'Biên bản đã được hoàn thiện trước đó.');
  const rules = typeRules(row.type);
  const meeting = getMeeting(read, meetingId);
  const missing = missingForMinutes(rules, meeting);
  if (missing.length > 0) throw new AppError('BAD_INPUT', `Chưa hoàn thiện được biên bản, còn thiếu: ${missing.join('; ')}.`);
  const { reason } = ctx.db.prepare('SELECT correction_reason AS reason FROM meeting WHERE id = ?').get(meetingId) as { reason: string };
  return changeMeeting(ctx, read, meetingId, () => {
    const previous = minutesVersions(ctx.db, meetingId).at(-1);
    const version: MinutesVersion = {
      version: (previous?.version ?? 0) + 1,
      finalizedAt: ctx.clock.now().toISOString(),
      finalizedBy: actorName(ctx),
      reason: previous ? reason : '',
      ...numbersFor(ctx, rules, meeting, previous, read.today),
    };
    const snapshot: Meeting = { ...meeting, stage: 'finalized', versions: [...meeting.versions, version] };
    ctx.db
      .prepare(
        `INSERT INTO minutes_version (meeting_id, version, finalized_at, finalized_by, reason, minutes_number, resolution_number, snapshot_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(meetingId, version.version, version.finalizedAt, ctx.actorId, version.reason, version.minutesNumber, version.resolutionNumber, JSON.stringify(snapshot));
    ctx.db.prepare("UPDATE meeting SET status = 'finalized', correction_reason = '' WHERE id = ?").run(meetingId);
    return { action: 'finalize', entity: 'meeting', entityId: meetingId, after: version };
  });
}

/** Opens the next version for a correction; the finalized versions stay as they are. */
export function startCorrection(ctx: WriteContext, read: DatedReadContext, input: { meetingId: number; reason: string }): Meeting {
  const row = meetingRow(ctx.db, input.meetingId);
  if (row.status !== 'finalized') throw new AppError('CONFLICT', 'Biên bản chưa hoàn thiện nên có thể sửa trực tiếp, không cần đính chính.');
  return changeMeeting(ctx, read, row.id, () => {
    ctx.db.prepare("UPDATE meeting SET status = 'draft', correction_reason = ? WHERE id = ?").run(input.reason, row.id);
    return { action: 'startCorrection', entity: 'meeting', entityId: row.id, after: { reason: input.reason } };
  });
}

/** The residents' decision record reached the UBND and the front (Art. 20(3): within 5 working days). */
export function recordDelivery(ctx: WriteContext, read: DatedReadContext, input: { meetingId: number; deliveredOn: string }): Meeting {
  const row = meetingRow(ctx.db, input.meetingId);
  const rules = typeRules(row.type);
  if (rules.deliveryWorkingDays === null) throw new AppError('BAD_INPUT', `${rules.label} không phải gửi biên bản lên Ủy ban nhân dân và Mặt trận.`);
  if (input.deliveredOn < row.date) throw new AppError('BAD_INPUT', 'Ngày gửi không được trước ngày họp.', 'deliveredOn');
  if (input.deliveredOn > read.today) throw new AppError('BAD_INPUT', 'Ngày gửi không được sau hôm nay.', 'deliveredOn');
  return changeMeeting(ctx, read, row.id, () => {
    ctx.db.prepare('UPDATE meeting SET delivered_on = ? WHERE id = ?').run(input.deliveredOn, row.id);
    return { action: 'recordDelivery', entity: 'meeting', entityId: row.id, after: { deliveredOn: input.deliveredOn } };
  }, { textChanged: false });
}
