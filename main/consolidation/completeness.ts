/**
 * The completeness rules of exchange-research §6, over plain rows: no database here. "On time" is judged by the
 * day the superior received the data (Vietnam's calendar day), never by the ward's own clock; "complete" is
 * what the ward says (a snapshot batch covers its periods as complete).
 */
import type { CompletenessCell, CompletenessMatrix, ReportingRate } from '../api/consolidation';
import { formatShortDate } from '../documents/vietnamese';
import { groupBy } from '../exchange/inbound/grouping';
import { vietnamWallClock } from '../exchange/outbound/export';
import type { ExpectedColumn } from './schedule';

export type Unit = { unitCode: string; unitName: string };
/** One batch's cover of one dataset and period, with the superior's receiving instant. */
export type CoverRow = { unitCode: string; dataset: string; period: string; complete: boolean; receivedAt: string };
export type ProblemRow = { unitCode: string; dataset: string; period: string; rejected: number; conflicts: number };

/** The calendar day in Vietnam (+07:00) of an ISO instant. */
export function vietnamDay(instant: string): string {
  return vietnamWallClock(new Date(instant)).toISOString().slice(0, 10);
}

const earliest = (instants: readonly string[]): string | null => (instants.length === 0 ? null : [...instants].sort()[0]!);

function problemText(problem: Pick<ProblemRow, 'rejected' | 'conflicts'>): string {
  const parts = [
    ...(problem.rejected > 0 ? [`${problem.rejected} dòng dữ liệu bị từ chối`] : []),
    ...(problem.conflicts > 0 ? [`${problem.conflicts} bản ghi xung đột`] : []),
  ];
  return `Có ${parts.join(', ')} cần xem lại`;
}

/** The data that counts for "on time": the first complete data if the ward said so, else the first data at all. */
function countingInstant(cell: Pick<CompletenessCell, 'firstReceivedAt' | 'completeAt'>): string | null {
  return cell.completeAt ?? cell.firstReceivedAt;
}

export function isOnTime(cell: Pick<CompletenessCell, 'firstReceivedAt' | 'completeAt'>, deadline: string): boolean {
  const counting = countingInstant(cell);
  return counting !== null && vietnamDay(counting) <= deadline;
}

/** One cell from the covers of that unit, dataset and period, its problem counts, the deadline and today's date. */
export function cellOf(input: { covers: readonly Pick<CoverRow, 'complete' | 'receivedAt'>[]; problem: Pick<ProblemRow, 'rejected' | 'conflicts'> | null; deadline: string; today: string }): CompletenessCell {
  const { covers, problem, deadline, today } = input;
  const firstReceivedAt = earliest(covers.map((c) => c.receivedAt));
  const completeAt = earliest(covers.filter((c) => c.complete).map((c) => c.receivedAt));
  const due = formatShortDate(deadline);
  if (firstReceivedAt === null) {
    const overdue = today > deadline;
    return { state: 'notReceived', reason: overdue ? `Chưa nhận được; đã quá hạn ${due}.` : `Chưa nhận được; hạn ${due}.`, firstReceivedAt, completeAt, overdue };
  }
  const base = { firstReceivedAt, completeAt, overdue: false };
  const day = formatShortDate(vietnamDay(countingInstant(base)!));
  const onTime = isOnTime(base, deadline);
  if (problem && problem.rejected + problem.conflicts > 0) {
    // A problem hides no lateness: the lists of late wards still need to know.
    return { ...base, state: 'problem', reason: onTime ? `${problemText(problem)}.` : `${problemText(problem)} và nhận chậm (ngày ${day}, sau hạn ${due}).` };
  }
  const notComplete = 'xã, phường chưa xác nhận đủ (chưa gửi lô toàn bộ)';
  if (!onTime) {
    return { ...base, state: 'late', reason: completeAt ? `Nhận đủ ngày ${day}, sau hạn ${due}.` : `Nhận ngày ${day}, sau hạn ${due}; ${notComplete}.` };
  }
  return completeAt
    ? { ...base, state: 'complete', reason: `Nhận đủ ngày ${day}, trong hạn ${due}.` }
    : { ...base, state: 'received', reason: `Nhận ngày ${day}; ${notComplete}.` };
}

/** The cells the late-or-missing list shows: nothing yet, late, or data with problems (whose reason says if it was also late). */
const needsAttention = (cell: CompletenessCell): boolean => cell.state === 'late' || cell.state === 'notReceived' || cell.state === 'problem';

/** Actual ÷ expected: cells with any data received, and those whose counting data arrived by the deadline. */
export function reportingRate(cells: readonly CompletenessCell[], deadlines: readonly string[]): ReportingRate {
  const reported = cells.filter((c) => c.state !== 'notReceived').length;
  const onTime = cells.filter((c, i) => c.state !== 'notReceived' && isOnTime(c, deadlines[i]!)).length;
  return { expected: cells.length, reported, onTime, percent: cells.length === 0 ? null : Math.round((reported / cells.length) * 1000) / 10 };
}

const keyOf = (unitCode: string, dataset: string, period: string) => `${unitCode}\u0000${dataset}\u0000${period}`;


/** The matrix: every registered unit × every expected column, the rates per column and overall, and the cells needing attention. */
export function buildMatrix(input: {
  year: number;
  quarter: number | null;
  columns: readonly ExpectedColumn[];
  units: readonly Unit[];
  covers: readonly CoverRow[];
  problems: readonly ProblemRow[];
  today: string;
}): CompletenessMatrix {
  const covers = groupBy(input.covers, (c) => keyOf(c.unitCode, c.dataset, c.period));
  const problems = new Map(input.problems.map((p) => [keyOf(p.unitCode, p.dataset, p.period), p]));
  const rows = input.units.map((unit) => ({
    ...unit,
    cells: input.columns.map((column) => {
      const key = keyOf(unit.unitCode, column.dataset, column.period);
      return cellOf({ covers: covers.get(key) ?? [], problem: problems.get(key) ?? null, deadline: column.deadline, today: input.today });
    }),
  }));
  const columns = input.columns.map((column, index) => ({
    ...column,
    rate: reportingRate(rows.map((row) => row.cells[index]!), rows.map(() => column.deadline)),
  }));
  const allCells = rows.flatMap((row) => row.cells);
  const lateOrMissing = rows.flatMap((row) =>
    row.cells.flatMap((cell, index) => {
      const column = input.columns[index]!;
      return needsAttention(cell)
        ? [{ unitCode: row.unitCode, unitName: row.unitName, dataset: column.dataset, label: column.label, period: column.period, deadline: column.deadline, cell }]
        : [];
    }),
  );
  return {
    year: input.year,
    quarter: input.quarter,
    columns,
    rows,
    total: reportingRate(allCells, rows.flatMap(() => input.columns.map((c) => c.deadline))),
    lateOrMissing,
  };
}
