import { evaluationSheetInput, type EvaluationSheet, type Grade, type ScoringScheme } from '../../main/api';
import { issuesToErrors, type FieldErrors } from '../ui/schemaForm';

export interface TaskDraft {
  title: string;
  weight: number | null;
  done: boolean;
  qualityFailures: string;
  delays: string;
}

/** A sheet while the head edits it: numbers stay as typed ("2,5") until saved. */
export interface SheetDraft {
  selfAssessment: string;
  collectiveOpinion: string;
  headNote: string;
  generalScores: Record<string, string>;
  tasks: TaskDraft[];
  disciplineReference: string;
  chosenGrade: Grade | '';
}

const numberText = (value: number | undefined) => (value === undefined ? '' : String(value).replace('.', ','));

export const emptyTask = (): TaskDraft => ({ title: '', weight: null, done: true, qualityFailures: '0', delays: '0' });

export function draftOf(sheet: EvaluationSheet): SheetDraft {
  return {
    selfAssessment: sheet.selfAssessment,
    collectiveOpinion: sheet.collectiveOpinion,
    headNote: sheet.headNote,
    generalScores: Object.fromEntries(Object.entries(sheet.generalScores).map(([key, value]) => [key, numberText(value)])),
    tasks: sheet.tasks.map((task) => ({ ...task, qualityFailures: String(task.qualityFailures), delays: String(task.delays) })),
    disciplineReference: sheet.discipline?.reference ?? '',
    chosenGrade: sheet.chosenGrade ?? '',
  };
}

/** "2,5" → 2.5; an empty box → undefined; anything else → NaN, reported as not a number. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed.replace(',', '.'));
}

const NOT_A_NUMBER = 'Nhập một số, ví dụ 2,5.';

function numberErrors(draft: SheetDraft): FieldErrors {
  const errors: FieldErrors = {};
  for (const [key, text] of Object.entries(draft.generalScores)) if (Number.isNaN(parseNumber(text))) errors[`generalScores.${key}`] = NOT_A_NUMBER;
  draft.tasks.forEach((task, index) => {
    for (const field of ['qualityFailures', 'delays'] as const) if (Number.isNaN(parseNumber(task[field]))) errors[`tasks.${index}.${field}`] = 'Nhập một số nguyên.';
  });
  return errors;
}

/** What `evaluations.saveSheet` takes, or the messages to show by the fields. */
export function sheetInputOf(sheet: EvaluationSheet, scheme: ScoringScheme, draft: SheetDraft) {
  const errors = numberErrors(draft);
  const points = scheme.kind === 'points';
  const parsed = evaluationSheetInput.safeParse({
    periodId: sheet.periodId,
    staffMemberId: sheet.staffMemberId,
    selfAssessment: draft.selfAssessment,
    collectiveOpinion: draft.collectiveOpinion,
    headNote: draft.headNote,
    generalScores: points
      ? Object.fromEntries(Object.entries(draft.generalScores).flatMap(([key, text]) => (parseNumber(text) === undefined ? [] : [[key, parseNumber(text)]])))
      : {},
    tasks: points
      ? draft.tasks.map((task) => ({ ...task, qualityFailures: parseNumber(task.qualityFailures) ?? 0, delays: parseNumber(task.delays) ?? 0 }))
      : [],
    discipline: draft.disciplineReference.trim() ? { reference: draft.disciplineReference.trim() } : null,
    chosenGrade: points || draft.chosenGrade === '' ? null : draft.chosenGrade,
  });
  const found = { ...(parsed.success ? {} : issuesToErrors(parsed.error.issues)), ...errors };
  return parsed.success && Object.keys(found).length === 0 ? { input: parsed.data, errors: {} } : { input: null, errors: found };
}
