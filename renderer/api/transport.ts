import type { Result } from '../../main/api';

/** The one boundary between the screens and main: send a channel's input, get its Result envelope. */
export type Transport = (channel: string, input: unknown) => Promise<Result<unknown>>;

/** What the Electron preload exposes; declared here, narrowly, so the renderer needs nothing from main/shell. */
interface PreloadApi {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
}
export type WindowWithApi = Window & { api?: PreloadApi };

const TOKEN_KEY = 'sdc.token';
const CLIENT_KEY = 'sdc.client';

const unavailable: Result<never> = {
  ok: false,
  error: { code: 'UNAVAILABLE', message: 'Không kết nối được với phần xử lý của ứng dụng. Vui lòng đóng và mở lại ứng dụng.' },
};

/** The token arrives once in the address fragment (#token=…); keep it for this tab and wipe it from the address bar. */
export function takeTokenFromLocation(win: Window = window): string | null {
  const match = /^#token=([^&]+)/.exec(win.location.hash);
  if (match?.[1]) {
    win.sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    win.history.replaceState(null, '', win.location.pathname + win.location.search);
  }
  return win.sessionStorage.getItem(TOKEN_KEY);
}

/** A fresh id for every page load: the host ties a login to it, so a reload starts a new session. */
export function newClientId(win: Window = window): string {
  const id = win.crypto.randomUUID();
  win.sessionStorage.setItem(CLIENT_KEY, id);
  return id;
}

export function httpTransport(token: string | null, clientId: string, fetchImpl: typeof fetch = fetch): Transport {
  return async (channel, input) => {
    try {
      const response = await fetchImpl(`/api/${channel}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${token ?? ''}`,
          'X-Client-Id': clientId,
        },
        body: JSON.stringify(input ?? {}),
      });
      const body: unknown = await response.json();
      return isResult(body) ? body : unavailable;
    } catch {
      return unavailable;
    }
  };
}

export function preloadTransport(api: PreloadApi): Transport {
  return async (channel, input) => {
    try {
      return await api.invoke(channel, input);
    } catch {
      return unavailable;
    }
  };
}

/** Electron when the preload is there, the loopback host otherwise. Chosen once per page load. */
export function chooseTransport(win: Window = window): Transport {
  const api = (win as WindowWithApi).api;
  if (api) return preloadTransport(api);
  return httpTransport(takeTokenFromLocation(win), newClientId(win));
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const candidate = value as { ok: unknown; error?: unknown };
  if (candidate.ok === true) return 'value' in candidate;
  return candidate.ok === false && typeof candidate.error === 'object' && candidate.error !== null;
}
