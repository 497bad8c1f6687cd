import { z } from 'zod';
import { id, isoDate, optionalText } from './fields';
import { generatedFile } from './files';
import { criteriaSet, points, type CriteriaSet } from './evaluations';

/** Where a stored criteria set came from: shipped with the app, imported from the superior's file, or written here (superior office). */
export const criteriaSetOrigins = ['builtIn', 'imported', 'authored'] as const;
export type CriteriaSetOrigin = (typeof criteriaSetOrigins)[number];
/** A draft may still change; a published version never does: an edit is a new version. */
export const criteriaSetStatuses = ['draft', 'published'] as const;

const setId = z.string().regex(/^[a-z0-9.-]{3,60}$/, 'Mã bộ tiêu chí chỉ gồm chữ thường không dấu, chữ số, dấu chấm, gạch ngang.');
const setRef = { setId, version: z.number().int().min(1) };
const yearField = z.number().int().min(2000).max(2100);
const indicatorKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'Mã chỉ tiêu không hợp lệ.').max(40);

export const criteriaSetSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  issuer: z.string(),
  example: z.boolean(),
  origin: z.enum(criteriaSetOrigins),
  status: z.enum(criteriaSetStatuses),
  maxPoints: z.number(),
  savedAt: z.string(),
  /** Years assessed against this version. */
  assessedYears: z.array(z.number().int()),
});
export type CriteriaSetSummary = z.infer<typeof criteriaSetSummary>;

export const storedCriteriaSet = criteriaSetSummary.extend({ definition: criteriaSet });
export type StoredCriteriaSet = z.infer<typeof storedCriteriaSet> & { definition: CriteriaSet };

/** The ward's own records an indicator's score can point to, so that the appraiser can open them. */
export const evidenceKinds = ['meeting', 'budgetReport', 'attachment'] as const;
export const evidenceKind = z.enum(evidenceKinds);
export type EvidenceKind = z.infer<typeof evidenceKind>;

export const evidenceRecord = z.object({
  kind: evidenceKind,
  /** meeting: its id; budgetReport: "year:stage:version"; attachment: its id. */
  refId: z.string().max(80),
  label: z.string(),
  date: z.string().nullable(),
});
export type EvidenceRecord = z.infer<typeof evidenceRecord>;

export const evidenceLink = evidenceRecord.extend({ id, indicatorKey: z.string() });
export type EvidenceLink = z.infer<typeof evidenceLink>;

export const indicatorRow = z.object({
  criterionKey: z.string(),
  key: z.string(),
  label: z.string(),
  maxPoints: z.number(),
  guidance: z.string(),
  evidenceHints: z.array(z.string()),
  selfScore: z.number().nullable(),
  selfNote: z.string(),
  appraisedScore: z.number().nullable(),
  appraisedNote: z.string(),
  evidence: z.array(evidenceLink),
});
export type IndicatorRow = z.infer<typeof indicatorRow>;

const criterionTotals = z.object({
  key: z.string(),
  label: z.string(),
  maxPoints: z.number(),
  selfSubtotal: z.number(),
  appraisedSubtotal: z.number().nullable(),
  /** The least subtotal that meets the pass rule. */
  required: z.number(),
  selfPassed: z.boolean(),
  appraisedPassed: z.boolean().nullable(),
  /** The self subtotal of the same criterion in last year's assessment of the same set, if any. */
  lastYear: z.number().nullable(),
});

const columnResult = z.object({
  total: z.number(),
  gap: z.number(),
  unscored: z.number().int(),
  passed: z.boolean(),
  reasons: z.array(z.string()),
  explanation: z.string(),
  rating: z.string().nullable(),
});

export const criteriaAssessment = z.object({
  id,
  year: z.number().int(),
  setId: z.string(),
  setVersion: z.number().int(),
  setName: z.string(),
  example: z.boolean(),
  note: z.string(),
  maxPoints: z.number(),
  passRuleText: z.string(),
  appraisedOn: z.string().nullable(),
  appraiser: z.string(),
  indicators: z.array(indicatorRow),
  criteria: z.array(criterionTotals),
  self: columnResult,
  /** Null until appraised scores have been recorded. */
  appraised: columnResult.nullable(),
  updatedAt: z.string(),
});
export type CriteriaAssessment = z.infer<typeof criteriaAssessment>;

