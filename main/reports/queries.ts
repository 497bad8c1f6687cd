import { AppError } from '../api/errors';
import { boardTitle, type BoardKind } from '../api/boards';
import type { ContentGroupKey } from '../api/disclosures';
import { quarterLabel, quarterPeriod, reportSectionTitles, type CompiledSection, type QuarterlyReport, type ReportSectionKey, type ReportStatus, type QuarterlyReportVersion } from '../api/reports';
import { boardsPeriodCounts } from '../boards/counts';
import type { Db } from '../db/database';
import { listConsultations } from '../disclosures/consultations';
import { disclosuresPeriodCounts } from '../disclosures/periodCounts';
import { listDisclosures, quarterRange } from '../disclosures/queries';
import { builtInDisclosureRules } from '../disclosures/rules';
import { heldMeetings, meetingsPeriodCounts } from '../meetings/periodCounts';
import { petitionsPeriodCounts } from '../petitions/counts';
import { compileQuarterlyReport, hasRecords, type BoardActivityEntry, type PeriodRecords } from './compile';
import type { DatedReadContext } from '../calendar/service';

/** The database with today and the ward's working days: what the meetings and disclosures queries read with. */
export type ReportReadContext = DatedReadContext & DatedReadContext;

export interface QuarterRef {
  year: number;
  quarter: number;
}

type ActivityRow = { date: string; kind: BoardKind; from_date: string; to_date: string | null; project_name: string; subject: string; recommendations: number };

function boardActivities(db: Db, from: string, to: string): BoardActivityEntry[] {
  const rows = db
    .prepare(
      `SELECT a.date, b.kind, b.from_date, b.to_date, b.project_name, a.subject,
              (SELECT count(*) FROM board_recommendation r WHERE r.activity_id = a.id) AS recommendations
       FROM board_activity a JOIN board b ON b.id = a.board_id WHERE a.date BETWEEN ? AND ? ORDER BY a.date, a.id`,
    )
    .all(from, to) as ActivityRow[];
  return rows.map((row) => ({
    date: row.date,
    boardKind: row.kind,
    boardTitle: boardTitle({ kind: row.kind, from: row.from_date, to: row.to_date, projectName: row.project_name }),
    subject: row.subject,
    recommendations: row.recommendations,
  }));
}

/** Everything the quarter's records say that the report uses. */
export function periodRecords(read: ReportReadContext, { year, quarter }: QuarterRef): PeriodRecords {
  const [from, to] = quarterRange(year, quarter);
  const meetings = heldMeetings(read, from, to);
  const disclosed = listDisclosures(read, { year, quarter, group: null, status: null, search: '' }).flatMap((entry) =>
    entry.disclosedOn !== null && entry.disclosedOn >= from && entry.disclosedOn <= to ? [{ date: entry.disclosedOn, group: entry.group, title: entry.title }] : [],
  );
  const consultations = listConsultations(read.db, year)
    .filter((entry) => entry.startDate >= from && entry.startDate <= to)
    .map((entry) => ({
      startDate: entry.startDate,
      endDate: entry.endDate,
      subject: entry.subject,
      opinions: entry.opinions.filter((opinion) => opinion.receivedOn <= to).length,
    }));
  const { n: residentialGroupCount } = read.db.prepare('SELECT count(*) AS n FROM residential_group').get() as { n: number };
  return {
    disclosures: disclosuresPeriodCounts(read.db, from, to),
    disclosed,
    groupLabels: Object.fromEntries(builtInDisclosureRules.groups.map((group) => [group.key, group.label])) as Record<ContentGroupKey, string>,
    consultations,
    meetings: meetingsPeriodCounts(meetings),
    heldMeetings: meetings,
    boards: boardsPeriodCounts(read.db, from, to),
    activities: boardActivities(read.db, from, to),
    petitions: petitionsPeriodCounts(read.db, from, to),
    residentialGroupCount,
  };
}

export const compileQuarter = (read: ReportReadContext, ref: QuarterRef): CompiledSection[] => compileQuarterlyReport(periodRecords(read, ref));

