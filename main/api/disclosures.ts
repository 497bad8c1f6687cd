import { z } from 'zod';
import { id, isoDate, optionalText, requiredText } from './fields';
import { generatedFile } from './files';

/** The content groups of Art. 11 (K1–K14); their rules are data (resources/disclosures/content-groups.json). */
export const contentGroupKeys = ['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8', 'K9', 'K10', 'K11', 'K12', 'K13', 'K14'] as const;
export const contentGroupKey = z.enum(contentGroupKeys);
export type ContentGroupKey = z.infer<typeof contentGroupKey>;

/** The forms of disclosure of Art. 12(1) (rules §4). Named "forms" because budget.ts already has its own channel list. */
export const disclosureForms = [
  'posting',
  'portal',
  'loudspeaker',
  'groupHeads',
  'letter',
  'dialogue',
  'voterMeetings',
  'massOrganisations',
  'socialNetworks',
  'other',
] as const;
export const disclosureForm = z.enum(disclosureForms);
export type DisclosureForm = z.infer<typeof disclosureForm>;

const postingRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('days'), minimumDays: z.number().int().min(1).max(365) }).strict(),
  z.object({ kind: z.literal('permanent') }).strict(),
  z.object({ kind: z.literal('none') }).strict(),
]);

export const contentGroup = z
  .object({
    key: contentGroupKey,
    label: requiredText(300),
    legalBasis: requiredText(300),
    /** Working days after the decision, unless a sector law sets its own (Art. 12(3)). */
    deadlineWorkingDays: z.number().int().min(0).max(60),
    posting: postingRule,
    /** Consecutive days on the loudspeakers (K7–K12: 3); null when not required. */
    loudspeakerMinimumDays: z.number().int().min(1).max(60).nullable(),
    defaultChannels: z.array(disclosureForm),
  })
  .strict();
export type ContentGroup = z.infer<typeof contentGroup>;

export const disclosureRules = z
  .object({
    version: z.number().int().min(1),
    legalBasis: requiredText(500),
    /** Art. 26: a consultation lasts at least this many days. */
    consultationMinimumDays: z.number().int().min(1).max(365),
    groups: z.array(contentGroup),
  })
  .strict()
  .superRefine((rules, ctx) => {
    const keys = rules.groups.map((group) => group.key);
    const missing = contentGroupKeys.filter((key) => !keys.includes(key));
    if (missing.length > 0) ctx.addIssue({ code: 'custom', message: `Thiếu quy định cho nhóm ${missing.join(', ')}.`, path: ['groups'] });
    const repeated = keys.filter((key, index) => keys.indexOf(key) !== index);
    if (repeated.length > 0) ctx.addIssue({ code: 'custom', message: `Nhóm ${[...new Set(repeated)].join(', ')} bị khai báo trùng.`, path: ['groups'] });
  });
export type DisclosureRules = z.infer<typeof disclosureRules>;

/** planned → posted → ended; a posted or ended record becomes reDisclosed when a new record replaces it. */
export const disclosureStatuses = ['planned', 'posted', 'ended', 'reDisclosed'] as const;
export const disclosureStatus = z.enum(disclosureStatuses);
export type DisclosureStatus = z.infer<typeof disclosureStatus>;

const yearField = z.number().int().min(2000).max(2100);
const quarterField = z.number().int().min(1).max(4);
const days = z.number().int().min(0, 'Số ngày không được âm.').max(3650);

export const disclosureInput = z
  .object({
    id: id.optional(),
    group: contentGroupKey,
    title: requiredText(300),
    summary: optionalText(4000),
    decisionNumber: optionalText(60),
    decisionDate: isoDate.nullable().default(null),
    channels: z.array(disclosureForm).max(disclosureForms.length).default([]),
    plannedOn: isoDate.nullable().default(null),
    disclosedOn: isoDate.nullable().default(null),
    postingFrom: isoDate.nullable().default(null),
    postingTo: isoDate.nullable().default(null),
    postingPermanent: z.boolean().default(false),
    loudspeakerDays: days.nullable().default(null),
    postedAtHeadquarters: z.boolean().default(false),
    residentialGroupIds: z.array(id).max(500).default([]),
    status: disclosureStatus.default('planned'),
    /** A re-disclosure after a change: the record it replaces. */
    replacesId: id.nullable().default(null),
    owner: optionalText(100),
    note: optionalText(2000),
  })
  .strict();
export type DisclosureInput = z.output<typeof disclosureInput>;

