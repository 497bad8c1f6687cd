import ruleFile from '../../../resources/disclosures/content-groups.json';
import { calendarDaysForYear, createWorkingDayCalendar } from '../../../main/calendar/workingDays';
import { checkConsultationPeriod } from '../../../main/disclosures/consultations';
import { checkTransition, disclosureDeadline, disclosureWarnings, groupRules, parseDisclosureRules, type WarningFacts } from '../../../main/disclosures/rules';

const days = createWorkingDayCalendar((year) => calendarDaysForYear(year, []));

const posted = (overrides: Partial<WarningFacts>): WarningFacts => ({
  group: 'K1',
  status: 'posted',
  channels: ['posting'],
  deadline: '2026-03-09',
  disclosedOn: '2026-03-05',
  postingFrom: '2026-03-05',
  postingTo: '2026-04-03',
  postingPermanent: false,
  loudspeakerDays: null,
  ...overrides,
});

describe('the content-group rule file', () => {
  it('ships K1–K14 with 30 days of posting, permanence for K4 and K13, and 3 loudspeaker days for K7–K12', () => {
    const rules = parseDisclosureRules(ruleFile);
    expect(rules.groups.map((group) => group.key)).toHaveLength(14);
    expect(groupRules('K1').posting).toEqual({ kind: 'days', minimumDays: 30 });
    expect(groupRules('K4').posting).toEqual({ kind: 'permanent' });
    expect(groupRules('K13').posting).toEqual({ kind: 'permanent' });
    expect(groupRules('K14').posting).toEqual({ kind: 'none' });
    expect(rules.groups.filter((group) => group.loudspeakerMinimumDays === 3).map((group) => group.key)).toEqual(['K7', 'K8', 'K9', 'K10', 'K11', 'K12']);
    expect(rules.groups.every((group) => group.deadlineWorkingDays === 5)).toBe(true);
  });

  it('refuses a malformed file with every problem named in Vietnamese', () => {
    const incomplete = structuredClone(ruleFile) as { groups: Record<string, unknown>[] };
    incomplete.groups = incomplete.groups.filter((group) => group.key !== 'K9');
    incomplete.groups.push({ ...incomplete.groups[1]! });
    expect(() => parseDisclosureRules(incomplete)).toThrow(/^Tệp quy định nhóm nội dung công khai không hợp lệ:\n- Thiếu quy định cho nhóm K9\.\n- Nhóm K2 bị khai báo trùng\.$/);
    const mistyped = structuredClone(ruleFile) as { groups: Record<string, unknown>[] };
    mistyped.groups[0]!.deadlineWorkingDays = 'năm';
    expect(() => parseDisclosureRules(mistyped)).toThrow('- Trường "groups.0.deadlineWorkingDays": Giá trị không đúng kiểu.');
  });
});

describe('the deadline: 5 working days after the decision', () => {
  it('skips the Tết 2026 holidays (16–20/2)', () => {
    expect(disclosureDeadline(groupRules('K7'), '2026-02-12', days)).toBe('2026-02-26');
  });

  it('skips Giỗ Tổ (27/4 in lieu), 30/4 and 1/5 2026', () => {
    expect(disclosureDeadline(groupRules('K1'), '2026-04-24', days)).toBe('2026-05-06');
    expect(disclosureDeadline(groupRules('K1'), '2026-04-28', days)).toBe('2026-05-07');
  });

  it('has no deadline without a decision date', () => {
    expect(disclosureDeadline(groupRules('K1'), null, days)).toBeNull();
  });
});

