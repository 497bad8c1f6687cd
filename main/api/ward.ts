import { z } from 'zod';
import { email, id, optionalText, personName, phone, requiredText } from './fields';

/** superiorOffice: the installation is the consolidating superior office, not a ward. */
export const wardKinds = ['ward', 'commune', 'specialZone', 'superiorOffice'] as const;
export const wardKind = z.enum(wardKinds);
export type WardKind = z.infer<typeof wardKind>;

/** Administrative unit codes of communes are five digits (e.g. 00004); a superior office's code is free-form. */
export const unitCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9.-]{1,20}$/, 'Mã đơn vị chỉ gồm chữ không dấu, chữ số, dấu chấm hoặc gạch ngang.');
export const communeCodePattern = /^\d{5}$/;
export const superiorCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9.-]{1,20}$/, 'Mã cấp trên chỉ gồm chữ không dấu, chữ số, dấu chấm hoặc gạch ngang.');

export const wardProfileInput = z
  .object({
    name: requiredText(120),
    kind: wardKind,
    code: unitCode,
    provinceName: requiredText(120),
    address: requiredText(300),
    phone,
    email,
    superiorName: requiredText(200),
    superiorCode,
    superiorEmail: email,
  })
  .strict()
  .refine((p) => p.kind === 'superiorOffice' || communeCodePattern.test(p.code), {
    message: 'Mã đơn vị hành chính cấp xã gồm đúng 5 chữ số.',
    path: ['code'],
  });
export type WardProfileInput = z.input<typeof wardProfileInput>;
export const wardProfile = z.object({ ...wardProfileInput.shape, updatedAt: z.string() });
export type WardProfile = z.infer<typeof wardProfile>;

export const signingAuthorities = ['TM', 'KT', 'TL', 'TUQ', 'none'] as const;
export const signatoryInput = z
  .object({
    id: id.optional(),
    fullName: personName,
    position: requiredText(120),
    authority: z.enum(signingAuthorities),
    isDefault: z.boolean(),
  })
  .strict();
export const signatory = signatoryInput.required({ id: true });
export type Signatory = z.infer<typeof signatory>;

export const residentialGroupInput = z
  .object({
    id: id.optional(),
    name: requiredText(120),
    householdCount: z.number().int('Số hộ phải là số nguyên.').min(0, 'Số hộ không được âm.').max(100_000),
    headName: optionalText(100),
    note: optionalText(500),
  })
  .strict();
export const residentialGroup = residentialGroupInput.required({ id: true });
export type ResidentialGroup = z.infer<typeof residentialGroup>;

export const wardChannels = {
  'ward.getProfile': { input: z.object({}).strict(), output: wardProfile.nullable() },
  'ward.saveProfile': { input: wardProfileInput, output: wardProfile },
  'signatories.list': { input: z.object({}).strict(), output: z.array(signatory) },
  'signatories.save': { input: signatoryInput, output: signatory },
  'signatories.delete': { input: z.object({ id }).strict(), output: z.null() },
  'residentialGroups.list': { input: z.object({}).strict(), output: z.array(residentialGroup) },
  'residentialGroups.save': { input: residentialGroupInput, output: residentialGroup },
  'residentialGroups.delete': { input: z.object({ id }).strict(), output: z.null() },
} as const;
