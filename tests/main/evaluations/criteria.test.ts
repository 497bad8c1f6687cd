import type { IndicatorScores } from '../../../main/api/evaluations';
import { AppError } from '../../../main/api/errors';
import { assess, compareScores, exampleCriteriaSet, parseCriteriaSet, scoreProblems } from '../../../main/evaluations/criteria';
import exampleFile from '../../../resources/evaluations/criteria-sets/tiep-can-phap-luat-example.json';

const set = exampleCriteriaSet;
const allIndicators = set.criteria.flatMap((entry) => entry.indicators);

/** Every indicator at its maximum, then the given changes. */
const scores = (changes: IndicatorScores = {}): IndicatorScores => ({
  ...Object.fromEntries(allIndicators.map((item) => [item.key, item.maxPoints])),
  ...changes,
});
const halfOfTc4 = { tc4ct1: 2.5, tc4ct2: 2.5, tc4ct3: 2.5, tc4ct4: 2.5, tc4ct5: 2.5 };
/** 10 + 25 + 12.5 + 12.5 + 20 = 80, with criterion 4 at exactly half of its 25 points. */
const exactlyEighty = scores({ ...halfOfTc4, tc2ct1: 0, tc3ct1: 2.5 });

function refusal(json: unknown): string {
  try {
    parseCriteriaSet(json);
  } catch (error) {
    expect((error as AppError).code).toBe('INVALID_FILE');
    return (error as AppError).message;
  }
  throw new Error('the criteria set was accepted');
}

describe('the example criteria set (QĐ 25/2021 shape)', () => {
  it('loads with 5 criteria and 100 points, marked as an example to confirm; criterion 4 has its 5 indicators', () => {
    expect(set.example).toBe(true);
    expect(set.note).toContain('Cấp trên phải xác nhận điểm');
    expect(set.maxPoints).toBe(100);
    expect(set.criteria).toHaveLength(5);
    expect(set.criteria[0]).toMatchObject({ key: 'tc1', maxPoints: 10 });
    expect(set.criteria.map((entry) => entry.indicators.length)).toEqual([2, 6, 3, 5, 4]);
    expect(set.criteria[3]!.label).toBe('Tiêu chí 4: Thực hiện dân chủ ở xã, phường, thị trấn');
    expect(set.passRule).toEqual({ minTotal: 80, minCriterionPercent: 50 });
  });
});

describe('criteria set files are refused with a clear message', () => {
  it('when the indicators do not add up to their criterion', () => {
    const [first, ...others] = exampleFile.criteria;
    const message = refusal({ ...exampleFile, criteria: [{ ...first!, maxPoints: 12 }, ...others] });
    expect(message).toContain('Tổng điểm tối đa các chỉ tiêu của tiêu chí "Tiêu chí 1: Ban hành văn bản" là 10, khác điểm tối đa 12 của tiêu chí.');
    expect(message).toContain('Tổng điểm tối đa các tiêu chí là 102, khác tổng điểm 100 của bộ tiêu chí.');
  });

  it('when two indicators share a key', () => {
    const [first, ...others] = exampleFile.criteria;
    const duplicated = { ...first!, indicators: first!.indicators.map((item) => ({ ...item, key: 'tc1ct1' })) };
    expect(refusal({ ...exampleFile, criteria: [duplicated, ...others] })).toContain('Mã tiêu chí, chỉ tiêu "tc1ct1" bị trùng.');
  });
});

