/**
 * The household ballot's design (NĐ 59/2023 Art. 4(5)(a)): stored per household-ballot meeting, with
 * defaults drawn from the meeting until the clerk saves one. Who authenticates the ballot follows the
 * meeting's scope: one residential group → its head signs bottom right; commune-wide → the UBND's
 * hanging seal top left.
 */
import { AppError } from '../api/errors';
import { BALLOT_SUBJECT_MAX, type BallotAuthentication, type BallotDesign, type BallotDesignInput, type BallotQuestion } from '../api/ballots';
import type { GeneratedFile } from '../api/files';
import type { AgendaItem, Meeting } from '../api/meetings';
import { auditedWrite, recordChange, type WriteContext } from '../audit/audit';
import { renderDocxBundle } from '../documents/docx';
import { renderHtmlBundle } from '../documents/html';
import { documentMediaTypes } from '../documents/mediaTypes';
import { formatShortDate, unitNameInSentence } from '../documents/vietnamese';
import { requireProfile } from '../ward/service';
import { ballotDocuments, ballotFileName } from './ballotDocument';
import { groupHeadTitle } from './documents';
import type { MeetingFileServices } from './files';
import { getMeeting } from './queries';
import type { DatedReadContext } from '../calendar/service';

const DEFAULT_BALLOT_TITLE = 'PHIẾU LẤY Ý KIẾN HỘ GIA ĐÌNH';
const DEFAULT_CHOICES = ['Đồng ý', 'Không đồng ý'];
const DEFAULT_GUIDANCE =
  'Đánh dấu X vào một ô tương ứng với lựa chọn của hộ gia đình; phiếu đánh dấu nhiều hơn một ô cho một nội dung là phiếu không hợp lệ đối với nội dung đó.';
/** The ballots are handed out on the meeting's date; households get a week by default and at most 30 days. */
const DEFAULT_DAYS_TO_RETURN = 7;
const MAX_DAYS_TO_RETURN = 30;

interface StoredBallot {
  title: string;
  subject: string;
  questions: BallotQuestion[];
  guidance: string;
  otherOpinion: boolean;
  deadline: string;
  authentication: BallotAuthentication | null;
}

function storedBallot(read: DatedReadContext, meetingId: number): StoredBallot | null {
  const row = read.db.prepare('SELECT * FROM meeting_ballot WHERE meeting_id = ?').get(meetingId) as Record<string, unknown> | undefined;
  if (!row) return null;
  return {
    title: String(row.title),
    subject: String(row.subject),
    questions: JSON.parse(String(row.questions_json)) as BallotQuestion[],
    guidance: String(row.guidance),
    otherOpinion: row.other_opinion === 1,
    deadline: String(row.deadline),
    authentication: (row.authentication as BallotAuthentication | null) ?? null,
  };
}

function ballotMeeting(read: DatedReadContext, meetingId: number): Meeting {
  const meeting = getMeeting(read, meetingId);
  if (meeting.type !== 'householdBallot') throw new AppError('BAD_INPUT', 'Chỉ đợt phát phiếu lấy ý kiến hộ gia đình mới có phiếu lấy ý kiến.');
  return meeting;
}

/** The matters households decide on the ballot: the agenda's vote items (discussion items are not asked). */
const mattersOf = (meeting: Meeting): AgendaItem[] => meeting.agenda.filter((item) => item.kind !== 'discussion');

/** The saved questions for the matters still on the agenda, defaults for matters added since. */
function questionsFor(meeting: Meeting, saved: readonly BallotQuestion[]): BallotQuestion[] {
  return mattersOf(meeting).map((item) => saved.find((q) => q.agendaItemId === item.id) ?? { agendaItemId: item.id, question: item.title, choices: [...DEFAULT_CHOICES] });
}

function groupHead(read: DatedReadContext, meeting: Meeting): string {
  const row = read.db.prepare('SELECT head_name FROM residential_group WHERE id = ?').get(meeting.residentialGroupId) as { head_name: string } | undefined;
  return row?.head_name ?? '';
}

/** "Tổ trưởng Tổ dân phố 3", "Trưởng thôn Đông"; the bare title when the group is unknown. */
function headOfGroup(groupName: string | null): string {
  if (!groupName) return groupHeadTitle('');
  return groupHeadTitle(groupName) === 'Trưởng thôn' ? `Trưởng ${unitNameInSentence(groupName)}` : `Tổ trưởng ${groupName}`;
}

function authenticationNote(read: DatedReadContext, meeting: Meeting, authentication: BallotAuthentication | null): string {
  if (authentication === null) return 'Chưa xác định phạm vi lấy ý kiến: chọn cách xác nhận phiếu.';
  if (authentication === 'seal') return `Ủy ban nhân dân ${unitNameInSentence(requireProfile(read.db).name)} đóng dấu treo ở phía trên bên trái của phiếu.`;
  const head = groupHead(read, meeting);
  return `${headOfGroup(meeting.residentialGroupName)}${head ? `, ${head},` : ''} ký trực tiếp vào góc bên phải phía dưới của phiếu.`;
}

