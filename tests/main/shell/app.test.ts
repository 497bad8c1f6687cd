import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { createRuntime, type Runtime, type RuntimeOptions } from '../../../main/runtime/runtime';
import { dataDirectory, initialWindowSize, startShell } from '../../../main/shell/app';
import { applicationMenuTemplate } from '../../../main/shell/menu';
import { electron, FakeBrowserWindow, resetElectron, settle } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

let dataDir: string;
let closeSpies: Array<() => void>;

beforeEach(() => {
  resetElectron();
  dataDir = mkdtempSync(path.join(tmpdir(), 'sdc-shell-'));
  vi.stubEnv('SDC_DATA_DIR', dataDir);
  closeSpies = [];
});

afterEach(() => {
  electron.app.emit('will-quit');
  vi.unstubAllEnvs();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The real runtime, with its close() observed. */
const observedCreateRuntime = vi.fn(async (options: RuntimeOptions): Promise<Runtime> => {
  const runtime = await createRuntime(options);
  closeSpies.push(vi.spyOn(runtime, 'close'));
  return runtime;
});

async function startedWindow(): Promise<FakeBrowserWindow> {
  startShell({ createRuntime: observedCreateRuntime });
  await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1), { timeout: 15_000 });
  return FakeBrowserWindow.created[0]!;
}

function callFromWindow(window: FakeBrowserWindow, channel: string, input: unknown) {
  const handler = electron.ipcMain.handlers.get(`api:${channel}`);
  return handler?.({ sender: window.webContents, senderFrame: { url: 'sodanchu://app/', parent: null } }, input);
}

describe('single instance', () => {
  it('quits a second instance before it opens data or a window', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValue(false);
    startShell({ createRuntime: observedCreateRuntime });
    await settle();
    expect(electron.app.quit).toHaveBeenCalledOnce();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(observedCreateRuntime).not.toHaveBeenCalled();
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(0);
  });

  it('brings the first window back when a second instance starts', async () => {
    const window = await startedWindow();
    window.minimized = true;
    electron.app.emit('second-instance');
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });
});

describe('start-up', () => {
  it('opens the runtime in SDC_DATA_DIR with the app version and answers the window through IPC', async () => {
    const window = await startedWindow();
    expect(observedCreateRuntime).toHaveBeenCalledOnce();
    expect(observedCreateRuntime.mock.calls[0]?.[0]).toMatchObject({ dataDir, appVersion: '9.8.7' });
    await expect(callFromWindow(window, 'app.status', {})).resolves.toMatchObject({
      ok: true,
      value: { state: 'ready', appVersion: '9.8.7' },
    });
  });

  it("gives the runtime a secret store that seals through the operating system's (safeStorage)", async () => {
    await startedWindow();
    const store = observedCreateRuntime.mock.calls[0]![0].secretStore!;
    expect(store.unprotect(store.protect(Buffer.from('passphrase'))).toString()).toBe('passphrase');
    expect(electron.safeStorage.encryptString).toHaveBeenCalledOnce();
  });

  it('points the exchange import at the verification worker bundled beside the main process', async () => {
    await startedWindow();
    expect(observedCreateRuntime.mock.calls[0]![0].verifyWorker).toBe(path.join('/fake-app', 'dist', 'main', 'verify-worker.cjs'));
  });

  it('hardens the session and serves the renderer before the window loads sodanchu://app/', async () => {
    const window = await startedWindow();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(electron.protocol.handle).toHaveBeenCalledWith('sodanchu', expect.any(Function));
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(electron.app.listenerCount('web-contents-created')).toBe(1);
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('sodanchu://app/');
  });

  it('creates a hidden 1280×800 window usable down to 1024×700, shown when ready', async () => {
    const window = await startedWindow();
    expect(window.options).toMatchObject({
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 700,
      title: 'Sổ Dân Chủ',
      show: false,
      webPreferences: {
        preload: path.join('/fake-app', 'dist', 'main', 'preload.cjs'),
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        devTools: true,
      },
    });
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('closes the runtime when the app quits', async () => {
    await startedWindow();
    expect(closeSpies[0]).not.toHaveBeenCalled();
    electron.app.emit('will-quit');
    expect(closeSpies[0]).toHaveBeenCalledOnce();
  });

  it('has no developer tools in a packaged build', async () => {
    electron.app.isPackaged = true;
    const window = await startedWindow();
    expect(window.options).toMatchObject({ webPreferences: { devTools: false } });
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    expect(JSON.stringify(template)).not.toContain('toggleDevTools');
  });

  it('explains in Vietnamese and quits when the data folder cannot be opened', async () => {
    const notAFolder = path.join(dataDir, 'khong-phai-thu-muc');
    writeFileSync(notAFolder, '');
    vi.stubEnv('SDC_DATA_DIR', notAFolder);
    startShell({ createRuntime: observedCreateRuntime });
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledOnce(), { timeout: 15_000 });
    expect(electron.dialog.showErrorBox).toHaveBeenCalledExactlyOnceWith(
      'Không thể khởi động Sổ Dân Chủ',
      expect.stringContaining(`Không mở được dữ liệu của ứng dụng trong thư mục:\n${notAFolder}`),
    );
    expect(FakeBrowserWindow.created).toHaveLength(0);
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  });
});

describe('data folder', () => {
  it("uses Electron's userData folder when SDC_DATA_DIR is not set", () => {
    vi.stubEnv('SDC_DATA_DIR', '');
    expect(dataDirectory()).toBe('/fake-home/userData');
  });
});

describe('window size', () => {
  it.each([
    [{ width: 1920, height: 1040 }, { width: 1280, height: 800 }],
    [{ width: 1366, height: 728 }, { width: 1280, height: 728 }],
    [{ width: 1024, height: 600 }, { width: 1024, height: 700 }],
  ])('fits work area %j as %j', (workArea, size) => {
    expect(initialWindowSize(workArea)).toEqual(size);
  });
});

describe('application menu', () => {
  const labels = (items: MenuItemConstructorOptions[] | undefined) => items?.map((item) => item.label ?? item.type);
  const submenu = (template: MenuItemConstructorOptions[], label: string) =>
    template.find((item) => item.label === label)?.submenu as MenuItemConstructorOptions[] | undefined;

  it('is in Vietnamese, with the editing roles the text fields need', () => {
    const template = applicationMenuTemplate(true);
    expect(labels(template)).toEqual(['Tệp', 'Chỉnh sửa', 'Xem']);
    expect(submenu(template, 'Tệp')).toEqual([{ role: 'quit', label: 'Thoát' }]);
    expect(submenu(template, 'Chỉnh sửa')?.map((item) => item.role).filter(Boolean)).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
    expect(labels(submenu(template, 'Xem'))).toEqual([
      'Tải lại',
      'separator',
      'Cỡ chữ mặc định',
      'Phóng to',
      'Thu nhỏ',
      'separator',
      'Toàn màn hình',
    ]);
  });

  it('offers the developer tools only when not packaged', () => {
    const roles = (isPackaged: boolean) => submenu(applicationMenuTemplate(isPackaged), 'Xem')?.map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });
});
