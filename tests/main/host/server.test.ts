import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import type { Result } from '../../../main/api';
import type { Dispatcher } from '../../../main/handlers/dispatch';
import { HOST_CONTENT_SECURITY_POLICY, MAX_BODY_BYTES, startHost, type Host } from '../../../main/host/server';
import { CONTENT_SECURITY_POLICY } from '../../../main/shell/csp';
import { send, type RawResponse } from './httpRequest';

const SECRET = 'secret-outside-the-renderer';
const INDEX_HTML = '<!doctype html><html lang="vi"><head><title>Sổ Dân Chủ</title></head><body></body></html>';

interface Call {
  clientId: string;
  channel: string;
  input: unknown;
}

let workDir: string;
let host: Host;
let calls: Call[];
const answer: Result<unknown> = { ok: true, value: { state: 'ready' } };

const dispatcher: Dispatcher = {
  invoke: async (clientId, channel, input) => {
    calls.push({ clientId, channel, input });
    return answer;
  },
  forgetClient: () => undefined,
};

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'sdc-host-'));
  const rendererDir = path.join(workDir, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), INDEX_HTML);
  await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  await writeFile(path.join(rendererDir, 'assets', 'style.css'), 'body { margin: 0 }');
  await writeFile(path.join(workDir, 'package.json'), SECRET);
  await writeFile(path.join(workDir, 'secret.txt'), SECRET);
  await symlink(path.join(workDir, 'secret.txt'), path.join(rendererDir, 'leak.txt'));
  host = await startHost({ dispatcher, rendererDir });
});

afterAll(async () => {
  await host.close();
  await rm(workDir, { recursive: true, force: true });
});

beforeEach(() => {
  calls = [];
});

function apiCall(overrides: { headers?: Record<string, string | null>; body?: string | Buffer; method?: string; channel?: string } = {}) {
  return send({
    port: host.port,
    method: overrides.method ?? 'POST',
    path: `/api/${overrides.channel ?? 'app.status'}`,
    headers: {
      Authorization: `Bearer ${host.token}`,
      'X-Client-Id': 'page-1',
      'Content-Type': 'application/json',
      ...overrides.headers,
    },
    body: overrides.body ?? '{}',
  });
}

function envelope(response: RawResponse): Result<unknown> {
  expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  return JSON.parse(response.body) as Result<unknown>;
}

function expectRefused(response: RawResponse, status: number, code: string): void {
  expect(response.status).toBe(status);
  const result = envelope(response);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(/[à-ỹ]/); // Vietnamese, with diacritics
  }
}

describe('where the host listens', () => {
  it('hands out a loopback URL carrying a 32-byte token in the fragment', () => {
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
    expect(host.url).toBe(`${host.origin}/#token=${host.token}`);
    expect(Buffer.from(host.token, 'base64url')).toHaveLength(32);
  });

  it('accepts connections on 127.0.0.1 only', async () => {
    const otherAddresses = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address !== undefined && !address.internal)
      .map((address) => address!.address);
    for (const address of ['127.0.0.2', '::1', ...otherAddresses]) {
      await expect(canConnect(address, host.port), address).resolves.toBe(false);
    }
    await expect(canConnect('127.0.0.1', host.port)).resolves.toBe(true);
  });

  it('draws a new token at every start and refuses a weak given one', async () => {
    const other = await startHost({ dispatcher, rendererDir: path.join(workDir, 'renderer') });
    try {
      expect(other.token).not.toBe(host.token);
    } finally {
      await other.close();
    }
    await expect(startHost({ dispatcher, rendererDir: workDir, token: 'short' })).rejects.toThrow(/token/);
  });
});

