/**
 * The documents of one meeting as DocumentModels: NĐ 30/2020 layout, and the NĐ 59/2023 annex forms for
 * residents (Mẫu 01 invitation, Mẫu 02/04 counting minutes, Mẫu 03 decision record). Pure functions
 * over the meeting as main returns it (for a finalized version: its locked snapshot).
 */
import { foldVietnamese } from '../api/text';
import type {
  AgendaItem,
  FollowUpTask,
  Meeting,
  MeetingDocumentKind,
  MeetingTypeRules,
  MinutesVersion,
  Participant,
  VoteCounts,
  VoteMethod,
} from '../api/meetings';
import type { WardProfile } from '../api/ward';
import type { Block, DocumentModel, Issuer, RichText, Signature, Table, TableRow } from '../documents/model';
import { wardIssuer } from '../documents/model';
import { formatAmount, formatLegalDate, formatPercent, formatShortDate, unitNameInSentence, upperVietnamese } from '../documents/vietnamese';

export interface MeetingDocumentInput {
  ward: WardProfile;
  rules: MeetingTypeRules;
  /** For a finalized version: the locked snapshot. */
  meeting: Meeting;
  /** Null: the current draft, marked "DỰ THẢO" on the records (minutes, decision record, resolution, counting minutes). */
  version: MinutesVersion | null;
  /** The residential group head's name, when the meeting belongs to a group. */
  residentialGroupHead: string | null;
}

/**
 * The documents of a kind, in print order (one invitation per invitee; one counting minutes per ballot),
 * or null when the kind does not apply to the meeting (a resolution for a residents' meeting…).
 * Several documents print as one file through renderHtmlBundle / renderDocxBundle.
 */
export function meetingDocuments(kind: MeetingDocumentKind, input: MeetingDocumentInput): DocumentModel[] | null {
  return builders[kind](input);
}

const builders: Record<MeetingDocumentKind, (input: MeetingDocumentInput) => DocumentModel[] | null> = {
  invitation: invitations,
  attendanceSheet: (input) => [attendanceSheet(input)],
  minutes,
  decisionRecord,
  resolution,
  countingMinutes,
  consultationSynthesis,
};

const FILE_PREFIX: Record<MeetingDocumentKind, string> = {
  invitation: 'giay-moi',
  attendanceSheet: 'danh-sach-tham-du',
  minutes: 'bien-ban',
  decisionRecord: 'bien-ban-cong-dong-dan-cu',
  resolution: 'nghi-quyet',
  countingMinutes: 'bien-ban-kiem-phieu',
  consultationSynthesis: 'tong-hop-gop-y',
};

const TITLE_SLUG_LENGTH = 40;

/** "bien-ban-2026-03-12-hoi-nghi-can-bo-cong-chuc-vien-chuc.pdf": ASCII, as safeFileName requires. */
export function meetingDocumentFileName(meeting: Meeting, kind: MeetingDocumentKind, format: 'pdf' | 'docx'): string {
  const title = asciiSlug(meeting.title, TITLE_SLUG_LENGTH);
  return `${[FILE_PREFIX[kind], meeting.date, title].filter(Boolean).join('-')}.${format}`;
}

/** Lower-case ASCII words joined by "-", cut at a word boundary to at most `maxLength` characters. */
function asciiSlug(text: string, maxLength: number): string {
  const slug = foldVietnamese(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : cut.slice(0, maxLength)).replace(/-+$/, '');
}

// ------------------------------------------------------------------ wording shared by the documents

const BLANK = '……………………';
const DRAFT = 'DỰ THẢO';

const METHOD_LABEL: Record<VoteMethod, string> = {
  showOfHands: 'giơ tay',
  secretBallot: 'bỏ phiếu kín',
  householdBallot: 'phát phiếu lấy ý kiến hộ gia đình',
  online: 'biểu quyết trực tuyến',
};

const BALLOT_METHODS: ReadonlySet<VoteMethod> = new Set(['secretBallot', 'householdBallot']);

/** "08:00" → "08 giờ 00 phút"; blanks to fill in by hand when the time is not recorded. */
function clockText(time: string): string {
  const [hours, minutes] = time.split(':');
  return hours && minutes ? `${hours} giờ ${minutes} phút` : '…… giờ …… phút';
}

function momentText(time: string, isoDay: string): string {
  return `${clockText(time)}, ${formatLegalDate(isoDay)}`;
}

const count = (value: number) => formatAmount(value);

/** " (72,0 %)", or " (72,0 % tổng số hộ gia đình)" with the base named; nothing when the base is empty. */
function percentSuffix(part: number, whole: number, baseLabel = ''): string {
  return whole > 0 ? ` (${formatPercent((part * 100) / whole)} %${baseLabel ? ` ${baseLabel}` : ''})` : '';
}

/** "15/18 (83,3 %)". */
function shareText(part: number, whole: number): string {
  return `${count(part)}/${count(whole)}${percentSuffix(part, whole)}`;
}

/** "72 hộ (72,0 %)". */
function headcountText(part: number | null, whole: number, unit: string): string {
  return part === null ? `${BLANK} ${unit}` : `${count(part)} ${unit}${percentSuffix(part, whole)}`;
}

function personText(name: string, position: string): string {
  if (!name) return BLANK;
  return position ? `${name} - ${position}` : name;
}

function withoutFinalStop(text: string): string {
  return text.trim().replace(/[.;,]+$/, '');
}

function paragraph(text: RichText): Block {
  return { kind: 'paragraph', text };
}

function heading(text: string): Block {
  return { kind: 'heading', text };
}

