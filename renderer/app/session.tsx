import { createContext, useContext } from 'react';
import type { AppStatus } from '../../main/api';
import { roleCan, type Permission } from './permissions';

export interface Session {
  status: AppStatus;
  /** Takes the status a channel returned (setup, start real ward). */
  setStatus(status: AppStatus): void;
  /** Asks main again, e.g. after login, logout or restore. */
  refreshStatus(): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs the App bootstrap above it.');
  return session;
}

export function useCan(permission: Permission): boolean {
  return roleCan(useSession().status.account?.role, permission);
}

export function useIsSuperior(): boolean {
  return useSession().status.installationRole === 'superior';
}
