import { z } from 'zod';
import { isoDate, requiredText } from './fields';
import { generatedFile } from './files';

/** The four grades of every regime (rules §1): HTXSNV, HTTNV, HTNV, KHTNV. */
export const grades = ['excellent', 'good', 'satisfactory', 'unsatisfactory'] as const;
export const grade = z.enum(grades);
export type Grade = z.infer<typeof grade>;

/** Points are compared and summed in integer hundredths, so that 89.99 stays 89.99. */
export function toHundredths(points: number): number {
  return Math.round(points * 100);
}

const POINTS_LIMIT = 1000;
/** A number of points with at most two decimals, e.g. 2.5 or 89.99. */
export const points = z
  .number()
  .min(0, 'Điểm không được âm.')
  .max(POINTS_LIMIT, `Điểm không được lớn hơn ${POINTS_LIMIT}.`)
  .refine((value) => Math.abs(value * 100 - toHundredths(value)) < 1e-6, 'Điểm chỉ được có tối đa hai chữ số thập phân.');

const key = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'Mã chỉ gồm chữ không dấu và chữ số, bắt đầu bằng chữ.').max(40);
const fileId = z.string().regex(/^[a-z0-9.-]{3,60}$/, 'Mã chỉ gồm chữ thường không dấu, chữ số, dấu chấm, gạch ngang.');

/** Points as written in Vietnamese messages: a decimal comma (9,5). */
const pointsText = (value: number): string => String(value).replace('.', ',');

/** Reports when the parts do not add up to the whole, in hundredths. */
function checkSum(ctx: z.RefinementCtx, parts: number[], whole: number, message: string, path: (string | number)[]): void {
  const sum = parts.reduce((total, part) => total + toHundredths(part), 0);
  if (sum !== toHundredths(whole)) ctx.addIssue({ code: 'custom', message: message.replace('{sum}', pointsText(sum / 100)), path });
}

function checkUniqueKeys(ctx: z.RefinementCtx, keys: string[], noun: string): void {
  const seen = new Set<string>();
  for (const entry of keys) {
    if (seen.has(entry)) ctx.addIssue({ code: 'custom', message: `Mã ${noun} "${entry}" bị trùng.`, path: [] });
    seen.add(entry);
  }
}

// ---- scoring schemes (NĐ 335/2025 points, NĐ 90/2020 levels) ----

export const periodKinds = ['month', 'quarter', 'year'] as const;
export const periodKind = z.enum(periodKinds);
export type PeriodKind = z.infer<typeof periodKind>;

export const subCriterion = z.object({ key, label: requiredText(300), maxPoints: points }).strict();
export const generalCriterion = z
  .object({ key, label: requiredText(300), maxPoints: points, subCriteria: z.array(subCriterion).min(1) })
  .strict()
  .superRefine((criterion, ctx) =>
    checkSum(
      ctx,
      criterion.subCriteria.map((sub) => sub.maxPoints),
      criterion.maxPoints,
      `Tổng điểm tối đa các tiêu chí thành phần của "${criterion.label}" là {sum}, khác điểm tối đa ${pointsText(criterion.maxPoints)} của tiêu chí.`,
      ['subCriteria'],
    ),
  );
export type GeneralCriterion = z.infer<typeof generalCriterion>;

/** The task-result part: each quality failure or delay costs `penaltyShare` of the task's points (NĐ 335: 0.25). */
export const taskPart = z
  .object({ label: requiredText(300), maxPoints: points, penaltyShare: points.max(1, 'Tỷ lệ trừ điểm không được lớn hơn 1.') })
  .strict();

/** A grade of a scheme. Points schemes give each grade a band: `min` inclusive, `max` exclusive except for the top band. */
export const gradeDefinition = z
  .object({
    grade,
    label: requiredText(100),
    abbreviation: requiredText(10),
    min: points.optional(),
    max: points.optional(),
    /** Levels schemes: what the grade requires, shown when choosing it. */
    description: z.string().max(1000).default(''),
  })
  .strict();
export type GradeDefinition = z.infer<typeof gradeDefinition>;

