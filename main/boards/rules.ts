import { boardRuleSet, type BoardKind, type BoardMember, type BoardRuleSet, type MemberRole } from '../api/boards';
import type { StaffMember } from '../api/staff';
import { foldVietnamese } from '../api/text';
import type { WorkingDayCalendar } from '../calendar/workingDays';
import ruleFile from '../../resources/boards/board-rules.json';

/** The shipped board rules (resources/boards/board-rules.json), checked against the contract at load. */
export const boardRules: BoardRuleSet = boardRuleSet.parse(ruleFile);

type Period = { from: string; to: string | null };
const covers = (period: Period, date: string) => period.from <= date && (period.to === null || period.to >= date);

/** Members serving on `date`. */
function currentMembers<M extends Period>(members: readonly M[], date: string): M[] {
  return members.filter((member) => covers(member, date));
}

/** What keeps the composition on `date` short of the rules: too few members, no head. Empty when complete. */
export function compositionIssues(rules: BoardRuleSet, kind: BoardKind, members: readonly Pick<BoardMember, 'role' | 'from' | 'to'>[], date: string): string[] {
  const serving = currentMembers(members, date);
  const { minMembers } = rules.kinds[kind];
  return [
    ...(serving.length < minMembers ? [`Ban mới có ${serving.length} thành viên, cần ít nhất ${minMembers} thành viên.`] : []),
    ...(serving.some((member) => member.role === 'head') ? [] : ['Ban chưa có Trưởng ban.']),
  ];
}

interface MemberCandidate extends Period {
  id?: number | undefined;
  fullName: string;
  occupation: string;
  role: MemberRole;
}

const same = (a: string, b: string) => foldVietnamese(a).replace(/\s+/g, ' ').trim() === foldVietnamese(b).replace(/\s+/g, ' ').trim();

/**
 * An active staff member the candidate is: same name, and the same position or no occupation given
 * (a namesake resident tells themselves apart by their occupation).
 */
function matchingStaff(candidate: Pick<MemberCandidate, 'fullName' | 'occupation'>, staff: readonly StaffMember[], today: string): StaffMember | null {
  const active = staff.filter((person) => covers({ from: person.activeFrom, to: person.activeTo }, today));
  return active.find((person) => same(person.fullName, candidate.fullName) && (candidate.occupation === '' || same(person.position, candidate.occupation))) ?? null;
}

/** Why a member cannot be saved as given, or null: a staff member on an inspection board, a second head, too many deputies. */
export function memberRefusal(
  rules: BoardRuleSet,
  kind: BoardKind,
  candidate: MemberCandidate,
  others: readonly BoardMember[],
  staff: readonly StaffMember[],
  today: string,
): string | null {
  const kindRules = rules.kinds[kind];
  const colleague = kindRules.staffExcluded ? matchingStaff(candidate, staff, today) : null;
  if (colleague) {
    return `Ông/bà ${candidate.fullName} (${colleague.position}) đang là cán bộ, công chức của phường nên không được làm thành viên ${kindRules.label}. Nếu là người trùng tên, hãy ghi nghề nghiệp của người này.`;
  }
  const overlapping = others.filter((other) => other.id !== candidate.id && other.from <= (candidate.to ?? '9999-12-31') && (other.to ?? '9999-12-31') >= candidate.from);
  if (candidate.role === 'head' && overlapping.some((other) => other.role === 'head')) return 'Ban đã có Trưởng ban trong thời gian này. Hãy ghi ngày thôi cho Trưởng ban cũ trước.';
  if (candidate.role === 'deputy' && overlapping.filter((other) => other.role === 'deputy').length >= kindRules.maxDeputies) {
    return `Ban chỉ có tối đa ${kindRules.maxDeputies} Phó Trưởng ban.`;
  }
  return null;
}

/** An investment supervision board is dissolved once its project has ended. */
export function isDissolved(board: { kind: BoardKind; to: string | null }, today: string): boolean {
  return board.kind === 'investmentSupervision' && board.to !== null && board.to < today;
}

/** The last day the ward may answer a recommendation made on `madeOn`. */
export function answerDueDate(rules: BoardRuleSet, days: Pick<WorkingDayCalendar, 'addWorkingDays'>, madeOn: string): string {
  return days.addWorkingDays(madeOn, rules.answerDeadlineWorkingDays);
}
