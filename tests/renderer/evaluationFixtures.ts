import type { EvaluationSheet } from '../../main/api';

/** The evaluation group the screens' tests score. */
export const GROUP = 'Cán bộ, công chức UBND phường';

type SheetIdentity = Pick<EvaluationSheet, 'periodId' | 'period' | 'periodLabel' | 'staffMemberId' | 'fullName' | 'position'>;

/** A person's sheet of a period with nothing written on it and no result, unless `fields` says otherwise. */
export function blankSheet(fields: SheetIdentity & Partial<EvaluationSheet>): EvaluationSheet {
  return {
    department: '',
    selfAssessment: '',
    collectiveOpinion: '',
    headNote: '',
    generalScores: {},
    tasks: [],
    discipline: null,
    chosenGrade: null,
    result: null,
    ...fields,
  };
}
