/** The eight sections of the quarterly report, compiled from what the quarter's records say (pure). */
import type { BoardKind } from '../api/boards';
import { contentGroupKeys, type ContentGroupKey } from '../api/disclosures';
import { petitionSourceLabels, petitionSources } from '../api/petitions';
import type { CompiledSection, ReportFigure, ReportItem, ReportSectionKey } from '../api/reports';
import type { BoardsPeriodCounts } from '../boards/counts';
import type { DisclosuresPeriodCounts } from '../disclosures/periodCounts';
import type { HeldMeeting, MeetingsPeriodCounts } from '../meetings/periodCounts';
import type { PetitionPeriodCounts } from '../petitions/counts';

export interface DisclosedEntry {
  date: string;
  group: ContentGroupKey;
  title: string;
}

export interface ConsultationEntry {
  startDate: string;
  endDate: string;
  subject: string;
  /** Opinions received in the period. */
  opinions: number;
}

export interface BoardActivityEntry {
  date: string;
  boardKind: BoardKind;
  boardTitle: string;
  subject: string;
  recommendations: number;
}

/** What the quarter's records say, read by queries.ts. */
export interface PeriodRecords {
  disclosures: DisclosuresPeriodCounts;
  disclosed: readonly DisclosedEntry[];
  groupLabels: Record<ContentGroupKey, string>;
  consultations: readonly ConsultationEntry[];
  meetings: MeetingsPeriodCounts;
  heldMeetings: readonly HeldMeeting[];
  boards: BoardsPeriodCounts;
  activities: readonly BoardActivityEntry[];
  petitions: PetitionPeriodCounts;
  residentialGroupCount: number;
}

const figure = (label: string, value: number): ReportFigure => ({ label, value });
const section = (key: ReportSectionKey, figures: ReportFigure[], items: ReportItem[], defaultNarrative: string): CompiledSection => ({
  key,
  figures,
  items,
  defaultNarrative,
});
const meetingItem = (meeting: HeldMeeting): ReportItem => ({
  date: meeting.date,
  text: meeting.residentialGroupName ? `${meeting.residentialGroupName}: ${meeting.title}` : meeting.title,
});

function disclosures(records: PeriodRecords): CompiledSection {
  const { disclosuresByGroup, disclosuresTotal } = records.disclosures;
  const groups = contentGroupKeys.filter((key) => disclosuresByGroup[key] > 0);
  const narrative =
    disclosuresTotal === 0
      ? 'Trong quý, không có nội dung nào phải công khai theo Điều 11 Luật Thực hiện dân chủ ở cơ sở.'
      : `Trong quý, Ủy ban nhân dân đã công khai ${disclosuresTotal} nội dung thuộc ${groups.length} nhóm theo Điều 11 Luật Thực hiện dân chủ ở cơ sở, đúng hình thức và thời hạn quy định.`;
  return section(
    'disclosures',
    [figure('Tổng số nội dung đã công khai', disclosuresTotal), ...groups.map((key) => figure(`${key}. ${records.groupLabels[key]}`, disclosuresByGroup[key]))],
    records.disclosed.map((entry) => ({ date: entry.date, text: `${entry.title} (${entry.group})` })),
    narrative,
  );
}

function residentsDecide(records: PeriodRecords): CompiledSection {
  const { held, residentsDecisions } = records.meetings;
  const deciding = records.heldMeetings.filter((meeting) => meeting.decisions.length > 0);
  const narrative =
    residentsDecisions.decided === 0
      ? 'Trong quý, không có nội dung nào được đưa ra để Nhân dân bàn và quyết định trực tiếp.'
      : `Trong quý, Nhân dân đã bàn và biểu quyết ${residentsDecisions.decided} nội dung theo Điều 15 Luật Thực hiện dân chủ ở cơ sở, trong đó ${residentsDecisions.passed} nội dung được thông qua.`;
  return section(
    'residentsDecide',
    [
      figure('Cuộc họp cộng đồng dân cư bàn và quyết định', held.residentsMeeting),
      figure('Đợt phát phiếu lấy ý kiến hộ gia đình', held.householdBallot),
      figure('Nội dung đã biểu quyết', residentsDecisions.decided),
      figure('Nội dung được thông qua', residentsDecisions.passed),
    ],
    deciding.flatMap((meeting) =>
      meeting.decisions.map((decision) => ({
        date: meeting.date,
        text: `${meetingItem(meeting).text} – ${decision.title}: ${decision.passed ? 'được thông qua' : 'không được thông qua'}`,
      })),
    ),
    narrative,
  );
}

function residentsConsulted(records: PeriodRecords): CompiledSection {
  const opinions = records.consultations.reduce((sum, entry) => sum + entry.opinions, 0);
  const narrative =
    records.disclosures.consultationsHeld === 0
      ? 'Trong quý, Ủy ban nhân dân không tổ chức lấy ý kiến Nhân dân về nội dung nào.'
      : `Trong quý, Ủy ban nhân dân đã tổ chức lấy ý kiến Nhân dân về ${records.disclosures.consultationsHeld} nội dung, tiếp nhận ${opinions} ý kiến; các ý kiến được tổng hợp, tiếp thu, giải trình theo quy định.`;
  return section(
    'residentsConsulted',
    [figure('Nội dung lấy ý kiến Nhân dân', records.disclosures.consultationsHeld), figure('Ý kiến tiếp nhận', opinions)],
    records.consultations.map((entry) => ({ date: entry.startDate, text: `${entry.subject} (${entry.opinions} ý kiến)` })),
    narrative,
  );
}

