/**
 * The arithmetic of civil-servant evaluation (NĐ 335/2025; rules §6): the task score, the total and its
 * grade, the annual result and the quota check. Plain functions over the scheme (data) and plain input;
 * every figure comes with the Vietnamese sentence that explains it.
 *
 * Rounding: NĐ 335/2025 does not say how to round. Points are kept in integer hundredths and a ratio is
 * floored to the hundredth, so a computed score never lifts anyone into a band the points did not reach.
 */
import { AppError } from '../api/errors';
import type {
  AssignedTask,
  DisciplineConclusion,
  Grade,
  GradeDefinition,
  PointsScheme,
  ScoringScheme,
} from '../api/evaluations';
import { formatPoints, formatScaled, fromHundredths, toHundredths } from './points';

export interface TaskLine {
  title: string;
  /** The share of the task part this task is worth, in points. */
  maxPoints: number;
  /** The share of its points kept after failures and delays, in percent (0 when not done). */
  keptPercent: number;
  explanation: string;
}

export interface TaskScore {
  score: number;
  tasks: TaskLine[];
  explanation: string;
}

/**
 * Each task keeps its points × (1 − penalty × (failures + delays)), never below 0, and nothing when not done;
 * the kept share of all weights, scaled to the task part's maximum, is the task score.
 */
export function taskScore(scheme: PointsScheme, tasks: readonly AssignedTask[]): TaskScore {
  const maximum = toHundredths(scheme.taskPart.maxPoints);
  const weighted = tasks.some((task) => task.weight !== null);
  if (weighted && tasks.some((task) => task.weight === null)) {
    throw new AppError('BAD_INPUT', 'Hoặc nhập điểm quy đổi cho mọi nhiệm vụ, hoặc để trống tất cả để chia đều.');
  }
  const weights = tasks.map((task) => (task.weight === null ? 100 : toHundredths(task.weight)));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  if (totalWeight === 0) {
    return { score: 0, tasks: [], explanation: `Không có nhiệm vụ được giao trong kỳ: điểm ${scheme.taskPart.label.toLocaleLowerCase('vi-VN')} là 0.` };
  }
  const penaltyPercent = toHundredths(scheme.taskPart.penaltyShare);
  const kept = tasks.map((task) => keptPercent(task, penaltyPercent));
  // Kept weight in ten-thousandths of a point (hundredths of weight × percent): exact integers.
  const keptWeight = weights.reduce((sum, weight, index) => sum + weight * kept[index]!, 0);
  const score = Math.floor((maximum * keptWeight) / (totalWeight * 100));
  const lines = tasks.map((task, index) => taskLine(task, kept[index]!, Math.floor((maximum * weights[index]!) / totalWeight), penaltyPercent));
  const basis = weighted
    ? `${formatScaled(keptWeight, 4)} / ${formatPoints(totalWeight)} điểm quy đổi đạt được`
    : `${formatScaled(keptWeight, 4)} / ${tasks.length} nhiệm vụ (chia đều)`;
  return {
    score: fromHundredths(score),
    tasks: lines,
    explanation: `Điểm kết quả nhiệm vụ = ${formatPoints(maximum)} × ${basis} = ${formatPoints(score)}${roundingNote(maximum * keptWeight, totalWeight * 100)}.`,
  };
}

function keptPercent(task: AssignedTask, penaltyPercent: number): number {
  if (!task.done) return 0;
  return Math.max(0, 100 - penaltyPercent * (task.qualityFailures + task.delays));
}

function taskLine(task: AssignedTask, kept: number, maxPoints: number, penaltyPercent: number): TaskLine {
  const line = { title: task.title, maxPoints: fromHundredths(maxPoints), keptPercent: kept };
  if (!task.done) return { ...line, explanation: `"${task.title}": chưa hoàn thành, không được tính điểm.` };
  const faults = [
    task.qualityFailures > 0 ? `${task.qualityFailures} lỗi chất lượng` : '',
    task.delays > 0 ? `${task.delays} lần chậm tiến độ` : '',
  ].filter(Boolean);
  if (faults.length === 0) return { ...line, explanation: `"${task.title}": hoàn thành đúng chất lượng, đúng hạn, giữ 100 % điểm.` };
  const lost = penaltyPercent * (task.qualityFailures + task.delays);
  const floor = lost > 100 ? ' (không trừ quá số điểm của nhiệm vụ)' : '';
  return {
    ...line,
    explanation: `"${task.title}": hoàn thành, ${faults.join(', ')} → trừ ${Math.min(lost, 100)} %${floor}, giữ ${kept} % điểm.`,
  };
}

const roundingNote = (numerator: number, denominator: number) => (numerator % denominator === 0 ? '' : ' (làm tròn xuống đến 0,01)');

// ---- general criteria, total and grade ----

export interface GeneralScore {
  score: number;
  explanation: string;
}

