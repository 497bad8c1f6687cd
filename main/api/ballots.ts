import { z } from 'zod';
import { id, isoDate, optionalText, requiredText } from './fields';
import { generatedFile } from './files';

/**
 * The household ballot of a household-ballot meeting (NĐ 59/2023 Art. 4(5)(a)): no national form exists, the
 * commune UBND designs it with the required contents — title, the matters, the choices and how to choose,
 * "ý kiến khác" (if any) and the collection deadline.
 */

/** Who makes a ballot genuine: the UBND's hanging seal top left (commune-wide matter), or the group head's signature bottom right. */
export const ballotAuthentications = ['seal', 'groupHead'] as const;
export const ballotAuthentication = z.enum(ballotAuthentications);
export type BallotAuthentication = z.infer<typeof ballotAuthentication>;

export const BALLOT_CHOICES = { min: 2, max: 5 };
export const BALLOT_COPIES_MAX = 2000;
/** Ballots are numbered across batches (one print holds at most BALLOT_COPIES_MAX), up to this number. */
export const BALLOT_NUMBER_MAX = 99_999;
export const BALLOT_SUBJECT_MAX = 500;

const choice = z.string().trim().min(1, 'Lựa chọn không được để trống.').max(100, 'Mỗi lựa chọn dài tối đa 100 ký tự.');
/** "Đồng ý" typed twice, whatever its case or Unicode form, is one choice. */
const distinct = (choices: readonly string[]) => new Set(choices.map((c) => c.normalize('NFC').toLocaleLowerCase('vi'))).size === choices.length;

/** One matter of the ballot: the question households answer and the choices they tick (one box each). */
export const ballotQuestion = z
  .object({
    agendaItemId: id,
    question: z.string().trim().min(1, 'Nhập nội dung lấy ý kiến.').max(1000),
    choices: z
      .array(choice)
      .min(BALLOT_CHOICES.min, `Mỗi nội dung cần ít nhất ${BALLOT_CHOICES.min} lựa chọn.`)
      .max(BALLOT_CHOICES.max, `Mỗi nội dung có nhiều nhất ${BALLOT_CHOICES.max} lựa chọn.`)
      .refine(distinct, 'Các lựa chọn không được trùng nhau.'),
  })
  .strict();
export type BallotQuestion = z.infer<typeof ballotQuestion>;

export const ballotDesignInput = z
  .object({
    meetingId: id,
    title: requiredText(200),
    /** "Về việc …" under the title. */
    subject: optionalText(BALLOT_SUBJECT_MAX),
    /** One per matter voted on, in the agenda's order. */
    questions: z.array(ballotQuestion).min(1, 'Phiếu cần ít nhất một nội dung lấy ý kiến.').max(30),
    guidance: z.string().trim().min(1, 'Nhập hướng dẫn cách lựa chọn.').max(2000),
    otherOpinion: z.boolean(),
    /** The ballots are to be handed back before this day. */
    deadline: isoDate,
    /** Only asked when the meeting's scope is unknown; otherwise main derives it and ignores this. */
    authentication: ballotAuthentication.nullable().default(null),
  })
  .strict();
export type BallotDesignInput = z.output<typeof ballotDesignInput>;

export const ballotDesign = z.object({
  meetingId: id,
  title: z.string(),
  subject: z.string(),
  questions: z.array(ballotQuestion),
  guidance: z.string(),
  otherOpinion: z.boolean(),
  deadline: z.string(),
  /** The authentication in force; null while the scope is unknown and the clerk has not chosen. */
  authentication: ballotAuthentication.nullable(),
  /** True when main derived the authentication from the meeting's residential group. */
  authenticationDerived: z.boolean(),
  /** "Tổ trưởng Tổ dân phố 3, Trần Đức Thắng, ký trực tiếp vào góc bên phải phía dưới của phiếu." */
  authenticationNote: z.string(),
  /** The days the deadline may take: after the ballots are handed out (and after today), within 30 days. */
  deadlineFrom: z.string(),
  deadlineTo: z.string(),
  /** Why the ballots cannot be printed as saved (the meeting was moved to or past the deadline), or null. */
  deadlineProblem: z.string().nullable(),
  /** False while the design is the defaults. */
  saved: z.boolean(),
  /** Why the design can no longer be changed (ballots counted, minutes finalized), or null. */
  locked: z.string().nullable(),
  /** One ballot per household: the meeting's household count, the default number of copies. */
  households: z.number().int(),
});
export type BallotDesign = z.infer<typeof ballotDesign>;

const ballotCopies = z
  .number()
  .int('Số phiếu phải là số nguyên.')
  .min(1, 'In ít nhất 1 phiếu.')
  .max(BALLOT_COPIES_MAX, 'In nhiều nhất 2.000 phiếu một lần.');

const ballotFirstNumber = z.number().int('Số phiếu phải là số nguyên.').min(1, 'Số phiếu bắt đầu từ 1.');

/** One print of the ballots is `copies` of them numbered from `firstNumber`, the last at most BALLOT_NUMBER_MAX. */
function withinNumbering(run: { copies: number; firstNumber: number }, ctx: z.RefinementCtx): void {
  if (run.firstNumber + run.copies - 1 <= BALLOT_NUMBER_MAX) return;
  const last = new Intl.NumberFormat('vi-VN').format(run.firstNumber + run.copies - 1);
  ctx.addIssue({ code: 'custom', path: ['firstNumber'], message: `Số phiếu không được vượt quá 99.999 (phiếu cuối của lần in này mang số ${last}).` });
}

/** What the dialog checks before printing (both numbers typed), with the messages main would give. */
export const ballotPrint = z.object({ copies: ballotCopies, firstNumber: ballotFirstNumber }).superRefine(withinNumbering);

export const ballotChannels = {
  /** The ballot design of a household-ballot meeting; the defaults when none was saved. */
  'meetings.ballot': { input: z.object({ meetingId: id }).strict(), output: ballotDesign },
  'meetings.saveBallot': { input: ballotDesignInput, output: ballotDesign },
  /** The ballots, one per page, numbered firstNumber..firstNumber + copies - 1 (a round of more households is printed in batches). */
  'meetings.exportBallots': {
    input: z
      .object({ meetingId: id, format: z.enum(['pdf', 'docx']), copies: ballotCopies, firstNumber: ballotFirstNumber.default(1) })
      .strict()
      .superRefine(withinNumbering),
    output: generatedFile,
  },
} as const;