const SUPERVISING_MEETINGS = ['dialogue', 'communityConference', 'voterMeeting'] as const;

function supervision(records: PeriodRecords): CompiledSection {
  const { held } = records.meetings;
  const { recommendationsMade, recommendationsAnswered } = records.boards;
  const conferences = SUPERVISING_MEETINGS.reduce((sum, type) => sum + held[type], 0);
  const narrative =
    conferences + recommendationsMade + recommendationsAnswered === 0
      ? 'Trong quý, chưa tổ chức hội nghị đối thoại, tiếp xúc cử tri và chưa có kiến nghị giám sát nào.'
      : `Trong quý, đã tổ chức ${conferences} hội nghị để Nhân dân kiểm tra, giám sát (đối thoại, hội nghị cộng đồng dân cư, tiếp xúc cử tri); các ban giám sát đã kiến nghị ${recommendationsMade} nội dung, Ủy ban nhân dân đã trả lời ${recommendationsAnswered} kiến nghị.`;
  return section(
    'supervision',
    [
      figure('Hội nghị đối thoại với Nhân dân', held.dialogue),
      figure('Hội nghị định kỳ của cộng đồng dân cư', held.communityConference),
      figure('Hội nghị tiếp xúc cử tri', held.voterMeeting),
      figure('Kiến nghị của các ban giám sát', recommendationsMade),
      figure('Kiến nghị đã được trả lời', recommendationsAnswered),
    ],
    records.heldMeetings.filter((meeting) => (SUPERVISING_MEETINGS as readonly string[]).includes(meeting.type)).map(meetingItem),
    narrative,
  );
}

function board(records: PeriodRecords, kind: BoardKind): CompiledSection {
  const activities = records.activities.filter((entry) => entry.boardKind === kind);
  const recommendations = activities.reduce((sum, entry) => sum + entry.recommendations, 0);
  const name = kind === 'inspection' ? 'Ban Thanh tra nhân dân' : 'các Ban Giám sát đầu tư của cộng đồng';
  const narrative =
    activities.length === 0
      ? `Trong quý, ${name} chưa tiến hành cuộc kiểm tra, giám sát nào.`
      : `Trong quý, ${name} đã tiến hành ${activities.length} cuộc kiểm tra, giám sát và kiến nghị ${recommendations} nội dung.`;
  return section(
    kind === 'inspection' ? 'inspectionBoard' : 'investmentSupervisionBoard',
    [figure('Cuộc kiểm tra, giám sát', records.boards.activities[kind]), figure('Kiến nghị', recommendations)],
    activities.map((entry) => ({ date: entry.date, text: kind === 'inspection' ? entry.subject : `${entry.boardTitle}: ${entry.subject}` })),
    narrative,
  );
}

function petitions(records: PeriodRecords): CompiledSection {
  const { received, answered, forwarded, overdue, bySource } = records.petitions;
  const narrative =
    received + answered + forwarded + overdue === 0
      ? 'Trong quý, Ủy ban nhân dân không tiếp nhận đơn thư, ý kiến, kiến nghị nào.'
      : `Trong quý, Ủy ban nhân dân đã tiếp nhận ${received} đơn thư, ý kiến, kiến nghị; đã trả lời ${answered}, chuyển cơ quan có thẩm quyền ${forwarded}; còn ${overdue} trường hợp quá hạn chưa giải quyết.`;
  const sources = petitionSources.filter((source) => Object.values(bySource[source]).some((n) => n > 0));
  return section(
    'petitions',
    [figure('Tiếp nhận', received), figure('Đã trả lời', answered), figure('Đã chuyển cơ quan có thẩm quyền', forwarded), figure('Quá hạn chưa giải quyết', overdue)],
    sources.map((source) => {
      const counts = bySource[source];
      return { date: null, text: `${petitionSourceLabels[source]}: tiếp nhận ${counts.received}, trả lời ${counts.answered}, chuyển ${counts.forwarded}, quá hạn ${counts.overdue}` };
    }),
    narrative,
  );
}

function groupMeetings(records: PeriodRecords): CompiledSection {
  const meetings = records.heldMeetings.filter((meeting) => meeting.residentialGroupName !== null);
  const { groupsMet } = records.meetings;
  const narrative =
    meetings.length === 0
      ? 'Trong quý, các thôn, tổ dân phố chưa tổ chức cuộc họp nào.'
      : `Trong quý, ${groupsMet}/${records.residentialGroupCount} thôn, tổ dân phố đã tổ chức ${meetings.length} cuộc họp.`;
  return section(
    'groupMeetings',
    [figure('Cuộc họp thôn, tổ dân phố', meetings.length), figure('Thôn, tổ dân phố đã họp', groupsMet), figure('Tổng số thôn, tổ dân phố', records.residentialGroupCount)],
    meetings.map(meetingItem),
    narrative,
  );
}

/** The eight sections in the order of the report (rules §7). */
export function compileQuarterlyReport(records: PeriodRecords): CompiledSection[] {
  return [
    disclosures(records),
    residentsDecide(records),
    residentsConsulted(records),
    supervision(records),
    board(records, 'inspection'),
    board(records, 'investmentSupervision'),
    petitions(records),
    groupMeetings(records),
  ];
}

/** Whether any record of the quarter fed a section (the total of residential groups is not a record of the quarter). */
export function hasRecords(sections: readonly CompiledSection[]): boolean {
  return sections.some((entry) => entry.items.length > 0 || (entry.key !== 'groupMeetings' && entry.figures.some((f) => f.value > 0)));
}
