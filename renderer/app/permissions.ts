import type { AccountRole } from '../../main/api';

/**
 * Mirror of main's role grants (main/accounts/roles.ts), used only to hide actions a role cannot take.
 * Main enforces the real rule on every call.
 */
export type Permission = 'ward.write' | 'staff.write' | 'accounts.manage' | 'backup.manage' | 'settings.manage' | 'audit.read';

const grants: Record<AccountRole, readonly Permission[]> = {
  administrator: ['ward.write', 'staff.write', 'accounts.manage', 'backup.manage', 'settings.manage', 'audit.read'],
  clerk: ['ward.write', 'staff.write'],
  unionOfficer: [],
  viewer: [],
};

export function roleCan(role: AccountRole | undefined, permission: Permission): boolean {
  return role !== undefined && grants[role].includes(permission);
}
