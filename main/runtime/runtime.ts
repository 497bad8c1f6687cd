import { createDispatcher, type Dispatcher } from '../handlers/dispatch';
import { handlers } from '../handlers/handlers';
import { Workspace } from '../workspace/workspace';
import { systemClock, type Clock, type DialogPort, type SecretStore } from './ports';
import { layeredSecretStore } from '../exchange/outbound/secretStore';
import type { PdfPrinter } from '../documents/pdf';
import { repositoryResourcesDir } from '../documents/fonts';

export interface RuntimeOptions {
  dataDir: string;
  dialogs: DialogPort;
  clock?: Clock;
  appVersion: string;
  /** Open a seeded demo ward when no real ward exists yet. Default true. */
  demoWhenEmpty?: boolean;
  /** Turns the documents' HTML into PDF: Electron's printToPDF in the app, Chromium in tests and the browser mode. */
  pdfPrinter: PdfPrinter;
  /** The folder holding fonts and reference data; default: the repository's resources folder. */
  resourcesDir?: string;
  /** Seals the exchange's key passphrase; default: a file key in the data folder (weaker, see layeredSecretStore). */
  secretStore?: SecretStore;
  /** The bundled batch-verification worker (VERIFY_WORKER_FILE); absent, imports verify on the main thread. */
  verifyWorker?: string;
}

export interface Runtime {
  dispatcher: Dispatcher;
  dataDir: string;
  close(): void;
}

/** Composes the application once; the Electron shell, the loopback host and the tests all start here. */
export async function createRuntime(options: RuntimeOptions): Promise<Runtime> {
  const clock = options.clock ?? systemClock;
  const workspace = await Workspace.open({ dataDir: options.dataDir, clock, demoWhenEmpty: options.demoWhenEmpty ?? true });
  const dispatcher = createDispatcher(handlers, {
    workspace,
    clock,
    dialogs: options.dialogs,
    appVersion: options.appVersion,
    pdfPrinter: options.pdfPrinter,
    resourcesDir: options.resourcesDir ?? repositoryResourcesDir(),
    secrets: options.secretStore ?? layeredSecretStore(null, options.dataDir),
    verifyWorker: options.verifyWorker,
  });
  return { dispatcher, dataDir: options.dataDir, close: () => workspace.close() };
}
