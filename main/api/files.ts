import { z } from 'zod';

/** A file made by main for the user (a document, a template), carried as base64 to the renderer. */
export const generatedFile = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  contentBase64: z.string(),
});
export type GeneratedFile = z.infer<typeof generatedFile>;

/** Names main writes: ASCII letters, digits, dot, dash and underscore, with an extension. */
export const safeFileName = z
  .string()
  .max(120)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.[a-z0-9]{2,5}$/, 'Tên tệp không hợp lệ.');

/** Up to 40 MB of content. */
export const base64Content = z.string().min(1).max(56_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Nội dung tệp không hợp lệ.');

export const filesChannels = {
  /** Main shows the save dialog for a file it generated; the renderer never names a path. */
  'files.save': {
    input: z.object({ fileName: safeFileName, contentBase64: base64Content }).strict(),
    output: z.object({ savedAs: z.string() }),
  },
} as const;