describe('pass and fail', () => {
  it('passes at exactly 80 with a criterion at exactly 50 % of its maximum', () => {
    const result = assess(set, exactlyEighty);
    expect(result).toMatchObject({ total: 80, gap: 20, passed: true, reasons: [] });
    expect(result.criteria[3]).toMatchObject({ subtotal: 12.5, required: 12.5, gap: 12.5, passed: true });
    expect(result.explanation).toBe('Đạt: điều kiện là tổng điểm từ 80 trở lên và mỗi tiêu chí đạt từ 50 % điểm tối đa trở lên. Tổng điểm 80/100.');
  });

  it('fails at 79.99', () => {
    const result = assess(set, { ...exactlyEighty, tc5ct4: 4.99 });
    expect(result.total).toBe(79.99);
    expect(result.passed).toBe(false);
    expect(result.reasons).toEqual(['Tổng điểm 79,99 chưa đạt mức tối thiểu 80.']);
  });

  it('fails when one criterion is below half, naming it, even with a high total', () => {
    const result = assess(set, scores({ ...halfOfTc4, tc4ct5: 2.49 }));
    expect(result.total).toBe(87.49);
    expect(result.passed).toBe(false);
    expect(result.reasons).toEqual([
      'Tiêu chí 4: Thực hiện dân chủ ở xã, phường, thị trấn đạt 12,49 điểm, dưới 50 % điểm tối đa 25 (cần ít nhất 12,5).',
    ]);
  });

  it('counts unscored indicators as 0, shows the gap to each maximum and the rating band', () => {
    const withBands = { ...set, ratingBands: [{ key: 'good', label: 'Khá', min: 70 }, { key: 'excellent', label: 'Tốt', min: 90 }] };
    const { tc1ct2: _omitted, ...partial } = scores({ tc1ct1: 3 });
    const result = assess(withBands, partial);
    expect(result.unscored).toBe(1);
    expect(result.criteria[0]).toMatchObject({ subtotal: 3, gap: 7, passed: false });
    expect(result.criteria[0]!.indicators.map((item) => [item.score, item.gap])).toEqual([[3, 2], [null, 5]]);
    expect(result.total).toBe(93);
    expect(result.rating?.label).toBe('Tốt');
    expect(result.explanation).toContain('1 chỉ tiêu chưa chấm, tính 0 điểm');
  });

  it('refuses self-scores outside 0..maximum and unknown indicators', () => {
    expect(scoreProblems(set, { tc1ct1: 6, tc9: 1 }, 'selfScore')).toEqual([
      'Điểm tự chấm của "Chỉ tiêu 1: Văn bản quy phạm pháp luật được ban hành đúng thẩm quyền, nội dung, hình thức, trình tự, thủ tục" là 6, phải từ 0 đến 5.',
      'Bộ tiêu chí không có chỉ tiêu "tc9".',
    ]);
    expect(() => assess(set, { tc4ct1: 5.5 }, 'appraisedScore')).toThrow('Điểm thẩm định của "Chỉ tiêu 1: Tổ chức hội nghị đối thoại');
    expect(() => assess(set, { tc4ct1: -1 })).toThrow(AppError);
  });
});

describe('self-score beside the appraised score', () => {
  it('shows the differences per indicator, per criterion and in total', () => {
    const self = scores();
    const appraised = scores({ tc4ct2: 3.5, tc4ct5: 4, tc2ct6: 4.75 });
    const { rows, self: selfResult, appraised: appraisedResult } = compareScores(set, self, appraised);
    const byKey = new Map(rows.map((row) => [row.key, row]));
    expect(byKey.get('tc4ct2')).toMatchObject({ level: 'indicator', selfScore: 5, appraisedScore: 3.5, difference: -1.5 });
    expect(byKey.get('tc4')).toMatchObject({ level: 'criterion', selfScore: 25, appraisedScore: 22.5, difference: -2.5 });
    expect(byKey.get('tc2')).toMatchObject({ difference: -0.25 });
    expect(byKey.get('total')).toMatchObject({ selfScore: 100, appraisedScore: 97.25, difference: -2.75 });
    expect(rows.filter((row) => row.difference !== 0).map((row) => row.key)).toEqual(['tc2', 'tc2ct6', 'tc4', 'tc4ct2', 'tc4ct5', 'total']);
    expect([selfResult.passed, appraisedResult.passed]).toEqual([true, true]);
  });

  it('shows no difference while the appraised scores have not arrived', () => {
    const { rows } = compareScores(set, scores(), {});
    expect(rows.every((row) => row.appraisedScore === null && row.difference === null)).toBe(true);
    expect(rows.at(-1)).toMatchObject({ level: 'total', selfScore: 100 });
  });
});
