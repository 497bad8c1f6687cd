import { createDispatcher, type Dispatcher } from '../handlers/dispatch';
import { handlers } from '../handlers/handlers';
import { Workspace } from '../workspace/workspace';
import { systemClock, type Clock, type DialogPort } from './ports';

export interface RuntimeOptions {
  dataDir: string;
  dialogs: DialogPort;
  clock?: Clock;
  appVersion: string;
  /** Open a seeded demo ward when no real ward exists yet. Default true. */
  demoWhenEmpty?: boolean;
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
  const dispatcher = createDispatcher(handlers, { workspace, clock, dialogs: options.dialogs, appVersion: options.appVersion });
  return { dispatcher, dataDir: options.dataDir, close: () => workspace.close() };
}
