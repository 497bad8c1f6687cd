import type { BudgetStage, ComputedForm, ImportReport } from '../api/budget';
import { AppError } from '../api/errors';
import type { GeneratedFile } from '../api/files';
import type { WriteContext } from '../audit/audit';
import { renderDocxBundle } from '../documents/docx';
import { documentMediaTypes } from '../documents/mediaTypes';
import { renderHtmlBundle } from '../documents/html';
import type { PdfPrinter } from '../documents/pdf';
import { registerOnce } from '../documents/register';
import { renderXlsxBundle } from '../documents/xlsx';
import { getProfile, listSignatories, requireProfile } from '../ward/service';
import { needsDecision, stageDocuments, stageFileName } from './documents';
import { buildFormTemplate, importFormWorkbook } from './excel';
import { getReport, saveFigures, stageFormOf } from './service';
import * as store from './store';

const mediaTypes = documentMediaTypes;

export interface DocumentServices {
  pdfPrinter: PdfPrinter;
  resourcesDir: string;
  today: string;
}

function reportId(ctx: WriteContext, year: number, stage: BudgetStage, version: number): number | null {
  return store.reportRows(ctx.db, store.stageRow(ctx.db, year, stage).id).find((r) => r.version === version)?.id ?? null;
}

/** A document's number is taken from the register once per report version; later exports reuse it. */
function registeredOnce(ctx: WriteContext, reportId: number, typeCode: 'QĐ' | 'TB', title: string, today: string) {
  return registerOnce(ctx, { typeCode, issuerCode: 'UBND', title, issuedOn: today, entity: 'budgetReport', entityId: reportId });
}

export async function exportDocuments(
  ctx: WriteContext,
  services: DocumentServices,
  input: { year: number; stage: BudgetStage; version?: number | undefined; format: keyof typeof mediaTypes },
): Promise<GeneratedFile> {
  const ward = requireProfile(ctx.db);
  const report = getReport(ctx.db, input);
  if (report.versions.length === 0) throw new AppError('CONFLICT', 'Giai đoạn này chưa có số liệu nên chưa lập được văn bản.');
  const stageRow = store.stageRow(ctx.db, input.year, input.stage);
  const id = reportId(ctx, input.year, input.stage, report.version)!;
  const disclosure = report.versions.find((v) => v.version === report.version)?.disclosure ?? null;
  const documents = stageDocuments({
    ward,
    signer: listSignatories(ctx.db)[0] ?? null,
    report,
    resolutionNumber: stageRow.resolution_number,
    resolutionDate: stageRow.resolution_date,
    decision: needsDecision(input.stage) ? registeredOnce(ctx, id, 'QĐ', `Quyết định công bố công khai ngân sách năm ${input.year}`, services.today) : null,
    notice: registeredOnce(ctx, id, 'TB', `Thông báo công khai ngân sách năm ${input.year}`, services.today),
    posting: disclosure ? { postedOn: disclosure.postedOn, postingDays: disclosure.postingDays } : null,
    issuedOn: services.today,
  });
  const content =
    input.format === 'pdf'
      ? await services.pdfPrinter.print(renderHtmlBundle(documents, { resourcesDir: services.resourcesDir }), { landscape: false })
      : input.format === 'docx'
        ? await renderDocxBundle(documents)
        : await renderXlsxBundle(documents);
  return { fileName: stageFileName(report, input.format), mediaType: mediaTypes[input.format], contentBase64: Buffer.from(content).toString('base64') };
}

export async function exportTemplate(ctx: WriteContext, input: { year: number; stage: BudgetStage; formCode: string }): Promise<GeneratedFile> {
  const { form, figures, texts, extraLines } = stageFormOf(ctx.db, input);
  const ward = getProfile(ctx.db);
  const content = await buildFormTemplate(form, { unitName: ward?.name ?? '', year: input.year, figures, texts, extraLines });
  return { fileName: `mau-nhap-bieu-${form.code}-${input.year}.xlsx`, mediaType: mediaTypes.xlsx, contentBase64: content.toString('base64') };
}

export async function previewWorkbook(ctx: WriteContext, input: { year: number; stage: BudgetStage; formCode: string; contentBase64: string }): Promise<ImportReport> {
  const { form, extraLines } = stageFormOf(ctx.db, input);
  const { lines, errorCount, warningCount } = await importFormWorkbook(Buffer.from(input.contentBase64, 'base64'), form, extraLines);
  return { lines, errorCount, warningCount };
}

/** Saves a filled template's figures and texts in one transaction, only when its report has no error. */
export async function applyWorkbook(ctx: WriteContext, input: { year: number; stage: BudgetStage; formCode: string; contentBase64: string }): Promise<ComputedForm> {
  const { form, extraLines } = stageFormOf(ctx.db, input);
  const result = await importFormWorkbook(Buffer.from(input.contentBase64, 'base64'), form, extraLines);
  if (result.errorCount > 0) throw new AppError('BAD_INPUT', `Tệp còn ${result.errorCount} lỗi nên chưa lưu số liệu. Hãy sửa theo báo cáo kiểm tra rồi nhập lại.`);
  const changes = [
    ...Object.entries(result.figures).flatMap(([lineCode, cells]) => Object.entries(cells).map(([columnKey, amount]) => ({ lineCode, columnKey, amount }))),
    ...Object.entries(result.texts).flatMap(([lineCode, cells]) => Object.entries(cells).map(([columnKey, text]) => ({ lineCode, columnKey, text }))),
  ];
  if (changes.length === 0) throw new AppError('BAD_INPUT', 'Tệp không có số liệu nào để nhập.');
  return saveFigures(ctx, { year: input.year, stage: input.stage, formCode: input.formCode, changes });
}