/** "Địa điểm: Hội trường …" with the label bold. */
function labelled(label: string, text: string): Block {
  return paragraph([{ text: `${label}:`, bold: true }, { text: text ? ` ${text}` : '' }]);
}

function list(items: readonly RichText[], marker: '-' | '+' = '-'): Block[] {
  return items.length > 0 ? [{ kind: 'list', items, marker }] : [];
}

/** The secretary's free text, one paragraph per line. */
function textParagraphs(text: string): Block[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => paragraph(line));
}

function aboutText(meeting: Meeting): string {
  return meeting.subject || meeting.title;
}

/** "Hội nghị kết thúc …" for conferences, "Cuộc họp kết thúc …" otherwise (NĐ 30 Mẫu 1.9). */
function eventWord(rules: MeetingTypeRules): string {
  return /^hội nghị/i.test(rules.label) ? 'Hội nghị' : 'Cuộc họp';
}

function closingParagraph(input: MeetingDocumentInput): Block {
  const { meeting, rules } = input;
  return paragraph(`${eventWord(rules)} kết thúc vào ${momentText(meeting.endTime, meeting.date)}./.`);
}

/** The records carry "DỰ THẢO" until a version is finalized, next to the annex form's number if any. */
function recordLabel(version: MinutesVersion | null, formLabel?: string): string | undefined {
  if (version) return formLabel;
  return formLabel ? `${DRAFT} - ${formLabel}` : DRAFT;
}

/** A correction names the version it replaces and why. */
function versionNote(version: MinutesVersion | null): string[] {
  if (!version || version.version <= 1) return [];
  return [`(Bản số ${version.version}, thay thế bản số ${version.version - 1}; lý do điều chỉnh: ${withoutFinalStop(version.reason)})`];
}

/** "UBND PHƯỜNG X / TỔ DÂN PHỐ Y" for a residential group's documents (NĐ 59 annex), else the ward's own. */
function issuerOf({ ward, meeting }: MeetingDocumentInput): Issuer {
  return meeting.residentialGroupName ? { parent: [`UBND ${ward.name}`], body: [meeting.residentialGroupName] } : wardIssuer(ward.name);
}

function wardCommittee(ward: WardProfile): string {
  return `Ủy ban nhân dân ${unitNameInSentence(ward.name)}`;
}

export function groupHeadTitle(groupName: string): string {
  return /^thôn/i.test(groupName) ? 'Trưởng thôn' : 'Tổ trưởng tổ dân phố';
}

const isCommunity = (rules: MeetingTypeRules) => rules.participants === 'households';

// ------------------------------------------------------------------ attendance

function headcountItems(meeting: Meeting, rules: MeetingTypeRules): RichText[] {
  const { eligibleCount: eligible, presentCount: present } = meeting;
  const absent = present === null ? BLANK : count(Math.max(0, eligible - present));
  switch (rules.participants) {
    case 'households':
      return [
        `Tổng số hộ gia đình thuộc cộng đồng dân cư: ${count(eligible)} hộ`,
        `Số hộ gia đình có đại diện tham dự: ${headcountText(present, eligible, 'hộ')}`,
        `Số hộ gia đình không có người đại diện tham dự: ${absent} hộ`,
      ];
    case 'staff': {
      const absentees = meeting.participants.filter((p) => p.kind === 'staff' && p.present === false).map((p) => p.name);
      return [
        `Tổng số cán bộ, công chức, viên chức, người lao động được triệu tập: ${count(eligible)} người`,
        `Có mặt: ${headcountText(present, eligible, 'người')}`,
        `Vắng mặt: ${absent} người${absentees.length > 0 ? ` (${absentees.join(', ')})` : ''}`,
      ];
    }
    case 'people':
      return [
        ...(eligible > 0 ? [`Số người được mời: ${count(eligible)} người`] : []),
        `Số người tham dự: ${present === null ? BLANK : count(present)} người`,
      ];
  }
}

function guestItems(meeting: Meeting): RichText[] {
  const guests = meeting.participants.filter((p) => p.kind === 'guest' && p.present !== false);
  return guests.length > 0 ? [`Đại biểu, khách mời: ${guests.map((g) => personText(g.name, g.detail)).join('; ')}`] : [];
}

function attendanceBlocks(meeting: Meeting, rules: MeetingTypeRules): Block[] {
  const quorum = meeting.quorum?.recorded ? [paragraph([{ text: meeting.quorum.message, italic: true }])] : [];
  return [...list([...headcountItems(meeting, rules), ...guestItems(meeting)]), ...quorum];
}

// ------------------------------------------------------------------ agenda items

function opinionBlocks(item: AgendaItem): Block[] {
  if (item.opinions.length === 0) return [];
  return [
    paragraph('Ý kiến phát biểu:'),
    ...item.opinions.flatMap((opinion) => [
      ...list([[{ text: `${opinion.speaker}: `, italic: true }, { text: opinion.summary }]]),
      ...(opinion.answer ? list([[{ text: `Trả lời${opinion.answeredBy ? ` (${opinion.answeredBy})` : ''}: `, italic: true }, { text: opinion.answer }]], '+') : []),
    ]),
  ];
}

/** What was put to the meeting: title, presenter, content and the opinions raised. */
function discussionBlocks(item: AgendaItem, index: number): Block[] {
  return [
    heading(`${index + 1}. ${item.title}`),
    ...(item.presenter ? [paragraph(`Người trình bày: ${withoutFinalStop(item.presenter)}.`)] : []),
    ...textParagraphs(item.content),
    ...opinionBlocks(item),
  ];
}

