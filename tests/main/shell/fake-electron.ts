// A stand-in for the 'electron' module (the Electron binary cannot run under vitest).
// Test files install it with:
//   vi.mock('electron', async () => (await import('./fake-electron')).electron);
// and call resetElectron() in beforeEach. It records what the shell asks of Electron and lets a test
// emit the events Electron would emit.
import { EventEmitter } from 'node:events';
import { vi, type Mock } from 'vitest';

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };
type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  windowOpenHandler: WindowOpenHandler | null = null;

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  minimized = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }

  isMinimized(): boolean {
    return this.minimized;
  }
}

/** A navigation-like Electron event: what the guard handlers receive. */
export function fakeEvent<Fields extends object>(fields: Fields = {} as Fields): Fields & { preventDefault: Mock } {
  return { preventDefault: vi.fn(), ...fields };
}

const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  setAppUserModelId: vi.fn(),
  whenReady: vi.fn(() => Promise.resolve()),
  getPath: vi.fn((name: string) => `/fake-home/${name}`),
  getAppPath: vi.fn(() => '/fake-app'),
  getVersion: vi.fn(() => '9.8.7'),
});

const ipcHandlers = new Map<string, IpcHandler>();
const ipcMain = {
  handlers: ipcHandlers,
  handle: vi.fn((channel: string, handler: IpcHandler) => {
    // Like Electron: a second handler for the same channel is a programming error.
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcHandlers.set(channel, handler);
  }),
};

const defaultSession = {
  setPermissionRequestHandler: vi.fn(),
  setPermissionCheckHandler: vi.fn(),
  setDevicePermissionHandler: vi.fn(),
};

const screenState = { workAreaSize: { width: 1920, height: 1040 } };

export const electron = {
  app,
  ipcMain,
  BrowserWindow: FakeBrowserWindow,
  session: { defaultSession },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showErrorBox: vi.fn() },
  screen: { getPrimaryDisplay: vi.fn(() => screenState) },
  shell: { openExternal: vi.fn(async () => undefined) },
  /** Seals by reversing the bytes behind a marker: enough to see which store sealed what. */
  safeStorage: {
    isEncryptionAvailable: vi.fn(() => true),
    getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
    encryptString: vi.fn((plain: string) => Buffer.concat([Buffer.from('OS:'), Buffer.from(plain).reverse()])),
    decryptString: vi.fn((sealed: Buffer) => Buffer.from(sealed.subarray(3)).reverse().toString()),
  },
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn() },
};

/** Forgets recorded calls, listeners, handlers and windows; restores the default answers. */
export function resetElectron(): void {
  vi.resetAllMocks();
  app.removeAllListeners();
  app.isPackaged = false;
  ipcHandlers.clear();
  screenState.workAreaSize = { width: 1920, height: 1040 };
  FakeBrowserWindow.created = [];
}

export function setWorkAreaSize(size: { width: number; height: number }): void {
  screenState.workAreaSize = size;
}

/** Lets promise callbacks (app.whenReady().then…) run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