/** The days the deadline may take: after the ballots are handed out and after today, within 30 days of handing out. */
function deadlineRange(read: DatedReadContext, meeting: Meeting): { from: string; to: string } {
  const start = meeting.date > read.today ? meeting.date : read.today;
  return { from: read.days.addCalendarDays(start, 1), to: read.days.addCalendarDays(meeting.date, MAX_DAYS_TO_RETURN) };
}

/**
 * A week after handing out, from the meeting's date alone: a design never saved prints the same deadline
 * whenever it is (re)printed. Saving still checks it against today.
 */
function defaultDeadline(read: DatedReadContext, meeting: Meeting): string {
  return read.days.addCalendarDays(meeting.date, DEFAULT_DAYS_TO_RETURN);
}

/** A saved deadline the meeting was later moved to or past (meetings.savePlan does not know the ballot). */
function deadlineProblem(meeting: Meeting, deadline: string): string | null {
  if (deadline > meeting.date) return null;
  return `Hạn gửi lại phiếu ${formatShortDate(deadline)} không sau ngày phát phiếu ${formatShortDate(meeting.date)}: mở “Thiết kế phiếu lấy ý kiến” để sửa hạn trước khi in.`;
}

const SUBJECT_PREFIX = 'Về việc';

/** "Về việc " and the meeting's subject (or title), within the subject's limit so the defaults always save. */
function defaultSubject(meeting: Meeting): string {
  const topic = (meeting.subject || meeting.title).normalize('NFC');
  const prefixed = /^về việc(?![\p{L}\p{N}])/iu.test(topic) ? `${SUBJECT_PREFIX}${topic.slice(SUBJECT_PREFIX.length)}` : `${SUBJECT_PREFIX} ${lowerFirst(topic)}`;
  return shortened(prefixed, BALLOT_SUBJECT_MAX);
}

/** Lower case for an ordinary first word ("Chủ trương" → "chủ trương"), not for an abbreviation ("UBND", "HĐND"). */
function lowerFirst(text: string): string {
  const [first = '', second = ''] = text;
  return second !== second.toLocaleLowerCase('vi') ? text : first.toLocaleLowerCase('vi') + text.slice(first.length);
}

/** The text cut at the last word that fits, with "…", when longer than `max`. */
function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Ballots counted or minutes finalized: the design is what households answered, so it stays as it was. */
function lockReason(meeting: Meeting): string | null {
  if (meeting.stage === 'finalized') {
    return 'Biên bản kiểm phiếu đã hoàn thiện nên không sửa được thiết kế phiếu; vẫn in lại được phiếu đã dùng.';
  }
  const counted = mattersOf(meeting).some((item) => item.vote && item.vote.for + item.vote.against + item.vote.abstain + item.vote.invalid > 0);
  return counted ? 'Đã ghi kết quả kiểm phiếu nên không sửa được thiết kế phiếu (phiếu đã phát là phiếu hộ gia đình đã trả lời); vẫn in lại được.' : null;
}

export function getBallotDesign(read: DatedReadContext, meetingId: number): BallotDesign {
  const meeting = ballotMeeting(read, meetingId);
  const saved = storedBallot(read, meeting.id);
  const derived = meeting.residentialGroupId !== null;
  const authentication: BallotAuthentication | null = derived ? 'groupHead' : (saved?.authentication ?? null);
  const range = deadlineRange(read, meeting);
  const deadline = saved?.deadline ?? defaultDeadline(read, meeting);
  return {
    meetingId: meeting.id,
    title: saved?.title ?? DEFAULT_BALLOT_TITLE,
    subject: saved?.subject ?? defaultSubject(meeting),
    questions: questionsFor(meeting, saved?.questions ?? []),
    guidance: saved?.guidance ?? DEFAULT_GUIDANCE,
    otherOpinion: saved?.otherOpinion ?? true,
    deadline,
    authentication,
    authenticationDerived: derived,
    authenticationNote: authenticationNote(read, meeting, authentication),
    deadlineFrom: range.from,
    deadlineTo: range.to,
    deadlineProblem: deadlineProblem(meeting, deadline),
    saved: saved !== null,
    locked: lockReason(meeting),
    households: meeting.eligibleCount,
  };
}

function checkQuestions(meeting: Meeting, questions: readonly BallotQuestion[]): void {
  const matters = mattersOf(meeting).map((item) => item.id);
  if (matters.length === 0) throw new AppError('BAD_INPUT', 'Đợt lấy ý kiến chưa có nội dung biểu quyết: thêm nội dung ở phần "Nội dung" trước khi thiết kế phiếu.', 'questions');
  const asked = questions.map((q) => q.agendaItemId);
  if (asked.length !== matters.length || asked.some((itemId, index) => itemId !== matters[index])) {
    throw new AppError('CONFLICT', 'Các nội dung biểu quyết của cuộc họp đã thay đổi từ khi mở thiết kế phiếu. Hãy đóng và mở lại thiết kế phiếu.', 'questions');
  }
}

