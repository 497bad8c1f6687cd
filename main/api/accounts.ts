import { z } from 'zod';
import { id, none, personName } from './fields';

export const accountRoles = ['administrator', 'clerk', 'unionOfficer', 'viewer'] as const;
export const accountRole = z.enum(accountRoles);
export type AccountRole = z.infer<typeof accountRole>;

export const username = z
  .string()
  .trim()
  .min(3, 'Tên đăng nhập cần ít nhất 3 ký tự.')
  .max(40)
  .regex(/^[a-zA-Z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ không dấu, chữ số và . _ -');
export const newPassword = z.string().min(8, 'Mật khẩu cần ít nhất 8 ký tự.').max(200);
const password = z.string().min(1, 'Chưa nhập mật khẩu.').max(200);

export const account = z.object({
  id,
  username: z.string(),
  fullName: z.string(),
  role: accountRole,
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  /** The staff member this account belongs to, for the person's own view of their evaluation. */
  staffMemberId: id.nullable(),
});
export type Account = z.infer<typeof account>;

export const sessionAccount = account.pick({ id: true, username: true, fullName: true, role: true });
export type SessionAccount = z.infer<typeof sessionAccount>;

export const accountsChannels = {
  'auth.login': {
    input: z.object({ username: z.string().trim().min(1, 'Chưa nhập tên đăng nhập.').max(40), password }).strict(),
    output: sessionAccount,
  },
  'auth.logout': { input: none, output: z.null() },
  'auth.changePassword': {
    input: z.object({ currentPassword: password, newPassword }).strict(),
    output: z.null(),
  },
  'accounts.list': { input: none, output: z.array(account) },
  'accounts.create': {
    input: z.object({ username, fullName: personName, role: accountRole, password: newPassword, staffMemberId: id.nullable().default(null) }).strict(),
    output: account,
  },
  'accounts.update': {
    input: z.object({ id, fullName: personName, role: accountRole, disabled: z.boolean(), staffMemberId: id.nullable() }).strict(),
    output: account,
  },
  'accounts.resetPassword': {
    input: z.object({ id, password: newPassword }).strict(),
    output: account,
  },
} as const;

export const permissions = [
  'records.read',
  'ward.write',
  'staff.write',
  'budget.write',
  'meetings.write',
  'evaluations.manage',
  /** The ward's self-scores against a criteria set and their evidence. */
  'criteria.score',
  /** Criteria sets: import (ward), write and publish (superior office). */
  'criteria.manage',
  /** The disclosure register, its plan and consultations. */
  'disclosures.write',
  /** The petitions ledger and the suggestion box. */
  'petitions.write',
  /** Who sent a petition (name, address, phone): hidden from everyone else, in main. */
  'petitions.personalData',
  /** The inspection board and the investment supervision boards. */
  'boards.write',
  'accounts.manage',
  'backup.manage',
  'settings.manage',
  'audit.read',
] as const;
export type Permission = (typeof permissions)[number];

/** What each role may do: enforced by main's dispatcher on every call; the UI only hides what a role cannot do. */
const roleGrants: Record<AccountRole, readonly Permission[]> = {
  administrator: permissions,
  clerk: ['records.read', 'ward.write', 'staff.write', 'budget.write', 'meetings.write', 'criteria.score', 'disclosures.write', 'petitions.write', 'petitions.personalData', 'boards.write'],
  unionOfficer: ['records.read', 'meetings.write'],
  viewer: ['records.read'],
};

export function hasPermission(role: AccountRole, permission: Permission): boolean {
  return roleGrants[role].includes(permission);
}
