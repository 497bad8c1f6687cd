import { z } from 'zod';
import type { BudgetStage, FormDefinition, StageReport } from '../api/budget';
import { AppError } from '../api/errors';
import { auditedWrite, type WriteContext } from '../audit/audit';
import type { Db } from '../db/database';
import carryOverFile from '../../resources/budget/carry-over.json';
import { carryOver, placeCarriedLines, type Carried } from './rules';
import { editableReport, formsOfStage, getReport, yearFormSetIfOpen } from './service';
import * as store from './store';

const carryRule = z.object({
  to: z.string(),
  from: z.object({ stage: z.string().optional(), yearOffset: z.number().int().max(0).optional(), form: z.string() }),
  columns: z.record(z.string(), z.string()),
  about: z.string().optional(),
});
/** Where figures and texts repeat between stages and years is data, per form set (resources/budget/carry-over.json). */
export const carryRules = z.object({ formSets: z.record(z.string(), z.array(carryRule)) }).parse(carryOverFile).formSets;

const cellsOf = <T>(byLine: Record<string, Record<string, T>>) =>
  Object.entries(byLine).flatMap(([lineCode, columns]) => Object.entries(columns).map(([columnKey, value]) => ({ lineCode, columnKey, value })));

/** Writes the carried figures and texts into one form of the draft; returns how many cells were filled. */
function writeCarried(db: Db, reportId: number, formCode: string, carried: Carried): number {
  const figures = cellsOf(carried.figures);
  const texts = cellsOf(carried.texts);
  for (const { lineCode, columnKey, value } of figures) store.writeFigure(db, reportId, formCode, lineCode, columnKey, value);
  for (const { lineCode, columnKey, value } of texts) store.writeText(db, reportId, formCode, lineCode, columnKey, value);
  return figures.length + texts.length;
}

type CarryRule = (typeof carryRules)[string][number];
type RuleOutcome = { cells: number; addedLines: Array<{ form: string; code: string; label: string }> };

/** One rule's carry into the draft report: the source's latest version, placed among the target's own lines. */
function carryByRule(ctx: WriteContext, reportId: number, target: FormDefinition, rule: CarryRule, input: { year: number; stage: BudgetStage }): RuleOutcome {
  const sourceYear = input.year + (rule.from.yearOffset ?? 0);
  const sourceStage = (rule.from.stage ?? input.stage) as BudgetStage;
  const sourceSet = yearFormSetIfOpen(ctx.db, sourceYear);
  const fromForm = sourceSet?.forms.find((f) => f.code === rule.from.form && f.stages.includes(sourceStage));
  const source = sourceSet && store.reportRows(ctx.db, store.stageRow(ctx.db, sourceYear, sourceStage).id).at(-1);
  if (!fromForm || !source) return { cells: 0, addedLines: [] };
  const carried = placeCarriedLines(
    carryOver(
      fromForm,
      store.enteredFigures(ctx.db, source.id, fromForm.code),
      target,
      rule.columns,
      store.extraLines(ctx.db, source.id, fromForm.code),
      store.enteredTexts(ctx.db, source.id, fromForm.code),
    ),
    store.extraLines(ctx.db, reportId, target.code),
  );
  store.addExtraLines(ctx.db, reportId, target.code, carried.extraLines);
  return {
    cells: writeCarried(ctx.db, reportId, target.code, carried),
    addedLines: carried.extraLines.map((line) => ({ form: target.code, code: line.code, label: line.label })),
  };
}

/**
 * Fills the stage's draft from the stages and years where the same figures were entered before
 * (the approved estimate into the execution forms, last year's execution into "same period last year",
 * the investment projects' lines, places and dates into the next stage).
 */
export function carryOverInto(ctx: WriteContext, input: { year: number; stage: BudgetStage }): { report: StageReport; carriedCells: number } {
  const set = yearFormSetIfOpen(ctx.db, input.year)!;
  const targets = formsOfStage(set, input.stage);
  const rules = (carryRules[set.id] ?? []).filter((rule) => targets.some((f) => f.code === rule.to));
  const carriedCells = auditedWrite(ctx, () => {
    const report = editableReport(ctx, input.year, input.stage);
    const carried = rules.map((rule) => carryByRule(ctx, report.id, targets.find((f) => f.code === rule.to)!, rule, input));
    const cells = carried.reduce((sum, entry) => sum + entry.cells, 0);
    if (cells === 0) throw new AppError('NOT_FOUND', 'Chưa có số liệu nào để chuyển sang: các giai đoạn hoặc năm nguồn chưa được nhập.');
    const addedLines = carried.flatMap((entry) => entry.addedLines);
    return { result: cells, change: { action: 'carryOver', entity: 'budgetReport', entityId: report.id, after: { cells, addedLines } } };
  });
  return { report: getReport(ctx.db, input), carriedCells };
}