/** Excellent ≤ 20 % of those graded good, within one agency and group of similar tasks (NĐ 335/2025). */
export const quotaRule = z
  .object({
    limited: grade,
    relativeTo: grade,
    maxPercent: z.number().int().min(1).max(100),
    scope: requiredText(300),
    legalBasis: z.string().max(300),
  })
  .strict();
export type QuotaRule = z.infer<typeof quotaRule>;

export const annualAggregations = ['meanOfPeriods', 'lastPeriod'] as const;
export const annualAggregation = z.enum(annualAggregations);
export type AnnualAggregation = z.infer<typeof annualAggregation>;

const schemeBase = {
  id: fileId,
  version: z.number().int().min(1),
  name: requiredText(200),
  legalBasis: requiredText(500),
  /** What is not confirmed from the legal text, shown with the scheme. */
  note: z.string().max(2000).default(''),
  appliesFrom: isoDate,
  /** Null while the scheme is in force. */
  appliesTo: isoDate.nullable(),
  periodKinds: z.array(periodKind).min(1),
  grades: z.array(gradeDefinition).length(grades.length, 'Thang điểm phải có đủ bốn mức xếp loại.'),
  quota: quotaRule.nullable(),
  /** The grade a discipline conclusion in the year forces. */
  disciplineGrade: grade,
};

export const pointsScheme = z
  .object({
    ...schemeBase,
    kind: z.literal('points'),
    generalCriteria: z.array(generalCriterion).min(1),
    taskPart,
    /** How the annual score comes from the periods' totals; the law leaves it open [U], so it is a setting. */
    annualAggregation: annualAggregation.default('meanOfPeriods'),
  })
  .strict();
export type PointsScheme = z.infer<typeof pointsScheme>;

/** NĐ 90/2020: the grade is chosen by the evaluator against qualitative criteria, not computed. */
export const levelsScheme = z.object({ ...schemeBase, kind: z.literal('levels') }).strict();
export type LevelsScheme = z.infer<typeof levelsScheme>;

const bandText = (band: GradeDefinition) => `"${band.label}" (${band.min ?? '?'}–${band.max ?? '?'})`;

function checkBands(scheme: PointsScheme | LevelsScheme, ctx: z.RefinementCtx): void {
  const issue = (message: string) => ctx.addIssue({ code: 'custom', message, path: ['grades'] });
  if (scheme.kind === 'levels') {
    if (scheme.grades.some((band) => band.min !== undefined || band.max !== undefined)) issue('Thang xếp loại theo mức không có khung điểm (min, max).');
    return;
  }
  const total = scheme.generalCriteria.reduce((sum, criterion) => sum + toHundredths(criterion.maxPoints), 0) + toHundredths(scheme.taskPart.maxPoints);
  if (total !== 10_000) issue(`Tổng điểm tối đa của tiêu chí chung và kết quả nhiệm vụ là ${total / 100}, phải bằng 100.`);
  const bands = [...scheme.grades].sort((a, b) => (a.min ?? 0) - (b.min ?? 0));
  for (const band of bands) {
    if (band.min === undefined || band.max === undefined) return issue(`Khung điểm ${bandText(band)} thiếu điểm từ (min) hoặc điểm đến (max).`);
    if (band.min >= band.max) issue(`Khung điểm ${bandText(band)}: điểm từ phải nhỏ hơn điểm đến.`);
  }
  if (bands[0]?.min !== 0) issue(`Các khung điểm phải bắt đầu từ 0; khung thấp nhất ${bandText(bands[0]!)} bắt đầu từ ${bands[0]?.min}.`);
  bands.slice(1).forEach((band, index) => {
    const below = bands[index]!;
    if (band.min! < below.max!) issue(`Khung điểm ${bandText(below)} và ${bandText(band)} chồng lên nhau.`);
    if (band.min! > below.max!) issue(`Giữa khung điểm ${bandText(below)} và ${bandText(band)} còn khoảng trống từ ${below.max} đến ${band.min}.`);
  });
  const top = bands[bands.length - 1]!;
  if (top.max !== 100) issue(`Khung điểm cao nhất ${bandText(top)} phải kết thúc ở 100.`);
}

