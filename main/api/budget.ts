import { z } from 'zod';
import { isoDate, optionalText, requiredText } from './fields';
import { base64Content, generatedFile } from './files';

/** The stages of one fiscal year, in order (TT 343/2016 Art. 15–18). */
export const budgetStages = [
  'estimateSubmitted',
  'estimateApproved',
  'executionQ1',
  'execution6m',
  'execution9m',
  'executionYear',
  'finalAccounts',
] as const;
export const budgetStage = z.enum(budgetStages);
export type BudgetStage = z.infer<typeof budgetStage>;

/** Money is an integer number of đồng, never a float. 10^15 đồng is far above any commune budget. */
export const MAX_AMOUNT = 1e15;
export const amount = z
  .number()
  .min(-MAX_AMOUNT, 'Số tiền vượt quá giới hạn cho phép (10^15 đồng).')
  .max(MAX_AMOUNT, 'Số tiền vượt quá giới hạn cho phép (10^15 đồng).')
  .int('Số tiền phải là số nguyên đồng.');

const code = z.string().trim().min(1).max(40);

/**
 * A column of a form. money: entered (or computed from other columns by `formula`); percent: numerator/denominator×100,
 * shown "-" where the base is 0 or missing; text: free text (a project's place, dates…).
 */
export const formColumn = z
  .object({
    key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'Mã cột chỉ gồm chữ không dấu và chữ số, bắt đầu bằng chữ.').max(40),
    header: requiredText(200),
    /** Upper header spanning several adjacent columns, e.g. "So sánh (%)". */
    group: z.string().max(200).optional(),
    /** The numbering row under the header: "1", "3=2/1"… */
    number: z.string().max(20),
    kind: z.enum(['money', 'percent', 'text']),
    /** money: a sum/difference of other money columns of the same line, e.g. ["+a", "+b", "-c"]. */
    formula: z.array(z.string().regex(/^[+-][a-zA-Z][a-zA-Z0-9]*$/)).optional(),
    /** percent: [numeratorKey, denominatorKey]. */
    ratioOf: z.tuple([z.string(), z.string()]).optional(),
    allowNegative: z.boolean().default(false),
  })
  .strict();
export type FormColumn = z.infer<typeof formColumn>;

/**
 * A line of a form. Lines form a tree through `parent`; a parent's money cells are the sum of its children's,
 * unless `formula` names other lines (e.g. C = A − B). `openChildren` lets the clerk add detail lines (projects, "-" items).
 */
export const formLine = z
  .object({
    code,
    /** What is printed in the STT column: "A", "I", "1", "-". */
    marker: z.string().max(10),
    label: requiredText(300),
    parent: code.optional(),
    formula: z.array(z.string().regex(/^[+-].+$/)).optional(),
    bold: z.boolean().default(false),
    italic: z.boolean().default(false),
    openChildren: z.boolean().default(false),
    /** Columns left blank on this line (e.g. the NSNN column of transfer lines). */
    blankColumns: z.array(z.string()).default([]),
  })
  .strict();
export type FormLine = z.infer<typeof formLine>;

export const formDefinition = z
  .object({
    code: code,
    /** "Biểu số 108/CK TC-NSNN" */
    formNumber: requiredText(80),
    /** Upper-case title without the period: "CÂN ĐỐI NGÂN SÁCH XÃ". The period is appended when printed. */
    title: requiredText(300),
    subtitle: z.string().max(300).optional(),
    stages: z.array(budgetStage).min(1),
    displayUnit: z.enum(['dong', 'millionDong']),
    orientation: z.enum(['portrait', 'landscape']).default('portrait'),
    columns: z.array(formColumn).min(1).max(30),
    lines: z.array(formLine).min(1).max(500),
  })
  .strict();
export type FormDefinition = z.infer<typeof formDefinition>;

