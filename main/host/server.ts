import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ApiError, Result } from '../api';
import type { Dispatcher } from '../handlers/dispatch';
import { CONTENT_SECURITY_POLICY } from '../shell/csp';

export interface HostOptions {
  dispatcher: Dispatcher;
  /** The built renderer (index.html + assets). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Defaults to 32 random bytes; a given token must be at least as long. */
  token?: string;
}

export interface Host {
  /** What a browser opens: the token travels in the fragment, which is never sent to the server. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';
/** Large enough for the biggest file the contract carries (40 MB as base64), small enough to refuse a flood. */
export const MAX_BODY_BYTES = 60 * 1024 * 1024;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43,}$/;
const CLIENT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const BEARER_PATTERN = /^Bearer ([A-Za-z0-9_-]+)$/;

/**
 * The shell's policy, except that the page may call this host's own API: Electron's IPC is not
 * governed by CSP, but the browser mode talks to main over fetch.
 */
export const HOST_CONTENT_SECURITY_POLICY = withDirective(CONTENT_SECURITY_POLICY, 'connect-src', "'self'");

function withDirective(policy: string, name: string, value: string): string {
  const others = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && directive.split(/\s+/)[0] !== name);
  return [...others, `${name} ${value}`].join('; ');
}

const COMMON_HEADERS = {
  'Content-Security-Policy': HOST_CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

/** A failure answered before (or instead of) the dispatcher, with its HTTP status. */
interface Refusal {
  status: number;
  error: ApiError;
  headers?: Record<string, string>;
}

const refusals = {
  foreignHost: { status: 421, error: { code: 'FORBIDDEN', message: 'Yêu cầu bị từ chối: địa chỉ máy chủ không hợp lệ.' } },
  foreignOrigin: { status: 403, error: { code: 'FORBIDDEN', message: 'Yêu cầu bị từ chối: trang gửi yêu cầu không thuộc ứng dụng.' } },
  badToken: {
    status: 401,
    error: {
      code: 'UNAUTHENTICATED',
      message: 'Yêu cầu bị từ chối: thiếu hoặc sai mã truy cập. Hãy mở lại ứng dụng bằng đường dẫn được cấp khi khởi động.',
    },
  },
  badClientId: { status: 400, error: { code: 'BAD_INPUT', message: 'Yêu cầu thiếu mã phiên làm việc hợp lệ.' } },
  notJson: { status: 415, error: { code: 'BAD_INPUT', message: 'Dữ liệu gửi lên phải ở dạng JSON.' } },
  tooLarge: {
    status: 413,
    error: { code: 'BAD_INPUT', message: `Dữ liệu gửi lên quá lớn (tối đa ${MAX_BODY_BYTES / 1024 / 1024} MiB).` },
    headers: { Connection: 'close' },
  },
  badJson: { status: 400, error: { code: 'BAD_INPUT', message: 'Dữ liệu gửi lên không phải JSON hợp lệ.' } },
  staticMethod: { status: 405, error: { code: 'BAD_INPUT', message: 'Phương thức yêu cầu không được hỗ trợ.' }, headers: { Allow: 'GET, HEAD' } },
  apiMethod: { status: 405, error: { code: 'BAD_INPUT', message: 'Phương thức yêu cầu không được hỗ trợ.' }, headers: { Allow: 'POST' } },
  notFound: { status: 404, error: { code: 'NOT_FOUND', message: 'Không tìm thấy nội dung được yêu cầu.' } },
  internal: { status: 500, error: { code: 'INTERNAL', message: 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại.' } },
} satisfies Record<string, Refusal>;

/**
 * Serves the built renderer and the dispatcher over HTTP on 127.0.0.1 only, for the end-to-end
 * tests and the browser mode. Static files are public (they hold no data); every API call needs
 * the per-start bearer token. No CORS: only the page this host served can read its answers.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  if (!TOKEN_PATTERN.test(token)) throw new Error('The host token must be at least 43 base64url characters.');
  const rendererRoot = await realpath(options.rendererDir);
  const expectedToken = Buffer.from(token);
  let expectedHost = '';
  let origin = '';

  const server = createServer({ requireHostHeader: false }, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('Loopback host request failed', error);
      if (!response.headersSent) sendRefusal(response, refusals.internal);
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.headers.host !== expectedHost) return sendRefusal(response, refusals.foreignHost);
    const rawPath = (request.url ?? '/').split('?')[0] ?? '/';
    if (rawPath.startsWith('/api/')) return handleApi(request, response, rawPath.slice('/api/'.length));
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendRefusal(response, refusals.staticMethod);
    const file = await resolveStaticFile(rendererRoot, rawPath);
    if (!file) return sendRefusal(response, refusals.notFound);
    const body = await readFile(file);
    response.writeHead(200, {
      ...COMMON_HEADERS,
      'Content-Type': MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
    });
    response.end(body); // node:http leaves the body out of HEAD answers itself
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
    if (request.method !== 'POST') return sendRefusal(response, refusals.apiMethod);
    if (request.headers.origin !== undefined && request.headers.origin !== origin) {
      return sendRefusal(response, refusals.foreignOrigin);
    }
    if (!hasToken(request.headers.authorization)) return sendRefusal(response, refusals.badToken);
    const clientId = request.headers['x-client-id'];
    if (typeof clientId !== 'string' || !CLIENT_ID_PATTERN.test(clientId)) return sendRefusal(response, refusals.badClientId);
    if (!isJsonContentType(request.headers['content-type'])) return sendRefusal(response, refusals.notJson);
    const body = await readBody(request);
    if (body === null) return sendRefusal(response, refusals.tooLarge);
    const parsed = parseJson(body);
    if (!parsed) return sendRefusal(response, refusals.badJson);
    sendJson(response, 200, await options.dispatcher.invoke(clientId, channel, parsed.input));
  }

  function hasToken(authorization: string | undefined): boolean {
    const presented = Buffer.from(BEARER_PATTERN.exec(authorization ?? '')?.[1] ?? '');
    return presented.length === expectedToken.length && timingSafeEqual(presented, expectedToken);
  }

  const port = await listen(server, options.port ?? 0);
  expectedHost = `${LOOPBACK}:${port}`;
  origin = `http://${expectedHost}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    close: () => close(server),
  };
}

function listen(server: ReturnType<typeof createServer>, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: LOOPBACK, port }, () => {
      server.off('error', reject);
      const address = server.address();
      if (address === null || typeof address === 'string') reject(new Error('The host has no TCP address.'));
      else resolve(address.port);
    });
  });
}

function close(server: ReturnType<typeof createServer>): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

/**
 * Maps a request path to a file inside the renderer folder, or null. Refuses anything that could
 * climb out: encoded separators, NUL, dot segments, and symlinks leading outside.
 * Extension-less paths that match no file are client-side routes and get index.html.
 */
async function resolveStaticFile(root: string, rawPath: string): Promise<string | null> {
  if (!rawPath.startsWith('/') || /%2f|%5c|%00|\\/i.test(rawPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  const segments = decoded.split('/');
  if (decoded.includes('\0') || segments.some((segment) => segment === '..' || segment === '.')) return null;
  const candidate = path.join(root, ...segments);
  const found = await containedFile(root, candidate);
  if (found) return found;
  const isRoute = path.extname(segments.at(-1) ?? '') === '';
  return isRoute ? containedFile(root, path.join(root, 'index.html')) : null;
}

async function containedFile(root: string, candidate: string): Promise<string | null> {
  try {
    const real = await realpath(candidate);
    if (!real.startsWith(root + path.sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

function isJsonContentType(header: string | undefined): boolean {
  return header?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** The whole body, or null once it exceeds the limit (the rest is drained, not stored). */
function readBody(request: IncomingMessage): Promise<Buffer | null> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    request.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** An empty body means "no input"; the dispatcher treats it like {}. Null when the body is not JSON. */
function parseJson(body: Buffer): { input: unknown } | null {
  if (body.length === 0) return { input: undefined };
  try {
    return { input: JSON.parse(body.toString('utf8')) as unknown };
  } catch {
    return null;
  }
}

function sendRefusal(response: ServerResponse, refusal: Refusal): void {
  const envelope: Result<never> = { ok: false, error: refusal.error };
  sendJson(response, refusal.status, envelope, refusal.headers ?? {});
}

function sendJson(response: ServerResponse, status: number, envelope: Result<unknown>, extra: Record<string, string> = {}): void {
  const body = JSON.stringify(envelope);
  response.writeHead(status, {
    ...COMMON_HEADERS,
    ...extra,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  response.end(body);
}
