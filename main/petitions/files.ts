import type { GeneratedFile } from '../api/files';
import { petitionSourceLabels, petitionStatusLabels, type ParsedPetitionFilter, type Petition } from '../api/petitions';
import type { DocumentModel, Table, TableRow } from '../documents/model';
import { wardIssuer } from '../documents/model';
import { documentMediaTypes } from '../documents/mediaTypes';
import { formatLegalDate, formatShortDate } from '../documents/vietnamese';
import { renderXlsx } from '../documents/xlsx';
import { requireProfile } from '../ward/service';
import { allPetitions, type PetitionReadContext } from './queries';

const date = (value: string | null) => (value === null ? '' : formatShortDate(value));
const HIDDEN = '(ẩn thông tin cá nhân)';

function outcome(entry: Petition): string {
  if (entry.status === 'answered') return `${date(entry.answeredOn)}: ${entry.answer}`;
  if (entry.status === 'forwarded') return `Chuyển ${entry.forwardedTo} ngày ${date(entry.forwardedOn)}`;
  if (entry.status === 'closed') return [entry.answer, entry.closingNote].filter(Boolean).join(' – ');
  return '';
}

function person(entry: Petition): string {
  if (!entry.person) return HIDDEN;
  return [entry.person.name, entry.person.address, entry.person.residentialGroupName, entry.person.phone].filter(Boolean).join(', ');
}

function ledgerTable(entries: readonly Petition[]): Table {
  const rows: TableRow[] = entries.map((entry, index) => ({
    cells: [
      index + 1,
      date(entry.receivedOn),
      petitionSourceLabels[entry.source],
      person(entry),
      entry.content,
      entry.categoryLabel,
      entry.assigneeName ?? '',
      date(entry.dueOn),
      entry.overdue ? `${petitionStatusLabels[entry.status]} (quá hạn)` : petitionStatusLabels[entry.status],
      outcome(entry),
    ],
  }));
  const empty: TableRow = { cells: ['', '', '', '', 'Không có kiến nghị, phản ánh nào theo điều kiện đã chọn.', '', '', '', '', ''], italic: true };
  return {
    sheetName: 'Sổ theo dõi',
    columns: [
      { kind: 'text', widthMm: 12, align: 'center' },
      { kind: 'text', widthMm: 22, align: 'center' },
      { kind: 'text', widthMm: 28 },
      { kind: 'text', widthMm: 40 },
      { kind: 'text', widthMm: 70 },
      { kind: 'text', widthMm: 25 },
      { kind: 'text', widthMm: 30 },
      { kind: 'text', widthMm: 22, align: 'center' },
      { kind: 'text', widthMm: 26 },
      { kind: 'text', widthMm: 50 },
    ],
    header: [
      ['STT', 'Ngày nhận', 'Nguồn', 'Người gửi', 'Nội dung', 'Lĩnh vực', 'Người xử lý', 'Hạn trả lời', 'Trạng thái', 'Kết quả'].map((text) => ({ text })),
    ],
    rows: rows.length > 0 ? rows : [empty],
    fontSize: 11,
  };
}

function petitionListWorkbook(wardName: string, filter: ParsedPetitionFilter, entries: readonly Petition[]): DocumentModel {
  return {
    orientation: 'landscape',
    issuer: wardIssuer(wardName),
    title: 'Sổ theo dõi ý kiến, kiến nghị, phản ánh',
    subject: [`Từ ${formatLegalDate(filter.from)} đến ${formatLegalDate(filter.to)}`],
    body: [{ kind: 'table', table: ledgerTable(entries) }],
  };
}

/** The filtered list as a workbook; people's details only for readers who may see them. */
export async function exportPetitionList(read: PetitionReadContext, filter: ParsedPetitionFilter): Promise<GeneratedFile> {
  const workbook = petitionListWorkbook(requireProfile(read.db).name, filter, allPetitions(read, filter));
  const content = await renderXlsx(workbook);
  return { fileName: `kien-nghi-${filter.from}-${filter.to}.xlsx`, mediaType: documentMediaTypes.xlsx, contentBase64: content.toString('base64') };
}
