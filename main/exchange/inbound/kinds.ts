import { batchHeaderSchema, DEFAULT_LIMITS, TAG, type BatchHeader } from '../envelope/format';
import { inflateAll, listZip } from '../envelope/zip';
import type { ImportCode } from './reasons';

/** Kinds a superior writes for its wards: never a ward's data, whoever signed them. */
const NOT_IMPORTABLE: Partial<Record<BatchHeader['kind'], ImportCode>> = {
  receipt: 'RECEIPT_NOT_IMPORTABLE',
  directive: 'DIRECTIVE_NOT_IMPORTABLE',
};

export function kindProblem(kind: BatchHeader['kind']): ImportCode | null {
  return NOT_IMPORTABLE[kind] ?? null;
}

/**
 * The kind batch.json declares in a file whose key is not registered (the reader stopped at the signature, after
 * the tag manifest and the header had passed). Unsigned, so it only ever turns a quarantine into a refusal: a receipt
 * or directive (most often one this office wrote itself) will not become importable once some key is registered.
 */
export async function declaredKind(bytes: Buffer): Promise<BatchHeader['kind'] | null> {
  try {
    const contents = await inflateAll(await listZip(bytes, DEFAULT_LIMITS), DEFAULT_LIMITS);
    const header = batchHeaderSchema.safeParse(JSON.parse(contents.get(TAG.header)?.toString('utf8') ?? ''));
    return header.success ? header.data.kind : null;
  } catch {
    return null;
  }
}