export interface ReportRow {
  id: number;
  year: number;
  quarter: number;
  version: number;
  status: ReportStatus;
  number: string | null;
  issued_on: string | null;
  finalized_at: string | null;
  sections_json: string;
  compiled_at: string;
  correction_reason: string;
}

export function reportRows(db: Db, { year, quarter }: QuarterRef): ReportRow[] {
  return db.prepare('SELECT * FROM quarterly_report WHERE year = ? AND quarter = ? ORDER BY version').all(year, quarter) as ReportRow[];
}

export function currentRow(db: Db, ref: QuarterRef): ReportRow {
  const row = reportRows(db, ref).at(-1);
  if (!row) throw new AppError('NOT_FOUND', `Chưa lập báo cáo ${quarterLabel(ref.year, ref.quarter)}.`);
  return row;
}

/** The narratives written for a version: rewritten ones, and after finalizing every one as it was frozen. */
export function narrativesOf(db: Db, reportId: number): Map<ReportSectionKey, { text: string; edited: boolean }> {
  const rows = db.prepare('SELECT section, text, edited FROM quarterly_report_narrative WHERE report_id = ?').all(reportId) as { section: ReportSectionKey; text: string; edited: number }[];
  return new Map(rows.map((row) => [row.section, { text: row.text, edited: row.edited === 1 }]));
}

function toReport(db: Db, row: ReportRow, finalizedVersions: QuarterlyReportVersion[]): QuarterlyReport {
  const compiled = JSON.parse(row.sections_json) as CompiledSection[];
  const narratives = narrativesOf(db, row.id);
  const [from, to] = quarterRange(row.year, row.quarter);
  return {
    year: row.year,
    quarter: row.quarter,
    period: quarterPeriod(row.year, row.quarter),
    from,
    to,
    version: row.version,
    status: row.status,
    number: row.number,
    issuedOn: row.issued_on,
    finalizedAt: row.finalized_at,
    compiledAt: row.compiled_at,
    correctionReason: row.correction_reason,
    sections: compiled.map((entry) => {
      const written = narratives.get(entry.key);
      const kept = written !== undefined && (written.edited || row.status === 'finalized');
      return { ...entry, title: reportSectionTitles[entry.key], narrative: kept ? written.text : entry.defaultNarrative, narrativeEdited: written?.edited ?? false };
    }),
    hasRecords: hasRecords(compiled),
    finalizedVersions,
  };
}

const versionOf = (row: ReportRow): QuarterlyReportVersion => ({
  version: row.version,
  number: row.number!,
  issuedOn: row.issued_on!,
  finalizedAt: row.finalized_at!,
  correctionReason: row.correction_reason,
});

/** The quarter's report in `version` (default: the current one); null while it has not been opened. */
export function getQuarterlyReport(db: Db, ref: QuarterRef, version: number | null = null): QuarterlyReport | null {
  const rows = reportRows(db, ref);
  const row = version === null ? rows.at(-1) : rows.find((entry) => entry.version === version);
  if (!row) {
    if (version === null) return null;
    throw new AppError('NOT_FOUND', `Báo cáo ${quarterLabel(ref.year, ref.quarter)} không có phiên bản ${version}.`);
  }
  return toReport(db, row, rows.filter((entry) => entry.status === 'finalized').map(versionOf));
}

/** Like getQuarterlyReport, for a quarter that must have been opened. */
export function requireQuarterlyReport(db: Db, ref: QuarterRef, version: number | null = null): QuarterlyReport {
  const report = getQuarterlyReport(db, ref, version);
  if (!report) throw new AppError('NOT_FOUND', `Chưa lập báo cáo ${quarterLabel(ref.year, ref.quarter)}.`);
  return report;
}

/** Every finalized report, each quarter in its latest finalized version (what is sent up). */
export function latestFinalizedReports(db: Db): QuarterlyReport[] {
  const rows = db
    .prepare(
      `SELECT year, quarter, max(version) AS version FROM quarterly_report WHERE status = 'finalized'
       GROUP BY year, quarter ORDER BY year, quarter`,
    )
    .all() as { year: number; quarter: number; version: number }[];
  return rows.map((row) => requireQuarterlyReport(db, row, row.version));
}
