import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../api/errors';
import { verifyFile, type VerifiedFile, type VerifyRequest } from './verify';

/** The worker's bundle, built into dist/main beside the Electron main process (scripts/build-main.mjs). */
export const VERIFY_WORKER_FILE = 'verify-worker.cjs';

/** Verifies batch files for one import; closed when the import ends. */
export interface BatchVerifier {
  verify(request: VerifyRequest): Promise<VerifiedFile>;
  close(): Promise<void>;
}

/** An error keeps its AppError code across the thread boundary (a full disk while keeping the original, say). */
export type VerifyAnswer = { id: number; verified: VerifiedFile } | { id: number; error: string; code?: ErrorCode };

const onThisThread: BatchVerifier = { verify: verifyFile, close: async () => undefined };

/** A worker answer carries bytes as a plain Uint8Array: the import keeps and hashes them as a Buffer. */
function asBuffers(verified: VerifiedFile): VerifiedFile {
  if (!verified.readable || !verified.bytes) return verified;
  const bytes = Buffer.from(verified.bytes.buffer, verified.bytes.byteOffset, verified.bytes.byteLength);
  if (!verified.result.ok) return { ...verified, bytes };
  const files = Object.fromEntries(Object.entries(verified.result.files).map(([hash, file]) => [hash, Buffer.from(file.buffer, file.byteOffset, file.byteLength)]));
  return { ...verified, bytes, result: { ...verified.result, files } };
}

/** The worker's first message: its listener is in place. */
export const WORKER_READY = 'ready';

/** Resolves true once the worker is ready, false if it failed to start (a damaged bundle, a packaging fault). */
function started(worker: Worker): Promise<boolean> {
  return new Promise((resolve) => {
    worker.once('message', (message: unknown) => resolve(message === WORKER_READY));
    worker.once('error', () => resolve(false));
    worker.once('exit', () => resolve(false));
  });
}

/**
 * Verification (unzip, hashes, signature, JSON and schema of every line) costs more than applying a batch: on its
 * own thread it runs while the previous file is written, and the Electron main process stays responsive. A worker
 * that cannot start leaves the import to this thread; one that fails once started stops the import.
 */
function onWorker(scriptPath: string): BatchVerifier {
  const worker = new Worker(scriptPath);
  const ready = started(worker);
  const waiting = new Map<number, { resolve: (file: VerifiedFile) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let stopped: Error | null = null;
  const failAll = (error: Error) => {
    stopped ??= error;
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  };
  worker.on('message', (answer: VerifyAnswer | typeof WORKER_READY) => {
    if (answer === WORKER_READY) return;
    const pending = waiting.get(answer.id);
    waiting.delete(answer.id);
    if ('error' in answer) pending?.reject(answer.code ? new AppError(answer.code, answer.error) : new Error(answer.error));
    else pending?.resolve(asBuffers(answer.verified));
  });
  worker.on('error', (error) => failAll(new AppError('INTERNAL', `Luồng kiểm tra lô dữ liệu gặp lỗi nên việc nhập dừng lại; các tệp đã nhập trước đó vẫn được giữ. Chi tiết: ${error.message}`)));
  worker.on('exit', (code) => failAll(new AppError('INTERNAL', `Luồng kiểm tra lô dữ liệu đã dừng (mã ${code}) nên việc nhập dừng lại; các tệp đã nhập trước đó vẫn được giữ.`)));
  worker.on('messageerror', (error) => failAll(new AppError('INTERNAL', `Không nhận được kết quả kiểm tra lô dữ liệu từ luồng kiểm tra: ${error.message}`)));
  const onIt = (request: VerifyRequest) =>
    new Promise<VerifiedFile>((resolve, reject) => {
      if (stopped) return reject(stopped);
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, request });
    });
  void ready.then((ok) => ok || console.warn(`Không khởi động được luồng kiểm tra lô dữ liệu (${scriptPath}): lô được kiểm tra trên luồng chính, chậm hơn.`));
  return {
    verify: async (request) => ((await ready) ? onIt(request) : verifyFile(request)),
    close: async () => void (await worker.terminate()),
  };
}

/** The bundled worker when the host ships one (the app, the command line, the browser host); else this thread (a run from source). */
export function batchVerifier(workerScript: string | undefined): BatchVerifier {
  // Worker refuses a relative path outright; every host passes an absolute one.
  return workerScript && isAbsolute(workerScript) && existsSync(workerScript) ? onWorker(workerScript) : onThisThread;
}
