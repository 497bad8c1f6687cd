import { ApiCallError, createClient } from '../../renderer/api/client';
import { chooseTransport, httpTransport, takeTokenFromLocation } from '../../renderer/api/transport';
import { fail, fakeTransport, status } from './fakes';

describe('typed client', () => {
  it('returns the value of an ok Result', async () => {
    const fake = fakeTransport({ 'app.status': status({ unitName: 'Xã Tân Lập' }) });
    const client = createClient(fake.transport);
    const answer = await client.call('app.status', {});
    expect(answer.unitName).toBe('Xã Tân Lập');
    expect(fake.calls).toEqual([{ channel: 'app.status', input: {} }]);
  });

  it("throws main's error with its code, Vietnamese message and field path", async () => {
    const fake = fakeTransport({ 'residentialGroups.save': fail('CONFLICT', 'Tên tổ dân phố đã có.', 'name') });
    const client = createClient(fake.transport);
    const failure = await client.call('residentialGroups.save', { name: 'Tổ 1', householdCount: 3 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiCallError);
    expect(failure).toMatchObject({ code: 'CONFLICT', message: 'Tên tổ dân phố đã có.', path: 'name' });
  });
});

describe('HTTP transport', () => {
  it('posts the input to /api/<channel> with the bearer token and the client id', async () => {
    const requests: { url: string; init: RequestInit }[] = [];
    const fetchFake = (async (url: string, init: RequestInit) => {
      requests.push({ url, init });
      return new Response(JSON.stringify({ ok: true, value: null }), { status: 200 });
    }) as typeof fetch;
    const result = await httpTransport('tok123', 'client-1', fetchFake)('auth.logout', {});
    expect(result).toEqual({ ok: true, value: null });
    expect(requests[0]?.url).toBe('/api/auth.logout');
    expect(requests[0]?.init.method).toBe('POST');
    expect(requests[0]?.init.headers).toMatchObject({ Authorization: 'Bearer tok123', 'X-Client-Id': 'client-1' });
    expect(requests[0]?.init.body).toBe('{}');
  });

  it("passes on the host's 401 envelope and turns a dead host into UNAVAILABLE", async () => {
    const rejected = (async () =>
      new Response(JSON.stringify({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Sai mã truy cập.' } }), { status: 401 })) as typeof fetch;
    expect(await httpTransport('bad', 'c', rejected)('app.status', {})).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: 'Sai mã truy cập.' },
    });
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const result = await httpTransport('t', 'c', down)('app.status', {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('UNAVAILABLE');
  });

  it('takes the token from the address fragment, keeps it for the tab and wipes it from the address bar', () => {
    window.history.replaceState(null, '', '/index.html#token=abc%2F123');
    expect(takeTokenFromLocation()).toBe('abc/123');
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/index.html');
    expect(window.sessionStorage.getItem('sdc.token')).toBe('abc/123');
    expect(takeTokenFromLocation()).toBe('abc/123');
  });
});

describe('transport choice', () => {
  afterEach(() => {
    delete (window as { api?: unknown }).api;
  });

  it('uses the Electron preload when it is there', async () => {
    const invoked: unknown[] = [];
    (window as { api?: unknown }).api = {
      invoke: async (channel: string, input: unknown) => {
        invoked.push([channel, input]);
        return { ok: true, value: 'từ preload' };
      },
    };
    expect(await chooseTransport()('app.status', {})).toEqual({ ok: true, value: 'từ preload' });
    expect(invoked).toEqual([['app.status', {}]]);
  });

  it('otherwise picks a fresh client id for this page load and keeps it in sessionStorage', () => {
    chooseTransport();
    const first = window.sessionStorage.getItem('sdc.client');
    chooseTransport();
    const second = window.sessionStorage.getItem('sdc.client');
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).not.toBe(first);
  });
});
