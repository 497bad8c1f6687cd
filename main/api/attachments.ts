import { z } from 'zod';
import type { BudgetStage } from './budget';
import { base64Content, generatedFile } from './files';
import { id, optionalText } from './fields';

/**
 * The records that accept attachments. A capability adds its record's name here, and how to find that
 * record (and the permission to change its attachments) in main/attachments/entities.ts.
 */
export const attachableEntityNames = ['budgetReport', 'meeting', 'criteriaAssessment', 'disclosure', 'boardActivity', 'petition'] as const;
export const attachableEntity = z.enum(attachableEntityNames);
export type AttachableEntity = z.infer<typeof attachableEntity>;

/**
 * A budget report version as an attachment's record: "{year}:{stage}:{version}", e.g. "2026:estimateApproved:1".
 * The screen knows these three; a version is never renumbered nor removed, so the key never changes.
 */
export function budgetReportKey(report: { year: number; stage: BudgetStage; version: number }): string {
  return `${report.year}:${report.stage}:${report.version}`;
}

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const attachmentMediaTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type AttachmentMediaType = (typeof attachmentMediaTypes)[number];

/** The refusals of a picked file, worded the same whether the renderer or main notices first. */
export const attachmentFileMessages = {
  empty: (fileName: string) => `Tệp "${fileName}" rỗng, không có nội dung.`,
  tooLarge: (fileName: string) => `Tệp "${fileName}" lớn hơn 20 MB.`,
  notImageOrPdf: (fileName: string) => `Tệp "${fileName}" không phải là ảnh (JPG, PNG, WEBP) hoặc PDF.`,
};

const record = { entity: attachableEntity, entityId: z.string().trim().min(1).max(100) };

/** The name the file had on the user's computer, kept for display only: never used as a path. */
export const attachmentFileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\\p{Cc}]+$/u, 'Tên tệp không được chứa dấu /, \\ hoặc ký tự điều khiển.');

export const attachmentInfo = z.object({
  id,
  entity: attachableEntity,
  entityId: z.string(),
  fileName: z.string(),
  mediaType: z.enum(attachmentMediaTypes),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  note: z.string(),
  createdAt: z.string(),
  /** Full name of the account that attached it. */
  createdBy: z.string(),
});
export type AttachmentInfo = z.infer<typeof attachmentInfo>;

export const attachmentsChannels = {
  /** A record's attachments, oldest first, without their content. */
  'attachments.list': { input: z.object(record).strict(), output: z.array(attachmentInfo) },
  /** The content of a file the user picked, read by the renderer (never a path). An empty file passes here so main refuses it by name. */
  'attachments.add': {
    input: z
      .object({ ...record, fileName: attachmentFileName, note: optionalText(500), contentBase64: base64Content.or(z.literal('')) })
      .strict(),
    output: attachmentInfo,
  },
  /** The file to open or save, under an ASCII name with the extension of its real type. */
  'attachments.get': { input: z.object({ id }).strict(), output: generatedFile },
  'attachments.delete': { input: z.object({ id }).strict(), output: z.null() },
} as const;
