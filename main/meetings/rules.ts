/**
 * The legal arithmetic of meetings (Luật 10/2022 Art. 21, 51, 60; NĐ 59/2023 Art. 3–4): quorum, vote
 * thresholds, elections, the notice period. Plain functions over plain data; the thresholds themselves
 * are data (resources/meetings/meeting-types.json).
 */
import type {
  Candidate,
  DecisionMatter,
  DecisionResult,
  MeetingTypeRules,
  QuorumStatus,
  Threshold,
  VoteCounts,
  VoteMethod,
} from '../api/meetings';
import { formatPercent } from '../api/amounts';
import { foldVietnamese } from '../api/text';

type Participants = MeetingTypeRules['participants'];

/** The counts a rule is applied to: everyone who may take part, and those present (null before attendance). */
export interface Attendance {
  eligible: number;
  present: number | null;
}

/** The least number of votes that reaches the threshold; never 0, so nobody can pass anything alone with nobody. */
export function requiredCount(threshold: Threshold, baseCount: number): number {
  const scaled = baseCount * threshold.numerator;
  const required = threshold.inclusive ? Math.ceil(scaled / threshold.denominator) : Math.floor(scaled / threshold.denominator) + 1;
  return Math.max(1, required);
}

const unitWord = (participants: Participants) => (participants === 'households' ? 'hộ' : 'người');

function baseLabel(base: Threshold['base'], participants: Participants): string {
  if (participants === 'households') return base === 'eligible' ? 'tổng số hộ' : 'số hộ có đại diện tham dự';
  if (participants === 'staff') return base === 'eligible' ? 'tổng số cán bộ, công chức, viên chức, người lao động' : 'số người có mặt';
  return base === 'eligible' ? 'số người được mời' : 'số người có mặt';
}

/** "từ 2/3 tổng số hộ trở lên", "quá 1/2 số người có mặt". */
export function thresholdPhrase(threshold: Threshold, participants: Participants): string {
  const share = `${threshold.numerator}/${threshold.denominator}`;
  const label = baseLabel(threshold.base, participants);
  return threshold.inclusive ? `từ ${share} ${label} trở lên` : `quá ${share} ${label}`;
}

const share = (part: number, whole: number) => (whole > 0 ? `${formatPercent((part * 100) / whole)} %` : '-');

export function quorumStatus(rules: MeetingTypeRules, attendance: Attendance): QuorumStatus | null {
  if (!rules.quorum) return null;
  const { eligible } = attendance;
  const required = requiredCount(rules.quorum, eligible);
  const unit = unitWord(rules.participants);
  if (attendance.present === null) {
    return { recorded: false, valid: false, present: 0, eligible, required, missing: required, message: `Chưa điểm danh. Cần có mặt ít nhất ${required}/${eligible} ${unit}.` };
  }
  const present = attendance.present;
  const missing = Math.max(0, required - present);
  const counts = `có mặt ${present}/${eligible} ${unit} (${share(present, eligible)})`;
  const message =
    missing === 0
      ? `Hội nghị hợp lệ: ${counts}, đạt ${thresholdPhrase(rules.quorum, rules.participants)} (cần ít nhất ${required} ${unit}).`
      : `Hội nghị không hợp lệ: ${counts}, cần ít nhất ${required} ${unit} (${thresholdPhrase(rules.quorum, rules.participants)}), còn thiếu ${missing} ${unit}.`;
  return { recorded: true, valid: missing === 0, present, eligible, required, missing, message };
}

/** Household ballots and online votes are counted over all households; votes at a meeting over those present. */
function votersCap(method: VoteMethod, attendance: Attendance): number | null {
  return method === 'householdBallot' || method === 'online' ? attendance.eligible : attendance.present;
}

function capLabel(method: VoteMethod, participants: Participants): string {
  if (method === 'householdBallot' || method === 'online') return 'tổng số hộ';
  return participants === 'households' ? 'số hộ có đại diện tham dự' : 'số người có mặt';
}

const COUNTING_BOARD = { min: 3, max: 5 };