/**
 * A row of the register. Rows with source 'budget' are the budget stages disclosed on the budget screen
 * (K2): read-only here, keyed "budget:<year>:<stage>:<version>", with `id` null.
 */
export const disclosure = z.object({
  key: z.string(),
  source: z.enum(['register', 'budget']),
  id: id.nullable(),
  group: contentGroupKey,
  title: z.string(),
  summary: z.string(),
  decisionNumber: z.string(),
  decisionDate: z.string().nullable(),
  /** The decision date + the group's working days; null without a decision date. */
  deadline: z.string().nullable(),
  channels: z.array(disclosureForm),
  plannedOn: z.string().nullable(),
  disclosedOn: z.string().nullable(),
  postingFrom: z.string().nullable(),
  postingTo: z.string().nullable(),
  postingPermanent: z.boolean(),
  loudspeakerDays: z.number().int().nullable(),
  postedAtHeadquarters: z.boolean(),
  residentialGroupIds: z.array(id),
  residentialGroupNames: z.array(z.string()),
  status: disclosureStatus,
  replacesId: id.nullable(),
  replacedById: id.nullable(),
  consultationId: id.nullable(),
  owner: z.string(),
  note: z.string(),
  /** The budget year of a K2 row, to open the budget screen on it. */
  budgetYear: z.number().int().nullable(),
  /** Vietnamese warnings computed in main; nothing is changed silently. */
  warnings: z.array(z.string()),
});
export type Disclosure = z.infer<typeof disclosure>;

/** A new register record before anything is filled in: planned, to be posted at the headquarters. */
export const blankDisclosure: Omit<DisclosureInput, 'id' | 'group' | 'title' | 'channels'> = {
  summary: '',
  decisionNumber: '',
  decisionDate: null,
  plannedOn: null,
  disclosedOn: null,
  postingFrom: null,
  postingTo: null,
  postingPermanent: false,
  loudspeakerDays: null,
  postedAtHeadquarters: true,
  residentialGroupIds: [],
  status: 'planned',
  replacesId: null,
  owner: '',
  note: '',
};

/** A stored record as the input that would save it unchanged. */
export function disclosureInputOf(record: Disclosure): DisclosureInput {
  const { id, group, title, summary, decisionNumber, decisionDate, channels, plannedOn, disclosedOn, postingFrom, postingTo, postingPermanent, loudspeakerDays, postedAtHeadquarters, residentialGroupIds, status, replacesId, owner, note } = record;
  return { id: id ?? undefined, group, title, summary, decisionNumber, decisionDate, channels, plannedOn, disclosedOn, postingFrom, postingTo, postingPermanent, loudspeakerDays, postedAtHeadquarters, residentialGroupIds, status, replacesId, owner, note };
}

export const disclosureFilter = z
  .object({
    year: yearField,
    quarter: quarterField.nullable().default(null),
    group: contentGroupKey.nullable().default(null),
    status: disclosureStatus.nullable().default(null),
    search: z.string().trim().max(200).default(''),
  })
  .strict();
export type DisclosureFilter = z.output<typeof disclosureFilter>;

export const consultationForms = ['dialogue', 'meeting', 'ballot', 'suggestionBox', 'front', 'portal', 'socialNetworks', 'other'] as const;
export const consultationForm = z.enum(consultationForms);
export type ConsultationForm = z.infer<typeof consultationForm>;

export const opinionSources = ['meeting', 'ballot', 'suggestionBox', 'portal', 'other'] as const;
export const opinionSource = z.enum(opinionSources);
export type OpinionSource = z.infer<typeof opinionSource>;

export const consultationInput = z
  .object({
    id: id.optional(),
    subject: requiredText(300),
    forms: z.array(consultationForm).min(1, 'Chọn ít nhất một hình thức lấy ý kiến.'),
    startDate: isoDate,
    endDate: isoDate,
    /** Where the draft was published: "Cổng thông tin điện tử phường, bảng tin UBND". */
    draftPublishedAt: optionalText(300),
    /** The synthesis of the opinions and the explanation of what was (not) taken up. */
    synthesis: optionalText(8000),
    synthesisDate: isoDate.nullable().default(null),
    note: optionalText(2000),
  })
  .strict();
export type ConsultationInput = z.output<typeof consultationInput>;

export const opinionInput = z
  .object({
    id: id.optional(),
    consultationId: id,
    source: opinionSource,
    author: requiredText(200),
    content: requiredText(4000),
    receivedOn: isoDate,
    /** The explanation given in the synthesis. */
    response: optionalText(4000),
  })
  .strict();
