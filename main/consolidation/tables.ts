/**
 * The consolidated tables across units, from the records the wards sent (shapes in main/<capability>/exchange.ts).
 * Pure: the caller reads the records. A record whose data does not have the expected shape is left out.
 */
import { z } from 'zod';
import type { BudgetStage, ConsolidatedTables, FormSet } from '../api';
import { budgetStages } from '../api/budget';
import { stageSubject } from '../budget/documents';
import { capitalised, computeForm, type EnteredFigures } from '../budget/rules';
import { meetingRules } from '../meetings/ruleSet';
import type { UnitRecord } from './queries';

type Row<K extends keyof Omit<ConsolidatedTables, 'year'>> = ConsolidatedTables[K][number];
type Unit = { unitCode: string; unitName: string };

function parsed<S extends z.ZodType>(schema: S, records: readonly UnitRecord[]): (Unit & { data: z.output<S> })[] {
  return records.flatMap(({ data, ...unit }) => {
    const result = schema.safeParse(data);
    return result.success ? [{ ...unit, data: result.data }] : [];
  });
}

const figure = z.object({ formCode: z.string(), lineCode: z.string(), columnKey: z.string(), amount: z.number() });
const budgetData = z.object({
  stage: z.enum(budgetStages),
  formSet: z.object({ id: z.string(), version: z.number() }),
  resolutionNumber: z.string(),
  disclosed: z.object({ postedOn: z.string().nullable(), figures: z.array(figure) }).nullable(),
});

/** The column a stage's total reads: final accounts, else the execution estimate, else the estimate. */
const TOTAL_COLUMNS = ['qt', 'uth', 'dt'];

/**
 * Line A (total revenue) and line B (total expenditure) of the stage's balance form (the first form of the stage
 * with both lines), computed as the ward's form computes them. Detail lines a ward added are not sent, so a parent
 * line it left to be summed counts only the form's own lines.
 */
export function stageTotals(formSets: readonly FormSet[], data: z.output<typeof budgetData>): { totalRevenue: number | null; totalExpenditure: number | null } {
  const set = formSets.find((s) => s.id === data.formSet.id && s.version === data.formSet.version);
  const form = set?.forms.find((f) => f.stages.includes(data.stage) && ['A', 'B'].every((code) => f.lines.some((line) => line.code === code)));
  if (!form || !data.disclosed) return { totalRevenue: null, totalExpenditure: null };
  const entered: EnteredFigures = {};
  for (const f of data.disclosed.figures.filter((f) => f.formCode === form.code)) (entered[f.lineCode] ??= {})[f.columnKey] = f.amount;
  const computed = computeForm(form, entered);
  const column = TOTAL_COLUMNS.find((key) => form.columns.some((c) => c.key === key));
  const total = (code: string) => (column ? (computed.lines.find((line) => line.code === code)?.cells[column]?.value ?? null) : null);
  return { totalRevenue: total('A'), totalExpenditure: total('B') };
}

export function budgetRows(records: readonly UnitRecord[], formSets: readonly FormSet[]): Row<'budget'>[] {
  const order = (stage: BudgetStage) => budgetStages.indexOf(stage);
  return parsed(budgetData, records)
    .sort((a, b) => a.unitCode.localeCompare(b.unitCode) || order(a.data.stage) - order(b.data.stage))
    .map(({ unitCode, unitName, data }) => ({
      unitCode,
      unitName,
      stage: data.stage,
      stageLabel: capitalised(stageSubject[data.stage]),
      resolutionNumber: data.resolutionNumber,
      disclosed: data.disclosed !== null,
      postedOn: data.disclosed?.postedOn ?? null,
      ...stageTotals(formSets, data),
    }));
}

const meetingData = z.object({ type: z.string(), decisions: z.array(z.object({ passed: z.boolean().nullable() })) });

/** Finalized meetings per unit and type, with their decisions voted and passed. */
export function meetingRows(records: readonly UnitRecord[]): Row<'meetings'>[] {
  const rows = new Map<string, Row<'meetings'>>();
  for (const { unitCode, unitName, data } of parsed(meetingData, records)) {
    const key = `${unitCode} ${data.type}`;
    const typeLabel = meetingRules.types.find((t) => t.key === data.type)?.label ?? data.type;
    const row = rows.get(key) ?? { unitCode, unitName, type: data.type, typeLabel, held: 0, decisions: 0, passed: 0 };
    rows.set(key, { ...row, held: row.held + 1, decisions: row.decisions + data.decisions.length, passed: row.passed + data.decisions.filter((d) => d.passed === true).length });
  }
  const typeOrder = (type: string) => meetingRules.types.findIndex((t) => t.key === type);
  return [...rows.values()].sort((a, b) => a.unitCode.localeCompare(b.unitCode) || typeOrder(a.type) - typeOrder(b.type));
}

const gradeCounts = z.object({ excellent: z.number().int(), good: z.number().int(), satisfactory: z.number().int(), unsatisfactory: z.number().int() });
const gradeData = z.object({ counts: gradeCounts, quotaExceeded: z.boolean() });

/** Grade counts per unit, summed over its groups. */
export function gradeRows(records: readonly UnitRecord[]): Row<'grades'>[] {
  const rows = new Map<string, Row<'grades'>>();
  for (const { unitCode, unitName, data } of parsed(gradeData, records)) {
    const row = rows.get(unitCode) ?? { unitCode, unitName, groups: 0, excellent: 0, good: 0, satisfactory: 0, unsatisfactory: 0, quotaExceeded: false };
    rows.set(unitCode, {
      ...row,
      groups: row.groups + 1,
      excellent: row.excellent + data.counts.excellent,
      good: row.good + data.counts.good,
      satisfactory: row.satisfactory + data.counts.satisfactory,
      unsatisfactory: row.unsatisfactory + data.counts.unsatisfactory,
      quotaExceeded: row.quotaExceeded || data.quotaExceeded,
    });
  }
  return [...rows.values()];
}

const criteriaData = z.object({
  setId: z.string(),
  setVersion: z.number().int(),
  appraisedOn: z.string().nullable(),
  scores: z.array(z.object({ selfHundredths: z.number().int().nullable(), appraisedHundredths: z.number().int().nullable() })),
});

/** Points from hundredths, or null when no indicator has a score. */
function points(values: readonly (number | null)[]): number | null {
  const scored = values.filter((v): v is number => v !== null);
  return scored.length === 0 ? null : scored.reduce((sum, v) => sum + v, 0) / 100;
}

/** Each unit's assessment against each criteria set: the self-assessed total against the appraised one. */
export function criteriaRows(records: readonly UnitRecord[], setNames: ReadonlyMap<string, string>): Row<'criteria'>[] {
  return parsed(criteriaData, records).map(({ unitCode, unitName, data }) => ({
    unitCode,
    unitName,
    setId: data.setId,
    setName: setNames.get(`${data.setId} ${data.setVersion}`) ?? data.setId,
    selfTotal: points(data.scores.map((s) => s.selfHundredths)),
    appraisedTotal: points(data.scores.map((s) => s.appraisedHundredths)),
    appraisedOn: data.appraisedOn,
  }));
}
