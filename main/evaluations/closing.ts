import { AppError } from '../api/errors';
import { MIN_STAFF_POSTING_DAYS, type YearClosing, type YearResults } from '../api/evaluations';
import { auditedWrite, type WriteContext } from '../audit/audit';
import type { Db } from '../db/database';
import { formatShortDate } from '../documents/vietnamese';
import { yearResults } from './service';
import type { DatedReadContext } from '../calendar/service';
import type { DayArithmetic } from '../calendar/workingDays';

/** Art. 47: what concerns the staff is disclosed within 5 working days of the decision. */
export const DISCLOSURE_WORKING_DAYS = 5;

type Row = { year: number; group_name: string; decided_on: string; disclosed_on: string | null; posting_days: number | null };

function toClosing(row: Row, days: DayArithmetic): YearClosing {
  const disclosureDue = days.addWorkingDays(row.decided_on, DISCLOSURE_WORKING_DAYS);
  const warnings = [
    row.disclosed_on !== null && row.disclosed_on > disclosureDue ? `Công khai muộn: hạn là ngày ${formatShortDate(disclosureDue)} (5 ngày làm việc sau khi quyết định).` : null,
    row.posting_days !== null && row.posting_days < MIN_STAFF_POSTING_DAYS ? `Thời gian niêm yết ${row.posting_days} ngày, ngắn hơn ${MIN_STAFF_POSTING_DAYS} ngày liên tục theo quy định (Điều 48 Luật Thực hiện dân chủ ở cơ sở).` : null,
  ].filter((warning): warning is string => warning !== null);
  return {
    year: row.year,
    groupName: row.group_name,
    decidedOn: row.decided_on,
    disclosureDue,
    disclosedOn: row.disclosed_on,
    postingDays: row.posting_days,
    disclosureWarning: warnings.length > 0 ? warnings.join(' ') : null,
  };
}

function closingRow(db: Db, year: number, groupName: string): Row | undefined {
  return db.prepare('SELECT year, group_name, decided_on, disclosed_on, posting_days FROM evaluation_year WHERE year = ? AND group_name = ?').get(year, groupName) as Row | undefined;
}

export function listClosings(read: DatedReadContext, year: number): YearClosing[] {
  const rows = read.db.prepare('SELECT year, group_name, decided_on, disclosed_on, posting_days FROM evaluation_year WHERE year = ? ORDER BY group_name').all(year) as Row[];
  return rows.map((row) => toClosing(row, read.days));
}

/** Keeps the year's results as decided; closing again (after a correction of a sheet) replaces them until they are disclosed. */
export function closeYear(ctx: WriteContext, read: DatedReadContext, input: { year: number; groupName: string; decidedOn: string }): YearClosing {
  const existing = closingRow(ctx.db, input.year, input.groupName);
  if (existing?.disclosed_on) throw new AppError('CONFLICT', `Kết quả năm ${input.year} của "${input.groupName}" đã công khai nên không tổng hợp lại được.`);
  if (input.decidedOn > read.today) throw new AppError('BAD_INPUT', 'Ngày quyết định không được sau hôm nay.', 'decidedOn');
  const results = yearResults(ctx.db, input.year, input.groupName);
  return auditedWrite(ctx, () => {
    ctx.db
      .prepare(
        `INSERT INTO evaluation_year (year, group_name, decided_on, results_json, closed_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (year, group_name) DO UPDATE SET decided_on = excluded.decided_on, results_json = excluded.results_json, closed_at = excluded.closed_at`,
      )
      .run(input.year, input.groupName, input.decidedOn, JSON.stringify(results), ctx.clock.now().toISOString());
    const closing = toClosing(closingRow(ctx.db, input.year, input.groupName)!, read.days);
    return { result: closing, change: { action: 'closeYear', entity: 'evaluationYear', entityId: `${input.year}:${input.groupName}`, after: { ...closing, quota: results.quota } } };
  });
}

export function closedResults(db: Db, year: number, groupName: string): { closing: Row; results: YearResults } {
  const row = db.prepare('SELECT year, group_name, decided_on, disclosed_on, posting_days, results_json FROM evaluation_year WHERE year = ? AND group_name = ?').get(year, groupName) as
    | (Row & { results_json: string })
    | undefined;
  if (!row) throw new AppError('NOT_FOUND', `Chưa tổng hợp kết quả năm ${year} của "${groupName}". Hãy tổng hợp cả năm trước.`);
  return { closing: row, results: JSON.parse(row.results_json) as YearResults };
}

export function recordDisclosure(ctx: WriteContext, read: DatedReadContext, input: { year: number; groupName: string; disclosedOn: string; postingDays: number }): YearClosing {
  const { closing } = closedResults(ctx.db, input.year, input.groupName);
  if (input.disclosedOn < closing.decided_on) throw new AppError('BAD_INPUT', 'Ngày công khai không được trước ngày quyết định.', 'disclosedOn');
  if (input.disclosedOn > read.today) throw new AppError('BAD_INPUT', 'Ngày công khai không được sau hôm nay.', 'disclosedOn');
  return auditedWrite(ctx, () => {
    ctx.db.prepare('UPDATE evaluation_year SET disclosed_on = ?, posting_days = ? WHERE year = ? AND group_name = ?').run(input.disclosedOn, input.postingDays, input.year, input.groupName);
    const after = toClosing(closingRow(ctx.db, input.year, input.groupName)!, read.days);
    return { result: after, change: { action: 'disclose', entity: 'evaluationYear', entityId: `${input.year}:${input.groupName}`, after } };
  });
}
