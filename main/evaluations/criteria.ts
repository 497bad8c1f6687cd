/**
 * The ward's assessment against a criteria set issued by the superior (rules §6; QĐ 25/2021 for the
 * access-to-law standard): totals, criterion subtotals, pass/fail by the set's rules, the gap to each
 * maximum, and the self-scores beside the appraised scores.
 */
import { AppError } from '../api/errors';
import { criteriaSet, type CriteriaSet, type IndicatorScores, type RatingBand } from '../api/evaluations';
import example from '../../resources/evaluations/criteria-sets/tiep-can-phap-luat-example.json';
import { parseDataFile } from './dataFile';
import { formatPoints, fromHundredths, toHundredths } from './points';

/** Validates a criteria set file: indicator points adding up to their criterion, criteria to the total, unique keys. */
export function parseCriteriaSet(json: unknown): CriteriaSet {
  return parseDataFile(criteriaSet, json, 'bộ tiêu chí');
}

/** The example shaped like QĐ 25/2021, shipped marked `example: true`: the superior must confirm its points. */
export const exampleCriteriaSet: CriteriaSet = parseCriteriaSet(example);

export type ScoreColumn = 'selfScore' | 'appraisedScore';
const columnName: Record<ScoreColumn, string> = { selfScore: 'Điểm tự chấm', appraisedScore: 'Điểm thẩm định' };

/** Every score that names no indicator of the set or lies outside 0..its maximum, in Vietnamese. */
export function scoreProblems(set: CriteriaSet, scores: IndicatorScores, column: ScoreColumn): string[] {
  const indicators = new Map(set.criteria.flatMap((entry) => entry.indicators).map((item) => [item.key, item]));
  return Object.entries(scores).flatMap(([key, value]) => {
    const item = indicators.get(key);
    if (!item) return [`Bộ tiêu chí không có chỉ tiêu "${key}".`];
    const given = toHundredths(value);
    if (given >= 0 && given <= toHundredths(item.maxPoints)) return [];
    return [`${columnName[column]} của "${item.label}" là ${formatPoints(given)}, phải từ 0 đến ${formatPoints(toHundredths(item.maxPoints))}.`];
  });
}

export interface IndicatorResult {
  key: string;
  label: string;
  maxPoints: number;
  /** Null while not scored (counted as 0). */
  score: number | null;
  gap: number;
}

export interface CriterionResult {
  key: string;
  label: string;
  maxPoints: number;
  subtotal: number;
  gap: number;
  /** The least subtotal that meets the pass rule's share of the maximum. */
  required: number;
  passed: boolean;
  indicators: IndicatorResult[];
}

export interface Assessment {
  total: number;
  maxPoints: number;
  gap: number;
  unscored: number;
  criteria: CriterionResult[];
  passed: boolean;
  /** Why the set is failed (empty when passed). */
  reasons: string[];
  explanation: string;
  rating: RatingBand | null;
}

