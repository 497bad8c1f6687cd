import { AppError } from '../api/errors';
import {
  toHundredths,
  type AssignedTask,
  type evaluationSheetInput,
  type EvaluationPeriod,
  type EvaluationSheet,
  type Grade,
  type PeriodKind,
  type ScoringScheme,
  type SheetResult,
  type YearResults,
} from '../api/evaluations';
import type { z } from 'zod';
import { auditedWrite, type WriteContext } from '../audit/audit';
import type { Db } from '../db/database';
import { annualResult, chosenGrade, periodLabel, periodResult, quotaCheck } from './rules';
import { schemeById } from './schemes';

type SheetInput = z.output<typeof evaluationSheetInput>;
type Row = Record<string, unknown>;

function kindOf(period: string): PeriodKind {
  if (/^\d{4}$/.test(period)) return 'year';
  return period.includes('Q') ? 'quarter' : 'month';
}

/** The first day of a period key, to find the scheme in force: "2026-Q2" → 2026-04-01. */
function firstDay(period: string): string {
  const [year, part] = period.split('-');
  if (part === undefined) return `${year}-01-01`;
  const month = part.startsWith('Q') ? (Number(part.slice(1)) - 1) * 3 + 1 : Number(part);
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

export function periodOf(db: Db, periodId: number): { id: number; period: string; scheme: ScoringScheme; groupName: string } {
  const row = db.prepare('SELECT id, period, scheme_id, group_name FROM evaluation_period WHERE id = ?').get(periodId) as Row | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy kỳ đánh giá này.');
  return { id: Number(row.id), period: String(row.period), scheme: schemeById(String(row.scheme_id)), groupName: String(row.group_name) };
}

const periodSelect = `SELECT p.*, count(s.id) AS sheets, count(s.grade) AS scored
  FROM evaluation_period p LEFT JOIN evaluation_sheet s ON s.period_id = p.id`;

function toPeriod(row: Row): EvaluationPeriod {
  const scheme = schemeById(String(row.scheme_id));
  return {
    id: Number(row.id),
    period: String(row.period),
    periodLabel: periodLabel(String(row.period)),
    kind: row.kind as PeriodKind,
    schemeId: scheme.id,
    schemeName: scheme.name,
    groupName: String(row.group_name),
    openedAt: String(row.opened_at),
    sheets: Number(row.sheets),
    scored: Number(row.scored),
  };
}

export function listPeriods(db: Db, year: number): EvaluationPeriod[] {
  const rows = db.prepare(`${periodSelect} WHERE p.period LIKE ? GROUP BY p.id ORDER BY p.period DESC, p.group_name`).all(`${year}%`) as Row[];
  return rows.map(toPeriod);
}

/** Opens a period for a group of staff with an empty sheet each, under a scheme in force and allowing that kind of period. */
export function openPeriod(ctx: WriteContext, input: { period: string; groupName: string; schemeId: string; staffMemberIds: number[] }): EvaluationPeriod {
  const scheme = schemeById(input.schemeId);
  const kind = kindOf(input.period);
  const start = firstDay(input.period);
  if (!scheme.periodKinds.includes(kind)) throw new AppError('BAD_INPUT', `Thang điểm "${scheme.name}" không đánh giá theo ${periodLabel(input.period).split(' ')[0]}.`, 'period');
  if (start < scheme.appliesFrom || (scheme.appliesTo !== null && start > scheme.appliesTo)) {
    throw new AppError('BAD_INPUT', `Thang điểm "${scheme.name}" không áp dụng cho ${periodLabel(input.period)}.`, 'schemeId');
  }
  if (ctx.db.prepare('SELECT 1 FROM evaluation_period WHERE period = ? AND group_name = ?').get(input.period, input.groupName)) {
    throw new AppError('CONFLICT', `Đã mở kỳ đánh giá ${periodLabel(input.period)} cho "${input.groupName}".`, 'period');
  }
  const unknown = input.staffMemberIds.find((staffId) => !ctx.db.prepare('SELECT 1 FROM staff_member WHERE id = ?').get(staffId));
  if (unknown !== undefined) throw new AppError('BAD_INPUT', 'Có người được chọn không còn trong danh sách cán bộ.', 'staffMemberIds');
  const now = ctx.clock.now().toISOString();
  return auditedWrite(ctx, () => {
    const periodId = Number(
      ctx.db
        .prepare('INSERT INTO evaluation_period (period, kind, scheme_id, scheme_version, group_name, opened_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(input.period, kind, scheme.id, scheme.version, input.groupName, now).lastInsertRowid,
    );
    const sheet = ctx.db.prepare('INSERT INTO evaluation_sheet (period_id, staff_member_id, updated_at) VALUES (?, ?, ?)');
    for (const staffId of new Set(input.staffMemberIds)) sheet.run(periodId, staffId, now);
    const opened = toPeriod(ctx.db.prepare(`${periodSelect} WHERE p.id = ? GROUP BY p.id`).get(periodId) as Row);
    return { result: opened, change: { action: 'create', entity: 'evaluationPeriod', entityId: periodId, after: opened } };
  });
}

interface ScoredSheet {
  result: SheetResult;
  totalHundredths: number | null;
}

/** The sheet's total and grade with how each was computed; levels schemes take the chosen grade. */
function scoreSheet(scheme: ScoringScheme, input: Pick<SheetInput, 'generalScores' | 'tasks' | 'discipline' | 'chosenGrade'>): ScoredSheet | null {
  if (scheme.kind === 'levels') {
    if (input.chosenGrade === null) return null;
    const graded = chosenGrade(scheme, input.chosenGrade, input.discipline);
    return { totalHundredths: null, result: { total: null, grade: graded.grade, gradeLabel: graded.label, forcedByDiscipline: graded.forcedByDiscipline, explanation: [graded.explanation] } };
  }
  if (Object.keys(input.generalScores).length === 0 && input.tasks.length === 0) return null;
  const scored = periodResult(scheme, input);
  return {
    totalHundredths: toHundredths(scored.total),
    result: {
      total: scored.total,
      grade: scored.grade.grade,
      gradeLabel: scored.grade.label,
      forcedByDiscipline: scored.grade.forcedByDiscipline,
      explanation: [scored.general.explanation, ...scored.task.tasks.map((line) => line.explanation), scored.task.explanation, scored.explanation, scored.grade.explanation],
    },
  };
}

export function toSheet(row: Row, period: { period: string; scheme: ScoringScheme }): EvaluationSheet {
  const input = {
    generalScores: JSON.parse(String(row.general_scores_json)) as Record<string, number>,
    tasks: JSON.parse(String(row.tasks_json)) as AssignedTask[],
    discipline: row.discipline_reference === null ? null : { reference: String(row.discipline_reference) },
    chosenGrade: (row.chosen_grade ?? null) as Grade | null,
  };
  return {
    periodId: Number(row.period_id),
    period: period.period,
    periodLabel: periodLabel(period.period),
    staffMemberId: Number(row.staff_member_id),
    fullName: String(row.full_name),
    position: String(row.position),
    department: String(row.department),
    selfAssessment: String(row.self_assessment),
    collectiveOpinion: String(row.collective_opinion),
    headNote: String(row.head_note),
    ...input,
    result: scoreSheet(period.scheme, input)?.result ?? null,
  };
}

export const sheetSelect = `SELECT s.*, m.full_name, m.position, m.department FROM evaluation_sheet s JOIN staff_member m ON m.id = s.staff_member_id`;

export function listSheets(db: Db, periodId: number): EvaluationSheet[] {
  const period = periodOf(db, periodId);
  const rows = db.prepare(`${sheetSelect} WHERE s.period_id = ? ORDER BY m.id`).all(periodId) as Row[];
  return rows.map((row) => toSheet(row, period));
}

export function saveSheet(ctx: WriteContext, input: SheetInput): EvaluationSheet {
  const period = periodOf(ctx.db, input.periodId);
  const existing = ctx.db.prepare(`${sheetSelect} WHERE s.period_id = ? AND s.staff_member_id = ?`).get(input.periodId, input.staffMemberId) as Row | undefined;
  if (!existing) throw new AppError('NOT_FOUND', 'Người này không có phiếu đánh giá trong kỳ đã chọn.');
  if (period.scheme.kind === 'points' && input.chosenGrade !== null) throw new AppError('BAD_INPUT', 'Thang điểm 100 tính xếp loại từ điểm, không chọn trực tiếp.', 'chosenGrade');
  const scored = scoreSheet(period.scheme, input);
  return auditedWrite(ctx, () => {
    ctx.db
      .prepare(
        `UPDATE evaluation_sheet SET self_assessment = ?, collective_opinion = ?, head_note = ?, general_scores_json = ?, tasks_json = ?, discipline_reference = ?,
           chosen_grade = ?, total_hundredths = ?, grade = ?, updated_at = ? WHERE id = ?`,
      )
      .run(
        input.selfAssessment,
        input.collectiveOpinion,
        input.headNote,
        JSON.stringify(input.generalScores),
        JSON.stringify(input.tasks),
        input.discipline?.reference ?? null,
        input.chosenGrade,
        scored?.totalHundredths ?? null,
        scored?.result.grade ?? null,
        ctx.clock.now().toISOString(),
        existing.id,
      );
    const before = toSheet(existing, period);
    const after = toSheet(ctx.db.prepare(`${sheetSelect} WHERE s.id = ?`).get(existing.id) as Row, period);
    return { result: after, change: { action: 'update', entity: 'evaluationSheet', entityId: Number(existing.id), before, after } };
  });
}

interface YearSheetRow {
  staff_member_id: number;
  full_name: string;
  position: string;
  period: string;
  scheme_id: string;
  total_hundredths: number | null;
  grade: Grade | null;
  discipline_reference: string | null;
}

function yearSheets(db: Db, year: number, groupName: string | null): YearSheetRow[] {
  return db
    .prepare(
      `SELECT s.staff_member_id, m.full_name, m.position, p.period, p.scheme_id, p.group_name, s.total_hundredths, s.grade, s.discipline_reference
       FROM evaluation_sheet s JOIN evaluation_period p ON p.id = s.period_id JOIN staff_member m ON m.id = s.staff_member_id
       WHERE p.period LIKE ? AND (? IS NULL OR p.group_name = ?) AND s.grade IS NOT NULL
       ORDER BY m.id, p.period`,
    )
    .all(`${year}%`, groupName, groupName) as YearSheetRow[];
}

/** Each person's year from the scored periods by the scheme's method, and the group's quota check (never changing a grade). */
export function yearResults(db: Db, year: number, groupName: string): YearResults {
  const sheets = yearSheets(db, year, groupName);
  if (sheets.length === 0) throw new AppError('NOT_FOUND', `Chưa có phiếu đánh giá nào đã chấm trong năm ${year} của "${groupName}".`);
  return resultsOf(year, groupName, sheets);
}

function resultsOf(year: number, groupName: string, sheets: YearSheetRow[]): YearResults {
  const scheme = schemeById(sheets.at(-1)!.scheme_id);
  const byPerson = new Map<number, YearSheetRow[]>();
  for (const sheet of sheets) byPerson.set(sheet.staff_member_id, [...(byPerson.get(sheet.staff_member_id) ?? []), sheet]);
  const rows = [...byPerson.values()].map((periods) => {
    const person = periods[0]!;
    const discipline = periods.find((sheet) => sheet.discipline_reference !== null)?.discipline_reference ?? null;
    const totals = periods.filter((sheet) => sheet.total_hundredths !== null).map((sheet) => ({ period: sheet.period, total: sheet.total_hundredths! / 100 }));
    const base = { staffMemberId: person.staff_member_id, fullName: person.full_name, position: person.position, periods: totals };
    if (scheme.kind === 'levels' || totals.length === 0) {
      const graded = chosenGrade(scheme, periods.at(-1)!.grade!, discipline === null ? null : { reference: discipline });
      return { ...base, score: null, grade: graded.grade, gradeLabel: graded.label, explanation: graded.explanation };
    }
    const annual = annualResult(scheme, totals, discipline === null ? null : { reference: discipline });
    return { ...base, score: annual.score, grade: annual.grade.grade, gradeLabel: annual.grade.label, explanation: `${annual.explanation} ${annual.grade.explanation}` };
  });
  const quota = quotaCheck(scheme, rows.map((row) => row.grade));
  return { year, groupName, schemeId: scheme.id, schemeName: scheme.name, rows, quota };
}

/** How many people got each grade, per group: no personal score leaves main through this. */
export function gradeSummary(db: Db, year: number) {
  const groups = db.prepare('SELECT DISTINCT group_name FROM evaluation_period WHERE period LIKE ? ORDER BY group_name').all(`${year}%`) as { group_name: string }[];
  return groups.flatMap(({ group_name: groupName }) => {
    const sheets = yearSheets(db, year, groupName);
    if (sheets.length === 0) return [];
    const results = resultsOf(year, groupName, sheets);
    return [{ groupName, counts: results.quota.counts, graded: results.rows.length, quotaWarning: results.quota.warning }];
  });
}
