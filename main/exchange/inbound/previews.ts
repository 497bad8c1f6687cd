import { randomUUID } from 'node:crypto';
import { AppError } from '../../api/errors';
import type { InboundContext } from './context';
import { importFiles, type ImportReport } from './import';

const MAX_PREVIEWS = 20;
const previews = new Map<string, string[]>();

/** The dry run the operator looks at before confirming; the token names these files for importApply. */
export async function previewImport(ctx: InboundContext, paths: string[]): Promise<{ token: string; report: ImportReport }> {
  const report = await importFiles(ctx, paths, { dryRun: true });
  const token = randomUUID();
  previews.set(token, paths);
  if (previews.size > MAX_PREVIEWS) previews.delete(previews.keys().next().value!);
  return { token, report };
}

/** Imports the previewed files for real (checked again: a file changed since the preview is reported as it is now). */
export async function applyImport(ctx: InboundContext, token: string): Promise<ImportReport> {
  const paths = previews.get(token);
  if (!paths) throw new AppError('NOT_FOUND', 'Bản xem trước đã hết hạn; hãy chọn lại tệp để nhập.');
  previews.delete(token);
  return importFiles(ctx, paths, { dryRun: false });
}
