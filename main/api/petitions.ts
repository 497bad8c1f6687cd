import { z } from 'zod';
import { id, isoDate, optionalText, requiredText } from './fields';
import { generatedFile } from './files';

/** Where a petition (kiến nghị, phản ánh) reached the ward. */
export const petitionSources = ['suggestionBox', 'meeting', 'hotline', 'email', 'inPerson', 'forwardedByFront', 'other'] as const;
export const petitionSource = z.enum(petitionSources);
export type PetitionSource = z.infer<typeof petitionSource>;
export const petitionSourceLabels: Record<PetitionSource, string> = {
  suggestionBox: 'Hòm thư góp ý',
  meeting: 'Hội nghị, cuộc họp',
  hotline: 'Đường dây nóng',
  email: 'Thư điện tử',
  inPerson: 'Trực tiếp',
  forwardedByFront: 'Mặt trận Tổ quốc chuyển đến',
  other: 'Khác',
};

export const petitionStatuses = ['received', 'inProgress', 'answered', 'forwarded', 'closed'] as const;
export const petitionStatus = z.enum(petitionStatuses);
export type PetitionStatus = z.infer<typeof petitionStatus>;
export const petitionStatusLabels: Record<PetitionStatus, string> = {
  received: 'Mới tiếp nhận',
  inProgress: 'Đang xử lý',
  answered: 'Đã trả lời',
  forwarded: 'Đã chuyển cơ quan khác',
  closed: 'Đã đóng',
};

/** The ledger's rule data (resources/petitions/petition-rules.json): categories and the suggestion-box witnesses. */
export const petitionRules = z.object({
  source: z.string(),
  categories: z.array(z.object({ key: z.string(), label: z.string() })).min(1),
  minimumWitnesses: z.number().int().min(1),
  defaultAnswerWorkingDays: z.number().int().min(1),
});
export type PetitionRules = z.infer<typeof petitionRules>;

export const petitionSettings = z.object({ answerWorkingDays: z.number().int().min(1, 'Thời hạn phải từ 1 ngày làm việc.').max(90, 'Thời hạn không quá 90 ngày làm việc.') }).strict();
export type PetitionSettings = z.infer<typeof petitionSettings>;
/** The rule data with the ward's own settings, as the screen gets them. */
export const ledgerRules = petitionRules.extend({ settings: petitionSettings });
export type LedgerRules = z.infer<typeof ledgerRules>;

/** Who sent the petition: personal data, returned only to accounts with petitions.personalData. */
export const petitioner = z
  .object({
    name: optionalText(200),
    address: optionalText(300),
    phone: optionalText(40),
    residentialGroupId: id.nullable().default(null),
  })
  .strict();
export type PetitionerInput = z.input<typeof petitioner>;

const entryFields = {
  source: petitionSource,
  sourceNote: optionalText(300),
  receivedOn: isoDate,
  person: petitioner.default({ name: '', address: '', phone: '', residentialGroupId: null }),
  content: requiredText(10_000),
  category: requiredText(40),
  assigneeId: id.nullable().default(null),
  /** Null: computed from the received date and the ward's number of working days. */
  dueOn: isoDate.nullable().default(null),
};

/** A new entry or changes to one; suggestion-box and meeting entries are made by their own channels. */
export const petitionInput = z
  .object({ id: id.optional(), ...entryFields })
  .strict()
  .refine((value) => value.dueOn === null || value.dueOn >= value.receivedOn, { message: 'Hạn trả lời không được trước ngày tiếp nhận.', path: ['dueOn'] });
export type PetitionInput = z.input<typeof petitionInput>;

export const petitionActions = ['edit', 'assign', 'answer', 'forward', 'close'] as const;
export type PetitionAction = (typeof petitionActions)[number];

export const petition = z.object({
  id,
  source: petitionSource,
  sourceNote: z.string(),
  boxOpeningId: id.nullable(),
  meetingId: id.nullable(),
  receivedOn: z.string(),
  /** Null when the account may not see who sent it (see personHidden). */
  person: z.object({ name: z.string(), address: z.string(), phone: z.string(), residentialGroupId: id.nullable(), residentialGroupName: z.string().nullable() }).nullable(),
  personHidden: z.boolean(),
  content: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  assigneeId: id.nullable(),
  assigneeName: z.string().nullable(),
  dueOn: z.string(),
  status: petitionStatus,
  overdue: z.boolean(),
  answer: z.string(),
  answeredOn: z.string().nullable(),
  forwardedTo: z.string(),
  forwardedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  closingNote: z.string(),
  /** What the entry's status allows (main/petitions/rules.ts), for the screen to offer. */
  actions: z.array(z.enum(petitionActions)),
});
export type Petition = z.infer<typeof petition>;

