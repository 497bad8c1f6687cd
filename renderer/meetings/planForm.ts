import { z } from 'zod';
import { id, meetingPlanInput, type In, type Meeting, type MeetingType, type MeetingTypeRules, type Participant, type StaffMember } from '../../main/api';
import type { Draft } from '../ui/schemaForm';

type PlanInput = In<'meetings.savePlan'>;
type ParticipantInput = NonNullable<PlanInput['participants']>[number];

const GUEST_SEPARATOR = /\s+[-–]\s+/;

/** "Họ và tên - chức vụ, đơn vị": a guest typed on one line. */
export function splitGuest(line: string): { name: string; detail: string } {
  const [name = '', ...rest] = line.split(GUEST_SEPARATOR);
  return { name: name.trim(), detail: rest.join(' - ').trim() };
}

const guestLine = (participant: { name: string; detail: string }) => (participant.detail ? `${participant.name} - ${participant.detail}` : participant.name);

/** The plan as the dialog edits it: staff as a checklist, guests one per line; participants are built on saving. */
export const planForm = meetingPlanInput.omit({ participants: true }).extend({
  /** Null: every active staff member, the default of a new meeting. */
  invitedStaffIds: z.array(id).nullable(),
  guests: z
    .array(z.string().refine((line) => splitGuest(line).name.length <= 100, 'Họ và tên khách mời không được dài quá 100 ký tự.'))
    .max(500),
});
export type PlanDraft = Draft<z.input<typeof planForm>>;
export type PlanValue = z.output<typeof planForm>;

export function planDraftOf(meeting: Meeting | undefined, defaultType: MeetingType): PlanDraft {
  if (!meeting) {
    return {
      id: undefined,
      type: defaultType,
      title: '',
      subject: '',
      residentialGroupId: null,
      date: undefined,
      startTime: '08:00',
      place: '',
      noticeDate: null,
      chair: '',
      chairPosition: '',
      presidium: [],
      secretary: '',
      secretaryPosition: '',
      eligibleCount: 0,
      documents: [],
      contact: '',
      invitedStaffIds: null,
      guests: [],
    };
  }
  const { participants } = meeting;
  return {
    id: meeting.id,
    type: meeting.type,
    title: meeting.title,
    subject: meeting.subject,
    residentialGroupId: meeting.residentialGroupId,
    date: meeting.date,
    startTime: meeting.startTime,
    place: meeting.place,
    noticeDate: meeting.noticeDate,
    chair: meeting.chair,
    chairPosition: meeting.chairPosition,
    presidium: meeting.presidium,
    secretary: meeting.secretary,
    secretaryPosition: meeting.secretaryPosition,
    eligibleCount: meeting.eligibleCount,
    documents: meeting.documents,
    contact: meeting.contact,
    invitedStaffIds: participants.flatMap((participant) => (participant.kind === 'staff' && participant.staffMemberId !== null ? [participant.staffMemberId] : [])),
    guests: participants.filter((participant) => participant.kind === 'guest').map(guestLine),
  };
}

/** Who is invited, keeping the attendance already taken of everyone still invited. */
function participantsOf(value: PlanValue, rules: MeetingTypeRules, activeStaff: readonly StaffMember[], previous: readonly Participant[]): ParticipantInput[] {
  const presence = (match: (participant: Participant) => boolean) => previous.find(match)?.present ?? null;
  const invited = rules.participants !== 'staff' ? [] : activeStaff.filter((member) => value.invitedStaffIds?.includes(member.id) ?? true);
  const staff = invited.map((member) => ({
    kind: 'staff' as const,
    staffMemberId: member.id,
    name: member.fullName,
    detail: member.position,
    present: presence((participant) => participant.staffMemberId === member.id),
  }));
  const guests = value.guests.map((line) => {
    const { name, detail } = splitGuest(line);
    return { kind: 'guest' as const, staffMemberId: null, name, detail, present: presence((participant) => participant.kind === 'guest' && participant.name === name) };
  });
  return [...staff, ...guests];
}

/** What `meetings.savePlan` takes: households count from the form, staff from the invitees, people need no base. */
export function planInputOf(value: PlanValue, rules: MeetingTypeRules, activeStaff: readonly StaffMember[], previous?: Meeting): PlanInput {
  const { invitedStaffIds: _invited, guests: _guests, ...plan } = value;
  const participants = participantsOf(value, rules, activeStaff, previous?.participants ?? []);
  const households = rules.participants === 'households';
  return {
    ...plan,
    residentialGroupId: households ? plan.residentialGroupId : null,
    presidium: rules.key === 'staffConference' ? plan.presidium : [],
    eligibleCount: households ? plan.eligibleCount : participants.filter((participant) => participant.kind === 'staff').length,
    participants,
  };
}
