import type { GeneratedFile } from '../api/files';
import type { Db } from '../db/database';
import { renderDocxBundle } from '../documents/docx';
import { renderHtmlBundle } from '../documents/html';
import { documentMediaTypes, type DocumentFormat } from '../documents/mediaTypes';
import type { PdfPrinter } from '../documents/pdf';
import { renderXlsx } from '../documents/xlsx';
import { listSignatories, requireProfile } from '../ward/service';
import { assessmentDocument, assessmentFileName } from './assessmentDocuments';
import { getAssessment } from './selfAssessment';

/** The self-scoring table of an assessment; unnumbered, since it goes out attached to the ward's report. */
export async function exportAssessment(
  db: Db,
  services: { pdfPrinter: PdfPrinter; resourcesDir: string },
  input: { id: number; format: DocumentFormat },
): Promise<GeneratedFile> {
  const assessment = getAssessment(db, input.id);
  const document = assessmentDocument({ ward: requireProfile(db), signer: listSignatories(db)[0] ?? null, assessment });
  const content =
    input.format === 'pdf'
      ? await services.pdfPrinter.print(renderHtmlBundle([document], { resourcesDir: services.resourcesDir }), { landscape: document.orientation === 'landscape' })
      : input.format === 'docx'
        ? await renderDocxBundle([document])
        : await renderXlsx(document);
  return { fileName: assessmentFileName(assessment, input.format), mediaType: documentMediaTypes[input.format], contentBase64: Buffer.from(content).toString('base64') };
}