/** The sum of the sub-criteria scores given (keyed by sub-criterion); a sub-criterion not scored counts 0 and is named. */
export function generalScore(scheme: PointsScheme, scores: Readonly<Record<string, number>>): GeneralScore {
  const subCriteria = scheme.generalCriteria.flatMap((criterion) => criterion.subCriteria);
  const unknown = Object.keys(scores).filter((key) => !subCriteria.some((sub) => sub.key === key));
  if (unknown.length > 0) throw new AppError('BAD_INPUT', `Thang điểm không có tiêu chí ${unknown.map((key) => `"${key}"`).join(', ')}.`);
  let total = 0;
  const missing: string[] = [];
  for (const sub of subCriteria) {
    const given = scores[sub.key];
    if (given === undefined) {
      missing.push(sub.label);
      continue;
    }
    const value = toHundredths(given);
    if (value < 0 || value > toHundredths(sub.maxPoints)) {
      throw new AppError('BAD_INPUT', `Điểm tiêu chí "${sub.label}" (${formatPoints(value)}) phải từ 0 đến ${formatPoints(toHundredths(sub.maxPoints))}.`, sub.key);
    }
    total += value;
  }
  const maximum = scheme.generalCriteria.reduce((sum, criterion) => sum + toHundredths(criterion.maxPoints), 0);
  const unscored = missing.length > 0 ? ` Chưa chấm (tính 0 điểm): ${missing.join('; ')}.` : '';
  return { score: fromHundredths(total), explanation: `Điểm tiêu chí chung = tổng điểm ${subCriteria.length} tiêu chí thành phần = ${formatPoints(total)}/${formatPoints(maximum)}.${unscored}` };
}

export interface GradeResult {
  grade: Grade;
  label: string;
  abbreviation: string;
  forcedByDiscipline: boolean;
  explanation: string;
}

function definitionOf(scheme: ScoringScheme, grade: Grade): GradeDefinition {
  const definition = scheme.grades.find((entry) => entry.grade === grade);
  if (!definition) throw new AppError('CONFLICT', `Thang điểm "${scheme.name}" không có mức xếp loại "${grade}".`);
  return definition;
}

const gradeName = (definition: GradeDefinition) => `${definition.label} (${definition.abbreviation})`;

function bandPhrase(band: GradeDefinition): string {
  const min = formatPoints(toHundredths(band.min ?? 0));
  const max = formatPoints(toHundredths(band.max ?? 0));
  return band.max === 100 ? `từ ${min} đến ${max}` : `từ ${min} đến dưới ${max}`;
}

function withDiscipline(scheme: ScoringScheme, earned: GradeDefinition, basis: string, discipline: DisciplineConclusion | null): GradeResult {
  if (discipline === null || earned.grade === scheme.disciplineGrade) {
    const noted = discipline === null ? basis : `${basis} Có kết luận kỷ luật trong năm: ${discipline.reference}.`;
    return { grade: earned.grade, label: earned.label, abbreviation: earned.abbreviation, forcedByDiscipline: false, explanation: noted };
  }
  const forced = definitionOf(scheme, scheme.disciplineGrade);
  return {
    grade: forced.grade,
    label: forced.label,
    abbreviation: forced.abbreviation,
    forcedByDiscipline: true,
    explanation: `Xếp loại ${gradeName(forced)} do có kết luận kỷ luật trong năm: ${discipline.reference}. (${basis.replace(/\.$/, '')}, lẽ ra xếp loại ${gradeName(earned)}.)`,
  };
}

/** The grade of a total by the scheme's bands (`min` inclusive, `max` exclusive except 100); a discipline conclusion forces its grade. */
export function gradeForScore(scheme: PointsScheme, total: number, discipline: DisciplineConclusion | null = null): GradeResult {
  const value = toHundredths(total);
  const band = scheme.grades.find((entry) => {
    const min = toHundredths(entry.min ?? 0);
    const max = toHundredths(entry.max ?? 0);
    return value >= min && (value < max || (entry.max === 100 && value === max));
  });
  if (!band) throw new AppError('BAD_INPUT', `Tổng điểm ${formatPoints(value)} nằm ngoài thang điểm 0–100.`);
  return withDiscipline(scheme, band, `Tổng điểm ${formatPoints(value)} thuộc khung ${bandPhrase(band)}: ${gradeName(band)}.`, discipline);
}

/** A grade chosen by the evaluator (levels schemes, NĐ 90/2020); a discipline conclusion still forces its grade. */
export function chosenGrade(scheme: ScoringScheme, chosen: Grade, discipline: DisciplineConclusion | null = null): GradeResult {
  const definition = definitionOf(scheme, chosen);
  return withDiscipline(scheme, definition, `Mức xếp loại do người có thẩm quyền đánh giá lựa chọn: ${gradeName(definition)}.`, discipline);
}

export interface PeriodInput {
  generalScores: Readonly<Record<string, number>>;
  tasks: readonly AssignedTask[];
  discipline: DisciplineConclusion | null;
}

