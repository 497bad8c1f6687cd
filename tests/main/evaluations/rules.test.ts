import type { AssignedTask, Grade, PointsScheme } from '../../../main/api/evaluations';
import { AppError } from '../../../main/api/errors';
import { annualResult, chosenGrade, generalScore, gradeForScore, periodResult, quotaCheck, taskScore } from '../../../main/evaluations/rules';
import { builtInSchemes, parseScoringScheme, schemeById, schemeInForce } from '../../../main/evaluations/schemes';
import nd335File from '../../../resources/evaluations/schemes/nd335-2025.json';

const nd335 = schemeById('nd335-2025') as PointsScheme;
const nd90 = schemeById('nd90-2020');
const task = (title: string, done = true, qualityFailures = 0, delays = 0, weight: number | null = null): AssignedTask => ({ title, weight, done, qualityFailures, delays });
const discipline = { reference: 'Quyết định số 12/QĐ-UBND ngày 05/03/2026 về việc kỷ luật khiển trách' };

function refusal(json: unknown): string {
  try {
    parseScoringScheme(json);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_FILE');
    return (error as AppError).message;
  }
  throw new Error('the scheme was accepted');
}

describe('shipped scoring schemes', () => {
  it('load both schemes: NĐ 335/2025 (30 + 70 points, four bands) and NĐ 90/2020 (four chosen levels)', () => {
    expect(builtInSchemes.map((scheme) => scheme.id)).toEqual(['nd335-2025', 'nd90-2020']);
    expect(nd335.kind).toBe('points');
    expect(nd335.generalCriteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0)).toBe(30);
    expect(nd335.taskPart).toMatchObject({ maxPoints: 70, penaltyShare: 0.25 });
    expect(nd335.annualAggregation).toBe('meanOfPeriods');
    expect(nd335.grades.map((entry) => entry.abbreviation)).toEqual(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']);
    expect(nd90.kind).toBe('levels');
    expect(nd90.periodKinds).toEqual(['year']);
  });

  it('pick the scheme in force on a day', () => {
    expect(schemeInForce('2025-12-31')?.id).toBe('nd90-2020');
    expect(schemeInForce('2026-01-01')?.id).toBe('nd335-2025');
    expect(schemeInForce('2019-06-01')).toBeUndefined();
  });
});

describe('scheme files are refused with a clear message', () => {
  const withGrades = (changes: Record<string, { min: number; max: number }>) => ({
    ...nd335File,
    grades: nd335File.grades.map((band) => ({ ...band, ...changes[band.grade] })),
  });

  it('names the two overlapping bands', () => {
    const message = refusal(withGrades({ excellent: { min: 85, max: 100 } }));
    expect(message).toContain('Tệp thang điểm đánh giá không hợp lệ');
    expect(message).toContain('Khung điểm "Hoàn thành tốt nhiệm vụ" (70–90) và "Hoàn thành xuất sắc nhiệm vụ" (85–100) chồng lên nhau.');
  });

  it('names a gap between bands and a range that does not reach 100', () => {
    expect(refusal(withGrades({ satisfactory: { min: 55, max: 70 } }))).toContain(
      'Giữa khung điểm "Không hoàn thành nhiệm vụ" (0–50) và "Hoàn thành nhiệm vụ" (55–70) còn khoảng trống từ 50 đến 55.',
    );
    expect(refusal(withGrades({ excellent: { min: 90, max: 99 } }))).toContain('phải kết thúc ở 100');
  });

  it('checks that sub-criteria add up to their criterion and that general + task = 100', () => {
    const [first, ...others] = nd335File.generalCriteria;
    const broken = { ...nd335File, generalCriteria: [{ ...first!, maxPoints: 7 }, ...others] };
    const message = refusal(broken);
    expect(message).toContain('Tổng điểm tối đa các tiêu chí thành phần của "Phẩm chất chính trị" là 6, khác điểm tối đa 7 của tiêu chí.');
    expect(message).toContain('Tổng điểm tối đa của tiêu chí chung và kết quả nhiệm vụ là 101, phải bằng 100.');
  });
});

