/**
 * The ward's assessment of a year against a criteria set: a self-score, a note and evidence per
 * indicator, then the superior's appraised scores beside them. Once appraised scores are recorded the
 * self-scores are what was appraised, so they no longer change.
 */
import { AppError } from '../api/errors';
import type { CriteriaAssessment, CriteriaAssessmentSummary, EvidenceKind } from '../api/criteria';
import type { CriteriaSet, IndicatorScores } from '../api/evaluations';
import { auditedWrite, type WriteContext } from '../audit/audit';
import type { Db } from '../db/database';
import { assess, type Assessment } from './criteria';
import { setDefinition } from './criteriaSets';
import { evidenceOrMissing, requireEvidence } from './evidence';
import { formatPoints, fromHundredths, toHundredths } from './points';

interface AssessmentRow {
  id: number;
  set_id: string;
  set_version: number;
  year: number;
  appraised_on: string | null;
  appraiser: string;
  updated_at: string;
}

interface ScoreRow {
  indicator_key: string;
  self_hundredths: number | null;
  self_note: string;
  appraised_hundredths: number | null;
  appraised_note: string;
}

function assessmentRow(db: Db, id: number): AssessmentRow {
  const row = db.prepare('SELECT * FROM criteria_assessment WHERE id = ?').get(id) as AssessmentRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy hồ sơ tự chấm điểm này.');
  return row;
}

function scoreRows(db: Db, assessmentId: number): Map<string, ScoreRow> {
  const rows = db.prepare('SELECT * FROM criteria_score WHERE assessment_id = ?').all(assessmentId) as ScoreRow[];
  return new Map(rows.map((row) => [row.indicator_key, row]));
}

/** One column of the scores (self or appraised) by indicator key, leaving out the unscored. */
function scoreColumn(scores: Map<string, ScoreRow>, pick: (row: ScoreRow) => number | null): IndicatorScores {
  const entries = [...scores.values()].flatMap((row) => {
    const value = pick(row);
    return value === null ? [] : [[row.indicator_key, fromHundredths(value)] as const];
  });
  return Object.fromEntries(entries);
}

/** A column's result as the contract carries it: the rating by its label. */
function resultOf(result: Assessment) {
  return {
    total: result.total,
    gap: result.gap,
    unscored: result.unscored,
    passed: result.passed,
    reasons: result.reasons,
    explanation: result.explanation,
    rating: result.rating?.label ?? null,
  };
}

/** Last year's self subtotal per criterion key, from the assessment of the same set (any version). */
function lastYearSubtotals(db: Db, row: AssessmentRow): Map<string, number> {
  const previous = db.prepare('SELECT * FROM criteria_assessment WHERE set_id = ? AND year = ?').get(row.set_id, row.year - 1) as AssessmentRow | undefined;
  if (!previous) return new Map();
  const result = assess(setDefinition(db, previous.set_id, previous.set_version), scoreColumn(scoreRows(db, previous.id), (score) => score.self_hundredths));
  return new Map(result.criteria.map((entry) => [entry.key, entry.subtotal]));
}

function passRuleText(set: CriteriaSet): string {
  return `Đạt khi tổng điểm từ ${formatPoints(toHundredths(set.passRule.minTotal))} trở lên và mỗi tiêu chí đạt từ ${set.passRule.minCriterionPercent} % điểm tối đa trở lên.`;
}

function evidenceOf(db: Db, assessmentId: number) {
  const rows = db.prepare('SELECT id, indicator_key, kind, ref_id FROM criteria_evidence WHERE assessment_id = ? ORDER BY id').all(assessmentId) as {
    id: number;
    indicator_key: string;
    kind: EvidenceKind;
    ref_id: string;
  }[];
  return rows.map((row) => ({ id: row.id, indicatorKey: row.indicator_key, ...evidenceOrMissing(db, row.kind, row.ref_id) }));
}

