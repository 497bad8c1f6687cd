import { readFileSync, statSync } from 'node:fs';
import { sha256Hex } from '../envelope/canonical';
import { DEFAULT_LIMITS, type BatchHeader } from '../envelope/format';
import { readBatchBuffer, readBatchFile, type ReadResult, type TrustedKey } from '../envelope/read';
import { uncarriedFiles, type UncarriedFile } from './files';
import { keepInInbox } from './folders';
import { declaredKind } from './kinds';

/** What verifying one file needs: nothing from the database but the registry's active keys, so it can run on another thread. */
export type VerifyRequest = {
  path: string;
  /** The registry's active keys by fingerprint, read when the file's turn came. */
  keys: Map<string, TrustedKey>;
  /** The data folder whose inbox keeps the original bytes; null in a dry run, which keeps nothing. */
  inboxDataDir: string | null;
};

export type VerifiedFile =
  | { readable: false; error: string }
  /** `bytes` and `sha256` are null only when the file was too large to be read at all. */
  | {
      readable: true;
      bytes: Buffer | null;
      sha256: string | null;
      result: ReadResult;
      /** The fingerprint the signature named, when the reader asked the registry for one. */
      askedFingerprint: string;
      /** For a file signed with an unknown key: the kind its unsigned header declares. */
      unsignedKind: BatchHeader['kind'] | null;
      /** For a verified batch: the attachments its records reference and it does not carry. */
      uncarried: UncarriedFile[];
    };

/**
 * Reads one batch file once, keeps its original bytes in the inbox, and runs every check of the envelope
 * (docs/exchange-format.md §9). Plain data in and out: the import runs it on a worker thread (verifyWorker.ts).
 */
export async function verifyFile(request: VerifyRequest): Promise<VerifiedFile> {
  let bytes: Buffer;
  try {
    if (statSync(request.path).size > DEFAULT_LIMITS.maxFileBytes) {
      const result = await readBatchFile(request.path, { trustedKeys: () => undefined });
      return { readable: true, bytes: null, sha256: null, result, askedFingerprint: '', unsignedKind: null, uncarried: [] };
    }
    bytes = readFileSync(request.path);
  } catch (error) {
    return { readable: false, error: (error as Error).message };
  }
  const sha256 = sha256Hex(bytes);
  if (request.inboxDataDir && bytes.length > 0) keepInInbox(request.inboxDataDir, sha256, bytes);
  let askedFingerprint = '';
  const result = await readBatchBuffer(bytes, { trustedKeys: (fp) => ((askedFingerprint = fp), request.keys.get(fp)) });
  const unsignedKind = !result.ok && result.reason.code === 'UNKNOWN_KEY' ? await declaredKind(bytes) : null;
  return { readable: true, bytes, sha256, result, askedFingerprint, unsignedKind, uncarried: result.ok ? uncarriedFiles(result) : [] };
}