export const scoringScheme = z
  .discriminatedUnion('kind', [pointsScheme, levelsScheme])
  .superRefine((scheme, ctx) => {
    checkUniqueKeys(ctx, scheme.grades.map((entry) => entry.grade), 'xếp loại');
    if (scheme.kind === 'points') {
      checkUniqueKeys(ctx, scheme.generalCriteria.flatMap((criterion) => [criterion.key, ...criterion.subCriteria.map((sub) => sub.key)]), 'tiêu chí');
    }
    checkBands(scheme, ctx);
    if (scheme.appliesTo !== null && scheme.appliesTo < scheme.appliesFrom) {
      ctx.addIssue({ code: 'custom', message: 'Ngày hết hiệu lực phải sau ngày bắt đầu áp dụng.', path: ['appliesTo'] });
    }
  });
export type ScoringScheme = z.infer<typeof scoringScheme>;

// ---- inputs of the scoring rules ----

/** A task assigned in the period. `weight`: its points in converted units; null for an equal share. */
export const assignedTask = z
  .object({
    title: requiredText(500),
    weight: points.nullable().default(null),
    done: z.boolean(),
    qualityFailures: z.number().int().min(0, 'Số lỗi không được âm.').max(100),
    delays: z.number().int().min(0, 'Số lần chậm không được âm.').max(100),
  })
  .strict();
export type AssignedTask = z.infer<typeof assignedTask>;

/** A discipline conclusion in the year (reprimand or heavier), which forces the scheme's discipline grade. */
export const disciplineConclusion = z.object({ reference: requiredText(300) }).strict();
export type DisciplineConclusion = z.infer<typeof disciplineConclusion>;

/** "2026-03" (month), "2026-Q1" (quarter), "2026" (year). */
export const periodKey = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, 'Kỳ đánh giá phải có dạng 2026-03, 2026-Q1 hoặc 2026.');

// ---- criteria sets (ward self-assessment, e.g. QĐ 25/2021 access to law) ----

export const indicator = z
  .object({
    key,
    label: requiredText(500),
    maxPoints: points,
    guidance: z.string().max(2000).default(''),
    evidenceHints: z.array(z.string().max(300)).default([]),
  })
  .strict();
export type Indicator = z.infer<typeof indicator>;

export const criterion = z
  .object({
    key,
    label: requiredText(500),
    maxPoints: points,
    guidance: z.string().max(2000).default(''),
    indicators: z.array(indicator).min(1),
  })
  .strict()
  .superRefine((entry, ctx) =>
    checkSum(
      ctx,
      entry.indicators.map((item) => item.maxPoints),
      entry.maxPoints,
      `Tổng điểm tối đa các chỉ tiêu của tiêu chí "${entry.label}" là {sum}, khác điểm tối đa ${pointsText(entry.maxPoints)} của tiêu chí.`,
      ['indicators'],
    ),
  );
export type Criterion = z.infer<typeof criterion>;

/** A named rating from a total (e.g. "Tốt" from 90); none is confirmed nationally, so they are data. */
export const ratingBand = z.object({ key, label: requiredText(100), min: points }).strict();
export type RatingBand = z.infer<typeof ratingBand>;

/** QĐ 25/2021 Art. 4: total ≥ 80 and every criterion ≥ 50 % of its maximum. */
export const passRule = z
  .object({ minTotal: points, minCriterionPercent: z.number().int().min(0).max(100) })
  .strict();
export type PassRule = z.infer<typeof passRule>;