/** The share of a vote is taken of the base its rule counts (all households, those present…). */
function voteBase(item: AgendaItem, meeting: Meeting): number {
  return item.result?.baseCount ?? meeting.presentCount ?? meeting.eligibleCount;
}

function voteLine(vote: VoteCounts, base: number): string {
  const invalid = vote.method === 'showOfHands' && vote.invalid === 0 ? '' : `, phiếu không hợp lệ ${count(vote.invalid)}`;
  return `Tán thành ${shareText(vote.for, base)}, không tán thành ${count(vote.against)}, không biểu quyết ${count(vote.abstain)}${invalid}`;
}

/** Ballots handed out: one per household in a household ballot, one per person present otherwise. */
function ballotsIssued(vote: VoteCounts, meeting: Meeting): number {
  const returned = vote.for + vote.against + vote.abstain + vote.invalid;
  return vote.method === 'householdBallot' ? meeting.eligibleCount : (meeting.presentCount ?? returned);
}

function ballotLine(vote: VoteCounts, meeting: Meeting): string {
  const valid = vote.for + vote.against + vote.abstain;
  return `số phiếu phát ra: ${count(ballotsIssued(vote, meeting))}, thu về: ${count(valid + vote.invalid)}, hợp lệ: ${count(valid)}, không hợp lệ: ${count(vote.invalid)}`;
}

function termText(months: number): string {
  return months % 12 === 0 ? `${months / 12} năm` : `${months} tháng`;
}

function termMonthsOf(item: AgendaItem, rules: MeetingTypeRules): number | undefined {
  return rules.matters.find((m) => m.key === item.matter)?.termMonths;
}

function electedText(item: AgendaItem, rules: MeetingTypeRules): string {
  const elected = item.result?.elected ?? [];
  if (elected.length === 0) return 'Không có người trúng cử.';
  const term = termMonthsOf(item, rules);
  return `Trúng cử: ${elected.join(', ')}${term ? `; nhiệm kỳ ${termText(term)}` : ''}.`;
}

function electionBlocks(item: AgendaItem, input: MeetingDocumentInput): Block[] {
  const { meeting, rules } = input;
  const base = voteBase(item, meeting);
  const candidates = [...item.candidates].sort((a, b) => b.votes - a.votes);
  const tied = item.result?.tied ?? [];
  return [
    ...(item.vote ? [paragraph(`Hình thức bầu: ${METHOD_LABEL[item.vote.method]}; ${ballotLine(item.vote, meeting)}.`)] : []),
    paragraph(`Số phiếu bầu của từng người (bầu ${count(item.seats ?? 1)} người):`),
    ...list(candidates.map((c) => `${c.name}: ${headcountText(c.votes, base, 'phiếu')}`)),
    ...(item.result ? [paragraph(electedText(item, rules))] : []),
    ...(tied.length > 0 ? [paragraph(`Bằng số phiếu ở vị trí cuối: ${tied.join(', ')}; phải bầu lại giữa những người này.`)] : []),
  ];
}

function resultBlocks(item: AgendaItem): Block[] {
  return item.result ? [paragraph([{ text: item.result.message, bold: true }])] : [];
}

/** How the item was decided: the vote or the election with its counts, and the result under its rule. */
function decisionBlocks(item: AgendaItem, input: MeetingDocumentInput): Block[] {
  if (item.kind === 'election') return [...electionBlocks(item, input), ...resultBlocks(item)];
  if (item.kind === 'vote' && item.vote) {
    const line = `Biểu quyết (${METHOD_LABEL[item.vote.method]}): ${voteLine(item.vote, voteBase(item, input.meeting))}.`;
    return [paragraph(line), ...resultBlocks(item)];
  }
  return [];
}

function conclusionBlocks(item: AgendaItem): Block[] {
  return item.conclusion ? [labelled('Kết luận', item.conclusion)] : [];
}

function taskText(task: FollowUpTask): string {
  const due = task.dueDate ? `; thời hạn: ${formatLegalDate(task.dueDate)}` : '';
  return `${withoutFinalStop(task.description)}. Thực hiện: ${withoutFinalStop(task.owner)}${due}.`;
}

function taskBlocks(tasks: readonly FollowUpTask[]): Block[] {
  return tasks.length > 0 ? [heading('Phân công thực hiện'), ...list(tasks.map(taskText))] : [];
}

const decidedItems = (meeting: Meeting) => meeting.agenda.filter((item) => item.kind !== 'discussion');

// ------------------------------------------------------------------ invitation (Mẫu 01 / NĐ 30)

function samePerson(a: string, b: string): boolean {
  return a.trim().normalize('NFC').toLocaleLowerCase('vi-VN') === b.trim().normalize('NFC').toLocaleLowerCase('vi-VN');
}

/**
 * One invitation per invitee (the chair does not invite himself), and one with a blank name to copy
 * when nobody is named, or for the households of a group when they are not named one by one.
 */
function invitations(input: MeetingDocumentInput): DocumentModel[] {
  const community = isCommunity(input.rules);
  const invitees = input.meeting.participants.filter((p) => !samePerson(p.name, input.meeting.chair));
  const blankCopy = invitees.length === 0 || (community && !invitees.some((p) => p.kind === 'household'));
  const addressees: (Participant | null)[] = [...invitees, ...(blankCopy ? [null] : [])];
  const build = community ? communityInvitation : committeeInvitation;
  return addressees.map((addressee) => build(input, addressee));
}

function agendaItems(meeting: Meeting): RichText[] {
  return meeting.agenda.length > 0 ? meeting.agenda.map((item) => item.title) : [aboutText(meeting)];
}