describe('task score', () => {
  it('keeps 75 % of a task per failure or delay and scales to the 70 points of the task part', () => {
    const result = taskScore(nd335, [task('Báo cáo tháng'), task('Hồ sơ đất đai', true, 1), task('Công văn trả lời', true, 1, 1), task('Kế hoạch', false)]);
    // 70 × (1 + 0.75 + 0.5 + 0) / 4 = 39.375 → 39.37 (floored to the hundredth)
    expect(result.score).toBe(39.37);
    expect(result.tasks.map((line) => line.keptPercent)).toEqual([100, 75, 50, 0]);
    expect(result.tasks.map((line) => line.maxPoints)).toEqual([17.5, 17.5, 17.5, 17.5]);
    expect(result.tasks[2]!.explanation).toBe('"Công văn trả lời": hoàn thành, 1 lỗi chất lượng, 1 lần chậm tiến độ → trừ 50 %, giữ 50 % điểm.');
    expect(result.tasks[3]!.explanation).toContain('chưa hoàn thành');
    expect(result.explanation).toBe('Điểm kết quả nhiệm vụ = 70 × 2,25 / 4 nhiệm vụ (chia đều) = 39,37 (làm tròn xuống đến 0,01).');
  });

  it('never takes more than the task is worth: five faults leave 0, not a negative score', () => {
    const result = taskScore(nd335, [task('Đề án', true, 3, 2), task('Tờ trình')]);
    expect(result.score).toBe(35);
    expect(result.tasks[0]).toMatchObject({ keptPercent: 0 });
    expect(result.tasks[0]!.explanation).toContain('trừ 100 % (không trừ quá số điểm của nhiệm vụ)');
  });

  it('weights tasks by their converted points, in exact hundredths', () => {
    const result = taskScore(nd335, [task('Lớn', true, 0, 1, 30), task('Nhỏ', true, 0, 0, 10)]);
    // 70 × (22.5 + 10) / 40 = 56.875 → 56.87
    expect(result.score).toBe(56.87);
    expect(result.tasks.map((line) => line.maxPoints)).toEqual([52.5, 17.5]);
    expect(taskScore(nd335, [task('Chính', true, 0, 0, 99.99), task('Phụ', false, 0, 0, 0.01)]).score).toBe(69.99);
    expect(() => taskScore(nd335, [task('A', true, 0, 0, 10), task('B')])).toThrow('Hoặc nhập điểm quy đổi cho mọi nhiệm vụ');
  });

  it('gives 0 with a reason when no task was assigned', () => {
    expect(taskScore(nd335, [])).toMatchObject({ score: 0, explanation: expect.stringContaining('Không có nhiệm vụ') });
  });
});

describe('total and grade', () => {
  it('puts the band boundaries where NĐ 335/2025 puts them', () => {
    const cases: [number, Grade][] = [
      [100, 'excellent'],
      [90, 'excellent'],
      [89.99, 'good'],
      [70, 'good'],
      [69.99, 'satisfactory'],
      [50, 'satisfactory'],
      [49.99, 'unsatisfactory'],
      [0, 'unsatisfactory'],
    ];
    for (const [total, expected] of cases) expect([total, gradeForScore(nd335, total).grade]).toEqual([total, expected]);
    expect(gradeForScore(nd335, 89.99).explanation).toBe('Tổng điểm 89,99 thuộc khung từ 70 đến dưới 90: Hoàn thành tốt nhiệm vụ (HTTNV).');
    expect(gradeForScore(nd335, 95).explanation).toContain('từ 90 đến 100');
    expect(() => gradeForScore(nd335, 100.01)).toThrow('nằm ngoài thang điểm');
  });

  it('forces unsatisfactory on a discipline conclusion and says why', () => {
    const result = gradeForScore(nd335, 95, discipline);
    expect(result).toMatchObject({ grade: 'unsatisfactory', abbreviation: 'KHTNV', forcedByDiscipline: true });
    expect(result.explanation).toContain('do có kết luận kỷ luật trong năm: Quyết định số 12/QĐ-UBND');
    expect(result.explanation).toContain('lẽ ra xếp loại Hoàn thành xuất sắc nhiệm vụ (HTXSNV)');
    expect(chosenGrade(nd90, 'good', discipline)).toMatchObject({ grade: 'unsatisfactory', forcedByDiscipline: true });
    expect(chosenGrade(nd90, 'good', null)).toMatchObject({ grade: 'good', forcedByDiscipline: false });
  });

  it('adds the general criteria to the task score without drift', () => {
    const generalScores = Object.fromEntries(nd335.generalCriteria.flatMap((criterion) => criterion.subCriteria.map((sub) => [sub.key, 2.99])));
    const result = periodResult(nd335, { generalScores, tasks: [task('Việc 1'), task('Việc 2', true, 1)], discipline: null });
    // general 10 × 2.99 = 29.9; task 70 × 1.75 / 2 = 61.25
    expect(result.general.score).toBe(29.9);
    expect(result.task.score).toBe(61.25);
    expect(result.total).toBe(91.15);
    expect(result.grade.grade).toBe('excellent');
    expect(result.explanation).toBe('Tổng điểm = 29,9 (tiêu chí chung) + 61,25 (kết quả nhiệm vụ) = 91,15.');
  });

  it('refuses a sub-criterion score above its maximum and names the unscored ones', () => {
    expect(() => generalScore(nd335, { politicalCompliance: 3.5 })).toThrow('Điểm tiêu chí "Chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước" (3,5) phải từ 0 đến 3.');
    expect(() => generalScore(nd335, { unknown: 1 })).toThrow('Thang điểm không có tiêu chí "unknown".');
    expect(generalScore(nd335, { politicalCompliance: 3 }).explanation).toContain('Chưa chấm (tính 0 điểm)');
  });
});

