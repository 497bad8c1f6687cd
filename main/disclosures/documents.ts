/** The quarterly list of what was disclosed (Art. 13(2)), to post, and the register as a workbook. */
import { disclosureFormLabels, disclosureStatusLabels, type Disclosure } from '../api/disclosures';
import type { Signatory, WardProfile } from '../api/ward';
import type { DocumentModel, Table, TableRow } from '../documents/model';
import { wardIssuer } from '../documents/model';
import { committeeSignature } from '../documents/signers';
import { formatShortDate } from '../documents/vietnamese';

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

export interface QuarterListInput {
  ward: WardProfile;
  signer: Signatory | null;
  year: number;
  quarter: number;
  /** The day the list is drawn up. */
  today: string;
  disclosures: readonly Disclosure[];
}

const formsText = (entry: Disclosure) => entry.channels.map((channel) => disclosureFormLabels[channel]).join('; ');

function contentText(entry: Disclosure): string {
  if (!entry.decisionNumber && !entry.decisionDate) return entry.title;
  const number = entry.decisionNumber ? ` số ${entry.decisionNumber}` : '';
  const date = entry.decisionDate ? ` ngày ${formatShortDate(entry.decisionDate)}` : '';
  return `${entry.title} (theo văn bản${number}${date})`;
}

/** "Từ 02/03/2026; niêm yết 02/03/2026 – 31/03/2026 (30 ngày); loa 3 ngày". */
function periodText(entry: Disclosure): string {
  const parts = [entry.disclosedOn ? `Từ ${formatShortDate(entry.disclosedOn)}` : ''];
  if (entry.postingPermanent) parts.push('niêm yết thường xuyên');
  else if (entry.postingFrom && entry.postingTo) parts.push(`niêm yết ${formatShortDate(entry.postingFrom)} – ${formatShortDate(entry.postingTo)}`);
  if (entry.channels.includes('loudspeaker') && entry.loudspeakerDays) parts.push(`phát loa ${entry.loudspeakerDays} ngày`);
  return parts.filter(Boolean).join('; ');
}

function noteText(entry: Disclosure): string {
  const notes = [entry.source === 'budget' ? 'Công khai ngân sách' : '', entry.status === 'reDisclosed' ? 'Đã được công khai lại' : '', entry.note];
  return notes.filter(Boolean).join('. ');
}

function quarterTable(entries: readonly Disclosure[]): Table {
  const rows: TableRow[] = entries.map((entry, index) => ({ cells: [index + 1, contentText(entry), entry.group, formsText(entry), periodText(entry), noteText(entry)] }));
  const empty: TableRow = { cells: ['', 'Không có thông tin nào được công khai trong quý.', '', '', '', ''], italic: true };
  return {
    sheetName: 'Danh mục đã công khai',
    columns: [
      { kind: 'text', widthMm: 10, align: 'center' },
      { kind: 'text', widthMm: 49 },
      { kind: 'text', widthMm: 13, align: 'center' },
      { kind: 'text', widthMm: 28 },
      { kind: 'text', widthMm: 40 },
      { kind: 'text', widthMm: 25 },
    ],
    header: [[{ text: 'STT' }, { text: 'Nội dung' }, { text: 'Nhóm' }, { text: 'Hình thức công khai' }, { text: 'Thời gian công khai' }, { text: 'Ghi chú' }]],
    rows: rows.length > 0 ? rows : [empty],
    fontSize: 11,
  };
}

/** The list posted each quarter: everything disclosed in the quarter, from the register and the budget screen. */
export function quarterListDocument(input: QuarterListInput): DocumentModel {
  const roman = ROMAN_QUARTERS[input.quarter - 1]!;
  return {
    orientation: 'portrait',
    issuer: wardIssuer(input.ward.name),
    dateLine: { place: input.ward.name, date: input.today },
    title: `Danh mục thông tin đã công khai quý ${roman} năm ${input.year}`,
    subtitle: ['(Theo khoản 2 Điều 13 Luật Thực hiện dân chủ ở cơ sở năm 2022)'],
    body: [{ kind: 'table', table: quarterTable(input.disclosures) }],
    signatures: { right: committeeSignature(input.signer) },
    recipients: { to: ['Thường trực HĐND phường', 'Ủy ban MTTQ Việt Nam phường', 'Niêm yết tại trụ sở UBND'] },
    pageNumbers: true,
  };
}

export const quarterListFileName = (year: number, quarter: number, format: string) => `danh-muc-cong-khai-${year}-q${quarter}.${format}`;

/** The register as filtered on the screen, one row per record, for the XLSX export. */
export function registerWorkbook(ward: WardProfile, heading: string, entries: readonly Disclosure[]): DocumentModel {
  const date = (value: string | null) => (value ? formatShortDate(value) : '');
  return {
    orientation: 'landscape',
    issuer: wardIssuer(ward.name),
    title: 'Sổ theo dõi công khai thông tin',
    subject: [heading],
    body: [
      {
        kind: 'table',
        table: {
          sheetName: 'Sổ công khai',
          columns: [
            { kind: 'text', widthMm: 10, align: 'center' },
            { kind: 'text', widthMm: 12, align: 'center' },
            { kind: 'text', widthMm: 60 },
            { kind: 'text', widthMm: 30 },
            { kind: 'text', widthMm: 20 },
            { kind: 'text', widthMm: 20 },
            { kind: 'text', widthMm: 40 },
            { kind: 'text', widthMm: 22 },
            { kind: 'text', widthMm: 25 },
            { kind: 'text', widthMm: 45 },
          ],
          header: [
            ['STT', 'Nhóm', 'Nội dung', 'Văn bản', 'Hạn công khai', 'Ngày công khai', 'Hình thức', 'Trạng thái', 'Người phụ trách', 'Cảnh báo'].map((text) => ({ text })),
          ],
          rows: entries.map((entry, index) => ({
            cells: [
              index + 1,
              entry.group,
              entry.title,
              [entry.decisionNumber, date(entry.decisionDate)].filter(Boolean).join(' ngày '),
              date(entry.deadline),
              date(entry.disclosedOn ?? entry.plannedOn),
              formsText(entry),
              disclosureStatusLabels[entry.status],
              entry.owner,
              entry.warnings.join(' '),
            ],
          })),
        },
      },
    ],
  };
}