/** Totals, subtotals, gaps and the pass/fail of one column of scores; scores outside the set are refused. */
export function assess(set: CriteriaSet, scores: IndicatorScores, column: ScoreColumn = 'selfScore'): Assessment {
  const problems = scoreProblems(set, scores, column);
  if (problems.length > 0) throw new AppError('BAD_INPUT', problems.join('\n'));
  const percent = set.passRule.minCriterionPercent;
  const criteria = set.criteria.map((entry): CriterionResult => {
    const indicators = entry.indicators.map((item): IndicatorResult => {
      const score = scores[item.key] ?? null;
      return { key: item.key, label: item.label, maxPoints: item.maxPoints, score, gap: fromHundredths(toHundredths(item.maxPoints) - toHundredths(score ?? 0)) };
    });
    const subtotal = indicators.reduce((sum, item) => sum + toHundredths(item.score ?? 0), 0);
    const maximum = toHundredths(entry.maxPoints);
    const required = Math.ceil((maximum * percent) / 100);
    return { key: entry.key, label: entry.label, maxPoints: entry.maxPoints, subtotal: fromHundredths(subtotal), gap: fromHundredths(maximum - subtotal), required: fromHundredths(required), passed: subtotal >= required, indicators };
  });
  const total = criteria.reduce((sum, entry) => sum + toHundredths(entry.subtotal), 0);
  const minTotal = toHundredths(set.passRule.minTotal);
  const reasons = [
    ...(total < minTotal ? [`Tổng điểm ${formatPoints(total)} chưa đạt mức tối thiểu ${formatPoints(minTotal)}.`] : []),
    ...criteria
      .filter((entry) => !entry.passed)
      .map((entry) => `${entry.label} đạt ${formatPoints(toHundredths(entry.subtotal))} điểm, dưới ${percent} % điểm tối đa ${formatPoints(toHundredths(entry.maxPoints))} (cần ít nhất ${formatPoints(toHundredths(entry.required))}).`),
  ];
  const rule = `tổng điểm từ ${formatPoints(minTotal)} trở lên và mỗi tiêu chí đạt từ ${percent} % điểm tối đa trở lên`;
  const unscored = criteria.reduce((count, entry) => count + entry.indicators.filter((item) => item.score === null).length, 0);
  return {
    total: fromHundredths(total),
    maxPoints: set.maxPoints,
    gap: fromHundredths(toHundredths(set.maxPoints) - total),
    unscored,
    criteria,
    passed: reasons.length === 0,
    reasons,
    explanation: `${reasons.length === 0 ? 'Đạt' : 'Chưa đạt'}: điều kiện là ${rule}. Tổng điểm ${formatPoints(total)}/${formatPoints(toHundredths(set.maxPoints))}${unscored > 0 ? `; ${unscored} chỉ tiêu chưa chấm, tính 0 điểm` : ''}.`,
    rating: ratingFor(set.ratingBands, total),
  };
}

function ratingFor(bands: readonly RatingBand[], total: number): RatingBand | null {
  const reached = bands.filter((band) => toHundredths(band.min) <= total);
  return reached.reduce<RatingBand | null>((best, band) => (best === null || band.min > best.min ? band : best), null);
}

export interface ComparisonRow {
  level: 'criterion' | 'indicator' | 'total';
  key: string;
  label: string;
  maxPoints: number;
  selfScore: number | null;
  appraisedScore: number | null;
  /** appraisedScore − selfScore; null while either is missing. The UI highlights rows where it is not 0. */
  difference: number | null;
}

export interface ScoreComparison {
  rows: ComparisonRow[];
  self: Assessment;
  appraised: Assessment;
}

/** The self-scores and the appraised scores side by side: every criterion followed by its indicators, then the total. */
export function compareScores(set: CriteriaSet, selfScores: IndicatorScores, appraisedScores: IndicatorScores): ScoreComparison {
  const self = assess(set, selfScores, 'selfScore');
  const appraised = assess(set, appraisedScores, 'appraisedScore');
  const row = (level: ComparisonRow['level'], key: string, label: string, maxPoints: number, selfScore: number | null, appraisedScore: number | null): ComparisonRow => ({
    level,
    key,
    label,
    maxPoints,
    selfScore,
    appraisedScore,
    difference: selfScore === null || appraisedScore === null ? null : fromHundredths(toHundredths(appraisedScore) - toHundredths(selfScore)),
  });
  // A column with nothing scored under a criterion (appraised scores not back yet) shows no subtotal.
  const subtotalOf = (entry: CriterionResult) => (entry.indicators.every((item) => item.score === null) ? null : entry.subtotal);
  const rows = self.criteria.flatMap((entry, index) => {
    const other = appraised.criteria[index]!;
    return [
      row('criterion', entry.key, entry.label, entry.maxPoints, subtotalOf(entry), subtotalOf(other)),
      ...entry.indicators.map((item, itemIndex) => row('indicator', item.key, item.label, item.maxPoints, item.score, other.indicators[itemIndex]!.score)),
    ];
  });
  const totalOf = (assessment: Assessment) => (assessment.criteria.every((entry) => subtotalOf(entry) === null) ? null : assessment.total);
  rows.push(row('total', 'total', 'Tổng cộng', set.maxPoints, totalOf(self), totalOf(appraised)));
  return { rows, self, appraised };
}
