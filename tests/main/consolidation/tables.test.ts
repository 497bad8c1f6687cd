import { builtInFormSets } from '../../../main/budget/formSets';
import { budgetRows, criteriaRows, gradeRows } from '../../../main/consolidation/tables';

const unit = { unitCode: '00001', unitName: 'Phường Đống Đa' };
const figure = (formCode: string, lineCode: string, columnKey: string, amount: number) => ({ formCode, lineCode, columnKey, amount });

function stage(stageKey: string, disclosed: unknown) {
  return { ...unit, data: { year: 2026, stage: stageKey, formSet: { id: 'tt343-2016-commune', version: 1 }, resolutionNumber: '12/NQ-HĐND', resolutionDate: null, submittedOn: null, disclosed } };
}

describe('consolidated tables', () => {
  it('sums the balance form lines A and B as the ward computes them, in the stage order, and marks undisclosed stages', () => {
    const estimate = stage('estimateSubmitted', {
      reportVersion: 1,
      postedOn: '2026-01-05',
      channels: [],
      postingDays: 30,
      figures: [
        figure('103', 'A.I', 'dt', 1_000_000),
        figure('103', 'A.III.1', 'dt', 500_000),
        figure('103', 'A.III.2', 'dt', 250_000),
        figure('103', 'A.I', 'uthTruoc', 9_000_000),
        figure('103', 'B.II', 'dt', 1_600_000),
        figure('104', 'A.I', 'dtNsx', 7),
      ],
    });
    const rows = budgetRows([stage('finalAccounts', null), estimate, { ...unit, data: { stage: 'estimateApproved' } }], builtInFormSets());
    expect(rows).toEqual([
      { ...unit, stage: 'estimateSubmitted', stageLabel: 'Dự toán ngân sách trình Hội đồng nhân dân', resolutionNumber: '12/NQ-HĐND', disclosed: true, postedOn: '2026-01-05', totalRevenue: 1_750_000, totalExpenditure: 1_600_000 },
      { ...unit, stage: 'finalAccounts', stageLabel: 'Quyết toán ngân sách đã được Hội đồng nhân dân phê chuẩn', resolutionNumber: '12/NQ-HĐND', disclosed: false, postedOn: null, totalRevenue: null, totalExpenditure: null },
    ]);
  });

  it('adds up grade counts over a unit\'s groups and compares self-assessed with appraised points', () => {
    const counts = (excellent: number, good: number) => ({ excellent, good, satisfactory: 1, unsatisfactory: 0 });
    expect(gradeRows([{ ...unit, data: { counts: counts(1, 2), quotaExceeded: false } }, { ...unit, data: { counts: counts(0, 3), quotaExceeded: true } }])).toEqual([
      { ...unit, groups: 2, excellent: 1, good: 5, satisfactory: 2, unsatisfactory: 0, quotaExceeded: true },
    ]);
    const scores = [{ indicatorKey: 'a', selfHundredths: 1050, appraisedHundredths: 1000 }, { indicatorKey: 'b', selfHundredths: 725, appraisedHundredths: null }];
    const assessment = { setId: 'tiep-can', setVersion: 2, year: 2026, appraisedOn: null, appraiser: '', scores };
    expect(criteriaRows([{ ...unit, data: assessment }, { ...unit, data: { ...assessment, setId: 'khac', scores: [] } }], new Map([['tiep-can 2', 'Tiếp cận pháp luật']]))).toEqual([
      { ...unit, setId: 'tiep-can', setName: 'Tiếp cận pháp luật', selfTotal: 17.75, appraisedTotal: 10, appraisedOn: null },
      { ...unit, setId: 'khac', setName: 'khac', selfTotal: null, appraisedTotal: null, appraisedOn: null },
    ]);
  });
});
