import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import type { ApiError, AppStatus, Channel, Dashboard, In, Out, StaffMember } from '../../main/api';
import { createClient } from '../../renderer/api/client';
import type { Transport } from '../../renderer/api/transport';
import { AppProviders } from '../../renderer/app/AppProviders';
import { NavigationContext, type Screen } from '../../renderer/app/navigation';
import { SessionContext } from '../../renderer/app/session';

/** A failure main would answer with. */
export class Failure {
  constructor(readonly error: ApiError) {}
}
export const fail = (code: ApiError['code'], message: string, path?: string) => new Failure({ code, message, ...(path ? { path } : {}) });

type Reply<C extends Channel> = Out<C> | Failure;
export type Replies = { [C in Channel]?: Reply<C> | ((input: In<C>) => Reply<C>) };

export interface Call {
  channel: string;
  input: unknown;
}

/** The test boundary: a transport that records every call and answers from `replies`. */
export function fakeTransport(replies: Replies) {
  const calls: Call[] = [];
  const transport: Transport = async (channel, input) => {
    calls.push({ channel, input });
    const reply = replies[channel as Channel] as Reply<Channel> | ((input: unknown) => Reply<Channel>) | undefined;
    if (reply === undefined) return { ok: false, error: { code: 'INTERNAL', message: `Không có trả lời giả cho ${channel}.` } };
    const value = typeof reply === 'function' ? reply(input) : reply;
    return value instanceof Failure ? { ok: false, error: value.error } : { ok: true, value };
  };
  return {
    transport,
    calls,
    inputsOf: (channel: Channel) => calls.filter((call) => call.channel === channel).map((call) => call.input),
  };
}

export const administrator = { id: 1, username: 'admin', fullName: 'Nguyễn Văn An', role: 'administrator' as const };
export const viewer = { id: 3, username: 'xem', fullName: 'Phạm Thu', role: 'viewer' as const };

export const staffMember = (id: number, fullName: string, position: string): StaffMember => ({
  id,
  fullName,
  position,
  department: '',
  employmentType: 'civilServant',
  activeFrom: '2020-01-01',
  activeTo: null,
  note: '',
});

export function status(overrides: Partial<AppStatus> = {}): AppStatus {
  return {
    state: 'ready',
    isDemo: false,
    installationRole: 'ward',
    hasAdministrator: true,
    unitName: 'Phường Hòa Bình',
    appVersion: '0.1.0',
    schemaVersion: 1,
    account: administrator,
    problem: null,
    ...overrides,
  };
}

interface ScreenOptions {
  status?: AppStatus;
  navigate?: (screen: Screen) => void;
  refreshStatus?: () => Promise<void>;
}

/** Renders one screen inside the app's providers, with a fixed session and navigation. */
export function renderScreen(ui: ReactNode, transport: Transport, options: ScreenOptions = {}) {
  const session = { status: options.status ?? status(), setStatus: () => undefined, refreshStatus: options.refreshStatus ?? (async () => undefined) };
  return render(
    <AppProviders client={createClient(transport)}>
      <SessionContext.Provider value={session}>
        <NavigationContext.Provider value={{ screen: 'home', navigate: options.navigate ?? (() => undefined) }}>{ui}</NavigationContext.Provider>
      </SessionContext.Provider>
    </AppProviders>,
  );
}

/** MUI keeps a closing dialog (and the page behind it hidden) until its exit transition ends. */
export async function dialogsClosed() {
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}

/** A user who types without pauses between keys: the same events, much faster. */
export function newUser() {
  return userEvent.setup({ delay: null });
}

/** Replaces a field's text in one paste: typing key by key re-renders a whole MUI form per key. */
export async function fill(user: ReturnType<typeof newUser>, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

/** A complete profile with nothing due: the dashboard behind screens that are not about it. */
export const emptyDashboard: Dashboard = {
  profileCompleteness: { percent: 100, missing: [] },
  lastBackup: null,
  counts: { residentialGroups: 0, households: 0, activeStaff: 0 },
  dueItems: [],
  recentlyDone: [],
};