/** Why the counts cannot be right, in Vietnamese, or null when they can. */
export function voteCountsProblem(vote: VoteCounts, attendance: Attendance, participants: Participants): string | null {
  const cap = votersCap(vote.method, attendance);
  if (cap === null) return 'Chưa điểm danh nên chưa ghi được kết quả biểu quyết. Hãy ghi số người (số hộ) có mặt trước.';
  const total = vote.for + vote.against + vote.abstain + vote.invalid;
  if (total > cap) {
    return `Tổng số biểu quyết (tán thành ${vote.for} + không tán thành ${vote.against} + không biểu quyết ${vote.abstain} + không hợp lệ ${vote.invalid} = ${total}) lớn hơn ${capLabel(vote.method, participants)} (${cap}).`;
  }
  const counted = vote.method === 'secretBallot' || vote.method === 'householdBallot';
  if (counted && (vote.countingBoard.length < COUNTING_BOARD.min || vote.countingBoard.length > COUNTING_BOARD.max)) {
    const board = vote.method === 'secretBallot' ? 'Ban kiểm phiếu' : 'Tổ phát phiếu, kiểm phiếu';
    return `${board} phải có từ ${COUNTING_BOARD.min} đến ${COUNTING_BOARD.max} người (Điều 3, 4 Nghị định 59/2023/NĐ-CP); đang ghi ${vote.countingBoard.length} người.`;
  }
  return null;
}

function baseCount(threshold: Threshold, attendance: Attendance): number {
  return threshold.base === 'eligible' ? attendance.eligible : (attendance.present ?? 0);
}

const NO_QUORUM = 'Hội nghị không đủ số người tham dự theo quy định nên kết quả biểu quyết không có giá trị.';

/** A vote under its matter's rule: items 1–2 of Art. 15 need ≥ 2/3 of all households, items 3–6 more than half of all. */
export function decideVote(matter: DecisionMatter, vote: VoteCounts, attendance: Attendance, rules: MeetingTypeRules, quorum: QuorumStatus | null): DecisionResult {
  const base = baseCount(matter.threshold, attendance);
  const required = requiredCount(matter.threshold, base);
  const unit = unitWord(rules.participants);
  const passed = vote.for >= required && quorum?.valid !== false;
  const counts = `${vote.for}/${base} ${unit} tán thành (${share(vote.for, base)})`;
  const rule = `cần ít nhất ${required} ${unit} (${thresholdPhrase(matter.threshold, rules.participants)})`;
  const message = quorum?.valid === false ? `Không thông qua: ${NO_QUORUM}` : `${passed ? 'Thông qua' : 'Không thông qua'}: ${counts}; ${rule}.`;
  return { passed, baseLabel: baseLabel(matter.threshold.base, rules.participants), baseCount: base, required, message, elected: [], tied: [] };
}

