import type { Grade, YearResults } from '../api/evaluations';
import { grades } from '../api/evaluations';
import type { Signatory, WardProfile } from '../api/ward';
import type { DocumentModel, TableRow } from '../documents/model';
import { wardIssuer, wardNoticeHead } from '../documents/model';
import { committeeSignature } from '../documents/signers';
import { formatLegalDate, unitNameInSentence } from '../documents/vietnamese';
import { MIN_STAFF_POSTING_DAYS, toHundredths } from '../api/evaluations';
import { formatPoints } from './points';

export interface ResultsDocumentsInput {
  ward: WardProfile;
  signer: Signatory | null;
  results: YearResults;
  decidedOn: string;
  notice: { symbol: string; issuedOn: string };
}

const gradeNames: Record<Grade, string> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  satisfactory: 'Hoàn thành nhiệm vụ',
  unsatisfactory: 'Không hoàn thành nhiệm vụ',
};

/** "Công chức chuyên môn UBND phường" inside a sentence: the first word in lower case, acronyms kept. */
function lowerFirstWord(name: string): string {
  return name.replace(/^\p{Lu}(?=\p{Ll})/u, (letter) => letter.toLocaleLowerCase('vi-VN'));
}

const subjectOf = (results: YearResults) => `Về việc công khai kết quả đánh giá, xếp loại năm ${results.year}`;

/** The notice posted for the staff (Art. 46–48): how many people got each grade, with the table attached. */
export function resultsNotice(input: ResultsDocumentsInput): DocumentModel {
  const { ward, results } = input;
  const unit = unitNameInSentence(ward.name);
  const graded = results.rows.length;
  return {
    ...wardNoticeHead(ward.name, input.notice),
    subject: [subjectOf(results)],
    body: [
      {
        kind: 'paragraph',
        indent: true,
        text: `Thực hiện Luật Thực hiện dân chủ ở cơ sở năm 2022 (thang đánh giá: ${results.schemeName}), ngày ${formatLegalDate(input.decidedOn).replace(/^ngày /, '')} Ủy ban nhân dân ${unit} đã quyết định kết quả đánh giá, xếp loại năm ${results.year} của ${lowerFirstWord(results.groupName)} (${graded} người), cụ thể như sau:`,
      },
      { kind: 'list', items: grades.map((grade) => `${gradeNames[grade]}: ${results.quota.counts[grade]} người.`) },
      { kind: 'paragraph', indent: true, text: 'Kết quả của từng người tại Bảng tổng hợp kèm theo Thông báo này.' },
      {
        kind: 'paragraph',
        indent: true,
        text: `Thông báo được niêm yết tại trụ sở Ủy ban nhân dân ${unit} trong thời gian ít nhất ${MIN_STAFF_POSTING_DAYS} ngày liên tục. Cán bộ, công chức có ý kiến về kết quả đánh giá, xếp loại gửi về Văn phòng HĐND và UBND trong thời gian niêm yết.`,
      },
    ],
    signatures: { right: committeeSignature(input.signer) },
    recipients: { to: ['Cán bộ, công chức, người lao động', 'Ban Chấp hành Công đoàn cơ sở'] },
  };
}

/** The summary table: each person's year score and grade, in the register order of the staff. */
export function resultsTable(input: ResultsDocumentsInput): DocumentModel {
  const { ward, results } = input;
  const rows: TableRow[] = results.rows.map((row, index) => ({
    cells: [index + 1, row.fullName, row.position, row.score === null ? '' : formatPoints(toHundredths(row.score)), row.gradeLabel, ''],
  }));
  return {
    orientation: 'portrait',
    issuer: wardIssuer(ward.name),
    title: `BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI NĂM ${results.year}`,
    subtitle: [`(Kèm theo Thông báo số ${input.notice.symbol} ${formatLegalDate(input.notice.issuedOn)} của Ủy ban nhân dân ${unitNameInSentence(ward.name)})`],
    body: [
      {
        kind: 'table',
        table: {
          sheetName: `Xếp loại ${results.year}`,
          caption: results.groupName,
          columns: [
            { kind: 'count', widthMm: 12, align: 'center' },
            { kind: 'text', widthMm: 45 },
            { kind: 'text', widthMm: 50 },
            { kind: 'text', widthMm: 20, align: 'right' },
            { kind: 'text', widthMm: 38 },
            { kind: 'text', widthMm: 20 },
          ],
          header: [[{ text: 'STT' }, { text: 'Họ và tên' }, { text: 'Chức vụ' }, { text: 'Điểm cả năm' }, { text: 'Xếp loại' }, { text: 'Ghi chú' }]],
          rows,
        },
      },
      ...(results.quota.warning ? [{ kind: 'paragraph' as const, text: [{ text: `Lưu ý: ${results.quota.warning}`, italic: true }] }] : []),
    ],
    signatures: { right: committeeSignature(input.signer) },
  };
}

export function resultsFileName(results: YearResults, format: 'pdf' | 'docx' | 'xlsx'): string {
  return `ket-qua-danh-gia-xep-loai-${results.year}.${format}`;
}