function documentsText(meeting: Meeting): string {
  return meeting.documents.length > 0 ? `${meeting.documents.map(withoutFinalStop).join('; ')}.` : 'không có.';
}

/** NĐ 59/2023 Mẫu 01: the residential group head invites the households. */
function communityInvitation(input: MeetingDocumentInput, addressee: Participant | null): DocumentModel {
  const { ward, meeting } = input;
  const group = meeting.residentialGroupName ?? '';
  const guests = meeting.participants.filter((p) => p.kind === 'guest').map((g) => personText(g.name, g.detail));
  const attendees = [`Đại diện các hộ gia đình thuộc ${unitNameInSentence(group)}`, ...guests].join('; ');
  return {
    orientation: 'portrait',
    issuer: issuerOf(input),
    formLabel: 'Mẫu số 01',
    dateLine: { place: ward.name, date: meeting.noticeDate },
    title: 'Giấy mời',
    body: [
      paragraph(`Trân trọng kính mời ông (bà): ${addressee?.name ?? BLANK}`),
      paragraph(`Về việc ${aboutText(meeting)}`),
      heading('1. Thời gian, địa điểm'),
      paragraph(`a) Thời gian: ${momentText(meeting.startTime, meeting.date)}`),
      paragraph(`b) Địa điểm: ${meeting.place}`),
      heading('2. Thành phần'),
      paragraph(`a) Chủ trì: ${personText(meeting.chair, meeting.chairPosition)}`),
      paragraph(`b) Đại biểu tham dự: ${attendees}`),
      heading('3. Nội dung'),
      ...list(agendaItems(meeting)),
      paragraph(`4. Đầu mối liên hệ thông tin về cuộc họp: ${meeting.contact || BLANK}`),
      paragraph(`5. Các tài liệu phục vụ cuộc họp: ${documentsText(meeting)}`),
      paragraph(`${group} đề nghị ông (bà) bố trí thời gian tham gia đầy đủ, đúng thành phần.`),
    ],
    signatures: { right: { position: groupHeadTitle(group), name: input.residentialGroupHead ?? '' } },
  };
}

/** NĐ 30 giấy mời of the ward committee; until its number is taken from the register the clerk writes it by hand. */
function committeeInvitation(input: MeetingDocumentInput, addressee: Participant | null): DocumentModel {
  const { ward, meeting } = input;
  return {
    orientation: 'portrait',
    issuer: issuerOf(input),
    number: meeting.invitationNumber ?? '…/GM-UBND',
    dateLine: { place: ward.name, date: meeting.noticeDate },
    title: 'Giấy mời',
    subject: [meeting.title],
    body: [
      paragraph(`${wardCommittee(ward)} trân trọng kính mời:`),
      { kind: 'paragraph', text: [{ text: `Ông (bà) ${addressee ? personText(addressee.name, addressee.detail) : BLANK}`, bold: true }], align: 'center' },
      paragraph(`Tới dự ${meeting.title}.`),
      labelled('Thời gian', momentText(meeting.startTime, meeting.date)),
      labelled('Địa điểm', meeting.place),
      ...(meeting.subject ? [labelled('Nội dung', meeting.subject)] : [labelled('Nội dung', ''), ...list(agendaItems(meeting))]),
      ...(meeting.documents.length > 0 ? [labelled('Tài liệu', documentsText(meeting))] : []),
      ...(meeting.contact ? [labelled('Đầu mối liên hệ', meeting.contact)] : []),
      paragraph('Đề nghị ông (bà) sắp xếp thời gian tham dự đầy đủ, đúng giờ./.'),
    ],
    signatures: { right: { authority: ['TM. Ủy ban nhân dân'], position: 'Chủ tịch', name: meeting.chair } },
    recipients: { to: ['Như trên'] },
  };
}

// ------------------------------------------------------------------ attendance sheet

interface SigningGroup {
  caption: string;
  detailHeader: string;
  rows: TableRow[];
}

function signingRow(index: number, name: string, detail: string): TableRow {
  return { cells: [index + 1, name, detail, ''] };
}

function signingGroups(meeting: Meeting, rules: MeetingTypeRules): SigningGroup[] {
  const people = meeting.participants.filter((p) => p.kind !== 'household');
  const groups: SigningGroup[] = [
    { caption: 'Đại biểu, khách mời', detailHeader: 'Chức vụ, đơn vị', rows: people.map((p, i) => signingRow(i, p.name, p.detail)) },
  ];
  if (isCommunity(rules)) {
    const named = meeting.participants.filter((p) => p.kind === 'household').map((p, i) => signingRow(i, p.name, p.detail));
    const blank = Array.from({ length: Math.max(0, meeting.eligibleCount - named.length) }, (_, i) => signingRow(named.length + i, '', ''));
    groups.push({ caption: 'Đại diện hộ gia đình', detailHeader: 'Địa chỉ', rows: [...named, ...blank] });
  }
  return groups.filter((group) => group.rows.length > 0);
}

function signingTable(group: SigningGroup, withCaption: boolean): Table {
  return {
    ...(withCaption ? { caption: group.caption } : {}),
    columns: [
      { kind: 'text', widthMm: 12, align: 'center' },
      { kind: 'text', widthMm: 48 },
      { kind: 'text', widthMm: 62 },
      { kind: 'text', widthMm: 43 },
    ],
    header: [[{ text: 'STT' }, { text: 'Họ và tên' }, { text: group.detailHeader }, { text: 'Ký tên' }]],
    rows: group.rows,
    fontSize: 13,
  };
}

