/** The meetings of a period as a list and per-type totals (held, attendance, decisions): one table each. */
import type { MeetingRuleSet, MeetingStage, MeetingSummary } from '../api/meetings';
import type { WardProfile } from '../api/ward';
import type { DocumentModel, Table, TableRow } from '../documents/model';
import { wardIssuer } from '../documents/model';
import { formatLegalDate, formatShortDate } from '../documents/vietnamese';

export interface MeetingListInput {
  ward: WardProfile;
  /** The period, "yyyy-MM-dd" both ends included. */
  from: string;
  to: string;
  meetings: readonly MeetingSummary[];
  rules: MeetingRuleSet;
}

const STAGE_LABEL: Record<MeetingStage, string> = {
  planned: 'Dự kiến',
  held: 'Đã tổ chức',
  finalized: 'Đã hoàn thành biên bản',
  correcting: 'Đang điều chỉnh biên bản',
};

const NO_RATE = '-';

export function meetingListWorkbook(input: MeetingListInput): DocumentModel {
  const meetings = [...input.meetings].sort((a, b) => a.date.localeCompare(b.date));
  return {
    orientation: 'landscape',
    issuer: wardIssuer(input.ward.name),
    title: 'Danh sách cuộc họp, hội nghị',
    subject: [`Từ ${formatLegalDate(input.from)} đến ${formatLegalDate(input.to)}`],
    body: [
      { kind: 'table', table: listTable(meetings, input.rules) },
      { kind: 'table', table: totalsTable(meetings, input.rules) },
    ],
  };
}

function typeLabel(rules: MeetingRuleSet, type: MeetingSummary['type']): string {
  return rules.types.find((t) => t.key === type)?.label ?? type;
}

function listTable(meetings: readonly MeetingSummary[], rules: MeetingRuleSet): Table {
  const rows: TableRow[] = meetings.map((m, index) => ({
    cells: [
      index + 1,
      formatShortDate(m.date),
      typeLabel(rules, m.type),
      m.title,
      m.residentialGroupName ?? '',
      STAGE_LABEL[m.stage],
      m.eligibleCount,
      m.presentCount,
      m.attendancePercent ?? NO_RATE,
      m.decisionsPassed,
      m.decisionsTotal,
    ],
  }));
  const empty: TableRow = { cells: ['', '', '', 'Không có cuộc họp nào trong thời gian này.', '', '', null, null, null, null, null], italic: true };
  return {
    caption: 'DANH SÁCH CUỘC HỌP',
    sheetName: 'Danh sách cuộc họp',
    columns: [
      { kind: 'text', widthMm: 13, align: 'center' },
      { kind: 'text', widthMm: 22, align: 'center' },
      { kind: 'text', widthMm: 40 },
      { kind: 'text', widthMm: 58 },
      { kind: 'text', widthMm: 22 },
      { kind: 'text', widthMm: 24 },
      { kind: 'count', widthMm: 18 },
      { kind: 'count', widthMm: 15 },
      { kind: 'percent', widthMm: 17 },
      { kind: 'count', widthMm: 17 },
      { kind: 'count', widthMm: 17 },
    ],
    header: [
      [
        { text: 'STT', rowSpan: 2 },
        { text: 'Ngày', rowSpan: 2 },
        { text: 'Loại cuộc họp', rowSpan: 2 },
        { text: 'Tên cuộc họp', rowSpan: 2 },
        { text: 'Tổ dân phố', rowSpan: 2 },
        { text: 'Trạng thái', rowSpan: 2 },
        { text: 'Tham dự', colSpan: 3 },
        { text: 'Nội dung biểu quyết', colSpan: 2 },
      ],
      [{ text: 'Được mời / tổng số' }, { text: 'Có mặt' }, { text: 'Tỷ lệ có mặt (%)' }, { text: 'Thông qua' }, { text: 'Đã biểu quyết' }],
    ],
    rows: rows.length > 0 ? rows : [empty],
    fontSize: 11,
  };
}

interface Totals {
  held: number;
  rates: number[];
  passed: number;
  decided: number;
}

/** Held meetings (not those only planned), their mean attendance rate and their decisions. */
function totalsOf(meetings: readonly MeetingSummary[]): Totals {
  const held = meetings.filter((m) => m.stage !== 'planned');
  return {
    held: held.length,
    rates: held.flatMap((m) => (m.attendancePercent === null ? [] : [m.attendancePercent])),
    passed: held.reduce((sum, m) => sum + m.decisionsPassed, 0),
    decided: held.reduce((sum, m) => sum + m.decisionsTotal, 0),
  };
}

function totalsCells(totals: Totals): TableRow['cells'] {
  const mean = totals.rates.length > 0 ? totals.rates.reduce((sum, r) => sum + r, 0) / totals.rates.length : NO_RATE;
  return [totals.held, mean, totals.passed, totals.decided];
}

function totalsTable(meetings: readonly MeetingSummary[], rules: MeetingRuleSet): Table {
  const rows: TableRow[] = rules.types.map((type, index) => ({
    cells: [index + 1, type.label, ...totalsCells(totalsOf(meetings.filter((m) => m.type === type.key)))],
  }));
  return {
    caption: 'TỔNG HỢP THEO LOẠI CUỘC HỌP',
    sheetName: 'Tổng hợp theo loại',
    columns: [
      { kind: 'text', widthMm: 12, align: 'center' },
      { kind: 'text', widthMm: 100 },
      { kind: 'count', widthMm: 35 },
      { kind: 'percent', widthMm: 35 },
      { kind: 'count', widthMm: 35 },
      { kind: 'count', widthMm: 35 },
    ],
    header: [
      [{ text: 'STT' }, { text: 'Loại cuộc họp' }, { text: 'Số cuộc họp đã tổ chức' }, { text: 'Tỷ lệ có mặt bình quân (%)' }, { text: 'Nội dung được thông qua' }, { text: 'Nội dung đã biểu quyết' }],
    ],
    rows: [...rows, { cells: ['', 'Tổng cộng', ...totalsCells(totalsOf(meetings))], bold: true }],
    fontSize: 11,
  };
}
