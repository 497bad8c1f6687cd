import type { z } from 'zod';
import { AppError } from '../api/errors';

/**
 * Validates a scoring scheme or criteria set (shipped, or received from the superior). Throws one
 * INVALID_FILE error listing every problem in Vietnamese; the schema's own checks name what they concern.
 */
export function parseDataFile<T>(schema: z.ZodType<T>, json: unknown, what: string): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) =>
    issue.code === 'custom' || issue.path.length === 0 ? `- ${issue.message}` : `- Trường "${issue.path.join('.')}": ${issue.message}`,
  );
  throw new AppError('INVALID_FILE', `Tệp ${what} không hợp lệ:\n${problems.join('\n')}`);
}
