// The import's verification thread, bundled into dist/main/verify-worker.cjs (scripts/build-main.mjs).
import { parentPort, type TransferListItem } from 'node:worker_threads';
import { AppError } from '../../api/errors';
import { WORKER_READY, type VerifyAnswer } from './verifier';
import { verifyFile, type VerifiedFile, type VerifyRequest } from './verify';

/** The file's own bytes move to the import instead of being copied, when they own their memory (not a pooled slice). */
function movable(verified: VerifiedFile): TransferListItem[] {
  const bytes = verified.readable ? verified.bytes : null;
  const own = bytes && bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return own ? [bytes.buffer as ArrayBuffer] : [];
}

parentPort!.on('message', ({ id, request }: { id: number; request: VerifyRequest }) => {
  verifyFile(request).then(
    (verified) => parentPort!.postMessage({ id, verified } satisfies VerifyAnswer, movable(verified)),
    (error: Error) => parentPort!.postMessage({ id, error: error.message, ...(error instanceof AppError ? { code: error.code } : {}) } satisfies VerifyAnswer),
  );
});
parentPort!.postMessage(WORKER_READY);
