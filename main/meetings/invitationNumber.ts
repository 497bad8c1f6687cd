/** The UBND invitation of a meeting takes its "GM" number from the register of outgoing documents once. */
import { AppError } from '../api/errors';
import { invitationNumbered, type Meeting } from '../api/meetings';
import type { WriteContext } from '../audit/audit';
import type { DatedReadContext } from '../calendar/service';
import { registerDocument } from '../documents/register';
import { getMeeting, INVITATION_ENTITY } from './queries';
import { typeRules } from './ruleSet';

/** Issued on the notice date when recorded, else today; a second call returns the number already taken. */
export function numberInvitation(ctx: WriteContext, read: DatedReadContext, meetingId: number): Meeting {
  const meeting = getMeeting(read, meetingId);
  if (!invitationNumbered(typeRules(meeting.type))) {
    throw new AppError(
      'BAD_INPUT',
      'Giấy mời họp cộng đồng dân cư do Tổ trưởng tổ dân phố (Trưởng thôn) ký theo Mẫu số 01, không lấy số trong sổ văn bản đi của Ủy ban nhân dân.',
    );
  }
  if (meeting.invitationNumber !== null) return meeting;
  registerDocument(ctx, {
    typeCode: 'GM',
    issuerCode: 'UBND',
    title: `Giấy mời ${meeting.title}`,
    issuedOn: meeting.noticeDate ?? read.today,
    entity: INVITATION_ENTITY,
    entityId: meeting.id,
  });
  return getMeeting(read, meetingId);
}