export const formSet = z
  .object({
    id: z.string().regex(/^[a-z0-9.-]{3,60}$/, 'Mã bộ biểu chỉ gồm chữ thường không dấu, chữ số, dấu chấm, gạch ngang.'),
    version: z.number().int().min(1),
    name: requiredText(200),
    /** Where the forms come from (legal basis, annex, province decision). */
    source: requiredText(500),
    /** False while columns and labels have not been checked against the official annex. */
    verified: z.boolean(),
    forms: z.array(formDefinition).min(1).max(40),
  })
  .strict();
export type FormSet = z.infer<typeof formSet>;

const year = z.number().int().min(2000).max(2100);
const stageRef = { year, stage: budgetStage };

export const stageStatuses = ['notStarted', 'draft', 'disclosedOnTime', 'disclosedLate', 'overdue'] as const;
export type StageStatus = (typeof stageStatuses)[number];

export const disclosureChannels = [
  'postingHeadquarters',
  'postingResidentialGroups',
  'loudspeaker',
  'portal',
  'noticeToPartyAndOrganisations',
  'noticeToGroupHeads',
  'other',
] as const;

export const stageSummary = z.object({
  stage: budgetStage,
  /** The date the deadline counts from (resolution, submission, end of period); null until known. */
  triggerDate: z.string().nullable(),
  deadline: z.string().nullable(),
  /** How the deadline is computed, in Vietnamese, e.g. "≤ 30 ngày kể từ ngày HĐND quyết định". */
  deadlineRule: z.string(),
  status: z.enum(stageStatuses),
  resolutionNumber: z.string(),
  resolutionDate: z.string().nullable(),
  submittedOn: z.string().nullable(),
  /** The current version of the report: the draft being edited, or the disclosed one. */
  currentVersion: z.number().int().nullable(),
  disclosedOn: z.string().nullable(),
});
export type StageSummary = z.infer<typeof stageSummary>;

export const fiscalYear = z.object({
  year,
  formSetId: z.string(),
  formSetVersion: z.number().int(),
  formSetName: z.string(),
  formSetVerified: z.boolean(),
  stages: z.array(stageSummary),
});
export type FiscalYear = z.infer<typeof fiscalYear>;

export const computedCell = z.object({
  value: z.number().nullable(),
  source: z.enum(['entered', 'computed']),
  warning: z.string().optional(),
});
export const computedLine = z.object({
  code: z.string(),
  marker: z.string(),
  label: z.string(),
  parent: z.string().optional(),
  level: z.number().int(),
  bold: z.boolean(),
  italic: z.boolean(),
  /** A detail line the clerk added under an open parent. */
  extra: z.boolean(),
  cells: z.record(z.string(), computedCell),
  /** The filled text columns of the line (place, dates, notes): column key → text; absent when none is filled. */
  texts: z.record(z.string(), z.string()).optional(),
});
export const computedForm = z.object({
  form: formDefinition,
  lines: z.array(computedLine),
});
export type ComputedForm = z.infer<typeof computedForm>;

export const reportVersion = z.object({
  version: z.number().int(),
  status: z.enum(['draft', 'disclosed', 'superseded']),
  correctionReason: z.string(),
  createdAt: z.string(),
  disclosure: z
    .object({
      postedOn: z.string(),
      channels: z.array(z.enum(disclosureChannels)),
      postingDays: z.number().int(),
      performedBy: z.string(),
      note: z.string(),
    })
    .nullable(),
});

export const stageReport = z.object({
  year,
  stage: budgetStage,
  versions: z.array(reportVersion),
  /** The version shown: the latest unless asked for another. */
  version: z.number().int(),
  locked: z.boolean(),
  forms: z.array(computedForm),
});
export type StageReport = z.infer<typeof stageReport>;

const figureChange = z
  .object({
    lineCode: z.string().min(1).max(40),
    columnKey: z.string().min(1).max(40),
    amount: amount.nullable(),
  })
  .strict();
/** The text of a text column; "" clears it. The length limit is checked with the line and column named. */
const textChange = z
  .object({
    lineCode: z.string().min(1).max(40),
    columnKey: z.string().min(1).max(40),
    text: z.string().max(5000),
  })
  .strict();
export const TEXT_CELL_MAX = 500;

