import { createElectronPdfPrinter } from './pdfPrinter';
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, screen, session } from 'electron';
import { AppError } from '../api/errors';
import type { Runtime, RuntimeOptions } from '../runtime/runtime';
import { APP_URL } from './app-url';
import { createDialogPort } from './dialogs';
import { forgetClientOnDestroy, registerApiHandlers } from './ipc';
import { applicationMenuTemplate } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { osSecretStore } from './secrets';
import { layeredSecretStore } from '../exchange/outbound/secretStore';
import { VERIFY_WORKER_FILE } from '../exchange/inbound/verifier';
import { denyAllPermissions, installWebContentsGuard, windowWebPreferences } from './security';

const APP_TITLE = 'Sổ Dân Chủ';
const APP_ID = 'vn.sodanchu.app';
const PREFERRED_SIZE = { width: 1280, height: 800 };
/** Small enough for a 1366×768 screen with the Windows taskbar. */
const MINIMUM_SIZE = { width: 1024, height: 700 };

export interface ShellDependencies {
  createRuntime(options: RuntimeOptions): Promise<Runtime>;
}

/** The Electron entry: one instance, one hardened window over the runtime. */
export function startShell({ createRuntime }: ShellDependencies): void {
  registerAppScheme();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.setAppUserModelId(APP_ID);
  installWebContentsGuard(app);

  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());

  void app
    .whenReady()
    .then(async () => {
      denyAllPermissions(session.defaultSession);
      serveRenderer(path.join(app.getAppPath(), 'dist', 'renderer'));
      const runtime = await openRuntime(createRuntime, createDialogPort(() => mainWindow));
      if (!runtime) return;
      app.once('will-quit', () => runtime.close());
      registerApiHandlers(runtime.dispatcher, (contents) => contents === mainWindow?.webContents);
      Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(app.isPackaged)));
      mainWindow = createMainWindow();
      forgetClientOnDestroy(mainWindow.webContents, runtime.dispatcher);
      mainWindow.on('closed', () => {
        mainWindow = null;
      });
    })
    .catch((error: unknown) => failStartup(`Đã xảy ra lỗi khi khởi động ứng dụng.${technicalDetail(error)}`));
}

export function dataDirectory(): string {
  return process.env.SDC_DATA_DIR || app.getPath('userData');
}

/** The preferred size, shrunk to the screen's work area but never below the minimum. */
export function initialWindowSize(workArea: { width: number; height: number }): { width: number; height: number } {
  return {
    width: Math.max(MINIMUM_SIZE.width, Math.min(PREFERRED_SIZE.width, workArea.width)),
    height: Math.max(MINIMUM_SIZE.height, Math.min(PREFERRED_SIZE.height, workArea.height)),
  };
}

async function openRuntime(
  createRuntime: ShellDependencies['createRuntime'],
  dialogs: RuntimeOptions['dialogs'],
): Promise<Runtime | null> {
  const dataDir = dataDirectory();
  try {
    return await createRuntime({
      dataDir,
      dialogs,
      appVersion: app.getVersion(),
      pdfPrinter: createElectronPdfPrinter({ tempDir: path.join(app.getPath('temp'), 'so-dan-chu-print') }),
      resourcesDir: path.join(app.getAppPath(), 'resources'),
      secretStore: layeredSecretStore(osSecretStore(), dataDir),
      verifyWorker: path.join(app.getAppPath(), 'dist', 'main', VERIFY_WORKER_FILE),
    });
  } catch (error) {
    failStartup(
      error instanceof AppError
        ? error.message
        : `Không mở được dữ liệu của ứng dụng trong thư mục:\n${dataDir}${technicalDetail(error)}`,
    );
    return null;
  }
}

function failStartup(message: string): void {
  dialog.showErrorBox(`Không thể khởi động ${APP_TITLE}`, message);
  app.quit();
}

function technicalDetail(error: unknown): string {
  return `\n\nChi tiết kỹ thuật: ${error instanceof Error ? error.message : String(error)}`;
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    ...initialWindowSize(screen.getPrimaryDisplay().workAreaSize),
    minWidth: MINIMUM_SIZE.width,
    minHeight: MINIMUM_SIZE.height,
    title: APP_TITLE,
    show: false,
    backgroundColor: '#f5f5f5',
    webPreferences: windowWebPreferences({
      preloadPath: path.join(app.getAppPath(), 'dist', 'main', 'preload.cjs'),
      devTools: !app.isPackaged,
    }),
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_URL).catch((error: unknown) => failStartup(`Không tải được giao diện của ứng dụng.${technicalDetail(error)}`));
  return window;
}
