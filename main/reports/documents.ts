/** The quarterly report printed in the NĐ 30 layout (PDF, DOCX). */
import type { GeneratedFile } from '../api/files';
import { quarterLabel, type QuarterlyReport, type ReportSection } from '../api/reports';
import type { Signatory, WardProfile } from '../api/ward';
import type { Db } from '../db/database';
import { renderDocxBundle } from '../documents/docx';
import { renderHtmlBundle } from '../documents/html';
import { documentMediaTypes } from '../documents/mediaTypes';
import { wardIssuer, type Block, type DocumentModel, type Table } from '../documents/model';
import type { PdfPrinter } from '../documents/pdf';
import { committeeSignature } from '../documents/signers';
import { formatShortDate, unitNameInSentence } from '../documents/vietnamese';
import { listSignatories, requireProfile } from '../ward/service';
import { requireQuarterlyReport, type QuarterRef } from './queries';

export interface ReportDocumentInput {
  ward: WardProfile;
  signer: Signatory | null;
  report: QuarterlyReport;
}

const paragraph = (text: string): Block => ({ kind: 'paragraph', text, indent: true });

function figuresTable(section: ReportSection): Table {
  return {
    columns: [
      { kind: 'text', widthMm: 12, align: 'center' },
      { kind: 'text', widthMm: 128 },
      { kind: 'count', widthMm: 30 },
    ],
    header: [[{ text: 'STT' }, { text: 'Nội dung' }, { text: 'Số lượng' }]],
    rows: section.figures.map((entry, index) => ({ cells: [index + 1, entry.label, entry.value] })),
    fontSize: 12,
  };
}

/** The section's heading, its narrative, its figures, then the records behind them. */
function sectionBlocks(section: ReportSection, index: number): Block[] {
  const items: Block[] =
    section.items.length === 0
      ? []
      : [{ kind: 'list', items: section.items.map((item) => (item.date === null ? item.text : `${formatShortDate(item.date)}: ${item.text}`)) }];
  return [
    { kind: 'heading', text: `${index + 1}. ${section.title}` },
    ...section.narrative.split('\n').filter((line) => line.trim() !== '').map(paragraph),
    { kind: 'table', table: figuresTable(section) },
    ...items,
  ];
}

export function quarterlyReportDocument({ ward, signer, report }: ReportDocumentInput): DocumentModel {
  const quarter = quarterLabel(report.year, report.quarter);
  const unit = unitNameInSentence(ward.name);
  const intro = `Thực hiện Luật Thực hiện dân chủ ở cơ sở năm 2022, Ủy ban nhân dân ${unit} báo cáo kết quả thực hiện dân chủ ở cơ sở ${quarter} (từ ngày ${formatShortDate(report.from)} đến ngày ${formatShortDate(report.to)}) như sau:`;
  const correction = report.correctionReason ? [paragraph(`Báo cáo này thay thế báo cáo đã gửi trước đó. Lý do điều chỉnh: ${report.correctionReason}.`)] : [];
  return {
    orientation: 'portrait',
    issuer: wardIssuer(ward.name),
    number: report.number ?? '…/BC-UBND',
    dateLine: { place: ward.name, date: report.issuedOn },
    title: 'Báo cáo',
    subject: [`Kết quả thực hiện dân chủ ở cơ sở ${quarter}`],
    body: [paragraph(intro), ...correction, ...report.sections.flatMap(sectionBlocks)],
    signatures: { right: committeeSignature(signer) },
    recipients: { to: [ward.superiorName, `Thường trực Đảng ủy, HĐND ${unit}`, `Ủy ban MTTQ Việt Nam ${unit}`] },
    pageNumbers: true,
  };
}

export interface ReportFileServices {
  pdfPrinter: PdfPrinter;
  resourcesDir: string;
}

/** The current version, or a finalized one; a draft prints with its number and day left blank. */
export async function exportQuarterlyReport(
  db: Db,
  services: ReportFileServices,
  input: QuarterRef & { format: 'pdf' | 'docx'; version: number | null },
): Promise<GeneratedFile> {
  const report = requireQuarterlyReport(db, input, input.version);
  const document = quarterlyReportDocument({ ward: requireProfile(db), signer: listSignatories(db)[0] ?? null, report });
  const content =
    input.format === 'pdf'
      ? await services.pdfPrinter.print(renderHtmlBundle([document], { resourcesDir: services.resourcesDir }), { landscape: false })
      : await renderDocxBundle([document]);
  const draft = report.status === 'draft' ? '-du-thao' : '';
  return {
    fileName: `bao-cao-dan-chu-${report.year}-q${report.quarter}-v${report.version}${draft}.${input.format}`,
    mediaType: documentMediaTypes[input.format],
    contentBase64: Buffer.from(content).toString('base64'),
  };
}
