import { z } from 'zod';
import { id, isoDate, optionalText, personName, requiredText } from './fields';
import { generatedFile } from './files';
import { ballotChannels } from './ballots';

/** The kinds of meeting the ward records (Luật 10/2022 Art. 15–21, 32–33, 51; NĐ 59/2023). */
export const meetingTypes = [
  'residentsMeeting',
  'householdBallot',
  'dialogue',
  'communityConference',
  'voterMeeting',
  'staffConference',
  'inspectionBoardMeeting',
  'other',
] as const;
export const meetingType = z.enum(meetingTypes);
export type MeetingType = z.infer<typeof meetingType>;

/** What the attendance counts: households of a residential group, staff of the agency, or people (no quorum). */
export const participantBases = ['households', 'staff', 'people'] as const;

/**
 * A share of a base that must be reached: `inclusive` ≥ numerator/denominator (2/3 of all households),
 * otherwise strictly more (> 1/2). `base` eligible = all households of the group / all staff summoned;
 * present = those present.
 */
export const threshold = z
  .object({
    base: z.enum(['eligible', 'present']),
    numerator: z.number().int().positive(),
    denominator: z.number().int().positive(),
    inclusive: z.boolean(),
  })
  .strict()
  .refine((t) => t.numerator <= t.denominator, { message: 'Tỷ lệ phải không lớn hơn 1.' });
export type Threshold = z.infer<typeof threshold>;

export const agendaItemKinds = ['discussion', 'vote', 'election'] as const;
export const agendaItemKind = z.enum(agendaItemKinds);
export type AgendaItemKind = z.infer<typeof agendaItemKind>;

const ruleKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/).max(40);

/** A matter the meeting may decide, with the rule that decides it, e.g. Art. 15 item 1 with ≥ 2/3 of all households. */
export const decisionMatter = z
  .object({
    key: ruleKey,
    label: requiredText(300),
    legalBasis: z.string().max(200),
    kind: z.enum(['vote', 'election']),
    threshold,
    /** Elections: the number of seats allowed, e.g. the agency inspection board's 3–9 members. */
    seats: z.object({ min: z.number().int().min(1), max: z.number().int().min(1) }).strict().optional(),
    /** Elections: positions that may not be elected (matched case- and diacritics-insensitively against the staff member's position). */
    excludedPositions: z.array(z.string().max(120)).default([]),
    /** Why those positions are excluded, appended to the refusal. */
    excludedReason: z.string().max(300).default(''),
    /** Elections: the term in months, printed with the result (the agency inspection board: 24). */
    termMonths: z.number().int().positive().optional(),
  })
  .strict();
export type DecisionMatter = z.infer<typeof decisionMatter>;

export const voteMethods = ['showOfHands', 'secretBallot', 'householdBallot', 'online'] as const;
export const voteMethod = z.enum(voteMethods);
export type VoteMethod = z.infer<typeof voteMethod>;

/** A step of the staff conference's preparation, due `offsetDays` (or `offsetMonths`) from the conference date. */
export const preparationStepRule = z
  .object({
    key: ruleKey,
    label: requiredText(300),
    legalBasis: z.string().max(200),
    offsetDays: z.number().int().default(0),
    offsetMonths: z.number().int().default(0),
  })
  .strict();
export type PreparationStepRule = z.infer<typeof preparationStepRule>;

