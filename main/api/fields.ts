import { z } from 'zod';
import './messages';

/** Reusable field schemas: the same rules validate the forms in the renderer and the input in main. */
export const id = z.number().int().positive();
export const requiredText = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).default('');
export const personName = requiredText(100);

/** A calendar date without time, as stored everywhere: yyyy-MM-dd. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng ngày/tháng/năm hợp lệ.')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'Ngày không tồn tại trong lịch.');

export const isoDateTime = z.string().max(40);
export const email = z.union([z.literal(''), z.string().trim().max(120).email()]).default('');
export const phone = z.union([z.literal(''), z.string().trim().regex(/^[0-9 +().-]{6,20}$/, 'Số điện thoại không hợp lệ.')]).default('');
export const none = z.object({}).strict();