const filterFields = {
  from: isoDate,
  to: isoDate,
  status: petitionStatus.nullable().default(null),
  source: petitionSource.nullable().default(null),
  category: z.string().max(40).nullable().default(null),
  assigneeId: id.nullable().default(null),
  overdueOnly: z.boolean().default(false),
  query: z.string().trim().max(200).default(''),
};
const periodInOrder = (value: { from: string; to: string }) => value.from <= value.to;
const periodMessage = { message: 'Ngày bắt đầu phải trước ngày kết thúc.', path: ['to'] };
export const petitionFilter = z.object(filterFields).strict().refine(periodInOrder, periodMessage);
export type PetitionFilter = z.input<typeof petitionFilter>;
export type ParsedPetitionFilter = z.output<typeof petitionFilter>;

export const PETITION_PAGE_SIZE = 50;

export const suggestionBoxOpeningInput = z
  .object({
    openedOn: isoDate,
    place: requiredText(300),
    witnesses: z.array(requiredText(200)).max(20).default([]),
    letterCount: z.number().int().min(0).max(500),
    letters: z.array(z.object({ content: requiredText(10_000), category: requiredText(40) }).strict()).max(500).default([]),
    note: optionalText(2000),
  })
  .strict()
  .refine((value) => value.letters.length === value.letterCount, { message: 'Số thư ghi vào sổ phải bằng số thư tìm thấy trong hòm.', path: ['letters'] });
export type SuggestionBoxOpeningInput = z.input<typeof suggestionBoxOpeningInput>;

export const suggestionBoxOpening = z.object({
  id,
  openedOn: z.string(),
  place: z.string(),
  witnesses: z.array(z.string()),
  letterCount: z.number().int(),
  note: z.string(),
  petitionIds: z.array(id),
});
export type SuggestionBoxOpening = z.infer<typeof suggestionBoxOpening>;

const ref = { id };
const petitionResult = { output: petition };

export const petitionsChannels = {
  'petitions.rules': { input: z.object({}).strict(), output: ledgerRules },
  'petitions.saveSettings': { input: petitionSettings, output: petitionSettings },
  'petitions.list': {
    input: z.object({ ...filterFields, page: z.number().int().min(1).default(1) }).strict().refine(periodInOrder, periodMessage),
    output: z.object({ rows: z.array(petition), total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), personHidden: z.boolean() }),
  },
  'petitions.get': { input: z.object(ref).strict(), ...petitionResult },
  'petitions.save': { input: petitionInput, ...petitionResult },
  /** Gives the entry to a staff member; a received entry moves to in progress. */
  'petitions.assign': { input: z.object({ ...ref, assigneeId: id }).strict(), ...petitionResult },
  'petitions.answer': { input: z.object({ ...ref, answer: requiredText(10_000), answeredOn: isoDate }).strict(), ...petitionResult },
  'petitions.forward': { input: z.object({ ...ref, forwardedTo: requiredText(300), forwardedOn: isoDate }).strict(), ...petitionResult },
  'petitions.close': { input: z.object({ ...ref, closedOn: isoDate, note: optionalText(2000) }).strict(), ...petitionResult },
  /** An opinion raised in a meeting becomes an entry, once. */
  'petitions.fromOpinion': { input: z.object({ opinionId: id }).strict(), ...petitionResult },
  /** The opinions of an agenda item with their current ids and the entry each became, if any. */
  'petitions.opinionLinks': {
    input: z.object({ agendaItemId: id }).strict(),
    output: z.array(z.object({ opinionId: id, position: z.number().int(), petitionId: id.nullable() })),
  },
  'petitions.openBox': { input: suggestionBoxOpeningInput, output: suggestionBoxOpening },
  'petitions.listOpenings': { input: z.object({ year: z.number().int().min(2000).max(2100) }).strict(), output: z.array(suggestionBoxOpening) },
  'petitions.exportList': { input: petitionFilter, output: generatedFile },
} as const;
