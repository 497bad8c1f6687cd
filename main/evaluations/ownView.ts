import type { EvaluationSheet, MyResults, YearResults } from '../api/evaluations';
import type { Db } from '../db/database';
import { closedResults } from './closing';
import { periodOf, sheetSelect, toSheet, yearResults } from './service';

type StaffMemberRef = NonNullable<MyResults['staffMember']>;

function linkedStaffMember(db: Db, accountId: number): StaffMemberRef | null {
  const row = db
    .prepare('SELECT m.id, m.full_name AS fullName, m.position FROM account a JOIN staff_member m ON m.id = a.staff_member_id WHERE a.id = ?')
    .get(accountId) as StaffMemberRef | undefined;
  return row ?? null;
}

function ownSheets(db: Db, staffMemberId: number, year: number): EvaluationSheet[] {
  const rows = db
    .prepare(`${sheetSelect} JOIN evaluation_period p ON p.id = s.period_id WHERE s.staff_member_id = ? AND p.period LIKE ? ORDER BY p.period, p.group_name`)
    .all(staffMemberId, `${year}%`) as Record<string, unknown>[];
  return rows.map((row) => toSheet(row, periodOf(db, Number(row.period_id))));
}

type YearRow = YearResults['rows'][number];
type OwnYear = MyResults['years'][number];

const ownYearOf = (groupName: string, { score, grade, gradeLabel, explanation, periods }: YearRow, decidedOn: string | null): OwnYear => ({
  groupName,
  score,
  grade,
  gradeLabel,
  explanation,
  periods,
  decidedOn,
});

/** The person's row of a group's year: as decided when the year is closed (and they are in it), else as computed now. */
function ownYear(db: Db, staffMemberId: number, year: number, groupName: string): OwnYear | null {
  const closed = db.prepare('SELECT 1 FROM evaluation_year WHERE year = ? AND group_name = ?').get(year, groupName) ? closedResults(db, year, groupName) : null;
  const decided = closed?.results.rows.find((row) => row.staffMemberId === staffMemberId);
  if (closed && decided) return ownYearOf(groupName, decided, closed.closing.decided_on);
  const current = yearResults(db, year, groupName).rows.find((row) => row.staffMemberId === staffMemberId);
  return current ? ownYearOf(groupName, current, null) : null;
}

function scoredGroups(db: Db, staffMemberId: number, year: number): string[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT p.group_name FROM evaluation_sheet s JOIN evaluation_period p ON p.id = s.period_id
       WHERE s.staff_member_id = ? AND p.period LIKE ? AND s.grade IS NOT NULL ORDER BY p.group_name`,
    )
    .all(staffMemberId, `${year}%`) as { group_name: string }[];
  return rows.map((row) => row.group_name);
}

/** The signed-in account's own evaluation of a year, found only through the staff member linked to the account. */
export function myResults(db: Db, accountId: number, year: number): MyResults {
  const staffMember = linkedStaffMember(db, accountId);
  if (!staffMember) return { staffMember: null, sheets: [], years: [] };
  return {
    staffMember,
    sheets: ownSheets(db, staffMember.id, year),
    years: scoredGroups(db, staffMember.id, year).flatMap((groupName) => ownYear(db, staffMember.id, year, groupName) ?? []),
  };
}
