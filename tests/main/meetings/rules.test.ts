import type { Candidate, VoteCounts } from '../../../main/api/meetings';
import { meetingTypes } from '../../../main/api/meetings';
import { matterOf, meetingRules, typeRules } from '../../../main/meetings/ruleSet';
import { decideElection, decideVote, electionProblem, noticeWarning, quorumStatus, requiredCount, stepDueDate, voteCountsProblem } from '../../../main/meetings/rules';

const residents = typeRules('residentsMeeting');
const conference = typeRules('staffConference');
const item1 = matterOf(residents, 'art15item1')!;
const item3 = matterOf(residents, 'art15item3')!;
const resolution = matterOf(conference, 'resolution')!;
const board = matterOf(conference, 'inspectionBoard')!;
const hands = (votesFor: number, against = 0, abstain = 0, invalid = 0): VoteCounts => ({ method: 'showOfHands', for: votesFor, against, abstain, invalid, countingBoard: [] });
const candidate = (name: string, votes: number, position = 'Công chức'): Candidate => ({ name, votes, position, staffMemberId: null });

describe('meeting rules as data', () => {
  it('define every meeting type once, with the thresholds of Art. 21 and Art. 51', () => {
    expect(meetingRules.types.map((t) => t.key).sort()).toEqual([...meetingTypes].sort());
    expect(item1.threshold).toEqual({ base: 'eligible', numerator: 2, denominator: 3, inclusive: true });
    expect(item3.threshold).toEqual({ base: 'eligible', numerator: 1, denominator: 2, inclusive: false });
    expect(conference.quorum).toEqual({ base: 'eligible', numerator: 2, denominator: 3, inclusive: true });
    expect(resolution.threshold).toEqual({ base: 'present', numerator: 1, denominator: 2, inclusive: false });
    expect(typeRules('communityConference').noticeDays).toBe(5);
    expect(residents.noticeDays).toBe(2);
  });
});

describe('thresholds', () => {
  it('compute the least number of votes exactly, without floating point', () => {
    const twoThirds = item1.threshold;
    const half = item3.threshold;
    expect([99, 100, 101, 102, 3, 0].map((n) => requiredCount(twoThirds, n))).toEqual([66, 67, 68, 68, 2, 1]);
    expect([100, 101, 2, 1].map((n) => requiredCount(half, n))).toEqual([51, 51, 2, 1]);
  });

  it('items 1–2 of Art. 15: exactly 2/3 of all households passes, one fewer fails', () => {
    const attendance = { eligible: 99, present: 80 };
    expect(decideVote(item1, hands(66), attendance, residents, null).passed).toBe(true);
    expect(decideVote(item1, hands(65), attendance, residents, null)).toMatchObject({ passed: false, required: 66, baseCount: 99 });
  });

  it('counts all households of the group, not those present: 65 % of households fails even when everyone present agreed', () => {
    const result = decideVote(item1, hands(65), { eligible: 100, present: 65 }, residents, null);
    expect(result.passed).toBe(false);
    expect(result.message).toBe('Không thông qua: 65/100 hộ tán thành (65,0 %); cần ít nhất 67 hộ (từ 2/3 tổng số hộ trở lên).');
  });

  it('items 3–6: exactly 50 % of all households fails, one more passes', () => {
    const attendance = { eligible: 100, present: 90 };
    expect(decideVote(item3, hands(50), attendance, residents, null).passed).toBe(false);
    expect(decideVote(item3, hands(51), attendance, residents, null).passed).toBe(true);
  });

  it('staff conference resolutions need more than half of those present', () => {
    const attendance = { eligible: 25, present: 18 };
    const quorum = quorumStatus(conference, attendance);
    expect(decideVote(resolution, hands(15, 3), attendance, conference, quorum)).toMatchObject({ passed: true, required: 10 });
    expect(decideVote(resolution, hands(9, 9), attendance, conference, quorum).passed).toBe(false);
  });
});

describe('quorum of the staff conference (≥ 2/3 of staff)', () => {
  it('is valid at exactly 2/3 and says how many are missing one person short', () => {
    expect(quorumStatus(conference, { eligible: 24, present: 16 })).toMatchObject({ valid: true, required: 16, missing: 0 });
    const short = quorumStatus(conference, { eligible: 25, present: 16 })!;
    expect(short).toMatchObject({ valid: false, required: 17, missing: 1 });
    expect(short.message).toBe('Hội nghị không hợp lệ: có mặt 16/25 người (64,0 %), cần ít nhất 17 người (từ 2/3 tổng số cán bộ, công chức, viên chức, người lao động trở lên), còn thiếu 1 người.');
  });

  it('makes every vote of an invalid conference fail', () => {
    const attendance = { eligible: 25, present: 16 };
    const result = decideVote(resolution, hands(16), attendance, conference, quorumStatus(conference, attendance));
    expect(result.passed).toBe(false);
    expect(result.message).toContain('không đủ số người tham dự');
  });

  it('does not exist for residents’ meetings, whose thresholds count all households', () => {
    expect(quorumStatus(residents, { eligible: 100, present: 10 })).toBeNull();
  });
});

