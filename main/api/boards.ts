import { z } from 'zod';
import { generatedFile } from './files';
import { id, isoDate, optionalText, personName, requiredText } from './fields';

/** The People's Inspection Board (one per ward per term) and the Community Investment Supervision Boards (one per project). */
export const boardKinds = ['inspection', 'investmentSupervision'] as const;
export const boardKind = z.enum(boardKinds);
export type BoardKind = z.infer<typeof boardKind>;

const kindRules = z
  .object({
    label: requiredText(200),
    legalBasis: requiredText(300),
    minMembers: z.number().int().min(1).max(50),
    maxDeputies: z.number().int().min(0).max(10),
    /** Whether the ward's cadres and civil servants are kept out (Art. 36: the inspection board). */
    staffExcluded: z.boolean(),
  })
  .strict();

/** resources/boards/board-rules.json: the composition numbers and the answer deadline are data, not code. */
export const boardRuleSet = z
  .object({
    version: z.number().int().min(1),
    source: requiredText(1000),
    /** Working days the ward has to answer a board's recommendation ([U], default 15). */
    answerDeadlineWorkingDays: z.number().int().min(1).max(120),
    kinds: z.object({ inspection: kindRules, investmentSupervision: kindRules }).strict(),
  })
  .strict();
export type BoardRuleSet = z.infer<typeof boardRuleSet>;

const optionalDate = isoDate.nullable().default(null);
type Check<T> = [(value: T) => boolean, { message: string; path: string[] }];
const dateOrder = (message: string, path: string): Check<{ from: string; to: string | null }> => [(value) => value.to === null || value.to >= value.from, { message, path: [path] }];

export const boardInput = z
  .object({
    id: id.optional(),
    kind: boardKind,
    /** Inspection board: its term; investment supervision board: the project's start and planned end. */
    from: isoDate,
    to: isoDate.nullable(),
    projectName: optionalText(300),
    investor: optionalText(200),
    /** The project's total investment in đồng. */
    projectValue: z.number().int().min(0).max(1e15).nullable().default(null),
    note: optionalText(1000),
  })
  .strict()
  .refine(...dateOrder('Ngày kết thúc phải sau ngày bắt đầu.', 'to'))
  .refine((b) => b.kind !== 'inspection' || b.to !== null, { message: 'Nhập ngày hết nhiệm kỳ.', path: ['to'] })
  .refine((b) => b.kind !== 'investmentSupervision' || b.projectName !== '', { message: 'Nhập tên dự án, công trình.', path: ['projectName'] })
  .refine((b) => b.kind !== 'investmentSupervision' || b.investor !== '', { message: 'Nhập chủ đầu tư.', path: ['investor'] });
export type BoardInput = z.infer<typeof boardInput>;

export const memberRoles = ['head', 'deputy', 'member'] as const;
export const memberRole = z.enum(memberRoles);
export type MemberRole = z.infer<typeof memberRole>;

export const boardMemberInput = z
  .object({
    id: id.optional(),
    boardId: id,
    fullName: personName,
    residentialGroupId: id.nullable(),
    /** Occupation or position, e.g. "Hưu trí", "Cựu chiến binh": tells a resident from a namesake on the ward staff. */
    occupation: optionalText(120),
    role: memberRole,
    from: isoDate,
    to: optionalDate,
  })
  .strict()
  .refine(...dateOrder('Ngày thôi làm thành viên phải sau ngày bắt đầu.', 'to'));

export const boardMember = z.object({
  id,
  boardId: id,
  fullName: z.string(),
  residentialGroupId: id.nullable(),
  residentialGroupName: z.string().nullable(),
  occupation: z.string(),
  role: memberRole,
  from: z.string(),
  to: z.string().nullable(),
});
export type BoardMember = z.infer<typeof boardMember>;

export const planKinds = ['quarter', 'halfYear', 'year'] as const;
export const planKind = z.enum(planKinds);
export type PlanKind = z.infer<typeof planKind>;

const periodCheck: Check<{ kind: PlanKind; part: number | null }> = [
  (p) => (p.kind === 'year' ? p.part === null : p.part !== null && p.part <= (p.kind === 'quarter' ? 4 : 2)),
  { message: 'Chọn quý hoặc 6 tháng (kỳ năm thì để trống).', path: ['part'] },
];

export const boardPlanInput = z
  .object({
    id: id.optional(),
    boardId: id,
    kind: planKind,
    year: z.number().int().min(2000).max(2100),
    /** Quarter 1–4 or half 1–2; null for a year plan. */
    part: z.number().int().min(1).max(4).nullable(),
    items: z.array(requiredText(500)).min(1, 'Kế hoạch phải có ít nhất một nội dung.').max(100),
  })
  .strict()
  .refine(...periodCheck);
export const boardPlan = z.object({ id, boardId: id, kind: planKind, year: z.number(), part: z.number().nullable(), items: z.array(z.string()) });
export type BoardPlan = z.infer<typeof boardPlan>;