function attendanceSheet(input: MeetingDocumentInput): DocumentModel {
  const { meeting, rules } = input;
  const groups = signingGroups(meeting, rules);
  return {
    orientation: 'portrait',
    issuer: issuerOf(input),
    title: isCommunity(rules) ? 'Danh sách đại biểu, hộ gia đình tham dự' : 'Danh sách đại biểu tham dự',
    subject: [meeting.title],
    subtitle: [`(${momentText(meeting.startTime, meeting.date)}, tại ${meeting.place})`],
    body: groups.map((group) => ({ kind: 'table', table: signingTable(group, groups.length > 1) })),
    pageNumbers: true,
  };
}

// ------------------------------------------------------------------ minutes (NĐ 30 Mẫu 1.9)

function chairBlock(meeting: Meeting): Block {
  return meeting.presidium.length > 0
    ? labelled('Đoàn Chủ tịch', meeting.presidium.join('; '))
    : labelled('Chủ trì (chủ tọa)', personText(meeting.chair, meeting.chairPosition));
}

function minutes(input: MeetingDocumentInput): DocumentModel[] | null {
  // The residents' record of a decision is the decision record (NĐ 59 Mẫu 03), not NĐ 30 minutes.
  if (input.rules.decisionRecord) return null;
  const { meeting, rules, version } = input;
  const body: Block[] = [
    labelled('Thời gian bắt đầu', momentText(meeting.startTime, meeting.date)),
    labelled('Địa điểm', meeting.place),
    labelled('Thành phần tham dự', ''),
    ...attendanceBlocks(meeting, rules),
    chairBlock(meeting),
    labelled('Thư ký (người ghi biên bản)', personText(meeting.secretary, meeting.secretaryPosition)),
    labelled(`Nội dung (theo diễn biến ${eventWord(rules).toLocaleLowerCase('vi-VN')})`, ''),
    ...textParagraphs(meeting.proceedings),
    ...meeting.agenda.flatMap((item, index) => [...discussionBlocks(item, index), ...decisionBlocks(item, input), ...conclusionBlocks(item)]),
    ...taskBlocks(meeting.tasks),
    ...(meeting.conclusion ? [labelled(`Kết luận ${eventWord(rules).toLocaleLowerCase('vi-VN')}`, meeting.conclusion)] : []),
    closingParagraph(input),
  ];
  return [
    {
      orientation: 'portrait',
      issuer: issuerOf(input),
      number: version?.minutesNumber ?? undefined,
      formLabel: recordLabel(version),
      title: 'Biên bản',
      subject: [meeting.title],
      subtitle: versionNote(version),
      body,
      signatures: { left: { position: 'Thư ký', name: meeting.secretary }, right: { position: 'Chủ tọa', name: meeting.chair } },
      recipients: { to: ['Các thành phần tham dự'], archive: 'VT, Hồ sơ' },
      pageNumbers: true,
    },
  ];
}

// ------------------------------------------------------------------ decision record (NĐ 59 Mẫu 03)

const FRONT_HEAD = 'truong ban cong tac mat tran';

/** The front committee head, when the clerk listed him among the participants; else a blank to sign. */
function frontHeadName(meeting: Meeting): string {
  return meeting.participants.find((p) => foldVietnamese(p.detail).includes(FRONT_HEAD))?.name ?? '';
}

const SIGN_HINT = '(Ký, ghi rõ họ tên)';

function fourSignatures(input: MeetingDocumentInput): DocumentModel['signatures'] {
  const group = input.meeting.residentialGroupName ?? '';
  const representative: Signature = { position: 'Đại diện hộ gia đình', hint: SIGN_HINT, name: '' };
  return {
    left: { position: groupHeadTitle(group), hint: SIGN_HINT, name: input.residentialGroupHead ?? '' },
    right: { authority: ['Trưởng ban công tác'], position: 'Mặt trận', hint: SIGN_HINT, name: frontHeadName(input.meeting) },
    below: [{ left: representative, right: representative }],
  };
}

function decisionText(item: AgendaItem): RichText {
  const title = withoutFinalStop(item.title);
  const conclusion = item.conclusion ? ` ${item.conclusion}` : '';
  if (!item.result) return `${title}: chưa có kết quả biểu quyết.${conclusion}`;
  if (item.kind === 'election') return `${title}: ${item.result.elected.length > 0 ? `${item.result.elected.join(', ')} trúng cử.` : 'không có người trúng cử.'}${conclusion}`;
  const outcome = item.result.passed ? 'thông qua' : 'không thông qua';
  return [{ text: `${title}: ` }, { text: outcome, bold: true }, { text: `.${conclusion}` }];
}

/**
 * Every field of Luật 10/2022 Art. 20(2): a) time, b) households (total, represented, absent),
 * c) content, d) form of decision, đ) result, e) the decision, g) the four signatures.
 */
