/**
 * The browser mode and end-to-end host: `node dist/host/cli.mjs`. Opens the data folder with the real
 * runtime and serves the built renderer on 127.0.0.1. Environment:
 * - SDC_DATA_DIR: data folder (default `.data/` under the working directory);
 * - SDC_PORT: port (default 0, a free one);
 * - SDC_NO_DEMO=1: do not fill an empty data folder with the demo ward;
 * - SDC_FAKE_DIALOG_DIR: tests only, answer file dialogs from that folder (see fakeDialogs.ts);
 * - SDC_RENDERER_DIR: serve another renderer folder (the benchmark's baseline page).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { version } from '../../package.json';
import { noDialogs } from '../runtime/ports';
import { createRuntime } from '../runtime/runtime';
import { lazyChromiumPrinter } from '../documents/chromiumPrinter';
import { fakeDialogs } from './fakeDialogs';
import { VERIFY_WORKER_FILE } from '../exchange/inbound/verifier';
import { startHost } from './server';

const builtRendererDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../renderer');
const builtVerifyWorker = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../main', VERIFY_WORKER_FILE);

function portFromEnv(value: string | undefined): number {
  const port = Number(value ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`SDC_PORT không phải là số cổng hợp lệ: ${value}`);
  return port;
}

async function main(): Promise<void> {
  const env = process.env;
  const rendererDir = env.SDC_RENDERER_DIR ?? builtRendererDir;
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`không tìm thấy giao diện đã biên dịch trong ${rendererDir}. Hãy biên dịch trước: npx vite build.`);
  }
  const port = portFromEnv(env.SDC_PORT);
  const fakeDialogDir = env.SDC_FAKE_DIALOG_DIR;
  const pdfPrinter = lazyChromiumPrinter();
  const runtime = await createRuntime({
    dataDir: path.resolve(env.SDC_DATA_DIR ?? '.data'),
    dialogs: fakeDialogDir ? fakeDialogs(path.resolve(fakeDialogDir)) : noDialogs,
    appVersion: version,
    demoWhenEmpty: env.SDC_NO_DEMO !== '1',
    pdfPrinter,
    verifyWorker: builtVerifyWorker,
  });
  const host = await startHost({ dispatcher: runtime.dispatcher, rendererDir, port }).catch((error: unknown) => {
    runtime.close();
    throw error;
  });

  const shutDown = async (): Promise<void> => {
    await host.close();
    runtime.close();
    await pdfPrinter.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutDown());
  process.once('SIGTERM', () => void shutDown());

  console.log(`Sổ Dân Chủ đang chạy ở chế độ trình duyệt: ${host.url}`);
  console.log(`SDC_HOST_URL=${host.url}`);
}

main().catch((error: unknown) => {
  console.error('Không khởi động được Sổ Dân Chủ ở chế độ trình duyệt:', error instanceof Error ? error.message : error);
  process.exit(1);
});
