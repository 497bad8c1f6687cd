import { boardTitle, type BoardActivity, type BoardMember, type MemberRole } from '../api/boards';
import type { GeneratedFile } from '../api/files';
import type { DocumentModel, Table, TableColumn } from '../documents/model';
import { wardIssuer } from '../documents/model';
import { documentMediaTypes } from '../documents/mediaTypes';
import { formatShortDate } from '../documents/vietnamese';
import { renderXlsx } from '../documents/xlsx';
import { requireProfile } from '../ward/service';
import { boardOf, searchActivities, searchMembers } from './service';
import type { DatedReadContext } from '../calendar/service';

export const roleLabels: Record<MemberRole, string> = { head: 'Trưởng ban', deputy: 'Phó Trưởng ban', member: 'Thành viên' };
const activityLabels: Record<BoardActivity['kind'], string> = { inspection: 'Kiểm tra', supervision: 'Giám sát' };

const text = (widthMm: number): TableColumn => ({ kind: 'text', widthMm });
const index: TableColumn = { kind: 'text', widthMm: 12, align: 'center' };

function memberTable(members: readonly BoardMember[]): Table {
  return {
    sheetName: 'Thành viên',
    columns: [index, text(55), text(35), text(40), text(40), text(30), text(30)],
    header: [[{ text: 'STT' }, { text: 'Họ và tên' }, { text: 'Chức danh trong Ban' }, { text: 'Tổ dân phố' }, { text: 'Nghề nghiệp' }, { text: 'Từ ngày' }, { text: 'Đến ngày' }]],
    rows: members.map((m, i) => ({
      cells: [i + 1, m.fullName, roleLabels[m.role], m.residentialGroupName ?? '', m.occupation, formatShortDate(m.from), m.to ? formatShortDate(m.to) : ''],
    })),
    fontSize: 11,
  };
}

function activityTable(activities: readonly BoardActivity[]): Table {
  const answerOf = (a: BoardActivity) =>
    a.recommendations.map((r) => (r.answeredOn ? `${formatShortDate(r.answeredOn)}: ${r.answer}` : `Chưa trả lời (hạn ${formatShortDate(r.dueDate)})`)).join('\n');
  return {
    sheetName: 'Hoạt động',
    columns: [index, text(22), text(20), text(50), text(60), text(60), text(60)],
    header: [[{ text: 'STT' }, { text: 'Ngày' }, { text: 'Hình thức' }, { text: 'Nội dung' }, { text: 'Kết quả' }, { text: 'Kiến nghị' }, { text: 'Trả lời của phường' }]],
    rows: [...activities]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((a, i) => ({
        cells: [i + 1, formatShortDate(a.date), activityLabels[a.kind], a.subject, a.findings, a.recommendations.map((r) => r.content).join('\n'), answerOf(a)],
      })),
    fontSize: 11,
  };
}

async function workbook(read: DatedReadContext, boardId: number, title: string, table: Table, fileName: string): Promise<GeneratedFile> {
  const model: DocumentModel = {
    orientation: 'landscape',
    issuer: wardIssuer(requireProfile(read.db).name),
    title,
    subject: [boardTitle(boardOf(read.db, boardId))],
    body: [{ kind: 'table', table }],
  };
  const content = await renderXlsx(model);
  return { fileName: `${fileName}-${boardId}.xlsx`, mediaType: documentMediaTypes.xlsx, contentBase64: content.toString('base64') };
}

export const exportMembers = (read: DatedReadContext, input: { boardId: number; search: string }): Promise<GeneratedFile> =>
  workbook(read, input.boardId, 'Danh sách thành viên', memberTable(searchMembers(read.db, input.boardId, input.search)), 'thanh-vien-ban');

export const exportActivities = (read: DatedReadContext, input: { boardId: number; search: string }): Promise<GeneratedFile> =>
  workbook(read, input.boardId, 'Danh sách hoạt động kiểm tra, giám sát', activityTable(searchActivities(read, input.boardId, input.search)), 'hoat-dong-ban');
