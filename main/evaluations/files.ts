import type { GeneratedFile } from '../api/files';
import type { WriteContext } from '../audit/audit';
import { renderDocxBundle } from '../documents/docx';
import { renderHtmlBundle } from '../documents/html';
import { documentMediaTypes, type DocumentFormat } from '../documents/mediaTypes';
import type { PdfPrinter } from '../documents/pdf';
import { registerOnce } from '../documents/register';
import { renderXlsx } from '../documents/xlsx';
import { listSignatories, requireProfile } from '../ward/service';
import { closedResults } from './closing';
import { resultsFileName, resultsNotice, resultsTable } from './documents';

/** The notice and the summary table of a closed year (PDF, DOCX), or the table alone (XLSX); the notice is numbered once. */
export async function exportResults(
  ctx: WriteContext,
  services: { pdfPrinter: PdfPrinter; resourcesDir: string; today: string },
  input: { year: number; groupName: string; format: DocumentFormat },
): Promise<GeneratedFile> {
  const ward = requireProfile(ctx.db);
  const { closing, results } = closedResults(ctx.db, input.year, input.groupName);
  const notice = registerOnce(ctx, {
    typeCode: 'TB',
    issuerCode: 'UBND',
    title: `Thông báo công khai kết quả đánh giá, xếp loại năm ${input.year} (${input.groupName})`,
    issuedOn: services.today,
    entity: 'evaluationYear',
    entityId: `${input.year}:${input.groupName}`,
  });
  const documentsInput = { ward, signer: listSignatories(ctx.db)[0] ?? null, results, decidedOn: closing.decided_on, notice };
  const documents = [resultsNotice(documentsInput), resultsTable(documentsInput)];
  const content =
    input.format === 'pdf'
      ? await services.pdfPrinter.print(renderHtmlBundle(documents, { resourcesDir: services.resourcesDir }), { landscape: false })
      : input.format === 'docx'
        ? await renderDocxBundle(documents)
        : await renderXlsx(documents[1]!);
  return { fileName: resultsFileName(results, input.format), mediaType: documentMediaTypes[input.format], contentBase64: Buffer.from(content).toString('base64') };
}
