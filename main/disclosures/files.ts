import type { DisclosureFilter } from '../api/disclosures';
import { disclosureStatusLabels } from '../api/disclosures';
import type { GeneratedFile } from '../api/files';
import type { WriteContext } from '../audit/audit';
import type { DocumentModel } from '../documents/model';
import { renderDocxBundle } from '../documents/docx';
import { renderHtmlBundle } from '../documents/html';
import { documentMediaTypes, type DocumentFormat } from '../documents/mediaTypes';
import type { PdfPrinter } from '../documents/pdf';
import { registerOnce } from '../documents/register';
import { renderXlsx } from '../documents/xlsx';
import { listSignatories, requireProfile } from '../ward/service';
import { getConsultation } from './consultations';
import { consultationReportDocument, consultationReportFileName } from './consultationReport';
import { quarterListDocument, quarterListFileName, registerWorkbook } from './documents';
import { listDisclosures } from './queries';
import type { DatedReadContext } from '../calendar/service';

export interface DisclosureFileServices {
  pdfPrinter: PdfPrinter;
  resourcesDir: string;
}

const base64 = (content: Uint8Array | Buffer) => Buffer.from(content).toString('base64');

/** Everything disclosed in the quarter (register records not merely planned, and K2 rows), to post. */
export async function exportQuarterList(
  read: DatedReadContext,
  services: DisclosureFileServices,
  input: { year: number; quarter: number; format: DocumentFormat },
): Promise<GeneratedFile> {
  const listed = listDisclosures(read, { year: input.year, quarter: input.quarter, group: null, status: null, search: '' });
  const disclosed = listed.filter((entry) => entry.status !== 'planned' && entry.disclosedOn !== null);
  const document = quarterListDocument({ ward: requireProfile(read.db), signer: listSignatories(read.db)[0] ?? null, ...input, today: read.today, disclosures: disclosed });
  const content = await renderDocument(document, input.format, services);
  return { fileName: quarterListFileName(input.year, input.quarter, input.format), mediaType: documentMediaTypes[input.format], contentBase64: base64(content) };
}

async function renderDocument(document: DocumentModel, format: DocumentFormat, services: DisclosureFileServices): Promise<Uint8Array | Buffer> {
  if (format === 'pdf') return services.pdfPrinter.print(renderHtmlBundle([document], { resourcesDir: services.resourcesDir }), { landscape: false });
  return format === 'docx' ? renderDocxBundle([document]) : renderXlsx(document);
}

/**
 * The synthesis-and-explanation report of a consultation (PDF, DOCX). Once the report has its date, the
 * first export takes the next "…/BC-UBND" number of that year and later exports reuse it; before, it
 * is a draft with the number and the day left blank.
 */
export async function exportConsultationReport(
  ctx: WriteContext,
  services: DisclosureFileServices,
  input: { consultationId: number; format: 'pdf' | 'docx' },
): Promise<GeneratedFile> {
  const consultation = getConsultation(ctx.db, input.consultationId);
  const registered =
    consultation.synthesisDate === null
      ? null
      : registerOnce(ctx, {
          typeCode: 'BC',
          issuerCode: 'UBND',
          title: `Báo cáo tổng hợp, tiếp thu, giải trình ý kiến về ${consultation.subject}`,
          issuedOn: consultation.synthesisDate,
          entity: 'consultation',
          entityId: consultation.id,
        });
  const document = consultationReportDocument({ ward: requireProfile(ctx.db), signer: listSignatories(ctx.db)[0] ?? null, consultation, registered });
  const content = await renderDocument(document, input.format, services);
  return { fileName: consultationReportFileName(consultation, input.format), mediaType: documentMediaTypes[input.format], contentBase64: base64(content) };
}

function filterHeading(filter: DisclosureFilter): string {
  const parts = [filter.quarter ? `Quý ${filter.quarter} năm ${filter.year}` : `Năm ${filter.year}`];
  if (filter.group) parts.push(`nhóm ${filter.group}`);
  if (filter.status) parts.push(`trạng thái "${disclosureStatusLabels[filter.status]}"`);
  if (filter.search) parts.push(`tìm "${filter.search}"`);
  return parts.join(', ');
}

/** The register list as filtered on the screen. */
export async function exportRegisterList(read: DatedReadContext, filter: DisclosureFilter): Promise<GeneratedFile> {
  const workbook = registerWorkbook(requireProfile(read.db), filterHeading(filter), listDisclosures(read, filter));
  const content = await renderXlsx(workbook);
  const period = filter.quarter ? `${filter.year}-q${filter.quarter}` : String(filter.year);
  return { fileName: `so-cong-khai-${period}.xlsx`, mediaType: documentMediaTypes.xlsx, contentBase64: base64(content) };
}