function decisionRecord(input: MeetingDocumentInput): DocumentModel[] | null {
  if (!input.rules.decisionRecord) return null;
  const { ward, meeting, rules, version } = input;
  const byBallot = meeting.type === 'householdBallot';
  const group = unitNameInSentence(meeting.residentialGroupName ?? '');
  const decided = decidedItems(meeting);
  const event = byBallot ? 'lấy ý kiến của hộ gia đình bằng phiếu' : 'cuộc họp của cộng đồng dân cư';
  const delivery = rules.deliveryWorkingDays
    ? [paragraph(`Biên bản được gửi ${wardCommittee(ward)} và Ủy ban Mặt trận Tổ quốc Việt Nam ${unitNameInSentence(ward.name)} trong thời hạn ${String(rules.deliveryWorkingDays).padStart(2, '0')} ngày làm việc.`)]
    : [];
  const body: Block[] = [
    paragraph(`Hôm nay, vào hồi ${momentText(meeting.startTime, meeting.date)}, tại ${meeting.place}, ${group} tổ chức ${event} về việc ${aboutText(meeting)}.`),
    heading('I. Thành phần tham dự'),
    paragraph(`1. Chủ trì: Ông (bà) ${meeting.chair || BLANK}. Chức vụ: ${meeting.chairPosition || BLANK}`),
    paragraph(`2. Thư ký: Ông (bà) ${meeting.secretary || BLANK}. Chức vụ: ${meeting.secretaryPosition || BLANK}`),
    paragraph('3. Thành phần tham dự:'),
    ...list([...headcountItems(meeting, rules), ...guestItems(meeting)]),
    heading('II. Thời gian cộng đồng dân cư bàn và quyết định'),
    paragraph(`Từ ${clockText(meeting.startTime)} đến ${clockText(meeting.endTime)}, ${formatLegalDate(meeting.date)}.`),
    heading('III. Nội dung cộng đồng dân cư bàn'),
    ...textParagraphs(meeting.proceedings),
    ...meeting.agenda.flatMap((item, index) => discussionBlocks(item, index)),
    heading('IV. Hình thức cộng đồng dân cư quyết định'),
    ...list(decided.map((item) => `${withoutFinalStop(item.title)}: ${item.vote ? METHOD_LABEL[item.vote.method] : BLANK}.`)),
    heading('V. Kết quả biểu quyết'),
    ...decided.flatMap((item) => [paragraph([{ text: `${withoutFinalStop(item.title)}.`, italic: true }]), ...decisionBlocks(item, input)]),
    heading('VI. Nội dung quyết định của cộng đồng dân cư'),
    ...list(decided.map(decisionText)),
    ...textParagraphs(meeting.conclusion),
    ...taskBlocks(meeting.tasks),
    closingParagraph(input),
    ...delivery,
  ];
  return [
    {
      orientation: 'portrait',
      issuer: issuerOf(input),
      formLabel: recordLabel(version, 'Mẫu số 03'),
      dateLine: { place: ward.name, date: meeting.date },
      title: byBallot ? 'Biên bản của cộng đồng dân cư' : 'Biên bản cuộc họp của cộng đồng dân cư',
      subject: [`Về việc ${aboutText(meeting)}`],
      subtitle: versionNote(version),
      body,
      signatures: fourSignatures(input),
      pageNumbers: true,
    },
  ];
}

// ------------------------------------------------------------------ resolution of the staff conference

const LAW_BASES = [
  'Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;',
  'Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở;',
];

const ADOPTION_MATTER = 'resolution';

function adoptedDecisions(input: MeetingDocumentInput): RichText[] {
  const { meeting, rules } = input;
  return decidedItems(meeting).flatMap((item): RichText[] => {
    if (!item.result?.passed || item.matter === ADOPTION_MATTER) return [];
    const title = withoutFinalStop(item.title);
    if (item.kind === 'election') {
      const term = termMonthsOf(item, rules);
      const since = term ? `, nhiệm kỳ ${termText(term)} kể từ ${formatLegalDate(meeting.date)}` : '';
      return [`${title}: ${item.result.elected.join(', ')} trúng cử (${count(item.result.elected.length)} thành viên)${since}.`];
    }
    return item.vote ? [`${title}, với ${shareText(item.vote.for, voteBase(item, meeting))} ${item.result.baseLabel} tán thành.`] : [];
  });
}

function adoptionClause(meeting: Meeting): string {
  const adoption = meeting.agenda.find((item) => item.matter === ADOPTION_MATTER && item.vote);
  return adoption?.vote ? `, với ${shareText(adoption.vote.for, voteBase(adoption, meeting))} số người dự Hội nghị tán thành` : '';
}

interface Article {
  text: RichText;
  items: readonly RichText[];
}

function resolutionArticles(input: MeetingDocumentInput): Article[] {
  const { meeting } = input;
  const reports = meeting.agenda.filter((item) => item.kind === 'discussion').map((item) => `${withoutFinalStop(item.title)}.`);
  const decisions = adoptedDecisions(input);
  return [
    reports.length > 0
      ? { text: 'Thông qua các báo cáo trình tại Hội nghị:', items: reports }
      : { text: 'Thông qua báo cáo kết quả thực hiện nhiệm vụ năm và phương hướng, nhiệm vụ năm tới của cơ quan.', items: [] },
    ...(decisions.length > 0 ? [{ text: 'Hội nghị biểu quyết thông qua các nội dung sau:', items: decisions }] : []),
    ...(meeting.tasks.length > 0 ? [{ text: 'Giao nhiệm vụ thực hiện:', items: meeting.tasks.map(taskText) }] : []),
    {
      text:
        'Người đứng đầu cơ quan phối hợp với Ban Chấp hành Công đoàn cơ sở tổ chức thực hiện Nghị quyết này; 06 tháng một lần kiểm tra việc thực hiện Nghị quyết và thông báo kết quả đến cán bộ, công chức, viên chức, người lao động (Điều 52 Luật Thực hiện dân chủ ở cơ sở). ' +
        `Nghị quyết được ${meeting.title} thông qua ${formatLegalDate(meeting.date)}${adoptionClause(meeting)}./.`,
      items: [],
    },
  ];
}

