import { z } from 'zod';
import { requiredText } from './fields';

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
  .int('Số tiền phải là số nguyên đồng.')
  .min(-MAX_AMOUNT, 'Số tiền vượt quá giới hạn cho phép (10^15 đồng).')
  .max(MAX_AMOUNT, 'Số tiền vượt quá giới hạn cho phép (10^15 đồng).');

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