export const criteriaAssessmentSummary = z.object({
  id,
  year: z.number().int(),
  setId: z.string(),
  setVersion: z.number().int(),
  setName: z.string(),
  selfTotal: z.number(),
  maxPoints: z.number(),
  selfPassed: z.boolean(),
  appraisedTotal: z.number().nullable(),
  unscored: z.number().int(),
});
export type CriteriaAssessmentSummary = z.infer<typeof criteriaAssessmentSummary>;

const MAX_SET_FILE_CHARS = 2_000_000;

export const criteriaChannels = {
  'criteria.listSets': { input: z.object({}).strict(), output: z.array(criteriaSetSummary) },
  'criteria.getSet': { input: z.object(setRef).strict(), output: storedCriteriaSet },
  /** Superior office only: writes a draft version (new, or replacing the same draft version). */
  'criteria.saveDraft': { input: z.object({ definition: criteriaSet }).strict(), output: criteriaSetSummary },
  /** Superior office only: a draft becomes published and never changes again. */
  'criteria.publish': { input: z.object(setRef).strict(), output: criteriaSetSummary },
  /** Superior office only: deletes a draft version nobody has assessed against. */
  'criteria.deleteDraft': { input: z.object(setRef).strict(), output: z.object({ deleted: z.literal(true) }) },
  /** The set as a file to hand to the wards (until the exchange carries it in signed batches). */
  'criteria.exportSet': { input: z.object(setRef).strict(), output: generatedFile },
  /** A ward receives a published set from the superior's file (JSON text); the same version twice is "already there". */
  'criteria.importSet': {
    input: z.object({ content: z.string().min(1, 'Tệp rỗng.').max(MAX_SET_FILE_CHARS, 'Tệp quá lớn cho một bộ tiêu chí.') }).strict(),
    output: z.object({ set: criteriaSetSummary, alreadyPresent: z.boolean() }),
  },

  'criteria.listAssessments': { input: z.object({}).strict(), output: z.array(criteriaAssessmentSummary) },
  'criteria.openAssessment': { input: z.object({ ...setRef, year: yearField }).strict(), output: criteriaAssessment },
  'criteria.getAssessment': { input: z.object({ id }).strict(), output: criteriaAssessment },
  /** The ward's own score of one indicator, with its note; null clears it. */
  'criteria.saveSelfScore': {
    input: z.object({ assessmentId: id, indicatorKey, score: points.nullable(), note: optionalText(5000) }).strict(),
    output: criteriaAssessment,
  },
  /** The superior's appraised scores as they arrive (typed from its appraisal result until the exchange carries them). */
  'criteria.saveAppraisal': {
    input: z
      .object({
        assessmentId: id,
        appraisedOn: isoDate,
        appraiser: optionalText(300),
        scores: z.record(indicatorKey, points.nullable()),
        notes: z.record(indicatorKey, z.string().trim().max(5000)).default({}),
      })
      .strict(),
    output: criteriaAssessment,
  },
  /** The ward's records of the year that can be shown as evidence. */
  'criteria.evidenceCandidates': { input: z.object({ year: yearField }).strict(), output: z.array(evidenceRecord) },
  'criteria.addEvidence': {
    input: z.object({ assessmentId: id, indicatorKey, kind: evidenceKind, refId: z.string().min(1).max(80) }).strict(),
    output: criteriaAssessment,
  },
  'criteria.removeEvidence': { input: z.object({ assessmentId: id, evidenceId: id }).strict(), output: criteriaAssessment },
  /** The self-scoring table to attach to the ward's report (unnumbered). */
  'criteria.exportAssessment': { input: z.object({ id, format: z.enum(['pdf', 'docx', 'xlsx']) }).strict(), output: generatedFile },
} as const;