/** The rules a type of meeting brings, as data (resources/meetings/meeting-types.json). */
export const meetingTypeRules = z
  .object({
    key: meetingType,
    label: requiredText(200),
    legalBasis: z.string().max(300),
    convener: z.string().max(300),
    chair: z.string().max(300),
    participants: z.enum(participantBases),
    /** Calendar days between the notice and the meeting (NĐ 59 Art. 3: 2; Art. 11: 5). */
    noticeDays: z.number().int().min(0),
    /** Null when the law sets no quorum for this kind of meeting. */
    quorum: threshold.nullable(),
    votingMethods: z.array(voteMethod),
    orderOfBusiness: z.array(z.string().max(300)),
    matters: z.array(decisionMatter),
    /** The minutes carry a number from the register ("05/BB-UBND") when the UBND issues them. */
    minutesNumbered: z.boolean(),
    /** Mẫu 03: the community's decision record with the Art. 20 fields and four signatures. */
    decisionRecord: z.boolean(),
    /** The conference adopts a resolution (nghị quyết, "…/NQ-…"). */
    resolution: z.boolean(),
    /** The decision record must reach the UBND and the front within this many working days (Art. 20(3)). */
    deliveryWorkingDays: z.number().int().positive().nullable(),
    preparationSteps: z.array(preparationStepRule).default([]),
    /** Art. 53 items the staff are consulted on before the conference. */
    consultationTopics: z.array(z.object({ key: ruleKey, label: requiredText(300) }).strict()).default([]),
  })
  .strict();
export type MeetingTypeRules = z.infer<typeof meetingTypeRules>;

/** The UBND issues the invitation (NĐ 30 giấy mời, "…/GM-UBND"); a community's Mẫu 01 comes from the group head, unnumbered. */
export function invitationNumbered(rules: MeetingTypeRules): boolean {
  return rules.participants !== 'households';
}

export const meetingRuleSet = z
  .object({ version: z.number().int().positive(), source: z.string().max(500), types: z.array(meetingTypeRules) })
  .strict();
export type MeetingRuleSet = z.infer<typeof meetingRuleSet>;

const count = z.number().int('Số lượng phải là số nguyên.').min(0, 'Số lượng không được âm.').max(1_000_000);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải có dạng giờ:phút, ví dụ 08:00.');

export const participantKinds = ['staff', 'guest', 'household'] as const;
export const participant = z
  .object({
    kind: z.enum(participantKinds),
    staffMemberId: id.nullable().default(null),
    name: personName,
    /** Position for staff and guests, address for a household representative. */
    detail: optionalText(200),
    /** Null while attendance has not been taken. */
    present: z.boolean().nullable().default(null),
  })
  .strict();
export type Participant = z.infer<typeof participant>;

/** The plan of a meeting: everything known before it is held. */
export const meetingPlanInput = z
  .object({
    id: id.optional(),
    type: meetingType,
    title: requiredText(300),
    /** "Về việc …": what the meeting decides or discusses. */
    subject: optionalText(500),
    residentialGroupId: id.nullable().default(null),
    date: isoDate,
    startTime: time,
    place: requiredText(300),
    noticeDate: isoDate.nullable().default(null),
    chair: optionalText(200),
    chairPosition: optionalText(200),
    /** The presidium of a staff conference, one "Name - position" per entry. */
    presidium: z.array(z.string().trim().min(1).max(200)).max(9).default([]),
    secretary: optionalText(200),
    secretaryPosition: optionalText(200),
    /** For households: the group's household count; for staff: filled from the invited staff when left 0. */
    eligibleCount: count.default(0),
    documents: z.array(z.string().trim().min(1).max(300)).max(30).default([]),
    contact: optionalText(300),
    participants: z.array(participant).max(2000).default([]),
  })
  .strict();

export const opinion = z
  .object({
    speaker: requiredText(200),
    summary: requiredText(5000),
    answeredBy: optionalText(200),
    answer: optionalText(5000),
  })
  .strict();
export type Opinion = z.infer<typeof opinion>;

export const voteCounts = z
  .object({
    method: voteMethod,
    for: count,
    against: count,
    abstain: count,
    invalid: count,
    /** The 3–5 people who counted a secret ballot (Mẫu 02) or household ballots (Mẫu 04). */
    countingBoard: z.array(z.string().trim().min(1).max(200)).max(5).default([]),
  })
  .strict();
export type VoteCounts = z.infer<typeof voteCounts>;

