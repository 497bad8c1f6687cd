import type { AccountRole } from '../api/accounts';

export const permissions = [
  'records.read',
  'ward.write',
  'staff.write',
  'accounts.manage',
  'backup.manage',
  'settings.manage',
  'audit.read',
] as const;
export type Permission = (typeof permissions)[number];

/** What each role may do. Enforced by the dispatcher in main for every channel. */
const grants: Record<AccountRole, readonly Permission[]> = {
  administrator: permissions,
  clerk: ['records.read', 'ward.write', 'staff.write'],
  unionOfficer: ['records.read'],
  viewer: ['records.read'],
};

export function hasPermission(role: AccountRole, permission: Permission): boolean {
  return grants[role].includes(permission);
}
