import { z } from 'zod';
import { fingerprint, publicKeyFromJwkX } from './keys';

export const ENROLMENT_FORMAT = 'so-dan-chu/enrolment';

export const enrolmentSchema = z.object({
  format: z.literal(ENROLMENT_FORMAT),
  formatVersion: z.string().regex(/^1\.\d{1,4}$/),
  unitCode: z.string().regex(/^[A-Z0-9-]{1,20}$/),
  unitName: z.string().min(1).max(200),
  installationId: z.string().min(1).max(64),
  publicKeyJwkX: z.string().length(43),
  fingerprint: z.string(),
  createdAt: z.string().max(40),
});
export type Enrolment = z.infer<typeof enrolmentSchema>;

export function enrolmentFile(input: Omit<Enrolment, 'format' | 'formatVersion' | 'fingerprint'>): string {
  const enrolment: Enrolment = { format: ENROLMENT_FORMAT, formatVersion: '1.0', ...input, fingerprint: fingerprint(input.publicKeyJwkX) };
  return `${JSON.stringify(enrolment, null, 2)}\n`;
}

export type EnrolmentResult = { ok: true; enrolment: Enrolment } | { ok: false; message: string };

/** Reads an enrolment file; the fingerprint inside must match the key, and the operator then compares it with the paper form. */
export function parseEnrolment(text: string): EnrolmentResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'Tệp đăng ký khóa không phải JSON hợp lệ.' };
  }
  const parsed = enrolmentSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: 'Tệp đăng ký khóa thiếu thông tin hoặc sai định dạng.' };
  try {
    publicKeyFromJwkX(parsed.data.publicKeyJwkX);
  } catch {
    return { ok: false, message: 'Khóa công khai trong tệp đăng ký không hợp lệ.' };
  }
  if (fingerprint(parsed.data.publicKeyJwkX) !== parsed.data.fingerprint) {
    return { ok: false, message: 'Dấu vân tay trong tệp đăng ký không khớp với khóa công khai: tệp bị sửa hoặc hỏng.' };
  }
  return { ok: true, enrolment: parsed.data };
}