export const criteriaSet = z
  .object({
    id: fileId,
    version: z.number().int().min(1),
    name: requiredText(300),
    issuer: requiredText(300),
    legalBasis: requiredText(500),
    /** An example whose points the superior has not confirmed; shown with `note`. */
    example: z.boolean(),
    note: z.string().max(2000).default(''),
    maxPoints: points,
    criteria: z.array(criterion).min(1),
    ratingBands: z.array(ratingBand).default([]),
    passRule,
  })
  .strict()
  .superRefine((set, ctx) => {
    checkUniqueKeys(ctx, set.criteria.flatMap((entry) => [entry.key, ...entry.indicators.map((item) => item.key)]), 'tiêu chí, chỉ tiêu');
    checkUniqueKeys(ctx, set.ratingBands.map((band) => band.key), 'mức xếp hạng');
    checkSum(
      ctx,
      set.criteria.map((entry) => entry.maxPoints),
      set.maxPoints,
      `Tổng điểm tối đa các tiêu chí là {sum}, khác tổng điểm ${pointsText(set.maxPoints)} của bộ tiêu chí.`,
      ['criteria'],
    );
    if (toHundredths(set.passRule.minTotal) > toHundredths(set.maxPoints)) {
      ctx.addIssue({ code: 'custom', message: 'Điểm tối thiểu để đạt lớn hơn tổng điểm của bộ tiêu chí.', path: ['passRule', 'minTotal'] });
    }
  });
export type CriteriaSet = z.infer<typeof criteriaSet>;

/** Points given to indicators, by indicator key; an indicator not yet scored is absent. */
export const indicatorScores = z.record(z.string(), points);
export type IndicatorScores = z.infer<typeof indicatorScores>;

// ---- channels: civil-servant scoring per period and year ----

const id = z.number().int().positive();
const note = z.string().trim().max(5000).default('');

/** One person's sheet of a period as the head saves it; points schemes compute the grade, levels schemes take `chosenGrade`. */
export const evaluationSheetInput = z
  .object({
    periodId: id,
    staffMemberId: id,
    selfAssessment: note,
    collectiveOpinion: note,
    headNote: note,
    generalScores: z.record(key, points).default({}),
    tasks: z.array(assignedTask).max(200).default([]),
    discipline: disciplineConclusion.nullable().default(null),
    chosenGrade: grade.nullable().default(null),
  })
  .strict();

export const sheetResult = z.object({
  total: z.number().nullable(),
  grade,
  gradeLabel: z.string(),
  forcedByDiscipline: z.boolean(),
  /** How each figure was computed, in order: general criteria, each task, the task part, the total, the grade. */
  explanation: z.array(z.string()),
});
export type SheetResult = z.infer<typeof sheetResult>;

export const evaluationSheet = z.object({
  periodId: id,
  period: z.string(),
  periodLabel: z.string(),
  staffMemberId: id,
  fullName: z.string(),
  position: z.string(),
  department: z.string(),
  selfAssessment: z.string(),
  collectiveOpinion: z.string(),
  headNote: z.string(),
  generalScores: z.record(z.string(), z.number()),
  tasks: z.array(assignedTask),
  discipline: disciplineConclusion.nullable(),
  chosenGrade: grade.nullable(),
  /** Null until the sheet has been scored. */
  result: sheetResult.nullable(),
});
export type EvaluationSheet = z.infer<typeof evaluationSheet>;

export const evaluationPeriod = z.object({
  id,
  period: z.string(),
  periodLabel: z.string(),
  kind: periodKind,
  schemeId: z.string(),
  schemeName: z.string(),
  /** The agency and group of similar tasks the quota is counted within. */
  groupName: z.string(),
  openedAt: z.string(),
  sheets: z.number().int(),
  scored: z.number().int(),
});
export type EvaluationPeriod = z.infer<typeof evaluationPeriod>;

const gradeCounts = z.object({ excellent: z.number().int(), good: z.number().int(), satisfactory: z.number().int(), unsatisfactory: z.number().int() });

export const yearResults = z.object({
  year: z.number().int(),
  groupName: z.string(),
  schemeId: z.string(),
  schemeName: z.string(),
  rows: z.array(
    z.object({
      staffMemberId: id,
      fullName: z.string(),
      position: z.string(),
      periods: z.array(z.object({ period: z.string(), total: z.number() })),
      score: z.number().nullable(),
      grade: grade.nullable(),
      gradeLabel: z.string(),
      explanation: z.string(),
    }),
  ),
  quota: z.object({ counts: gradeCounts, limit: z.number().int().nullable(), exceeded: z.boolean(), warning: z.string().nullable() }),
});
export type YearResults = z.infer<typeof yearResults>;