const scoreOf = (hundredths: number | null | undefined): number | null => (hundredths == null ? null : fromHundredths(hundredths));

function indicatorRows(set: CriteriaSet, scores: Map<string, ScoreRow>, evidence: ReturnType<typeof evidenceOf>): CriteriaAssessment['indicators'] {
  return set.criteria.flatMap((criterion) =>
    criterion.indicators.map((item) => {
      const score = scores.get(item.key);
      return {
        criterionKey: criterion.key,
        key: item.key,
        label: item.label,
        maxPoints: item.maxPoints,
        guidance: item.guidance,
        evidenceHints: item.evidenceHints,
        selfScore: scoreOf(score?.self_hundredths),
        selfNote: score?.self_note ?? '',
        appraisedScore: scoreOf(score?.appraised_hundredths),
        appraisedNote: score?.appraised_note ?? '',
        evidence: evidence.filter((link) => link.indicatorKey === item.key),
      };
    }),
  );
}

/** Each criterion's self and appraised subtotal and pass, beside last year's self subtotal. */
function criterionRows(self: Assessment, appraised: Assessment | null, lastYear: Map<string, number>): CriteriaAssessment['criteria'] {
  return self.criteria.map((entry, index) => ({
    key: entry.key,
    label: entry.label,
    maxPoints: entry.maxPoints,
    selfSubtotal: entry.subtotal,
    appraisedSubtotal: appraised?.criteria[index]?.subtotal ?? null,
    required: entry.required,
    selfPassed: entry.passed,
    appraisedPassed: appraised?.criteria[index]?.passed ?? null,
    lastYear: lastYear.get(entry.key) ?? null,
  }));
}

/** The stored version's definition, the scores, and both columns' results (appraised only once recorded). */
function scored(db: Db, row: AssessmentRow) {
  const set = setDefinition(db, row.set_id, row.set_version);
  const scores = scoreRows(db, row.id);
  const self = assess(set, scoreColumn(scores, (score) => score.self_hundredths));
  const appraised = row.appraised_on === null ? null : assess(set, scoreColumn(scores, (score) => score.appraised_hundredths), 'appraisedScore');
  return { set, scores, self, appraised };
}

export function getAssessment(db: Db, id: number): CriteriaAssessment {
  const row = assessmentRow(db, id);
  const { set, scores, self, appraised } = scored(db, row);
  return {
    id,
    year: row.year,
    setId: row.set_id,
    setVersion: row.set_version,
    setName: set.name,
    example: set.example,
    note: set.note,
    maxPoints: set.maxPoints,
    passRuleText: passRuleText(set),
    appraisedOn: row.appraised_on,
    appraiser: row.appraiser,
    indicators: indicatorRows(set, scores, evidenceOf(db, id)),
    criteria: criterionRows(self, appraised, lastYearSubtotals(db, row)),
    self: resultOf(self),
    appraised: appraised && resultOf(appraised),
    updatedAt: row.updated_at,
  };
}

/** A row of the list needs only the totals: no evidence labels, no last year. */
function summaryOf(db: Db, row: AssessmentRow): CriteriaAssessmentSummary {
  const { set, self, appraised } = scored(db, row);
  return {
    id: row.id,
    year: row.year,
    setId: row.set_id,
    setVersion: row.set_version,
    setName: set.name,
    maxPoints: set.maxPoints,
    selfTotal: self.total,
    selfPassed: self.passed,
    appraisedTotal: appraised?.total ?? null,
    unscored: self.unscored,
  };
}

export function listAssessments(db: Db): CriteriaAssessmentSummary[] {
  const rows = db.prepare('SELECT * FROM criteria_assessment ORDER BY year DESC, set_id').all() as AssessmentRow[];
  return rows.map((row) => summaryOf(db, row));
}