export const candidate = z
  .object({
    name: personName,
    staffMemberId: id.nullable().default(null),
    /** The staff member's position, used to refuse excluded positions. */
    position: optionalText(200),
    votes: count,
  })
  .strict();
export type Candidate = z.infer<typeof candidate>;

export const agendaItemInput = z
  .object({
    id: id.optional(),
    meetingId: id,
    title: requiredText(500),
    presenter: optionalText(200),
    content: optionalText(20_000),
    kind: agendaItemKind,
    /** The decision matter's key from the meeting type's rules (vote and election items). */
    matter: z.string().max(40).nullable().default(null),
    opinions: z.array(opinion).max(500).default([]),
    vote: voteCounts.nullable().default(null),
    seats: z.number().int().min(1).max(50).nullable().default(null),
    candidates: z.array(candidate).max(50).default([]),
    conclusion: optionalText(5000),
  })
  .strict();

/** How a vote or an election came out under its rule: computed in main, shown and printed as is. */
export const decisionResult = z.object({
  passed: z.boolean(),
  /** The base the share is of (all households, those present…) and its size. */
  baseLabel: z.string(),
  baseCount: z.number().int(),
  /** Least number of votes needed. */
  required: z.number().int(),
  /** Vietnamese sentence: "Thông qua: 70/100 hộ (70 %) đồng ý; cần ít nhất 67 hộ (2/3 tổng số hộ)." */
  message: z.string(),
  /** Elections: who is elected, and the names tied at the last seat (a re-vote is needed). */
  elected: z.array(z.string()).default([]),
  tied: z.array(z.string()).default([]),
});
export type DecisionResult = z.infer<typeof decisionResult>;

export const agendaItem = z.object({
  id,
  position: z.number().int(),
  title: z.string(),
  presenter: z.string(),
  content: z.string(),
  kind: agendaItemKind,
  matter: z.string().nullable(),
  opinions: z.array(opinion),
  vote: voteCounts.nullable(),
  seats: z.number().int().nullable(),
  candidates: z.array(candidate),
  conclusion: z.string(),
  result: decisionResult.nullable(),
});
export type AgendaItem = z.infer<typeof agendaItem>;

export const quorumStatus = z.object({
  /** False until attendance has been recorded. */
  recorded: z.boolean(),
  valid: z.boolean(),
  present: z.number().int(),
  eligible: z.number().int(),
  required: z.number().int(),
  missing: z.number().int(),
  message: z.string(),
});
export type QuorumStatus = z.infer<typeof quorumStatus>;

export const followUpTaskInput = z
  .object({
    id: id.optional(),
    meetingId: id,
    description: requiredText(1000),
    owner: requiredText(200),
    dueDate: isoDate.nullable().default(null),
    doneOn: isoDate.nullable().default(null),
    note: optionalText(1000),
  })
  .strict();
export const followUpTask = z.object({
  id,
  meetingId: id,
  description: z.string(),
  owner: z.string(),
  dueDate: z.string().nullable(),
  doneOn: z.string().nullable(),
  note: z.string(),
});
export type FollowUpTask = z.infer<typeof followUpTask>;

export const preparationStep = z.object({
  key: z.string(),
  label: z.string(),
  legalBasis: z.string(),
  dueDate: z.string(),
  doneOn: z.string().nullable(),
  note: z.string(),
  overdue: z.boolean(),
});
export type PreparationStep = z.infer<typeof preparationStep>;

export const consultationCommentInput = z
  .object({
    id: id.optional(),
    meetingId: id,
    topic: z.string().max(40),
    department: requiredText(200),
    summary: requiredText(5000),
    receivedOn: isoDate,
  })
  .strict();
export const consultationComment = z.object({
  id,
  meetingId: id,
  topic: z.string(),
  department: z.string(),
  summary: z.string(),
  receivedOn: z.string(),
});
export type ConsultationComment = z.infer<typeof consultationComment>;