function canConnect(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('DNS rebinding: the Host header must be exactly 127.0.0.1:<port>', () => {
  const foreignHosts = () => [`localhost:${host.port}`, 'evil.example', `127.0.0.1:${host.port + 1}`, '127.0.0.1', null];

  it('refuses static files under a foreign Host', async () => {
    for (const hostHeader of foreignHosts()) {
      const response = await send({ port: host.port, path: '/', headers: { host: hostHeader } });
      expectRefused(response, 421, 'FORBIDDEN');
      expect(response.body).not.toContain('<html');
    }
  });

  it('refuses API calls under a foreign Host, even with the right token, before the dispatcher', async () => {
    for (const hostHeader of foreignHosts()) {
      expectRefused(await apiCall({ headers: { host: hostHeader } }), 421, 'FORBIDDEN');
    }
    expect(calls).toEqual([]);
  });
});

describe('the bearer token', () => {
  it('is required on every API call; a wrong one is refused and the dispatcher is not called', async () => {
    const wrongAuthorizations = [
      null,
      '',
      'Bearer',
      'Bearer wrong',
      `Bearer ${host.token.slice(0, -1)}`,
      `Bearer ${host.token}x`,
      `Bearer ${host.token.slice(0, -1)}${host.token.endsWith('A') ? 'B' : 'A'}`,
      `Basic ${host.token}`,
      `bearer ${host.token}`,
      host.token,
    ];
    for (const authorization of wrongAuthorizations) {
      expectRefused(await apiCall({ headers: { Authorization: authorization } }), 401, 'UNAUTHENTICATED');
    }
    expect(calls).toEqual([]);
  });

  it('is never taken from a cookie', async () => {
    for (const cookie of [`token=${host.token}`, `sdc_token=${host.token}`, `Authorization=Bearer ${host.token}`]) {
      expectRefused(await apiCall({ headers: { Authorization: null, Cookie: cookie } }), 401, 'UNAUTHENTICATED');
    }
    expect(calls).toEqual([]);
  });

  it('is not needed for static files, which hold no data', async () => {
    const response = await send({ port: host.port, path: '/' });
    expect(response.status).toBe(200);
    expect(response.body).toBe(INDEX_HTML);
  });
});

describe('a good API call', () => {
  it('reaches the dispatcher with the client id, channel and input and returns its envelope', async () => {
    const response = await apiCall({
      channel: 'setup.createAdministrator',
      headers: { 'X-Client-Id': 'Tab_7-a', 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ username: 'admin', fullName: 'Nguyễn Văn A' }),
    });
    expect(response.status).toBe(200);
    expect(envelope(response)).toEqual(answer);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(calls).toEqual([
      { clientId: 'Tab_7-a', channel: 'setup.createAdministrator', input: { username: 'admin', fullName: 'Nguyễn Văn A' } },
    ]);
  });

  it('passes an empty body as no input', async () => {
    expect((await apiCall({ body: '' })).status).toBe(200);
    expect(calls).toEqual([{ clientId: 'page-1', channel: 'app.status', input: undefined }]);
  });

  it('accepts the Origin of the page it served and refuses any other', async () => {
    expect((await apiCall({ headers: { Origin: host.origin } })).status).toBe(200);
    for (const origin of ['http://evil.example', `http://localhost:${host.port}`, 'null']) {
      expectRefused(await apiCall({ headers: { Origin: origin } }), 403, 'FORBIDDEN');
    }
    expect(calls).toHaveLength(1);
  });
});

describe('malformed API calls', () => {
  it('refuses a missing or malformed client id', async () => {
    for (const clientId of [null, '', 'a'.repeat(65), 'has space', 'a.b', 'a/b']) {
      expectRefused(await apiCall({ headers: { 'X-Client-Id': clientId } }), 400, 'BAD_INPUT');
    }
    expect(calls).toEqual([]);
  });

  it('refuses a body that is not declared as JSON', async () => {
    for (const contentType of [null, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      expectRefused(await apiCall({ headers: { 'Content-Type': contentType } }), 415, 'BAD_INPUT');
    }
    expect(calls).toEqual([]);
  });

  it('answers 400 with a Vietnamese envelope when the JSON does not parse', async () => {
    for (const body of ['{', '{"a":', 'undefined', "{'a':1}"]) {
      expectRefused(await apiCall({ body }), 400, 'BAD_INPUT');
    }
    expect(calls).toEqual([]);
  });

  it('answers 413 to a body over the limit, declared or streamed', async () => {
    const oversized = JSON.stringify({ note: 'x'.repeat(MAX_BODY_BYTES) });
    expectRefused(await apiCall({ body: oversized }), 413, 'BAD_INPUT');
    expectRefused(await apiCall({ body: oversized, headers: { 'Transfer-Encoding': 'chunked' } }), 413, 'BAD_INPUT');
    expect(calls).toEqual([]);
    const justUnder = JSON.stringify({ note: 'x'.repeat(MAX_BODY_BYTES - 20) });
    expect((await apiCall({ body: justUnder })).status).toBe(200);
  });
});

describe('methods', () => {
  it('allows only POST on the API', async () => {
    for (const method of ['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']) {
      const response = await apiCall({ method, body: '' });
      expect(response.status, method).toBe(405);
      expect(response.headers.allow).toBe('POST');
    }
    expect(calls).toEqual([]);
  });

  it('allows only GET and HEAD on static files', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const response = await send({ port: host.port, method, path: '/index.html' });
      expect(response.status, method).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD');
    }
    const head = await send({ port: host.port, method: 'HEAD', path: '/' });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(INDEX_HTML)));
    expect(head.body).toBe('');
  });
});

