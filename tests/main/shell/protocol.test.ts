import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAppFileHandler, resolveAppRequest } from '../../../main/shell/app-files';
import { CONTENT_SECURITY_POLICY } from '../../../main/shell/csp';
import { registerAppScheme, serveRenderer } from '../../../main/shell/protocol';
import { electron, resetElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

// <tmp>/secret.txt lies next to the served root <tmp>/renderer and must never be reachable.
// Created at load time because the it.each tables below name these paths.
const base = mkdtempSync(path.join(tmpdir(), 'sdc-protocol-'));
const root = path.join(base, 'renderer');

beforeAll(() => {
  mkdirSync(path.join(root, 'assets', 'fonts'), { recursive: true });
  writeFileSync(path.join(base, 'secret.txt'), 'do not serve');
  writeFileSync(path.join(base, 'renderer-evil.txt'), 'sibling with the root as prefix');
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Sổ Dân Chủ</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'index-abc123.css'), 'body{}');
  writeFileSync(path.join(root, 'assets', 'fonts', 'tinos-vietnamese-400.woff2'), 'wOF2');
  writeFileSync(path.join(root, 'assets', 'tên có dấu.svg'), '<svg/>');
  writeFileSync(path.join(root, 'assets', 'data.bin'), 'binary');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));
beforeEach(resetElectron);

const get = (url: string) => resolveAppRequest(root, url, 'GET');

describe('resolveAppRequest serves files inside the renderer folder', () => {
  it('maps the root and index.html to index.html', () => {
    expect(get('sodanchu://app/')).toEqual({ status: 200, filePath: path.join(root, 'index.html') });
    expect(get('sodanchu://app/index.html')).toEqual({ status: 200, filePath: path.join(root, 'index.html') });
  });

  it('serves assets, ignoring query and fragment, and decodes percent-encoded names', () => {
    expect(get('sodanchu://app/assets/index-abc123.js?v=1#x')).toEqual({
      status: 200,
      filePath: path.join(root, 'assets', 'index-abc123.js'),
    });
    expect(get('sodanchu://app/assets/t%C3%AAn%20c%C3%B3%20d%E1%BA%A5u.svg')).toEqual({
      status: 200,
      filePath: path.join(root, 'assets', 'tên có dấu.svg'),
    });
  });

  it('falls back to index.html for a client-side route without extension', () => {
    expect(get('sodanchu://app/hoi-nghi/12')).toEqual({ status: 200, filePath: path.join(root, 'index.html') });
    expect(get('sodanchu://app/assets/')).toEqual({ status: 200, filePath: path.join(root, 'index.html') });
  });

  it('answers 404 for a missing file with an extension', () => {
    expect(get('sodanchu://app/assets/missing.js')).toEqual({ status: 404 });
  });
});

describe('resolveAppRequest refuses everything else', () => {
  it.each([
    ['a dot-dot segment (normalised by the URL parser, so it stays inside)', 'sodanchu://app/../secret.txt', 404],
    ['an encoded dot-dot segment', 'sodanchu://app/%2e%2e/secret.txt', 404],
    ['encoded slashes', 'sodanchu://app/..%2fsecret.txt', 403],
    ['encoded slashes, upper case', 'sodanchu://app/assets%2F..%2F..%2Fsecret.txt', 403],
    ['encoded backslashes', 'sodanchu://app/..%5csecret.txt', 403],
    ['a literal backslash', 'sodanchu://app/assets\\..\\..\\secret.txt', 403],
    ['an absolute path (empty first segment)', `sodanchu://app/${base}/secret.txt`, 403],
    ['an encoded absolute path', `sodanchu://app/${encodeURIComponent(path.join(base, 'secret.txt'))}`, 403],
    ['a NUL byte', 'sodanchu://app/index.html%00.js', 403],
    ['malformed percent-encoding', 'sodanchu://app/%E0%A4%A', 403],
    ['another host', 'sodanchu://evil/index.html', 403],
    ['the host with other casing', 'sodanchu://APP/index.html', 403],
    ['user info', 'sodanchu://user:pw@app/index.html', 403],
    ['a port', 'sodanchu://app:8080/index.html', 403],
    ['another scheme', 'file:///etc/passwd', 403],
    ['something that is not a URL', 'not a url', 400],
  ])('%s: %s → %i', (_case, url, status) => {
    expect(get(url)).toEqual({ status });
  });

  it('never resolves a path outside the root for a sibling folder sharing its prefix', () => {
    expect(get('sodanchu://app/..%2frenderer-evil.txt')).toEqual({ status: 403 });
  });

  it.each(['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'])('refuses %s with 405', (method) => {
    expect(resolveAppRequest(root, 'sodanchu://app/index.html', method)).toEqual({ status: 405 });
  });

  it('answers 404 for a route when the renderer has not been built', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'sdc-empty-'));
    try {
      expect(resolveAppRequest(empty, 'sodanchu://app/', 'GET')).toEqual({ status: 404 });
    } finally {
      rmSync(empty, { recursive: true });
    }
  });
});

describe('the protocol handler', () => {
  const handler = () => createAppFileHandler(root);

  it.each([
    ['sodanchu://app/', 'text/html; charset=utf-8', '<!doctype html><title>Sổ Dân Chủ</title>'],
    ['sodanchu://app/assets/index-abc123.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['sodanchu://app/assets/index-abc123.css', 'text/css; charset=utf-8', 'body{}'],
    ['sodanchu://app/assets/fonts/tinos-vietnamese-400.woff2', 'font/woff2', 'wOF2'],
    ['sodanchu://app/assets/t%C3%AAn%20c%C3%B3%20d%E1%BA%A5u.svg', 'image/svg+xml', '<svg/>'],
    ['sodanchu://app/assets/data.bin', 'application/octet-stream', 'binary'],
  ])('serves %s as %s with the CSP header', async (url, contentType, body) => {
    const response = await handler()(new Request(url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(body);
  });

  it.each([
    ['sodanchu://app/..%2fsecret.txt', 'GET', 403],
    ['sodanchu://evil/index.html', 'GET', 403],
    ['sodanchu://app/index.html', 'POST', 405],
    ['sodanchu://app/missing.png', 'GET', 404],
  ])('answers %s (%s) with an empty %i that still carries the CSP', async (url, method, status) => {
    const response = await handler()(new Request(url, { method }));
    expect(response.status).toBe(status);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe('');
  });
});

describe('scheme registration', () => {
  it('registers sodanchu as a standard, secure scheme that supports fetch', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'sodanchu', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles sodanchu:// with the file handler over the given folder', async () => {
    serveRenderer(root);
    expect(electron.protocol.handle).toHaveBeenCalledOnce();
    const [scheme, handle] = electron.protocol.handle.mock.calls[0] as [string, (request: Request) => Promise<Response>];
    expect(scheme).toBe('sodanchu');
    const response = await handle(new Request('sodanchu://app/index.html'));
    expect(await response.text()).toContain('Sổ Dân Chủ');
  });
});