function checkDeadline(read: DatedReadContext, meeting: Meeting, deadline: string, savedDeadline: string | undefined): void {
  const { from, to } = deadlineRange(read, meeting);
  if (deadline === savedDeadline && deadline > meeting.date && deadline <= to) return;
  if (deadline < from || deadline > to) {
    const window = from > to ? `đợt phát phiếu ngày ${formatShortDate(meeting.date)} đã quá ${MAX_DAYS_TO_RETURN} ngày nên không đặt được hạn mới` : `chọn từ ngày ${formatShortDate(from)} đến ngày ${formatShortDate(to)}`;
    throw new AppError('BAD_INPUT', `Hạn thu phiếu phải sau ngày phát phiếu (${formatShortDate(meeting.date)}) và sau hôm nay, trong vòng ${MAX_DAYS_TO_RETURN} ngày kể từ ngày phát phiếu: ${window}.`, 'deadline');
  }
}

function refuseLocked(ctx: WriteContext, meeting: Meeting, reason: string): never {
  ctx.db.transaction(() => recordChange(ctx, { action: 'refused', entity: 'meetingBallot', entityId: meeting.id, after: { attempted: 'thiết kế phiếu lấy ý kiến' } }))();
  throw new AppError('CONFLICT', reason);
}

export function saveBallotDesign(ctx: WriteContext, read: DatedReadContext, input: BallotDesignInput): BallotDesign {
  const meeting = ballotMeeting(read, input.meetingId);
  const locked = lockReason(meeting);
  if (locked) refuseLocked(ctx, meeting, locked);
  const before = storedBallot(read, meeting.id);
  checkQuestions(meeting, input.questions);
  checkDeadline(read, meeting, input.deadline, before?.deadline);
  const derived = meeting.residentialGroupId !== null;
  if (!derived && input.authentication === null) {
    throw new AppError('BAD_INPUT', 'Cuộc họp chưa ghi tổ dân phố: chọn phiếu được đóng dấu treo của Ủy ban nhân dân hay do tổ trưởng ký.', 'authentication');
  }
  const after: StoredBallot = {
    title: input.title,
    subject: input.subject,
    questions: input.questions,
    guidance: input.guidance,
    otherOpinion: input.otherOpinion,
    deadline: input.deadline,
    authentication: derived ? null : input.authentication,
  };
  auditedWrite(ctx, () => {
    ctx.db
      .prepare(
        `INSERT INTO meeting_ballot (meeting_id, title, subject, questions_json, guidance, other_opinion, deadline, authentication, updated_at)
         VALUES (@meetingId, @title, @subject, @questions, @guidance, @otherOpinion, @deadline, @authentication, @now)
         ON CONFLICT (meeting_id) DO UPDATE SET title = excluded.title, subject = excluded.subject, questions_json = excluded.questions_json,
           guidance = excluded.guidance, other_opinion = excluded.other_opinion, deadline = excluded.deadline,
           authentication = excluded.authentication, updated_at = excluded.updated_at`,
      )
      .run({ ...after, meetingId: meeting.id, questions: JSON.stringify(after.questions), otherOpinion: Number(after.otherOpinion), now: ctx.clock.now().toISOString() });
    return { result: null, change: { action: before ? 'update' : 'create', entity: 'meetingBallot', entityId: meeting.id, before, after } };
  });
  return getBallotDesign(read, meeting.id);
}

/** The ballots numbered firstNumber..firstNumber + copies - 1, one per page, from the saved design (or the defaults). */
export async function exportBallots(
  read: DatedReadContext,
  services: MeetingFileServices,
  input: { meetingId: number; format: 'pdf' | 'docx'; copies: number; firstNumber: number },
): Promise<GeneratedFile> {
  const meeting = ballotMeeting(read, input.meetingId);
  const design = getBallotDesign(read, meeting.id);
  if (design.questions.length === 0) throw new AppError('BAD_INPUT', 'Đợt lấy ý kiến chưa có nội dung biểu quyết nên chưa in được phiếu.');
  if (design.authentication === null) throw new AppError('BAD_INPUT', 'Chưa chọn cách xác nhận phiếu (dấu treo của Ủy ban nhân dân hay chữ ký của tổ trưởng): mở "Thiết kế phiếu lấy ý kiến" để chọn.');
  if (design.deadlineProblem) throw new AppError('BAD_INPUT', design.deadlineProblem);
  const documents = ballotDocuments({
    ward: requireProfile(read.db),
    meeting,
    design: { ...design, authentication: design.authentication },
    groupHead: groupHead(read, meeting),
    copies: input.copies,
    firstNumber: input.firstNumber,
  });
  const content =
    input.format === 'pdf' ? await services.pdfPrinter.print(renderHtmlBundle(documents, { resourcesDir: services.resourcesDir }), { landscape: false }) : await renderDocxBundle(documents);
  return { fileName: ballotFileName(meeting, input.format), mediaType: documentMediaTypes[input.format], contentBase64: Buffer.from(content).toString('base64') };
}