/** Starts (or reopens) the year's assessment against a published version; one version per set and year. */
export function openAssessment(ctx: WriteContext, input: { setId: string; version: number; year: number }): CriteriaAssessment {
  const status = ctx.db.prepare('SELECT status FROM criteria_set WHERE id = ? AND version = ?').get(input.setId, input.version) as { status: string } | undefined;
  if (!status) throw new AppError('NOT_FOUND', `Không có bộ tiêu chí "${input.setId}" phiên bản ${input.version}.`);
  if (status.status !== 'published') throw new AppError('CONFLICT', 'Bộ tiêu chí này còn là bản dự thảo, chưa ban hành nên chưa chấm điểm theo được.');
  const existing = ctx.db.prepare('SELECT id, set_version FROM criteria_assessment WHERE set_id = ? AND year = ?').get(input.setId, input.year) as
    | { id: number; set_version: number }
    | undefined;
  if (existing && existing.set_version !== input.version) {
    throw new AppError('CONFLICT', `Năm ${input.year} đã tự chấm điểm theo phiên bản ${existing.set_version} của bộ tiêu chí này.`, 'version');
  }
  if (existing) return getAssessment(ctx.db, existing.id);
  const now = ctx.clock.now().toISOString();
  return auditedWrite(ctx, () => {
    const id = Number(
      ctx.db
        .prepare('INSERT INTO criteria_assessment (set_id, set_version, year, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
        .run(input.setId, input.version, input.year, now, now).lastInsertRowid,
    );
    return { result: getAssessment(ctx.db, id), change: { action: 'create', entity: 'criteriaAssessment', entityId: id, after: input } };
  });
}

function requireIndicator(set: CriteriaSet, key: string) {
  const item = set.criteria.flatMap((criterion) => criterion.indicators).find((entry) => entry.key === key);
  if (!item) throw new AppError('BAD_INPUT', `Bộ tiêu chí không có chỉ tiêu "${key}".`, 'indicatorKey');
  return item;
}

function requireWithinMaximum(label: string, maxPoints: number, score: number | null, path: string): void {
  if (score !== null && toHundredths(score) > toHundredths(maxPoints)) {
    throw new AppError('BAD_INPUT', `Điểm của "${label}" là ${formatPoints(toHundredths(score))}, vượt điểm tối đa ${formatPoints(toHundredths(maxPoints))}.`, path);
  }
}

function requireNotAppraised(row: AssessmentRow): void {
  if (row.appraised_on !== null) {
    throw new AppError('CONFLICT', `Cấp trên đã thẩm định hồ sơ năm ${row.year} nên điểm tự chấm và minh chứng không sửa được nữa.`);
  }
}

/** A changed row of the assessment, with its audit entry, and the assessment as it now is. */
function writeAssessment(ctx: WriteContext, row: AssessmentRow, change: { action: string; before?: unknown; after?: unknown }, write: () => void): CriteriaAssessment {
  return auditedWrite(ctx, () => {
    write();
    ctx.db.prepare('UPDATE criteria_assessment SET updated_at = ? WHERE id = ?').run(ctx.clock.now().toISOString(), row.id);
    return { result: getAssessment(ctx.db, row.id), change: { ...change, entity: 'criteriaAssessment', entityId: row.id } };
  });
}

export function saveSelfScore(ctx: WriteContext, input: { assessmentId: number; indicatorKey: string; score: number | null; note: string }): CriteriaAssessment {
  const row = assessmentRow(ctx.db, input.assessmentId);
  requireNotAppraised(row);
  const item = requireIndicator(setDefinition(ctx.db, row.set_id, row.set_version), input.indicatorKey);
  requireWithinMaximum(item.label, item.maxPoints, input.score, 'score');
  return writeAssessment(ctx, row, { action: 'selfScore', after: input }, () =>
    ctx.db
      .prepare(
        `INSERT INTO criteria_score (assessment_id, indicator_key, self_hundredths, self_note) VALUES (?, ?, ?, ?)
         ON CONFLICT (assessment_id, indicator_key) DO UPDATE SET self_hundredths = excluded.self_hundredths, self_note = excluded.self_note`,
      )
      .run(row.id, input.indicatorKey, input.score === null ? null : toHundredths(input.score), input.note),
  );
}

/** Records the superior's appraised column as a whole; indicators it leaves out keep no appraised score. */
export function saveAppraisal(
  ctx: WriteContext,
  input: { assessmentId: number; appraisedOn: string; appraiser: string; scores: Record<string, number | null>; notes: Record<string, string> },
): CriteriaAssessment {
  const row = assessmentRow(ctx.db, input.assessmentId);
  const set = setDefinition(ctx.db, row.set_id, row.set_version);
  for (const [key, score] of Object.entries(input.scores)) {
    const item = requireIndicator(set, key);
    requireWithinMaximum(item.label, item.maxPoints, score, `scores.${key}`);
  }
  for (const key of Object.keys(input.notes)) requireIndicator(set, key);
  return writeAssessment(ctx, row, { action: 'appraisal', after: input }, () => {
    ctx.db.prepare('UPDATE criteria_assessment SET appraised_on = ?, appraiser = ? WHERE id = ?').run(input.appraisedOn, input.appraiser, row.id);
    ctx.db.prepare("UPDATE criteria_score SET appraised_hundredths = NULL, appraised_note = '' WHERE assessment_id = ?").run(row.id);
    const upsert = ctx.db.prepare(
      `INSERT INTO criteria_score (assessment_id, indicator_key, appraised_hundredths, appraised_note) VALUES (?, ?, ?, ?)
       ON CONFLICT (assessment_id, indicator_key) DO UPDATE SET appraised_hundredths = excluded.appraised_hundredths, appraised_note = excluded.appraised_note`,
    );
    const keys = new Set([...Object.keys(input.scores), ...Object.keys(input.notes)]);
    for (const key of keys) {
      const score = input.scores[key] ?? null;
      upsert.run(row.id, key, score === null ? null : toHundredths(score), input.notes[key] ?? '');
    }
  });
}

export function addEvidence(ctx: WriteContext, input: { assessmentId: number; indicatorKey: string; kind: EvidenceKind; refId: string }): CriteriaAssessment {
  const row = assessmentRow(ctx.db, input.assessmentId);
  requireNotAppraised(row);
  requireIndicator(setDefinition(ctx.db, row.set_id, row.set_version), input.indicatorKey);
  const record = requireEvidence(ctx.db, input.kind, input.refId);
  const duplicate = ctx.db
    .prepare('SELECT 1 FROM criteria_evidence WHERE assessment_id = ? AND indicator_key = ? AND kind = ? AND ref_id = ?')
    .get(row.id, input.indicatorKey, input.kind, record.refId);
  if (duplicate) throw new AppError('CONFLICT', `"${record.label}" đã là minh chứng của chỉ tiêu này.`);
  return writeAssessment(ctx, row, { action: 'addEvidence', after: { ...input, label: record.label } }, () =>
    ctx.db
      .prepare('INSERT INTO criteria_evidence (assessment_id, indicator_key, kind, ref_id, added_at) VALUES (?, ?, ?, ?, ?)')
      .run(row.id, input.indicatorKey, input.kind, record.refId, ctx.clock.now().toISOString()),
  );
}

export function removeEvidence(ctx: WriteContext, input: { assessmentId: number; evidenceId: number }): CriteriaAssessment {
  const row = assessmentRow(ctx.db, input.assessmentId);
  requireNotAppraised(row);
  const link = ctx.db.prepare('SELECT * FROM criteria_evidence WHERE id = ? AND assessment_id = ?').get(input.evidenceId, row.id);
  if (!link) throw new AppError('NOT_FOUND', 'Không tìm thấy minh chứng này trong hồ sơ.');
  return writeAssessment(ctx, row, { action: 'removeEvidence', before: link }, () => ctx.db.prepare('DELETE FROM criteria_evidence WHERE id = ?').run(input.evidenceId));
}
