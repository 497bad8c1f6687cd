/** Each consolidation view as a one-table workbook document (rendered by main/documents/xlsx.ts). */
import { completenessWords as stateWords, type CompletenessMatrix, type ConsolidatedTables, type ConsolidationView } from '../api/consolidation';
import type { CellValue, ColumnKind, DocumentModel, Table } from '../documents/model';
import { formatShortDate } from '../documents/vietnamese';
import { vietnamDay } from './completeness';

type Column = { header: string; kind: ColumnKind; widthMm: number };
const text = (header: string, widthMm = 30): Column => ({ header, kind: 'text', widthMm });
const count = (header: string): Column => ({ header, kind: 'count', widthMm: 22 });
const money = (header: string): Column => ({ header, kind: 'money', widthMm: 32 });
const UNIT_COLUMNS = [text('STT', 12), text('Mã đơn vị', 20), text('Tên đơn vị', 55)];

function table(caption: string, columns: readonly Column[], rows: readonly (readonly CellValue[])[]): Table {
  const all = [...UNIT_COLUMNS, ...columns];
  return {
    caption,
    sheetName: caption,
    columns: all.map(({ kind, widthMm }) => ({ kind, widthMm })),
    header: [all.map(({ header }) => ({ text: header }))],
    rows: rows.map((cells, index) => ({ cells: [index + 1, ...cells] })),
    fontSize: 11,
  };
}

const day = (isoDay: string | null) => (isoDay ? formatShortDate(isoDay) : '');
const received = (instant: string | null) => (instant ? formatShortDate(vietnamDay(instant)) : '');
const periodText = (m: Pick<CompletenessMatrix, 'year' | 'quarter'>) => (m.quarter === null ? `năm ${m.year}` : `quý ${m.quarter} năm ${m.year}`);

function matrixTable(m: CompletenessMatrix): Table {
  return table(
    'Tình hình nhận dữ liệu',
    m.columns.map((c) => text(`${c.label} (${c.period})`, 34)),
    m.rows.map((row) => [row.unitCode, row.unitName, ...row.cells.map((cell) => `${stateWords[cell.state].vi}${cell.firstReceivedAt ? ` – ${received(cell.firstReceivedAt)}` : ''}`)]),
  );
}

function lateTable(m: CompletenessMatrix): Table {
  return table(
    'Chậm, chưa gửi, có lỗi',
    [text('Nội dung', 50), text('Kỳ', 14), text('Hạn', 22), text('Tình trạng', 22), text('Ngày nhận', 22), text('Ghi chú', 60)],
    m.lateOrMissing.map((r) => [r.unitCode, r.unitName, r.label, r.period, day(r.deadline), stateWords[r.cell.state].vi, received(r.cell.completeAt ?? r.cell.firstReceivedAt), r.cell.reason]),
  );
}

const tableViews: Record<Exclude<ConsolidationView, 'matrix' | 'lateOrMissing'>, (t: ConsolidatedTables) => Table> = {
  budget: (t) =>
    table(
      'Công khai ngân sách',
      [text('Giai đoạn', 60), text('Số nghị quyết', 25), text('Đã công khai'), text('Ngày công khai', 24), money('Tổng thu (đồng)'), money('Tổng chi (đồng)')],
      t.budget.map((r) => [r.unitCode, r.unitName, r.stageLabel, r.resolutionNumber, r.disclosed ? 'Có' : 'Chưa', day(r.postedOn), r.totalRevenue, r.totalExpenditure]),
    ),
  meetings: (t) =>
    table(
      'Cuộc họp, hội nghị',
      [text('Loại cuộc họp', 60), count('Số cuộc họp'), count('Nội dung biểu quyết'), count('Nội dung thông qua')],
      t.meetings.map((r) => [r.unitCode, r.unitName, r.typeLabel, r.held, r.decisions, r.passed]),
    ),
  grades: (t) =>
    table(
      'Xếp loại cán bộ',
      [count('Số nhóm'), count('HTXSNV'), count('HTTNV'), count('HTNV'), count('KHTNV'), text('Vượt tỷ lệ', 20)],
      t.grades.map((r) => [r.unitCode, r.unitName, r.groups, r.excellent, r.good, r.satisfactory, r.unsatisfactory, r.quotaExceeded ? 'Có' : '']),
    ),
  criteria: (t) =>
    table(
      'Chấm điểm tiêu chí',
      // Points keep one decimal (hundredths summed): the percent number format, not a percentage.
      [text('Bộ tiêu chí', 60), { ...count('Tự chấm (điểm)'), kind: 'percent' }, { ...count('Thẩm định (điểm)'), kind: 'percent' }, text('Ngày thẩm định', 24)],
      t.criteria.map((r) => [r.unitCode, r.unitName, r.setName, r.selfTotal, r.appraisedTotal, day(r.appraisedOn)]),
    ),
};

export const viewTitles: Record<ConsolidationView, string> = {
  matrix: 'Tình hình nhận dữ liệu từ xã, phường',
  lateOrMissing: 'Danh sách xã, phường chậm, chưa gửi hoặc có dữ liệu lỗi',
  budget: 'Tổng hợp công khai ngân sách',
  meetings: 'Tổng hợp cuộc họp, hội nghị',
  grades: 'Tổng hợp xếp loại cán bộ, công chức',
  criteria: 'Tổng hợp chấm điểm tiêu chí',
};

/** The workbook of one view; `issuer` is the superior office's name. */
export function viewWorkbook(view: ConsolidationView, issuer: string, m: CompletenessMatrix, t: ConsolidatedTables): DocumentModel {
  const body = view === 'matrix' ? matrixTable(m) : view === 'lateOrMissing' ? lateTable(m) : tableViews[view](t);
  return {
    orientation: 'landscape',
    issuer: { body: [issuer] },
    title: viewTitles[view],
    subject: [view === 'matrix' || view === 'lateOrMissing' ? periodText(m) : `năm ${t.year}`],
    body: [{ kind: 'table', table: body }],
  };
}
