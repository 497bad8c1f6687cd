import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-url';
import { CONTENT_SECURITY_POLICY } from './csp';

/** What to answer for a request to sodanchu://…: a file inside the renderer folder, or an error status. */
export type AppRequestDecision = { status: 200; filePath: string } | { status: 400 | 403 | 404 | 405 };

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/**
 * Decides which file under rootDir answers a request. Only GET on host "app"; every path segment is
 * decoded on its own and refused when it could change directory (encoded slash or backslash, NUL,
 * "." or "..", empty segment such as "//etc"); the resolved path must still lie inside rootDir.
 * A missing path without extension is a client-side route and gets index.html.
 */
export function resolveAppRequest(rootDir: string, url: string, method: string): AppRequestDecision {
  if (method !== 'GET') return { status: 405 };
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (!parsed) return { status: 400 };
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password) {
    return { status: 403 };
  }
  const segments = decodePathSegments(parsed.pathname);
  if (!segments) return { status: 403 };

  const root = path.resolve(rootDir);
  const target = path.resolve(root, ...segments);
  if (!isInside(root, target)) return { status: 403 };
  if (isFile(target)) return { status: 200, filePath: target };

  const index = path.join(root, 'index.html');
  if (path.extname(target) === '' && isFile(index)) return { status: 200, filePath: index };
  return { status: 404 };
}

/** The protocol handler over resolveAppRequest: file contents with MIME type and CSP, or an empty error. */
export function createAppFileHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const decision = resolveAppRequest(rootDir, request.url, request.method);
    if (decision.status !== 200) return emptyResponse(decision.status);
    try {
      const body = await readFile(decision.filePath);
      return new Response(new Uint8Array(body), { status: 200, headers: responseHeaders(mimeTypeOf(decision.filePath)) });
    } catch {
      return emptyResponse(404);
    }
  };
}

export function mimeTypeOf(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

function decodePathSegments(pathname: string): string[] | null {
  const raw = pathname.replace(/^\//, '').split('/');
  if (raw.at(-1) === '') raw.pop();
  const segments: string[] = [];
  for (const part of raw) {
    const segment = decodeSegment(part);
    if (segment === null || !isPlainSegment(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

function decodeSegment(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

function isPlainSegment(segment: string): boolean {
  return segment !== '' && segment !== '.' && segment !== '..' && !/[/\\\0]/.test(segment);
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

function isFile(filePath: string): boolean {
  return statSync(filePath, { throwIfNoEntry: false })?.isFile() ?? false;
}

function emptyResponse(status: number): Response {
  return new Response(null, { status, headers: responseHeaders('text/plain; charset=utf-8') });
}

function responseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}
