import { z } from 'zod';
import { id, isoDate, optionalText, personName, requiredText } from './fields';

export const employmentTypes = ['cadre', 'civilServant', 'publicEmployee', 'employee'] as const;
export const employmentType = z.enum(employmentTypes);
export type EmploymentType = z.infer<typeof employmentType>;

export const staffMemberInput = z
  .object({
    id: id.optional(),
    fullName: personName,
    position: requiredText(120),
    department: optionalText(120),
    employmentType,
    activeFrom: isoDate,
    activeTo: isoDate.nullable(),
    note: optionalText(500),
  })
  .strict()
  .refine((s) => s.activeTo === null || s.activeTo >= s.activeFrom, {
    message: 'Ngày thôi công tác phải sau ngày bắt đầu.',
    path: ['activeTo'],
  });
export const staffMember = z.object({
  id,
  fullName: z.string(),
  position: z.string(),
  department: z.string(),
  employmentType,
  activeFrom: z.string(),
  activeTo: z.string().nullable(),
  note: z.string(),
});
export type StaffMember = z.infer<typeof staffMember>;

export const staffChannels = {
  'staff.list': { input: z.object({ includeInactive: z.boolean().default(false) }).strict(), output: z.array(staffMember) },
  'staff.save': { input: staffMemberInput, output: staffMember },
  'staff.delete': { input: z.object({ id }).strict(), output: z.null() },
} as const;