describe('annual result', () => {
  const periods = [
    { period: '2026-03', total: 88 },
    { period: '2026-01', total: 92.5 },
    { period: '2026-02', total: 89.99 },
  ];

  it('averages the periods by default, lists its inputs in order and floors to the hundredth', () => {
    const result = annualResult(nd335, periods);
    // (92.5 + 89.99 + 88) / 3 = 90.163… → 90.16
    expect(result.score).toBe(90.16);
    expect(result.method).toBe('meanOfPeriods');
    expect(result.inputs.map((entry) => entry.period)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(result.grade.grade).toBe('excellent');
    expect(result.explanation).toBe(
      'Điểm cả năm = trung bình 3 kỳ = (92,5 (tháng 1/2026) + 89,99 (tháng 2/2026) + 88 (tháng 3/2026)) / 3 = 90,16 (làm tròn xuống đến 0,01).',
    );
  });

  it('takes the last period when the scheme says so', () => {
    const result = annualResult({ ...nd335, annualAggregation: 'lastPeriod' }, periods);
    expect(result.score).toBe(88);
    expect(result.explanation).toBe('Điểm cả năm = điểm kỳ cuối (tháng 3/2026) = 88.');
    expect(annualResult(nd335, [{ period: '2026-Q2', total: 70 }]).explanation).toContain('quý II/2026');
    expect(() => annualResult(nd335, [])).toThrow('Chưa có kỳ đánh giá nào');
  });
});

describe('quota', () => {
  const graded = (excellent: number, good: number, other = 0): Grade[] => [
    ...Array<Grade>(excellent).fill('excellent'),
    ...Array<Grade>(good).fill('good'),
    ...Array<Grade>(other).fill('satisfactory'),
  ];

  it('warns when 3 are excellent and only 2 of 10 good may be, naming the limit', () => {
    const check = quotaCheck(nd335, graded(3, 10, 1));
    expect(check).toMatchObject({ limit: 2, exceeded: true, counts: { excellent: 3, good: 10, satisfactory: 1, unsatisfactory: 0 } });
    expect(check.warning).toBe(
      'Số người xếp loại Hoàn thành xuất sắc nhiệm vụ (3) vượt tỷ lệ tối đa 20 % số người Hoàn thành tốt nhiệm vụ (10 người → tối đa 2 người).',
    );
  });

  it('allows the limit itself and floors it: 2 of 10, 1 of 9', () => {
    expect(quotaCheck(nd335, graded(2, 10))).toMatchObject({ limit: 2, exceeded: false, warning: null });
    expect(quotaCheck(nd335, graded(2, 9))).toMatchObject({ limit: 1, exceeded: true });
    expect(quotaCheck(nd335, graded(1, 4))).toMatchObject({ limit: 0, exceeded: true });
  });
});