describe('the warnings of a record', () => {
  it('has none for a K1 record posted 30 days on time', () => {
    expect(disclosureWarnings(posted({}), '2026-04-10')).toEqual([]);
  });

  it('warns of a late disclosure and of an overdue plan', () => {
    expect(disclosureWarnings(posted({ disclosedOn: '2026-03-10', postingFrom: '2026-03-10', postingTo: '2026-04-08' }), '2026-04-10')).toEqual([
      'Công khai muộn: hạn là ngày 09/03/2026, đã công khai ngày 10/03/2026.',
    ]);
    expect(disclosureWarnings(posted({ status: 'planned', disclosedOn: null, postingFrom: null, postingTo: null }), '2026-03-10')).toEqual(['Đã quá hạn công khai (hạn ngày 09/03/2026).']);
    expect(disclosureWarnings(posted({ status: 'planned', disclosedOn: null, postingFrom: null, postingTo: null }), '2026-03-09')).toEqual([]);
  });

  it('warns when the posting is shorter than the group minimum, or missing', () => {
    expect(disclosureWarnings(posted({ postingTo: '2026-04-02' }), '2026-04-10')).toEqual(['Nhóm K1 phải niêm yết ít nhất 30 ngày liên tục; bản ghi này mới 29 ngày.']);
    expect(disclosureWarnings(posted({ channels: ['portal'] }), '2026-04-10')).toEqual(['Nhóm K1 phải niêm yết ít nhất 30 ngày liên tục; bản ghi này chưa có hình thức niêm yết.']);
    expect(disclosureWarnings(posted({ group: 'K14', channels: ['portal'] }), '2026-04-10')).toEqual([]);
  });

  it('warns when a K7–K12 record is broadcast fewer than 3 days, and not for K1', () => {
    expect(disclosureWarnings(posted({ group: 'K7', channels: ['posting', 'loudspeaker'], loudspeakerDays: 2 }), '2026-04-10')).toEqual([
      'Nhóm K7 phải phát trên loa ít nhất 3 ngày liên tục; bản ghi này mới 2 ngày.',
    ]);
    expect(disclosureWarnings(posted({ group: 'K12', channels: ['posting'] }), '2026-04-10')).toEqual(['Nhóm K12 phải phát trên loa ít nhất 3 ngày liên tục; bản ghi này chưa phát trên loa.']);
    expect(disclosureWarnings(posted({ group: 'K7', channels: ['posting', 'loudspeaker'], loudspeakerDays: 3 }), '2026-04-10')).toEqual([]);
    expect(disclosureWarnings(posted({ channels: ['posting', 'loudspeaker'], loudspeakerDays: 1 }), '2026-04-10')).toEqual([]);
  });

  it('warns when a permanent group (K4, K13) has an end date', () => {
    expect(disclosureWarnings(posted({ group: 'K13', postingTo: '2026-06-30' }), '2026-04-10')).toEqual([
      'Nhóm K13 phải niêm yết thường xuyên; bản ghi này lại có ngày kết thúc niêm yết 30/06/2026.',
    ]);
    expect(disclosureWarnings(posted({ group: 'K4', postingTo: null, postingPermanent: true }), '2026-04-10')).toEqual([]);
  });
});

describe('status transitions', () => {
  it('allows planned → posted → ended', () => {
    expect(() => checkTransition('planned', 'posted')).not.toThrow();
    expect(() => checkTransition('posted', 'ended')).not.toThrow();
  });

  it('refuses going back, skipping, or touching a replaced record, with a clear message', () => {
    expect(() => checkTransition('posted', 'planned')).toThrow('Không chuyển được trạng thái từ "Đang công khai" sang "Kế hoạch".');
    expect(() => checkTransition('planned', 'ended')).toThrow('Không chuyển được trạng thái từ "Kế hoạch" sang "Đã kết thúc".');
    expect(() => checkTransition('ended', 'posted')).toThrow('Không chuyển được trạng thái từ "Đã kết thúc" sang "Đang công khai".');
    expect(() => checkTransition('reDisclosed', 'reDisclosed')).toThrow('Bản ghi này đã được thay bằng bản công khai lại nên không sửa được nữa.');
  });
});

describe('the consultation period', () => {
  it('accepts 20 days and refuses 19 (Art. 26)', () => {
    expect(() => checkConsultationPeriod('2026-03-02', '2026-03-21')).not.toThrow();
    expect(() => checkConsultationPeriod('2026-03-02', '2026-03-20')).toThrow('Thời gian lấy ý kiến phải ít nhất 20 ngày; từ 02/03/2026 đến 20/03/2026 mới 19 ngày.');
  });
});
