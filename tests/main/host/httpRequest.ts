import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RawRequest {
  port: number;
  method?: string;
  /** Sent verbatim: node:http does not normalise dot segments or percent escapes. */
  path: string;
  /** Host defaults to 127.0.0.1:<port>; pass `host: null` to send no Host header at all. */
  headers?: Record<string, string | null>;
  body?: string | Buffer;
}

/** A request with full control over the Host header and the raw path (fetch allows neither). */
export function send({ port, method = 'GET', path, headers = {}, body }: RawRequest): Promise<RawResponse> {
  const { host = `127.0.0.1:${port}`, ...rest } = headers;
  const sent = Object.fromEntries(
    Object.entries({ Host: host, ...rest }).filter((entry): entry is [string, string] => entry[1] !== null),
  );
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, method, path, headers: sent, setHost: false, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
