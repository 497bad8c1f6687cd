import { z } from 'zod';
import { isoDate, requiredText } from './fields';
import { generatedFile } from './files';

/**
 * The quarterly report on democracy implementation, in the eight sections a provincial QCDC system asks
 * for (rules §7): compiled from the ward's records, with a narrative per section the ward may rewrite.
 */
export const reportSectionKeys = [
  'disclosures',
  'residentsDecide',
  'residentsConsulted',
  'supervision',
  'inspectionBoard',
  'investmentSupervisionBoard',
  'petitions',
  'groupMeetings',
] as const;
export const reportSectionKey = z.enum(reportSectionKeys);
export type ReportSectionKey = z.infer<typeof reportSectionKey>;

export const reportSectionTitles: Record<ReportSectionKey, string> = {
  disclosures: 'Kết quả thực hiện công khai',
  residentsDecide: 'Nhân dân bàn và quyết định trực tiếp',
  residentsConsulted: 'Nhân dân tham gia ý kiến',
  supervision: 'Nhân dân kiểm tra, giám sát',
  inspectionBoard: 'Ban Thanh tra nhân dân',
  investmentSupervisionBoard: 'Ban Giám sát đầu tư của cộng đồng',
  petitions: 'Đơn thư khiếu nại, tố cáo; ý kiến, kiến nghị',
  groupMeetings: 'Họp thôn, tổ dân phố',
};

const quarterNames = ['I', 'II', 'III', 'IV'] as const;
/** "quý I năm 2026". */
export const quarterLabel = (year: number, quarter: number): string => `quý ${quarterNames[quarter - 1]} năm ${year}`;
/** The exchange period of a quarter: "2026Q1". */
export const quarterPeriod = (year: number, quarter: number): string => `${year}Q${quarter}`;

export const reportFigure = z.object({ label: z.string(), value: z.number().int().min(0) });
export type ReportFigure = z.infer<typeof reportFigure>;

/** One record behind a section: when, and what in one line. */
export const reportItem = z.object({ date: isoDate.nullable(), text: z.string() });
export type ReportItem = z.infer<typeof reportItem>;

/** A section as compiled from the records; the narrative sentence is what the figures say. */
export const compiledSection = z.object({
  key: reportSectionKey,
  figures: z.array(reportFigure),
  items: z.array(reportItem),
  defaultNarrative: z.string(),
});
export type CompiledSection = z.infer<typeof compiledSection>;

export const reportSection = compiledSection.extend({
  title: z.string(),
  narrative: z.string(),
  /** The ward rewrote the narrative; otherwise it follows the figures when they are updated. */
  narrativeEdited: z.boolean(),
});
export type ReportSection = z.infer<typeof reportSection>;

export const reportStatuses = ['draft', 'finalized'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const quarterlyReportVersion = z.object({
  version: z.number().int().min(1),
  number: z.string(),
  issuedOn: isoDate,
  finalizedAt: z.string(),
  correctionReason: z.string(),
});
export type QuarterlyReportVersion = z.infer<typeof quarterlyReportVersion>;

export const quarterlyReport = z.object({
  year: z.number().int(),
  quarter: z.number().int(),
  /** "2026Q1". */
  period: z.string(),
  from: isoDate,
  to: isoDate,
  version: z.number().int().min(1),
  status: z.enum(reportStatuses),
  /** "01/BC-UBND" and the report's date, from the register when it is finalized. */
  number: z.string().nullable(),
  issuedOn: isoDate.nullable(),
  finalizedAt: z.string().nullable(),
  /** When the figures were last compiled from the records. */
  compiledAt: z.string(),
  /** Why this version corrects a finalized one; empty for the first version. */
  correctionReason: z.string(),
  sections: z.array(reportSection),
  /** False when no record of the quarter fed any figure. */
  hasRecords: z.boolean(),
  /** The finalized versions of this quarter, oldest first. */
  finalizedVersions: z.array(quarterlyReportVersion),
});
export type QuarterlyReport = z.infer<typeof quarterlyReport>;

const quarterRef = { year: z.number().int().min(2000).max(2100), quarter: z.number().int().min(1).max(4) };
const quarterInput = z.object(quarterRef).strict();

export const narrativeInput = z
  .object({
    ...quarterRef,
    section: reportSectionKey,
    /** Empty goes back to the sentence compiled from the figures. */
    text: z.string().trim().max(4000),
  })
  .strict();

export const reportCorrectionInput = z.object({ ...quarterRef, reason: requiredText(500) }).strict();

export const reportsChannels = {
  /** The quarter's current version; null while the quarter's report has not been opened. */
  'quarterlyReport.get': { input: quarterInput, output: quarterlyReport.nullable() },
  /** Compiles the quarter's report from the records as a draft; an opened report is returned as it is. */
  'quarterlyReport.open': { input: quarterInput, output: quarterlyReport },
  /** Compiles the draft's figures again from the records; rewritten narratives are kept. */
  'quarterlyReport.refresh': { input: quarterInput, output: quarterlyReport },
  'quarterlyReport.saveNarrative': { input: narrativeInput, output: quarterlyReport },
  /** Takes the next "…/BC-UBND" number and freezes the figures and narratives as they stand. */
  'quarterlyReport.finalize': { input: quarterInput, output: quarterlyReport },
  /** A new draft version from the finalized one, with its reason; the finalized one stays as it is. */
  'quarterlyReport.startCorrection': { input: reportCorrectionInput, output: quarterlyReport },
  /** The report in NĐ 30 layout: the current version, or a finalized one by its number. */
  'quarterlyReport.export': {
    input: z.object({ ...quarterRef, format: z.enum(['pdf', 'docx']), version: z.number().int().min(1).nullable().default(null) }).strict(),
    output: generatedFile,
  },
} as const;
