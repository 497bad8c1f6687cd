import { boardRuleSet, type BoardMember } from '../../../main/api/boards';
import type { StaffMember } from '../../../main/api/staff';
import { answerDueDate, boardRules, compositionIssues, isDissolved, memberRefusal } from '../../../main/boards/rules';
import { calendarDaysForYear, createWorkingDayCalendar } from '../../../main/calendar/workingDays';

const member = (id: number, role: BoardMember['role'], from = '2024-01-01', to: string | null = null): BoardMember => ({
  id,
  boardId: 1,
  fullName: `Thành viên ${id}`,
  residentialGroupId: null,
  residentialGroupName: null,
  occupation: '',
  role,
  from,
  to,
});
const staff: StaffMember = {
  id: 9,
  fullName: 'Trần Thị Ngọc Ánh',
  position: 'Công chức Văn phòng - Thống kê',
  department: '',
  employmentType: 'civilServant',
  activeFrom: '2020-01-01',
  activeTo: null,
  note: '',
};
const candidate = { fullName: 'Lê Văn Hùng', occupation: 'Hưu trí', role: 'member' as const, from: '2026-01-01', to: null };

describe('board rules', () => {
  it('loads the shipped rule data and refuses a rule file without the minimum members', () => {
    expect(boardRules.kinds.inspection.minMembers).toBe(5);
    expect(boardRules.answerDeadlineWorkingDays).toBe(15);
    const broken = { ...boardRules, kinds: { ...boardRules.kinds, inspection: { ...boardRules.kinds.inspection, minMembers: undefined } } };
    expect(boardRuleSet.safeParse(broken).success).toBe(false);
  });

  it('finds a board with fewer than 5 serving members or without a head incomplete', () => {
    const four = [member(1, 'head'), member(2, 'deputy'), member(3, 'member'), member(4, 'member')];
    expect(compositionIssues(boardRules, 'inspection', four, '2026-03-02')).toEqual(['Ban mới có 4 thành viên, cần ít nhất 5 thành viên.']);
    const headless = [member(1, 'deputy'), ...[2, 3, 4, 5].map((id) => member(id, 'member'))];
    expect(compositionIssues(boardRules, 'inspection', headless, '2026-03-02')).toEqual(['Ban chưa có Trưởng ban.']);
    const headLeft = [member(1, 'head', '2024-01-01', '2025-12-31'), ...[2, 3, 4, 5].map((id) => member(id, 'member'))];
    expect(compositionIssues(boardRules, 'inspection', headLeft, '2026-03-02')).toHaveLength(2);
    expect(compositionIssues(boardRules, 'inspection', [member(1, 'head'), ...[2, 3, 4, 5].map((id) => member(id, 'member'))], '2026-03-02')).toEqual([]);
  });

  it('refuses an active staff member on the inspection board, matched without diacritics, but not a namesake with another occupation', () => {
    const typed = { ...candidate, fullName: 'tran thi ngoc anh', occupation: '' };
    expect(memberRefusal(boardRules, 'inspection', typed, [], [staff], '2026-03-02')).toBe(
      'Ông/bà tran thi ngoc anh (Công chức Văn phòng - Thống kê) đang là cán bộ, công chức của phường nên không được làm thành viên Ban Thanh tra nhân dân. Nếu là người trùng tên, hãy ghi nghề nghiệp của người này.',
    );
    expect(memberRefusal(boardRules, 'inspection', { ...typed, occupation: 'cong chuc van phong - thong ke' }, [], [staff], '2026-03-02')).not.toBeNull();
    expect(memberRefusal(boardRules, 'inspection', { ...typed, occupation: 'Giáo viên' }, [], [staff], '2026-03-02')).toBeNull();
    expect(memberRefusal(boardRules, 'inspection', typed, [], [{ ...staff, activeTo: '2025-12-31' }], '2026-03-02')).toBeNull();
    expect(memberRefusal(boardRules, 'investmentSupervision', typed, [], [staff], '2026-03-02')).toBeNull();
  });

  it('refuses a second head and a third deputy serving at the same time', () => {
    expect(memberRefusal(boardRules, 'inspection', { ...candidate, role: 'head' }, [member(1, 'head')], [], '2026-03-02')).toMatch(/đã có Trưởng ban/);
    expect(memberRefusal(boardRules, 'inspection', { ...candidate, role: 'head' }, [member(1, 'head', '2024-01-01', '2025-12-31')], [], '2026-03-02')).toBeNull();
    expect(memberRefusal(boardRules, 'inspection', { ...candidate, role: 'deputy' }, [member(1, 'deputy'), member(2, 'deputy')], [], '2026-03-02')).toBe(
      'Ban chỉ có tối đa 2 Phó Trưởng ban.',
    );
  });

  it('dissolves an investment supervision board the day after its project ends, never an inspection board', () => {
    expect(isDissolved({ kind: 'investmentSupervision', to: '2026-03-01' }, '2026-03-01')).toBe(false);
    expect(isDissolved({ kind: 'investmentSupervision', to: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(isDissolved({ kind: 'investmentSupervision', to: null }, '2030-01-01')).toBe(false);
    expect(isDissolved({ kind: 'inspection', to: '2026-03-01' }, '2026-03-02')).toBe(false);
  });

  it('counts the answer deadline in working days, skipping Tết 2026', () => {
    const days = createWorkingDayCalendar((year) => calendarDaysForYear(year, []));
    // 11–13/2, then Tết 16–20/2 is off: 23/2–6/3 and 9–10/3 make the fifteen.
    expect(answerDueDate(boardRules, days, '2026-02-10')).toBe('2026-03-10');
    // The same count in March, without holidays: three calendar weeks.
    expect(answerDueDate(boardRules, days, '2026-03-10')).toBe('2026-03-31');
  });
});