export interface PeriodResult {
  general: GeneralScore;
  task: TaskScore;
  total: number;
  grade: GradeResult;
  explanation: string;
}

/** One person's sheet for a month or quarter: general + task = total, and its grade. */
export function periodResult(scheme: PointsScheme, input: PeriodInput): PeriodResult {
  const general = generalScore(scheme, input.generalScores);
  const task = taskScore(scheme, input.tasks);
  const total = toHundredths(general.score) + toHundredths(task.score);
  return {
    general,
    task,
    total: fromHundredths(total),
    grade: gradeForScore(scheme, fromHundredths(total), input.discipline),
    explanation: `Tổng điểm = ${formatPoints(toHundredths(general.score))} (tiêu chí chung) + ${formatPoints(toHundredths(task.score))} (kết quả nhiệm vụ) = ${formatPoints(total)}.`,
  };
}

// ---- the year ----

/** "tháng 3/2026", "quý I/2026", "năm 2026" from a period key "2026-03", "2026-Q1", "2026". */
export function periodLabel(period: string): string {
  const [year, part] = period.split('-');
  if (part === undefined) return `năm ${year}`;
  if (part.startsWith('Q')) return `quý ${['I', 'II', 'III', 'IV'][Number(part.slice(1)) - 1]}/${year}`;
  return `tháng ${Number(part)}/${year}`;
}

export interface PeriodTotal {
  period: string;
  total: number;
}

export interface AnnualResult {
  method: PointsScheme['annualAggregation'];
  /** The periods the score comes from, in order. */
  inputs: PeriodTotal[];
  score: number;
  grade: GradeResult;
  explanation: string;
}

/** The year's score from the periods' totals by the scheme's method, and its grade. */
export function annualResult(scheme: PointsScheme, periods: readonly PeriodTotal[], discipline: DisciplineConclusion | null = null): AnnualResult {
  if (periods.length === 0) throw new AppError('BAD_INPUT', 'Chưa có kỳ đánh giá nào trong năm để tổng hợp.');
  const inputs = [...periods].sort((a, b) => a.period.localeCompare(b.period));
  const totals = inputs.map((entry) => toHundredths(entry.total));
  let score: number;
  let explanation: string;
  if (scheme.annualAggregation === 'lastPeriod') {
    const last = inputs[inputs.length - 1]!;
    score = totals[totals.length - 1]!;
    explanation = `Điểm cả năm = điểm kỳ cuối (${periodLabel(last.period)}) = ${formatPoints(score)}.`;
  } else {
    const sum = totals.reduce((total, value) => total + value, 0);
    score = Math.floor(sum / totals.length);
    const terms = inputs.map((entry, index) => `${formatPoints(totals[index]!)} (${periodLabel(entry.period)})`).join(' + ');
    explanation = `Điểm cả năm = trung bình ${totals.length} kỳ = (${terms}) / ${totals.length} = ${formatPoints(score)}${roundingNote(sum, totals.length)}.`;
  }
  return { method: scheme.annualAggregation, inputs, score: fromHundredths(score), grade: gradeForScore(scheme, fromHundredths(score), discipline), explanation };
}

// ---- quota ----

export interface QuotaCheck {
  counts: Record<Grade, number>;
  /** The most people the limited grade allows; null when the scheme has no quota. */
  limit: number | null;
  exceeded: boolean;
  /** Shown to the head; grades are never changed by the check. */
  warning: string | null;
}

/**
 * Counts the grades of one agency and group of similar tasks and warns when the limited grade exceeds its
 * quota ("không vượt quá 20 % số người Hoàn thành tốt nhiệm vụ", NĐ 335/2025). A ceiling that must not be
 * exceeded allows only whole people within it, so the limit is floored: 10 good → 2, 9 good → 1.
 */
export function quotaCheck(scheme: ScoringScheme, gradesGiven: readonly Grade[]): QuotaCheck {
  const counts: Record<Grade, number> = { excellent: 0, good: 0, satisfactory: 0, unsatisfactory: 0 };
  for (const given of gradesGiven) counts[given] += 1;
  const rule = scheme.quota;
  if (rule === null) return { counts, limit: null, exceeded: false, warning: null };
  const base = counts[rule.relativeTo];
  const limit = Math.floor((base * rule.maxPercent) / 100);
  const actual = counts[rule.limited];
  if (actual <= limit) return { counts, limit, exceeded: false, warning: null };
  const limited = definitionOf(scheme, rule.limited).label;
  const relativeTo = definitionOf(scheme, rule.relativeTo).label;
  return {
    counts,
    limit,
    exceeded: true,
    warning: `Số người xếp loại ${limited} (${actual}) vượt tỷ lệ tối đa ${rule.maxPercent} % số người ${relativeTo} (${base} người → tối đa ${limit} người).`,
  };
}