function resolution(input: MeetingDocumentInput): DocumentModel[] | null {
  if (!input.rules.resolution) return null;
  const { ward, meeting, rules, version } = input;
  const minutesRef = version?.minutesNumber ? ` (Biên bản số ${version.minutesNumber})` : '';
  const bases = [...LAW_BASES, `Căn cứ kết quả ${meeting.title} ${formatLegalDate(meeting.date)}${minutesRef},`];
  const body: Block[] = [
    { kind: 'heading', text: upperVietnamese(rules.label), align: 'center' },
    { kind: 'heading', text: upperVietnamese(wardCommittee(ward)), align: 'center' },
    ...bases.map((text): Block => ({ kind: 'paragraph', text: [{ text, italic: true }], indent: true })),
    { kind: 'heading', text: 'QUYẾT NGHỊ:', align: 'center' },
    ...resolutionArticles(input).flatMap((article, index): Block[] => [{ kind: 'article', number: index + 1, text: article.text }, ...list(article.items)]),
  ];
  return [
    {
      orientation: 'portrait',
      issuer: issuerOf(input),
      number: version?.resolutionNumber ?? undefined,
      formLabel: recordLabel(version),
      dateLine: { place: ward.name, date: meeting.date },
      title: 'Nghị quyết',
      subject: [meeting.title],
      subtitle: versionNote(version),
      body,
      // [U] The signer of the conference resolution is not fixed by law; "TM. ĐOÀN CHỦ TỊCH" with the
      // presiding head's name is the usual practice (meeting-forms.md §2).
      signatures: { right: { position: 'TM. Đoàn Chủ tịch', name: meeting.chair } },
      recipients: {
        to: [`Thường trực Đảng ủy ${unitNameInSentence(ward.name)}`, 'Ban Chấp hành Công đoàn cơ sở', 'Ban Thanh tra nhân dân', 'Cán bộ, công chức, viên chức, người lao động'],
      },
      pageNumbers: true,
    },
  ];
}

// ------------------------------------------------------------------ counting minutes (NĐ 59 Mẫu 02 / 04)

function countingMinutes(input: MeetingDocumentInput): DocumentModel[] | null {
  const ballots = input.meeting.agenda.filter((item) => item.vote && BALLOT_METHODS.has(item.vote.method));
  return ballots.length > 0 ? ballots.map((item) => countingDocument(input, item, item.vote!)) : null;
}

function boardLines(board: readonly string[], headTitle: string): string[] {
  const names = board.length > 0 ? board : [BLANK, BLANK, BLANK];
  return names.map((name, index) => `${index + 1}. Ông (bà) ${name} - ${index === 0 ? headTitle : 'Thành viên'}`);
}

function tallyItems(item: AgendaItem, vote: VoteCounts, input: MeetingDocumentInput): RichText[] {
  const { meeting, rules } = input;
  const base = voteBase(item, meeting);
  const votes = (n: number) => `${count(n)} phiếu${percentSuffix(n, base, item.result?.baseLabel)}`;
  const valid = vote.for + vote.against + vote.abstain;
  const households = isCommunity(rules)
    ? [`Tổng số hộ gia đình: ${count(meeting.eligibleCount)} hộ; số đại diện hộ gia đình ${vote.method === 'householdBallot' ? 'được phát phiếu' : 'có mặt'}: ${count(ballotsIssued(vote, meeting))}`]
    : [];
  const ballots = [
    `Số phiếu phát ra: ${count(ballotsIssued(vote, meeting))} phiếu; số phiếu thu về: ${count(valid + vote.invalid)} phiếu`,
    `Số phiếu hợp lệ: ${count(valid)} phiếu; số phiếu không hợp lệ: ${count(vote.invalid)} phiếu`,
  ];
  if (item.kind === 'election') return [...households, ...ballots, ...item.candidates.map((c) => `Ông (bà) ${c.name}: ${votes(c.votes)}`)];
  const [agree, disagree, other] = isCommunity(rules) ? ['đồng ý', 'không đồng ý', 'ý kiến khác'] : ['tán thành', 'không tán thành', 'không biểu quyết'];
  return [
    ...households,
    ...ballots,
    `Số phiếu ${agree}: ${votes(vote.for)}`,
    `Số phiếu ${disagree}: ${votes(vote.against)}`,
    `Số phiếu ${other}: ${votes(vote.abstain)}`,
  ];
}

// [U] The endings of Mẫu 02/04 (signatures) are not in the copies found: the head of the counting board
// signs right, a member left, and for residents the two witnessing households below.
function countingSignatures(board: readonly string[], headTitle: string, community: boolean): DocumentModel['signatures'] {
  const witness: Signature = { authority: ['Đại diện hộ gia đình'], position: 'chứng kiến', hint: SIGN_HINT, name: '' };
  return {
    left: { position: 'Thành viên', hint: SIGN_HINT, name: board[1] ?? '' },
    right: { position: headTitle, hint: SIGN_HINT, name: board[0] ?? '' },
    ...(community ? { below: [{ left: witness, right: witness }] } : {}),
  };
}