const joinNames = (names: readonly string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} và ${names.at(-1)}`);

/**
 * An election: candidates reaching the threshold are elected by votes, up to the seats; candidates tied
 * across the last seat are not elected and need a re-vote.
 */
export function decideElection(
  matter: DecisionMatter,
  seats: number,
  candidates: readonly Candidate[],
  attendance: Attendance,
  rules: MeetingTypeRules,
  quorum: QuorumStatus | null,
): DecisionResult {
  const base = baseCount(matter.threshold, attendance);
  const required = requiredCount(matter.threshold, base);
  const result = { baseLabel: baseLabel(matter.threshold.base, rules.participants), baseCount: base, required };
  if (quorum?.valid === false) return { ...result, passed: false, message: `Không bầu được: ${NO_QUORUM}`, elected: [], tied: [] };
  const qualified = candidates.filter((c) => c.votes >= required).sort((a, b) => b.votes - a.votes);
  const lastSeatVotes = qualified[seats - 1]?.votes;
  const tiedAcross = lastSeatVotes !== undefined && qualified[seats]?.votes === lastSeatVotes;
  const elected = (tiedAcross ? qualified.filter((c) => c.votes > lastSeatVotes) : qualified.slice(0, seats)).map((c) => c.name);
  const tied = tiedAcross ? qualified.filter((c) => c.votes === lastSeatVotes).map((c) => c.name) : [];
  const rule = `mỗi người cần ít nhất ${required} phiếu (${thresholdPhrase(matter.threshold, rules.participants)})`;
  const parts = [
    elected.length > 0 ? `Trúng cử ${elected.length}/${seats}: ${qualified.filter((c) => elected.includes(c.name)).map((c) => `${c.name} (${c.votes} phiếu)`).join(', ')}` : `Chưa ai trúng cử trong ${seats} vị trí`,
    tied.length > 0 ? `${joinNames(tied)} bằng phiếu (${lastSeatVotes}) ở vị trí cuối, cần bầu lại` : null,
    !tiedAcross && elected.length < seats ? `còn ${seats - elected.length} vị trí chưa có người đủ số phiếu` : null,
  ].filter((part): part is string => part !== null);
  const passed = elected.length === seats;
  return { ...result, passed, message: `${parts.join('; ')}; ${rule}.`, elected, tied };
}

/** Why the election's setup is not allowed (seat count, excluded positions), or null. */
export function electionProblem(matter: DecisionMatter, seats: number | null, candidates: readonly Candidate[]): string | null {
  if (seats === null) return 'Chưa ghi số người cần bầu.';
  if (matter.seats && (seats < matter.seats.min || seats > matter.seats.max)) {
    return matter.seats.min === matter.seats.max
      ? `${matter.label}: bầu đúng ${matter.seats.min} người.`
      : `${matter.label}: số người được bầu phải từ ${matter.seats.min} đến ${matter.seats.max}.`;
  }
  if (candidates.length < seats) return `Danh sách ứng cử có ${candidates.length} người, ít hơn số người cần bầu (${seats}).`;
  const excluded = candidates.find((c) => isExcluded(matter, c.position));
  if (excluded) return `Ông (bà) ${excluded.name} giữ chức vụ ${excluded.position} nên không được bầu: ${matter.excludedReason || 'chức vụ này không thuộc diện được bầu'}.`;
  return null;
}

export function isExcluded(matter: DecisionMatter, position: string): boolean {
  const folded = foldVietnamese(position).trim();
  return folded !== '' && matter.excludedPositions.some((excluded) => folded.startsWith(foldVietnamese(excluded)));
}

const dayNumber = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`) / 86_400_000;

/** A warning when the notice was given later than the type's notice period (NĐ 59 Art. 3: 2 days; Art. 11: 5 days). */
export function noticeWarning(rules: MeetingTypeRules, meetingDate: string, noticeDate: string | null): string | null {
  if (rules.noticeDays === 0) return null;
  const period = `phải thông báo trước ít nhất ${rules.noticeDays} ngày`;
  if (noticeDate === null) return `Chưa ghi ngày gửi thông báo, giấy mời (${period}).`;
  const daysBefore = dayNumber(meetingDate) - dayNumber(noticeDate);
  if (daysBefore >= rules.noticeDays) return null;
  const given = daysBefore < 0 ? 'sau ngày họp' : daysBefore === 0 ? 'ngay trong ngày họp' : `chỉ trước ${daysBefore} ngày`;
  return `Thông báo ngày ${noticeDate.split('-').reverse().join('/')} ${given}; quy định ${period} (${rules.legalBasis}).`;
}

/** The due date of a preparation step: the conference date moved by days or months (the month's last day when shorter). */
export function stepDueDate(conferenceDate: string, step: { offsetDays: number; offsetMonths: number }): string {
  const [year, month, day] = conferenceDate.split('-').map(Number) as [number, number, number];
  const targetMonth = new Date(Date.UTC(year, month - 1 + step.offsetMonths, 1));
  const lastDay = new Date(Date.UTC(targetMonth.getUTCFullYear(), targetMonth.getUTCMonth() + 1, 0)).getUTCDate();
  targetMonth.setUTCDate(Math.min(day, lastDay) + step.offsetDays);
  return targetMonth.toISOString().slice(0, 10);
}