export type OpinionInput = z.output<typeof opinionInput>;

export const consultationOpinion = opinionInput.required({ id: true });
export type ConsultationOpinion = z.infer<typeof consultationOpinion>;

export const consultation = z.object({
  id,
  subject: z.string(),
  forms: z.array(consultationForm),
  startDate: z.string(),
  endDate: z.string(),
  draftPublishedAt: z.string(),
  synthesis: z.string(),
  synthesisDate: z.string().nullable(),
  note: z.string(),
  opinions: z.array(consultationOpinion),
  /** The K11 register record that discloses the synthesis report, once created. */
  disclosureId: id.nullable(),
});
export type Consultation = z.infer<typeof consultation>;

/** Vietnamese names, shared by the screen and the documents. */
export const disclosureFormLabels: Record<DisclosureForm, string> = {
  posting: 'Niêm yết',
  portal: 'Cổng thông tin điện tử',
  loudspeaker: 'Loa truyền thanh',
  groupHeads: 'Qua Tổ trưởng tổ dân phố',
  letter: 'Gửi văn bản',
  dialogue: 'Hội nghị đối thoại',
  voterMeetings: 'Tiếp xúc cử tri, tiếp công dân',
  massOrganisations: 'Thông báo cho Mặt trận, đoàn thể',
  socialNetworks: 'Mạng xã hội, tin nhắn',
  other: 'Hình thức khác',
};

export const disclosureStatusLabels: Record<DisclosureStatus, string> = {
  planned: 'Kế hoạch',
  posted: 'Đang công khai',
  ended: 'Đã kết thúc',
  reDisclosed: 'Đã công khai lại',
};

export const consultationFormLabels: Record<ConsultationForm, string> = {
  dialogue: 'Hội nghị đối thoại',
  meeting: 'Cuộc họp',
  ballot: 'Phát phiếu lấy ý kiến',
  suggestionBox: 'Hòm thư góp ý, đường dây nóng',
  front: 'Qua Mặt trận Tổ quốc',
  portal: 'Cổng thông tin điện tử',
  socialNetworks: 'Mạng xã hội',
  other: 'Hình thức khác',
};

export const opinionSourceLabels: Record<OpinionSource, string> = {
  meeting: 'Cuộc họp',
  ballot: 'Phiếu lấy ý kiến',
  suggestionBox: 'Hòm thư góp ý',
  portal: 'Cổng thông tin điện tử',
  other: 'Khác',
};

const exportFormat = z.enum(['pdf', 'docx', 'xlsx']);

export const disclosuresChannels = {
  'disclosures.rules': { input: z.object({}).strict(), output: disclosureRules },
  /** Register records and the disclosed budget stages (K2) of the filter, by date. */
  'disclosures.list': { input: disclosureFilter, output: z.array(disclosure) },
  'disclosures.save': { input: disclosureInput, output: disclosure },
  /** The annual plan's action: a planned record is posted on `disclosedOn`. */
  'disclosures.markPosted': { input: z.object({ id, disclosedOn: isoDate }).strict(), output: disclosure },
  /** Only a planned record can be deleted: a disclosure that took place stays in the register. */
  'disclosures.delete': { input: z.object({ id }).strict(), output: z.null() },
  'disclosures.exportList': { input: disclosureFilter, output: generatedFile },
  /** The list of everything disclosed in a quarter, to post (Art. 13(2)). */
  'disclosures.exportQuarterList': { input: z.object({ year: yearField, quarter: quarterField, format: exportFormat }).strict(), output: generatedFile },
  'disclosures.listConsultations': { input: z.object({ year: yearField }).strict(), output: z.array(consultation) },
  'disclosures.saveConsultation': { input: consultationInput, output: consultation },
  'disclosures.deleteConsultation': { input: z.object({ id }).strict(), output: z.null() },
  'disclosures.saveOpinion': { input: opinionInput, output: consultation },
  'disclosures.deleteOpinion': { input: z.object({ id }).strict(), output: consultation },
  /** The synthesis-and-explanation report; it takes a "…/BC-UBND" number once it has its date. */
  'disclosures.exportConsultationReport': { input: z.object({ consultationId: id, format: z.enum(['pdf', 'docx']) }).strict(), output: generatedFile },
  /** Creates the planned K11 record that discloses the consultation's synthesis report. */
  'disclosures.discloseConsultationReport': { input: z.object({ consultationId: id }).strict(), output: disclosure },
} as const;