const yearField = z.number().int().min(2000).max(2100);
const groupName = requiredText(200);

/** A year's results as decided, and their disclosure to the staff (Art. 46–48). */
export const yearClosing = z.object({
  year: z.number().int(),
  groupName: z.string(),
  decidedOn: z.string(),
  /** ≤ 5 working days after the decision (Art. 47). */
  disclosureDue: z.string(),
  disclosedOn: z.string().nullable(),
  postingDays: z.number().int().nullable(),
  /** Vietnamese warning when the posting is shorter than 20 days or the disclosure came late. */
  disclosureWarning: z.string().nullable(),
});
export type YearClosing = z.infer<typeof yearClosing>;
export const MIN_STAFF_POSTING_DAYS = 20;

/** A person's own evaluation, for the account linked to them: never anyone else's. */
export const myResults = z.object({
  /** Null when the account is linked to no staff member. */
  staffMember: z.object({ id, fullName: z.string(), position: z.string() }).nullable(),
  /** The person's sheets of the year, scored or not, by period. */
  sheets: z.array(evaluationSheet),
  /** The person's year result per group they were scored in; `decidedOn` once the head has closed the year. */
  years: z.array(
    yearResults.shape.rows.element
      .pick({ score: true, grade: true, gradeLabel: true, explanation: true, periods: true })
      .extend({ groupName: z.string(), decidedOn: z.string().nullable() }),
  ),
});
export type MyResults = z.infer<typeof myResults>;

export const evaluationsChannels = {
  'evaluations.schemes': { input: z.object({}).strict(), output: z.array(scoringScheme) },
  'evaluations.listPeriods': { input: z.object({ year: yearField }).strict(), output: z.array(evaluationPeriod) },
  'evaluations.openPeriod': {
    input: z.object({ period: periodKey, groupName, schemeId: fileId, staffMemberIds: z.array(id).min(1, 'Chọn ít nhất một người được đánh giá.').max(2000) }).strict(),
    output: evaluationPeriod,
  },
  'evaluations.listSheets': { input: z.object({ periodId: id }).strict(), output: z.array(evaluationSheet) },
  'evaluations.saveSheet': { input: evaluationSheetInput, output: evaluationSheet },
  /** The year's result per person from the periods, and the quota check: personal scores, for the head only. */
  'evaluations.yearResults': { input: z.object({ year: yearField, groupName }).strict(), output: yearResults },
  /** Keeps the year's results as decided on `decidedOn`; the disclosure to the staff is then due within 5 working days. */
  'evaluations.closeYear': { input: z.object({ year: yearField, groupName, decidedOn: isoDate }).strict(), output: yearClosing },
  'evaluations.listClosings': { input: z.object({ year: yearField }).strict(), output: z.array(yearClosing) },
  'evaluations.recordDisclosure': {
    input: z
      .object({ year: yearField, groupName, disclosedOn: isoDate, postingDays: z.number().int().min(1, 'Số ngày niêm yết phải từ 1 trở lên.').max(3650) })
      .strict(),
    output: yearClosing,
  },
  /** The summary table and the notice of a closed year, to post for the staff. */
  'evaluations.exportResults': {
    input: z.object({ year: yearField, groupName, format: z.enum(['pdf', 'docx', 'xlsx']) }).strict(),
    output: generatedFile,
  },
  /** How many people got each grade in a year, per group: what every account may see. */
  'evaluations.gradeSummary': {
    input: z.object({ year: yearField }).strict(),
    output: z.array(z.object({ groupName: z.string(), counts: gradeCounts, graded: z.number().int(), quotaWarning: z.string().nullable() })),
  },
  /** The signed-in account's own sheets and year results, through its linked staff member only: no staff id is taken. */
  'evaluations.myResults': { input: z.object({ year: yearField }).strict(), output: myResults },
} as const;
