import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../api/errors';
import { FILE_SUFFIX } from '../envelope/format';
import type { InboundContext } from './context';
import { importFiles, type ImportReport } from './import';

/** Dropped files are copied here, one folder per preview, until the preview is applied or forgotten. */
export const UPLOADS = 'uploads';
const MAX_PREVIEWS = 20;

type Preview = { paths: string[]; fileNames?: Record<string, string>; uploadFolder?: string };
const previews = new Map<string, Preview>();

export type UploadedFile = { fileName: string; contentBase64: string };

const removeUpload = (preview: Preview) => preview.uploadFolder && rmSync(preview.uploadFolder, { recursive: true, force: true });

async function preview(ctx: InboundContext, kept: Preview): Promise<{ token: string; report: ImportReport }> {
  const report = await importFiles(ctx, kept.paths, { dryRun: true, fileNames: kept.fileNames });
  const token = randomUUID();
  previews.set(token, kept);
  if (previews.size > MAX_PREVIEWS) {
    const oldest = previews.keys().next().value!;
    removeUpload(previews.get(oldest)!);
    previews.delete(oldest);
  }
  return { token, report };
}

/** The dry run the operator looks at before confirming; the token names these files for importApply. */
export function previewImport(ctx: InboundContext, paths: string[]): Promise<{ token: string; report: ImportReport }> {
  return preview(ctx, { paths });
}

/** Upload folders no preview holds: left by a preview never applied before the app was closed. */
function removeStaleUploads(dataDir: string): void {
  const root = join(dataDir, UPLOADS);
  if (!existsSync(root)) return;
  const held = new Set([...previews.values()].map((kept) => kept.uploadFolder));
  for (const name of readdirSync(root)) if (!held.has(join(root, name))) rmSync(join(root, name), { recursive: true, force: true });
}

/**
 * Files dropped on the screen (the renderer never knows a path): written under numbered names into an
 * app-owned folder and previewed like picked files, the report keeping the names the operator sees.
 */
export async function previewUpload(ctx: InboundContext, files: UploadedFile[]): Promise<{ token: string; report: ImportReport }> {
  removeStaleUploads(ctx.dataDir);
  const uploadFolder = join(ctx.dataDir, UPLOADS, randomUUID());
  mkdirSync(uploadFolder, { recursive: true });
  const paths = files.map((_, index) => join(uploadFolder, `${index + 1}${FILE_SUFFIX}`));
  const kept = { paths, fileNames: Object.fromEntries(paths.map((path, index) => [path, files[index]!.fileName])), uploadFolder };
  try {
    files.forEach((file, index) => writeFileSync(paths[index]!, Buffer.from(file.contentBase64, 'base64')));
    return await preview(ctx, kept);
  } catch (error) {
    removeUpload(kept);
    throw error;
  }
}

/** Imports the previewed files for real (checked again: a file changed since the preview is reported as it is now). */
export async function applyImport(ctx: InboundContext, token: string): Promise<ImportReport> {
  const kept = previews.get(token);
  if (!kept) throw new AppError('NOT_FOUND', 'Bản xem trước đã hết hạn; hãy chọn lại tệp để nhập.');
  previews.delete(token);
  try {
    return await importFiles(ctx, kept.paths, { dryRun: false, fileNames: kept.fileNames });
  } finally {
    removeUpload(kept);
  }
}