describe('vote counts', () => {
  it('refuse totals above those present, naming each count', () => {
    expect(voteCountsProblem(hands(15, 3, 1), { eligible: 25, present: 18 }, 'staff')).toBe(
      'Tổng số biểu quyết (tán thành 15 + không tán thành 3 + không biểu quyết 1 + không hợp lệ 0 = 19) lớn hơn số người có mặt (18).',
    );
    expect(voteCountsProblem(hands(15, 3), { eligible: 25, present: 18 }, 'staff')).toBeNull();
  });

  it('count household ballots against all households, and need attendance for a vote at a meeting', () => {
    const ballot: VoteCounts = { method: 'householdBallot', for: 70, against: 20, abstain: 5, invalid: 5, countingBoard: ['A', 'B', 'C'] };
    expect(voteCountsProblem(ballot, { eligible: 100, present: null }, 'households')).toBeNull();
    expect(voteCountsProblem({ ...ballot, invalid: 6 }, { eligible: 100, present: null }, 'households')).toContain('lớn hơn tổng số hộ (100)');
    expect(voteCountsProblem(hands(1), { eligible: 100, present: null }, 'households')).toContain('Chưa điểm danh');
  });

  it('need a counting board of 3 to 5 people for a secret ballot', () => {
    const secret = (names: string[]): VoteCounts => ({ ...hands(10), method: 'secretBallot', countingBoard: names });
    const attendance = { eligible: 25, present: 18 };
    expect(voteCountsProblem(secret(['A', 'B']), attendance, 'staff')).toContain('Ban kiểm phiếu phải có từ 3 đến 5 người');
    expect(voteCountsProblem(secret(['A', 'B', 'C']), attendance, 'staff')).toBeNull();
    expect(voteCountsProblem(secret(['A', 'B', 'C', 'D', 'E', 'F'].slice(0, 5)), attendance, 'staff')).toBeNull();
  });
});

describe('elections', () => {
  const attendance = { eligible: 25, present: 18 };
  const quorum = quorumStatus(conference, attendance);

  it('elect the candidates with the most votes above half of those present, up to the seats', () => {
    const result = decideElection(board, 3, [candidate('An', 17), candidate('Bình', 9), candidate('Chi', 14), candidate('Dũng', 12)], attendance, conference, quorum);
    expect(result).toMatchObject({ passed: true, elected: ['An', 'Chi', 'Dũng'], tied: [], required: 10 });
    expect(result.message).toContain('Trúng cử 3/3: An (17 phiếu), Chi (14 phiếu), Dũng (12 phiếu)');
  });

  it('leave a seat open and name the tied candidates when a tie crosses the last seat', () => {
    const result = decideElection(board, 3, [candidate('An', 17), candidate('Bình', 12), candidate('Chi', 14), candidate('Dũng', 12)], attendance, conference, quorum);
    expect(result).toMatchObject({ passed: false, elected: ['An', 'Chi'], tied: ['Bình', 'Dũng'] });
    expect(result.message).toContain('Bình và Dũng bằng phiếu (12) ở vị trí cuối, cần bầu lại');
  });

  it('do not elect a candidate at exactly half of those present', () => {
    const result = decideElection(board, 3, [candidate('An', 17), candidate('Bình', 9), candidate('Chi', 14)], attendance, conference, quorum);
    expect(result).toMatchObject({ passed: false, elected: ['An', 'Chi'] });
    expect(result.message).toContain('còn 1 vị trí chưa có người đủ số phiếu');
  });

  it('refuse the head, deputies and chief accountant, and boards outside 3–9 members', () => {
    const names = [candidate('An', 0), candidate('Bình', 0), candidate('Chi', 0, 'Phó Chủ tịch UBND phường')];
    expect(electionProblem(board, 3, names)).toBe(
      'Ông (bà) Chi giữ chức vụ Phó Chủ tịch UBND phường nên không được bầu: người đứng đầu, cấp phó của người đứng đầu và kế toán trưởng cơ quan không được bầu vào Ban Thanh tra nhân dân (khoản 2 Điều 60 Luật Thực hiện dân chủ ở cơ sở).',
    );
    expect(electionProblem(board, 3, [candidate('An', 0), candidate('Bình', 0), candidate('Liên', 0, 'Chủ tịch Công đoàn cơ sở')])).toBeNull();
    expect(electionProblem(board, 3, [candidate('An', 0), candidate('Bình', 0), candidate('Cường', 0, 'KẾ TOÁN TRƯỞNG')])).toContain('không được bầu');
    expect(electionProblem(board, 2, names.slice(0, 2))).toBe('Bầu Ban Thanh tra nhân dân của cơ quan (3–9 thành viên, nhiệm kỳ 2 năm): số người được bầu phải từ 3 đến 9.');
    expect(electionProblem(board, 10, names)).toContain('từ 3 đến 9');
  });
});

describe('notice period', () => {
  it('warns when a residents’ meeting was announced less than 2 days ahead, and a periodic conference less than 5', () => {
    expect(noticeWarning(residents, '2026-03-12', '2026-03-10')).toBeNull();
    expect(noticeWarning(residents, '2026-03-12', '2026-03-11')).toContain('chỉ trước 1 ngày; quy định phải thông báo trước ít nhất 2 ngày');
    expect(noticeWarning(typeRules('communityConference'), '2026-12-20', '2026-12-16')).toContain('ít nhất 5 ngày');
    expect(noticeWarning(residents, '2026-03-12', null)).toContain('Chưa ghi ngày gửi thông báo');
    expect(noticeWarning(conference, '2026-03-12', null)).toBeNull();
  });
});

describe('preparation schedule', () => {
  it('moves the conference date by days and by months, clamping to the end of a shorter month', () => {
    expect(stepDueDate('2026-03-12', { offsetDays: -45, offsetMonths: 0 })).toBe('2026-01-26');
    expect(stepDueDate('2026-03-12', { offsetDays: 0, offsetMonths: 6 })).toBe('2026-09-12');
    expect(stepDueDate('2026-08-31', { offsetDays: 0, offsetMonths: 6 })).toBe('2027-02-28');
  });
});
