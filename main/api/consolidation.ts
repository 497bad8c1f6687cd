import { z } from 'zod';
import { isoDate } from './fields';
import { generatedFile } from './files';

/**
 * One cell of the completeness matrix (exchange-research §6): nothing received; received but not said complete;
 * complete (a snapshot) on time; the data that counts arrived after the deadline; rejected lines or conflicts.
 */
export const completenessStates = ['notReceived', 'received', 'complete', 'late', 'problem'] as const;
export type CompletenessState = (typeof completenessStates)[number];

/** A short word per state for the chips, the command line and the workbooks. */
export const completenessWords: Record<CompletenessState, { vi: string; en: string }> = {
  notReceived: { vi: 'Chưa nhận', en: 'missing' },
  received: { vi: 'Đã nhận', en: 'received' },
  complete: { vi: 'Đủ', en: 'complete' },
  late: { vi: 'Chậm', en: 'late' },
  problem: { vi: 'Có lỗi', en: 'problem' },
};

const period = z.object({ year: z.number().int().min(2000).max(2100), quarter: z.number().int().min(1).max(4).nullable().default(null) }).strict();
export type ConsolidationPeriod = z.output<typeof period>;

const reportingRate = z.object({ expected: z.number().int(), reported: z.number().int(), onTime: z.number().int(), percent: z.number().nullable() });
export type ReportingRate = z.infer<typeof reportingRate>;

export const completenessCell = z.object({
  state: z.enum(completenessStates),
  /** Vietnamese, for the tooltip and the lists. */
  reason: z.string(),
  /** When the superior first received data for this cell, and the first complete data (ISO instants). */
  firstReceivedAt: z.string().nullable(),
  completeAt: z.string().nullable(),
  /** Nothing received and the deadline has passed. */
  overdue: z.boolean(),
});
export type CompletenessCell = z.infer<typeof completenessCell>;

export const completenessColumn = z.object({ dataset: z.string(), label: z.string(), period: z.string(), deadline: isoDate, rate: reportingRate });
export type CompletenessColumn = z.infer<typeof completenessColumn>;

export const completenessMatrix = z.object({
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  columns: z.array(completenessColumn),
  /** One row per registered unit; `cells` in the order of `columns`. */
  rows: z.array(z.object({ unitCode: z.string(), unitName: z.string(), cells: z.array(completenessCell) })),
  total: reportingRate,
  /** Late, not received and problem cells, unit by unit. */
  lateOrMissing: z.array(z.object({ unitCode: z.string(), unitName: z.string(), dataset: z.string(), label: z.string(), period: z.string(), deadline: isoDate, cell: completenessCell })),
});
export type CompletenessMatrix = z.infer<typeof completenessMatrix>;

const unit = { unitCode: z.string(), unitName: z.string() };
export const consolidatedTables = z.object({
  year: z.number().int(),
  budget: z.array(z.object({
    ...unit,
    stage: z.string(),
    stageLabel: z.string(),
    resolutionNumber: z.string(),
    disclosed: z.boolean(),
    postedOn: z.string().nullable(),
    /** Line A (total revenue) and line B (total expenditure) of the stage's balance form, in đồng. */
    totalRevenue: z.number().nullable(),
    totalExpenditure: z.number().nullable(),
  })),
  meetings: z.array(z.object({ ...unit, type: z.string(), typeLabel: z.string(), held: z.number().int(), decisions: z.number().int(), passed: z.number().int() })),
  grades: z.array(z.object({
    ...unit,
    groups: z.number().int(),
    excellent: z.number().int(),
    good: z.number().int(),
    satisfactory: z.number().int(),
    unsatisfactory: z.number().int(),
    quotaExceeded: z.boolean(),
  })),
  criteria: z.array(z.object({ ...unit, setId: z.string(), setName: z.string(), selfTotal: z.number().nullable(), appraisedTotal: z.number().nullable(), appraisedOn: z.string().nullable() })),
});
export type ConsolidatedTables = z.infer<typeof consolidatedTables>;

export const consolidationViews = ['matrix', 'lateOrMissing', 'budget', 'meetings', 'grades', 'criteria'] as const;
export type ConsolidationView = (typeof consolidationViews)[number];

/** The superior office's consolidation of what its wards sent: completeness, lists and tables, each exportable to XLSX. */
export const consolidationChannels = {
  'consolidation.completeness': { input: period, output: completenessMatrix },
  'consolidation.tables': { input: z.object({ year: period.shape.year }).strict(), output: consolidatedTables },
  'consolidation.exportXlsx': { input: period.extend({ view: z.enum(consolidationViews) }).strict(), output: generatedFile },
} as const;
