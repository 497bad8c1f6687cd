import { z } from 'zod';
import { budgetStages, type BudgetStage, type StageStatus } from '../api/budget';
import stageRulesFile from '../../resources/budget/stage-rules.json';
import type { DayArithmetic } from '../calendar/workingDays';

const stageRule = z.object({
  label: z.string(),
  trigger: z.enum(['submission', 'resolution', 'periodEnd']),
  periodEnd: z.string().regex(/^\d{2}-\d{2}$/).optional(),
  offset: z.number().int().min(0),
  dayKind: z.enum(['calendar', 'working']),
  rule: z.string(),
  decision: z.boolean(),
});
export type StageRule = z.infer<typeof stageRule>;

const rulesFile = z.object({
  source: z.string(),
  minimumPostingDays: z.number().int().min(1),
  stages: z.record(z.enum(budgetStages), stageRule),
});

/** The legal deadlines of each stage are data (resources/budget/stage-rules.json): a province may differ. */
export const stageRules = rulesFile.parse(stageRulesFile);

export interface StageDates {
  resolutionDate: string | null;
  submittedOn: string | null;
}

/** The date the deadline counts from: the council's resolution, the submission, or the end of the period. */
export function triggerDate(stage: BudgetStage, year: number, dates: StageDates): string | null {
  const rule = stageRules.stages[stage];
  if (rule.trigger === 'periodEnd') return `${year}-${rule.periodEnd}`;
  return rule.trigger === 'resolution' ? dates.resolutionDate : dates.submittedOn;
}

export function deadlineOf(stage: BudgetStage, trigger: string | null, days: DayArithmetic): string | null {
  if (!trigger) return null;
  const rule = stageRules.stages[stage];
  return rule.dayKind === 'working' ? days.addWorkingDays(trigger, rule.offset) : days.addCalendarDays(trigger, rule.offset);
}

/** firstDisclosedOn: the posting date of the stage's first disclosed version (a later correction does not make it late). */
export function stageStatus(input: { deadline: string | null; hasReport: boolean; firstDisclosedOn: string | null; today: string }): StageStatus {
  const { deadline, hasReport, firstDisclosedOn, today } = input;
  if (firstDisclosedOn) return deadline && firstDisclosedOn > deadline ? 'disclosedLate' : 'disclosedOnTime';
  if (deadline && today > deadline) return 'overdue';
  return hasReport ? 'draft' : 'notStarted';
}