export const activityKinds = ['inspection', 'supervision'] as const;
export const activityKind = z.enum(activityKinds);
export type ActivityKind = z.infer<typeof activityKind>;

export const boardActivityInput = z
  .object({
    id: id.optional(),
    boardId: id,
    kind: activityKind,
    date: isoDate,
    subject: requiredText(500),
    findings: optionalText(5000),
  })
  .strict();

export const recommendationInput = z.object({ id: id.optional(), activityId: id, content: requiredText(2000) }).strict();
export const answerInput = z.object({ id, answeredOn: isoDate, answer: requiredText(5000) }).strict();

export const recommendation = z.object({
  id,
  activityId: id,
  content: z.string(),
  answeredOn: z.string().nullable(),
  answer: z.string(),
  /** Made on the activity's date; the ward answers within the rule set's working days. */
  dueDate: z.string(),
  overdue: z.boolean(),
});
export type Recommendation = z.infer<typeof recommendation>;

export const boardActivity = z.object({
  id,
  boardId: id,
  kind: activityKind,
  date: z.string(),
  subject: z.string(),
  findings: z.string(),
  recommendations: z.array(recommendation),
});
export type BoardActivity = z.infer<typeof boardActivity>;

export const boardReportInput = z
  .object({
    id: id.optional(),
    boardId: id,
    kind: planKind,
    year: z.number().int().min(2000).max(2100),
    part: z.number().int().min(1).max(4).nullable(),
    reportedOn: isoDate,
    summary: requiredText(10000),
  })
  .strict()
  .refine(...periodCheck);
export const boardReport = z.object({ id, boardId: id, kind: planKind, year: z.number(), part: z.number().nullable(), reportedOn: z.string(), summary: z.string() });
export type BoardReport = z.infer<typeof boardReport>;

export const board = z.object({
  id,
  kind: boardKind,
  from: z.string(),
  to: z.string().nullable(),
  projectName: z.string(),
  investor: z.string(),
  projectValue: z.number().nullable(),
  note: z.string(),
  /** An investment supervision board whose project has ended: it records nothing new. */
  dissolved: z.boolean(),
  /** What keeps the current composition short of the rules, in Vietnamese; empty when complete. */
  compositionIssues: z.array(z.string()),
  memberCount: z.number(),
  overdueRecommendations: z.number(),
});
export type Board = z.infer<typeof board>;

export const boardDetail = board.extend({
  members: z.array(boardMember),
  plans: z.array(boardPlan),
  activities: z.array(boardActivity),
  reports: z.array(boardReport),
});
export type BoardDetail = z.infer<typeof boardDetail>;

const search = z.string().trim().max(200).default('');
const byId = z.object({ id }).strict();

export const boardsChannels = {
  'boards.rules': { input: z.object({}).strict(), output: boardRuleSet },
  'boards.list': { input: z.object({ kind: boardKind.nullable().default(null), search }).strict(), output: z.array(board) },
  'boards.get': { input: byId, output: boardDetail },
  'boards.save': { input: boardInput, output: board },
  'boards.delete': { input: byId, output: z.null() },
  'boards.saveMember': { input: boardMemberInput, output: boardMember },
  'boards.deleteMember': { input: byId, output: z.null() },
  'boards.savePlan': { input: boardPlanInput, output: boardPlan },
  'boards.deletePlan': { input: byId, output: z.null() },
  'boards.saveActivity': { input: boardActivityInput, output: boardActivity },
  'boards.deleteActivity': { input: byId, output: z.null() },
  'boards.saveRecommendation': { input: recommendationInput, output: recommendation },
  'boards.deleteRecommendation': { input: byId, output: z.null() },
  'boards.answerRecommendation': { input: answerInput, output: recommendation },
  'boards.saveReport': { input: boardReportInput, output: boardReport },
  'boards.deleteReport': { input: byId, output: z.null() },
  /** The board's activities (search folds diacritics) as a workbook. */
  'boards.exportActivities': { input: z.object({ boardId: id, search }).strict(), output: generatedFile },
  'boards.exportMembers': { input: z.object({ boardId: id, search }).strict(), output: generatedFile },
} as const;

/** "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026": the period of a plan or a report. */
export function periodLabel(period: { kind: PlanKind; year: number; part: number | null }): string {
  if (period.kind === 'year') return `Năm ${period.year}`;
  if (period.kind === 'halfYear') return `6 tháng ${period.part === 1 ? 'đầu' : 'cuối'} năm ${period.year}`;
  return `Quý ${['I', 'II', 'III', 'IV'][(period.part ?? 1) - 1]}/${period.year}`;
}

/** How a board is named everywhere: the inspection board by its term, a supervision board by its project. */
export function boardTitle(b: Pick<Board, 'kind' | 'from' | 'to' | 'projectName'>): string {
  if (b.kind === 'investmentSupervision') return `Ban Giám sát đầu tư của cộng đồng – ${b.projectName}`;
  return `Ban Thanh tra nhân dân nhiệm kỳ ${b.from.slice(0, 4)}–${b.to?.slice(0, 4) ?? ''}`;
}