describe('headers on every response', () => {
  async function sampleResponses(): Promise<RawResponse[]> {
    const preflight = {
      Origin: 'http://evil.example',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'authorization, x-client-id, content-type',
    };
    return [
      await send({ port: host.port, path: '/' }),
      await send({ port: host.port, path: '/assets/app.js' }),
      await send({ port: host.port, path: '/missing.png' }),
      await apiCall(),
      await apiCall({ headers: { Authorization: null } }),
      await apiCall({ headers: { host: 'evil.example' } }),
      await send({ port: host.port, method: 'OPTIONS', path: '/api/app.status', headers: preflight }),
      await send({ port: host.port, method: 'OPTIONS', path: '/', headers: preflight }),
    ];
  }

  it('carries no CORS header at all, including on a preflight', async () => {
    for (const response of await sampleResponses()) {
      expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('carries the CSP, nosniff and no-referrer', async () => {
    for (const response of await sampleResponses()) {
      expect(response.headers['content-security-policy']).toBe(HOST_CONTENT_SECURITY_POLICY);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it("uses the shell's policy, letting the page reach only its own host's API", () => {
    const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+(.*)/).slice(0, 2) as [string, string]));
    const shell = directives(CONTENT_SECURITY_POLICY);
    const served = directives(HOST_CONTENT_SECURITY_POLICY);
    expect(served.get('connect-src')).toBe("'self'");
    shell.delete('connect-src');
    served.delete('connect-src');
    expect(served).toEqual(shell);
  });
});

describe('static files', () => {
  it('serves files with their MIME types', async () => {
    const cases = [
      ['/', 'text/html; charset=utf-8'],
      ['/index.html', 'text/html; charset=utf-8'],
      ['/assets/app.js', 'text/javascript; charset=utf-8'],
      ['/assets/style.css', 'text/css; charset=utf-8'],
    ];
    for (const [requestPath, type] of cases) {
      const response = await send({ port: host.port, path: requestPath! });
      expect(response.status, requestPath).toBe(200);
      expect(response.headers['content-type']).toBe(type);
    }
    expect((await send({ port: host.port, path: '/assets/app.js' })).body).toBe('console.log("app");');
  });

  it('falls back to index.html for extension-less routes only', async () => {
    for (const route of ['/meetings', '/meetings/42', '/api', '/assets/?x=1']) {
      const response = await send({ port: host.port, path: route });
      expect(response.status, route).toBe(200);
      expect(response.body).toBe(INDEX_HTML);
    }
    for (const missing of ['/missing.js', '/assets/missing.css', '/favicon.ico']) {
      expectRefused(await send({ port: host.port, path: missing }), 404, 'NOT_FOUND');
    }
  });

  it('refuses every path that tries to leave the renderer folder', async () => {
    const attempts = [
      '/../package.json',
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/package.json',
      '/%2E%2E/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%2fpackage.json',
      '/..%2Fsecret.txt',
      '/..%5csecret.txt',
      '/..\\secret.txt',
      '/%00',
      '/index.html%00.js',
      '/./index.html',
      '/leak.txt',
      '/%E0%A4%A',
      `//${workDir}/secret.txt`,
      `${workDir}/secret.txt`,
    ];
    for (const attempt of attempts) {
      const response = await send({ port: host.port, path: attempt });
      expect(response.status, attempt).toBe(404);
      expect(response.body, attempt).not.toContain(SECRET);
    }
  });
});

describe('closing', () => {
  it('stops accepting connections', async () => {
    const other = await startHost({ dispatcher, rendererDir: path.join(workDir, 'renderer') });
    await other.close();
    await expect(canConnect('127.0.0.1', other.port)).resolves.toBe(false);
  });
});
