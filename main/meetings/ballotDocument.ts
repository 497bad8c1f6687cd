/**
 * The household ballot as DocumentModels, one per copy (one page each): "Phiếu số", the household line,
 * the title, each matter with its boxes, the guidance, "Ý kiến khác" lines, the deadline, and the seal
 * note or the group head's signature (NĐ 59/2023 Art. 4(5)(a)). The design comes from ballot.ts.
 */
import type { BallotAuthentication, BallotDesign } from '../api/ballots';
import type { Meeting } from '../api/meetings';
import { foldVietnamese } from '../api/text';
import type { WardProfile } from '../api/ward';
import type { Block, DocumentModel, Issuer, Signatures } from '../documents/model';
import { wardIssuer } from '../documents/model';
import { estimateWidthMm, pageGeometry, SIZE } from '../documents/layout';
import { formatShortDate } from '../documents/vietnamese';
import { groupHeadTitle } from './documents';

export interface BallotDocumentInput {
  ward: WardProfile;
  meeting: Meeting;
  design: BallotDesign & { authentication: BallotAuthentication };
  /** The residential group head's name; empty leaves the line to be written by hand. */
  groupHead: string;
  copies: number;
  /** The number of the first ballot; the others follow. */
  firstNumber: number;
}

const BOX = '☐';
/** Non-breaking spaces keep the choices of a matter apart on one line in both PDF and Word. */
const CHOICE_GAP = '\u00a0'.repeat(8);
const OTHER_OPINION_LINES = 3;
const TEXT_WIDTH_MM = pageGeometry('portrait').textWidthMm;
/** "…" is one em wide in Times New Roman. */
const ELLIPSIS_MM = (SIZE.body * 25.4) / 72;

/** Dots to write on by hand, filling the rest of the line after `label` (with a margin, the width being an estimate). */
function fillAfter(label: string): string {
  const room = TEXT_WIDTH_MM - (label ? estimateWidthMm(label, SIZE.body, false) : 0);
  return `${label}${'…'.repeat(Math.max(1, Math.floor(room / ELLIPSIS_MM) - 2))}`;
}

export function ballotDocuments(input: BallotDocumentInput): DocumentModel[] {
  const shared = sharedParts(input);
  return Array.from({ length: input.copies }, (_, index) => ({ ...shared, formLabel: `Phiếu số: ${input.firstNumber + index}` }));
}

/** "phieu-lay-y-kien-2026-03-15-to-dan-pho-5.pdf": ASCII, as safeFileName requires. */
export function ballotFileName(meeting: Meeting, format: 'pdf' | 'docx'): string {
  const scope = foldVietnamese(meeting.residentialGroupName ?? '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return `${['phieu-lay-y-kien', meeting.date, scope].filter(Boolean).join('-')}.${format}`;
}

function sharedParts(input: BallotDocumentInput): Omit<DocumentModel, 'formLabel'> {
  const { design } = input;
  return {
    orientation: 'portrait',
    issuer: issuerOf(input),
    title: design.title,
    ...(design.subject ? { subject: [design.subject] } : {}),
    body: [...householdLines(), ...questionBlocks(design), ...guidanceBlocks(design), ...otherOpinionBlocks(design), deadlineParagraph(design)],
    ...signaturesOf(input),
  };
}

/**
 * The UBND's own header for a commune-wide matter, where its hanging seal is stamped over the top left of the printed
 * ballot (nothing printed says so: the dialog tells the clerk); "UBND PHƯỜNG X / TỔ DÂN PHỐ Y" for one group's.
 */
function issuerOf({ ward, meeting, design }: BallotDocumentInput): Issuer {
  return design.authentication === 'groupHead' && meeting.residentialGroupName
    ? { parent: [`UBND ${ward.name}`], body: [meeting.residentialGroupName] }
    : wardIssuer(ward.name);
}

function householdLines(): Block[] {
  return [
    { kind: 'paragraph', align: 'left', indent: false, text: fillAfter('Họ tên chủ hộ/đại diện hộ: ') },
    { kind: 'paragraph', align: 'left', indent: false, text: fillAfter('Địa chỉ: ') },
  ];
}

function questionBlocks(design: BallotDesign): Block[] {
  return design.questions.flatMap((question, index): Block[] => [
    { kind: 'paragraph', align: 'justify', indent: false, text: [{ text: `${index + 1}. `, bold: true }, { text: question.question, bold: true }] },
    { kind: 'paragraph', align: 'left', indent: true, text: question.choices.map((choice) => `${BOX} ${choice}`).join(CHOICE_GAP) },
  ]);
}

function guidanceBlocks(design: BallotDesign): Block[] {
  return [{ kind: 'paragraph', align: 'justify', indent: false, text: [{ text: 'Hướng dẫn: ', bold: true, italic: true }, { text: design.guidance, italic: true }] }];
}

function otherOpinionBlocks(design: BallotDesign): Block[] {
  if (!design.otherOpinion) return [];
  const lines = Array.from({ length: OTHER_OPINION_LINES }, (): Block => ({ kind: 'paragraph', align: 'left', indent: false, text: fillAfter('') }));
  return [{ kind: 'paragraph', align: 'left', indent: false, text: [{ text: 'Ý kiến khác của hộ gia đình (nếu có):', bold: true }] }, ...lines];
}

function deadlineParagraph(design: BallotDesign): Block {
  return { kind: 'paragraph', align: 'justify', indent: false, text: [{ text: `Đề nghị hộ gia đình gửi lại phiếu trước ngày ${formatShortDate(design.deadline)}.`, bold: true }] };
}

function signaturesOf({ meeting, design, groupHead }: BallotDocumentInput): Pick<DocumentModel, 'signatures'> {
  if (design.authentication !== 'groupHead') return {};
  const signatures: Signatures = { right: { position: groupHeadTitle(meeting.residentialGroupName ?? ''), hint: '(Ký trực tiếp, ghi rõ họ tên)', name: groupHead } };
  return { signatures };
}