function countingDocument(input: MeetingDocumentInput, item: AgendaItem, vote: VoteCounts): DocumentModel {
  const { ward, meeting, rules, version } = input;
  const community = isCommunity(rules);
  const household = vote.method === 'householdBallot';
  const [board, headTitle, signingTitle] = household ? ['Tổ phát phiếu', 'Tổ trưởng', 'Tổ trưởng Tổ phát phiếu'] : ['Ban kiểm phiếu', 'Trưởng ban', 'Trưởng Ban kiểm phiếu'];
  const organizer = community ? unitNameInSentence(meeting.residentialGroupName ?? '') : wardCommittee(ward);
  const event = community ? (household ? 'lấy ý kiến của hộ gia đình bằng phiếu' : 'cuộc họp của cộng đồng dân cư') : meeting.title;
  const witnesses = community ? [paragraph('Đại diện hộ gia đình chứng kiến việc kiểm phiếu gồm:'), paragraph(`1. Ông (bà) ${BLANK}`), paragraph(`2. Ông (bà) ${BLANK}`)] : [];
  const copies = community
    ? [paragraph(`Biên bản được lập thành 03 bản: gửi ${wardCommittee(ward)}, Ủy ban Mặt trận Tổ quốc Việt Nam ${unitNameInSentence(ward.name)} và lưu tại ${organizer}.`)]
    : [];
  return {
    orientation: 'portrait',
    issuer: issuerOf(input),
    formLabel: recordLabel(version, community ? (household ? 'Mẫu số 04' : 'Mẫu số 02') : undefined),
    // NĐ 59 annex forms carry a place and date line; NĐ 30 minutes do not.
    ...(community ? { dateLine: { place: ward.name, date: meeting.date } } : {}),
    title: 'Biên bản kiểm phiếu',
    subject: [household ? `Về việc phát phiếu lấy ý kiến của hộ gia đình về ${withoutFinalStop(item.title)}` : `Về việc ${withoutFinalStop(item.title)}`],
    subtitle: versionNote(version),
    body: [
      paragraph(`Hôm nay, vào hồi ${momentText(meeting.startTime, meeting.date)}, tại ${meeting.place}, ${organizer} tổ chức ${event} về việc ${aboutText(meeting)}.`),
      paragraph(`${board} gồm các ông (bà) có tên sau:`),
      ...boardLines(vote.countingBoard, headTitle).map((line) => paragraph(line)),
      ...witnesses,
      paragraph('Kết quả kiểm phiếu như sau:'),
      ...list(tallyItems(item, vote, input)),
      ...(item.kind === 'election' && item.result ? [paragraph(electedText(item, rules))] : []),
      ...resultBlocks(item),
      ...copies,
    ],
    signatures: countingSignatures(vote.countingBoard, signingTitle, community),
    pageNumbers: true,
  };
}

// ------------------------------------------------------------------ synthesis of staff comments (Art. 53)

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const OTHER_TOPIC = 'Nội dung khác';

function byDepartmentThenDay(a: Meeting['consultation'][number], b: Meeting['consultation'][number]): number {
  return a.department.localeCompare(b.department, 'vi') || a.receivedOn.localeCompare(b.receivedOn);
}

/** Topic rows in the rule's order (unknown topics last), each followed by its comments by department. */
function synthesisRows(meeting: Meeting, rules: MeetingTypeRules): TableRow[] {
  const labels = new Map(rules.consultationTopics.map((t) => [t.key, t.label]));
  const topicOf = (key: string) => (labels.has(key) ? key : OTHER_TOPIC);
  const groups = [...labels.keys(), OTHER_TOPIC]
    .map((topic) => ({ topic, comments: meeting.consultation.filter((c) => topicOf(c.topic) === topic).sort(byDepartmentThenDay) }))
    .filter((group) => group.comments.length > 0);
  const firstNumber = groups.map((_, index) => groups.slice(0, index).reduce((sum, g) => sum + g.comments.length, 1));
  return groups.flatMap(({ topic, comments }, index): TableRow[] => [
    { cells: [ROMAN[index] ?? String(index + 1), labels.get(topic) ?? OTHER_TOPIC, '', ''], bold: true },
    ...comments.map((c, n): TableRow => ({ cells: [firstNumber[index]! + n, c.summary, c.department, formatShortDate(c.receivedOn)], level: 1 })),
  ]);
}

function consultationSynthesis(input: MeetingDocumentInput): DocumentModel[] | null {
  const { ward, meeting, rules } = input;
  if (meeting.consultation.length === 0) return null;
  const departments = new Set(meeting.consultation.map((c) => c.department)).size;
  const topics = new Set(meeting.consultation.map((c) => c.topic)).size;
  const table: Table = {
    sheetName: 'Tổng hợp góp ý',
    columns: [
      { kind: 'text', widthMm: 12, align: 'center' },
      { kind: 'text', widthMm: 90 },
      { kind: 'text', widthMm: 38 },
      { kind: 'text', widthMm: 25, align: 'center' },
    ],
    header: [[{ text: 'STT' }, { text: 'Nội dung góp ý' }, { text: 'Bộ phận góp ý' }, { text: 'Ngày nhận' }]],
    rows: synthesisRows(meeting, rules),
  };
  return [
    {
      orientation: 'portrait',
      issuer: issuerOf(input),
      dateLine: { place: ward.name, date: null },
      title: 'Tổng hợp ý kiến góp ý',
      subject: [`Các dự thảo văn bản trình ${meeting.title}`],
      body: [
        paragraph(
          `Thực hiện Điều 53 Luật Thực hiện dân chủ ở cơ sở, các bộ phận đã góp ý vào các dự thảo văn bản trình Hội nghị: ${count(meeting.consultation.length)} ý kiến của ${count(departments)} bộ phận về ${count(topics)} nội dung, cụ thể như sau:`,
        ),
        { kind: 'table', table },
      ],
      // [U] Who signs the synthesis is not fixed: the trade union collects the comments (Art. 53).
      signatures: { right: { authority: ['TM. Ban Chấp hành Công đoàn'], position: 'Chủ tịch', name: '' } },
      pageNumbers: true,
    },
  ];
}
