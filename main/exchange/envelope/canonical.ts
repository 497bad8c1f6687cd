import { createHash } from 'node:crypto';

/**
 * RFC 8785 (JCS) for plain JSON data: object keys sorted by UTF-16 code units, no whitespace, strings and
 * numbers as ECMAScript's JSON.stringify writes them (which is how JCS defines them).
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) throw new Error('canonicalJson: only plain objects (no Date, Map, Buffer)');
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('canonicalJson: non-finite number');
  const text = JSON.stringify(value);
  if (text === undefined) throw new Error(`canonicalJson: not JSON data (${typeof value})`);
  return text;
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A record's `hash`: SHA-256 of the canonical JSON of its `data`. */
export function recordHash(data: Record<string, unknown>): string {
  return sha256Hex(canonicalJson(data));
}
