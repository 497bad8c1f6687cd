/** The report that sums up a consultation's opinions and says what was taken up or why not (Art. 27–28). */
import { consultationFormLabels, opinionSourceLabels, type Consultation, type ConsultationOpinion } from '../api/disclosures';
import type { Signatory, WardProfile } from '../api/ward';
import type { Block, DocumentModel, Table, TableRow } from '../documents/model';
import { wardIssuer } from '../documents/model';
import { committeeSignature } from '../documents/signers';
import { formatShortDate, unitNameInSentence } from '../documents/vietnamese';

export interface ConsultationReportInput {
  ward: WardProfile;
  signer: Signatory | null;
  consultation: Consultation;
  /** The number and date taken from the register; null for a draft, whose number and day stay blank. */
  registered: { symbol: string; issuedOn: string } | null;
}

const paragraph = (text: string): Block => ({ kind: 'paragraph', text, indent: true });

function whereFrom(opinion: ConsultationOpinion): string {
  return `${opinion.author} (${opinionSourceLabels[opinion.source]}, ngày ${formatShortDate(opinion.receivedOn)})`;
}

function opinionTable(opinions: readonly ConsultationOpinion[]): Table {
  const rows: TableRow[] = opinions.map((opinion, index) => ({ cells: [index + 1, opinion.content, whereFrom(opinion), opinion.response] }));
  const empty: TableRow = { cells: ['', 'Không nhận được ý kiến nào.', '', ''], italic: true };
  return {
    columns: [
      { kind: 'text', widthMm: 12, align: 'center' },
      { kind: 'text', widthMm: 60 },
      { kind: 'text', widthMm: 40 },
      { kind: 'text', widthMm: 58 },
    ],
    header: [[{ text: 'STT' }, { text: 'Ý kiến' }, { text: 'Người, nơi góp ý' }, { text: 'Tiếp thu, giải trình' }]],
    rows: rows.length > 0 ? rows : [empty],
    fontSize: 11,
  };
}

/** What was consulted, how, when and where the draft was published; then the opinions one by one. */
function reportBody(ward: WardProfile, consultation: Consultation): Block[] {
  const { subject, forms, startDate, endDate, draftPublishedAt, synthesis, opinions } = consultation;
  const intro = `Thực hiện Luật Thực hiện dân chủ ở cơ sở năm 2022, Ủy ban nhân dân ${unitNameInSentence(ward.name)} đã tổ chức lấy ý kiến Nhân dân về ${subject}. Kết quả như sau:`;
  const published = draftPublishedAt ? [paragraph(`Dự thảo được công khai tại: ${draftPublishedAt}.`)] : [];
  return [
    paragraph(intro),
    { kind: 'heading', text: 'I. Nội dung, hình thức và thời gian lấy ý kiến' },
    paragraph(`Nội dung lấy ý kiến: ${subject}.`),
    paragraph(`Hình thức lấy ý kiến: ${forms.map((form) => consultationFormLabels[form]).join('; ')}.`),
    paragraph(`Thời gian lấy ý kiến: từ ngày ${formatShortDate(startDate)} đến ngày ${formatShortDate(endDate)}.`),
    ...published,
    { kind: 'heading', text: 'II. Tổng hợp, tiếp thu, giải trình ý kiến' },
    paragraph(`Tổng số ý kiến nhận được: ${opinions.length} ý kiến.`),
    ...synthesis.split('\n').filter((line) => line.trim() !== '').map(paragraph),
    { kind: 'table', table: opinionTable(opinions) },
  ];
}

export function consultationReportDocument({ ward, signer, consultation, registered }: ConsultationReportInput): DocumentModel {
  return {
    orientation: 'portrait',
    issuer: wardIssuer(ward.name),
    number: registered?.symbol ?? '…/BC-UBND',
    dateLine: { place: ward.name, date: registered?.issuedOn ?? null },
    title: 'Báo cáo',
    subject: [`Tổng hợp, tiếp thu, giải trình ý kiến về ${consultation.subject}`],
    body: reportBody(ward, consultation),
    signatures: { right: committeeSignature(signer) },
    recipients: { to: ['Thường trực HĐND phường', 'Ủy ban MTTQ Việt Nam phường', 'Niêm yết tại trụ sở UBND'] },
    pageNumbers: true,
  };
}

export const consultationReportFileName = (consultation: Consultation, format: string) => `bao-cao-tong-hop-y-kien-${consultation.startDate.slice(0, 4)}-${consultation.id}.${format}`;