/** A finalized version of the minutes: immutable; a correction makes the next version with its reason. */
export const minutesVersion = z.object({
  version: z.number().int().positive(),
  finalizedAt: z.string(),
  finalizedBy: z.string(),
  /** Why this version replaces the previous one; empty for version 1. */
  reason: z.string(),
  minutesNumber: z.string().nullable(),
  resolutionNumber: z.string().nullable(),
});
export type MinutesVersion = z.infer<typeof minutesVersion>;

/** planned: not yet held; held: attendance or results recorded; finalized: minutes locked; correcting: a new version being prepared. */
export const meetingStages = ['planned', 'held', 'finalized', 'correcting'] as const;
export type MeetingStage = (typeof meetingStages)[number];

export const meeting = z.object({
  id,
  type: meetingType,
  title: z.string(),
  subject: z.string(),
  residentialGroupId: id.nullable(),
  residentialGroupName: z.string().nullable(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  place: z.string(),
  noticeDate: z.string().nullable(),
  /** Vietnamese warning when the notice was given later than the type's notice period, else null. */
  noticeWarning: z.string().nullable(),
  chair: z.string(),
  chairPosition: z.string(),
  presidium: z.array(z.string()),
  secretary: z.string(),
  secretaryPosition: z.string(),
  eligibleCount: z.number().int(),
  presentCount: z.number().int().nullable(),
  documents: z.array(z.string()),
  contact: z.string(),
  participants: z.array(participant.extend({ id })),
  /** The course of the meeting as the secretary writes it (diễn biến), and its closing conclusions. */
  proceedings: z.string(),
  conclusion: z.string(),
  quorum: quorumStatus.nullable(),
  agenda: z.array(agendaItem),
  tasks: z.array(followUpTask),
  preparation: z.array(preparationStep),
  consultation: z.array(consultationComment),
  stage: z.enum(meetingStages),
  versions: z.array(minutesVersion),
  /** Residents' decision record: the deadline to reach the UBND and the front, and when it was sent. */
  deliveryDue: z.string().nullable(),
  deliveredOn: z.string().nullable(),
  /** The UBND invitation's symbol in the register of outgoing documents ("05/GM-UBND"), once taken. */
  invitationNumber: z.string().nullable(),
});
export type Meeting = z.infer<typeof meeting>;

export const meetingSummary = z.object({
  id,
  type: meetingType,
  title: z.string(),
  date: z.string(),
  residentialGroupName: z.string().nullable(),
  stage: z.enum(meetingStages),
  eligibleCount: z.number().int(),
  presentCount: z.number().int().nullable(),
  /** present / eligible × 100, null before attendance or when nobody was eligible. */
  attendancePercent: z.number().nullable(),
  decisionsPassed: z.number().int(),
  decisionsTotal: z.number().int(),
});
export type MeetingSummary = z.infer<typeof meetingSummary>;

const period = { from: isoDate, to: isoDate };
const periodRefine = <T extends { from: string; to: string }>(value: T) => value.from <= value.to;
const periodMessage = { message: 'Ngày bắt đầu phải trước ngày kết thúc.', path: ['to'] };

export const searchHitKinds = ['meeting', 'agendaItem', 'opinion', 'minutes'] as const;
export const searchHit = z.object({
  kind: z.enum(searchHitKinds),
  meetingId: id,
  meetingTitle: z.string(),
  meetingDate: z.string(),
  /** The matching text cut around the first match, with each match as a separate highlighted part. */
  snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
});
export type SearchHit = z.infer<typeof searchHit>;

export const documentKinds = ['invitation', 'attendanceSheet', 'minutes', 'decisionRecord', 'resolution', 'countingMinutes', 'consultationSynthesis'] as const;
export const meetingDocumentKind = z.enum(documentKinds);
export type MeetingDocumentKind = z.infer<typeof meetingDocumentKind>;

const meetingRef = { meetingId: id };

export const meetingsChannels = {
  'meetings.rules': { input: z.object({}).strict(), output: meetingRuleSet },
  'meetings.list': {
    input: z.object({ ...period, type: meetingType.nullable().default(null) }).strict().refine(periodRefine, periodMessage),
    output: z.array(meetingSummary),
  },
  'meetings.get': { input: z.object({ id }).strict(), output: meeting },
  'meetings.savePlan': { input: meetingPlanInput, output: meeting },
  /** Removes a meeting never finalized; a finalized one stays for the record. */
  'meetings.delete': { input: z.object({ id }).strict(), output: z.null() },
  'meetings.recordAttendance': {
    input: z
      .object({
        ...meetingRef,
        /** Households present (residents' meetings); staff present is counted from `present` of the participants. */
        presentCount: count.nullable().default(null),
        present: z.array(z.object({ participantId: id, present: z.boolean() }).strict()).max(2000).default([]),
        endTime: time.or(z.literal('')).default(''),
      })
      .strict(),
    output: meeting,
  },
  'meetings.saveAgendaItem': { input: agendaItemInput, output: meeting },
  'meetings.deleteAgendaItem': { input: z.object({ ...meetingRef, agendaItemId: id }).strict(), output: meeting },
  'meetings.moveAgendaItem': { input: z.object({ ...meetingRef, agendaItemId: id, direction: z.enum(['up', 'down']) }).strict(), output: meeting },
  'meetings.saveProceedings': {
    input: z.object({ ...meetingRef, proceedings: optionalText(50_000), conclusion: optionalText(10_000) }).strict(),
    output: meeting,
  },
  'meetings.saveTask': { input: followUpTaskInput, output: meeting },
  'meetings.deleteTask': { input: z.object({ ...meetingRef, taskId: id }).strict(), output: meeting },
  'meetings.savePreparationStep': {
    input: z.object({ ...meetingRef, key: z.string().max(40), doneOn: isoDate.nullable(), note: optionalText(1000) }).strict(),
    output: meeting,
  },
  'meetings.saveConsultationComment': { input: consultationCommentInput, output: meeting },
  'meetings.deleteConsultationComment': { input: z.object({ ...meetingRef, commentId: id }).strict(), output: meeting },
  /** Locks the minutes as the next version; takes the register numbers where the type has them. */
  'meetings.finalize': { input: z.object(meetingRef).strict(), output: meeting },
  'meetings.startCorrection': { input: z.object({ ...meetingRef, reason: requiredText(1000) }).strict(), output: meeting },
  'meetings.recordDelivery': { input: z.object({ ...meetingRef, deliveredOn: isoDate }).strict(), output: meeting },
  /** Takes the UBND invitation's number from the register once; later calls keep the same number. */
  'meetings.numberInvitation': { input: z.object(meetingRef).strict(), output: meeting },
  'meetings.search': {
    input: z.object({ query: z.string().trim().min(1, 'Nhập từ cần tìm.').max(200), limit: z.number().int().min(1).max(200).default(50) }).strict(),
    /** `total` is counted up to a cap; `capped` says there are at least that many. */
    output: z.object({ hits: z.array(searchHit), total: z.number().int(), capped: z.boolean(), tookMs: z.number() }),
  },
  /** A document of one meeting; minutes, decision record and resolution of a finalized version come from that version as locked. */
  'meetings.exportDocument': {
    input: z
      .object({ ...meetingRef, kind: meetingDocumentKind, format: z.enum(['pdf', 'docx']), version: z.number().int().positive().optional() })
      .strict(),
    output: generatedFile,
  },
  'meetings.exportList': {
    input: z.object({ ...period, type: meetingType.nullable().default(null) }).strict().refine(periodRefine, periodMessage),
    output: generatedFile,
  },
  ...ballotChannels,
} as const;