export const budgetChannels = {
  'budget.listFormSets': {
    input: z.object({}).strict(),
    output: z.array(z.object({ id: z.string(), version: z.number().int(), name: z.string(), verified: z.boolean(), builtIn: z.boolean() })),
  },
  /** The form set file's text, read by the renderer from a file the user picked. */
  'budget.importFormSet': { input: z.object({ json: z.string().min(2).max(2_000_000) }).strict(), output: z.object({ id: z.string(), version: z.number().int() }) },
  'budget.listYears': { input: z.object({}).strict(), output: z.array(z.object({ year, formSetName: z.string() })) },
  'budget.openYear': {
    input: z.object({ year, formSetId: z.string().max(60), formSetVersion: z.number().int().min(1) }).strict(),
    output: fiscalYear,
  },
  'budget.getYear': { input: z.object({ year }).strict(), output: fiscalYear },
  'budget.updateStage': {
    input: z
      .object({ ...stageRef, resolutionNumber: optionalText(60), resolutionDate: isoDate.nullable(), submittedOn: isoDate.nullable() })
      .strict(),
    output: fiscalYear,
  },
  'budget.getReport': { input: z.object({ ...stageRef, version: z.number().int().min(1).optional() }).strict(), output: stageReport },
  /** Figures and the texts of text columns, saved together so that a block pasted from Excel is one write. */
  'budget.saveFigures': {
    input: z.object({ ...stageRef, formCode: z.string().max(40), changes: z.array(z.union([figureChange, textChange])).min(1).max(5000) }).strict(),
    output: computedForm,
  },
  'budget.addLine': {
    input: z.object({ ...stageRef, formCode: z.string().max(40), parent: z.string().max(40), label: requiredText(300) }).strict(),
    output: computedForm,
  },
  'budget.removeLine': {
    input: z.object({ ...stageRef, formCode: z.string().max(40), lineCode: z.string().max(40) }).strict(),
    output: computedForm,
  },
  'budget.recordDisclosure': {
    input: z
      .object({
        ...stageRef,
        postedOn: isoDate,
        channels: z.array(z.enum(disclosureChannels)).min(1, 'Chọn ít nhất một hình thức công khai.'),
        postingDays: z.number().int().min(1).max(3650),
        performedBy: requiredText(100),
        note: optionalText(1000),
      })
      .strict(),
    output: z.object({ year: fiscalYear, warnings: z.array(z.string()) }),
  },
  /** Fills the stage's draft where its figures repeat an earlier stage or last year (rules are data). */
  'budget.carryOver': { input: z.object(stageRef).strict(), output: z.object({ report: stageReport, carriedCells: z.number().int() }) },
  'budget.startCorrection': {
    input: z.object({ ...stageRef, reason: requiredText(500) }).strict(),
    output: stageReport,
  },
} as const;

export const importReport = z.object({
  lines: z.array(
    z.object({
      row: z.number().int(),
      lineCode: z.string(),
      label: z.string(),
      status: z.enum(['ok', 'error', 'warning']),
      messages: z.array(z.string()),
    }),
  ),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
});
export type ImportReport = z.infer<typeof importReport>;

const workbookInput = z.object({ ...stageRef, formCode: z.string().max(40), contentBase64: base64Content }).strict();

export const budgetFileChannels = {
  /** The stage's documents in one file: PDF to print and post, DOCX to edit, XLSX with one sheet per form. */
  'budget.exportDocuments': {
    input: z.object({ ...stageRef, version: z.number().int().min(1).optional(), format: z.enum(['pdf', 'docx', 'xlsx']) }).strict(),
    output: generatedFile,
  },
  'budget.exportTemplate': { input: z.object({ ...stageRef, formCode: z.string().max(40) }).strict(), output: generatedFile },
  /** Reads a filled template and reports line by line; nothing is saved. */
  'budget.previewWorkbook': { input: workbookInput, output: importReport },
  /** Saves a filled template's figures, only if its report has no error. */
  'budget.applyWorkbook': { input: workbookInput, output: computedForm },
} as const;
