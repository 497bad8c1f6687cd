import { hasPermission, type AccountRole, type Permission } from '../../main/api';

export type { Permission };

/** Hides what a role cannot do; main enforces the same grants (from the contract) on every call. */
export function roleCan(role: AccountRole | undefined, permission: Permission): boolean {
  return role !== undefined && hasPermission(role, permission);
}
