// The hardened shell, end to end, in real Electron: window options, navigation and window.open
// refused, the preload surface, the sodanchu:// protocol. Needs the Electron binary and a build
// (`npm run build`); on Linux without a display run it under `xvfb-run -a`.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { WebPreferences } from 'electron';

/** Electron has getLastWebPreferences() at run time but leaves it out of its typings. */
type WithLastWebPreferences = { getLastWebPreferences(): WebPreferences | null };

const APP_PAGE = /^sodanchu:\/\/app\//;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** node_modules/electron/path.txt names the binary inside node_modules/electron/dist once it is downloaded. */
function electronBinary(): string | null {
  const electronDir = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
test.skip(
  binary === null,
  'Electron binary not available on this machine (cannot download it here): node_modules/electron/path.txt ' +
    'is absent or names a missing file. Run `npm run build && npx playwright test -c playwright.electron.config.ts` ' +
    'on a machine where `npx electron --version` works.',
);
test.describe.configure({ mode: 'serial' });

let dataDir: string;
let app: ElectronApplication;
let page: Page;

test.beforeAll(async () => {
  const shellBundle = path.join(repoRoot, 'dist', 'main', 'shell.cjs');
  if (!existsSync(shellBundle)) throw new Error(`${shellBundle} is missing: run \`npm run build\` first.`);
  dataDir = mkdtempSync(path.join(tmpdir(), 'sdc-electron-'));
  app = await electron.launch({
    executablePath: binary ?? undefined,
    args: ['.'],
    cwd: repoRoot,
    env: { ...definedEnvironment(), SDC_DATA_DIR: dataDir },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function definedEnvironment(): Record<string, string> {
  const entries = Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return Object.fromEntries(entries.filter(([name]) => name !== 'ELECTRON_RUN_AS_NODE'));
}

test('the window is sandboxed, isolated and without Node', async () => {
  const preferences = await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as WithLastWebPreferences | undefined;
    const last = contents?.getLastWebPreferences();
    return last && {
      sandbox: last.sandbox,
      contextIsolation: last.contextIsolation,
      nodeIntegration: last.nodeIntegration,
      nodeIntegrationInSubFrames: last.nodeIntegrationInSubFrames,
      webviewTag: last.webviewTag,
      webSecurity: last.webSecurity,
      allowRunningInsecureContent: last.allowRunningInsecureContent,
      preload: last.preload,
    };
  });
  expect(preferences).toEqual({
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    preload: path.join(repoRoot, 'dist', 'main', 'preload.cjs'),
  });
  expect(page.url()).toMatch(APP_PAGE);
});

test('the page sees window.api with invoke only, and no require or process', async () => {
  const surface = await page.evaluate(() => {
    const scope = globalThis as Record<string, unknown>;
    return {
      apiKeys: Object.keys(window.api ?? {}),
      invoke: typeof window.api?.invoke,
      require: typeof scope.require,
      process: typeof scope.process,
      module: typeof scope.module,
      Buffer: typeof scope.Buffer,
      ipcRenderer: typeof scope.ipcRenderer,
    };
  });
  expect(surface).toEqual({
    apiKeys: ['invoke'],
    invoke: 'function',
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    Buffer: 'undefined',
    ipcRenderer: 'undefined',
  });
});

test('window.api reaches the runtime for contract channels and refuses others', async () => {
  const [status, unknown] = await page.evaluate(async () => [
    await window.api?.invoke('app.status', {}),
    await window.api?.invoke('shell.openExternal', { url: 'https://example.com/' }),
  ]);
  expect(status).toMatchObject({ ok: true, value: { state: 'ready' } });
  expect(unknown).toEqual({ ok: false, error: { code: 'BAD_INPUT', message: 'Yêu cầu không tồn tại.' } });
});

test('navigation to an external URL is refused and the app stays on sodanchu://app/', async () => {
  const attempted = app.evaluate(
    ({ BrowserWindow }) =>
      new Promise<string>((resolve) => {
        BrowserWindow.getAllWindows()[0]?.webContents.once('will-navigate', (event) => resolve(event.url));
      }),
  );
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  expect(await attempted).toBe('https://example.com/');
  await expect(page.waitForEvent('framenavigated', { timeout: 2_000 })).rejects.toThrow();
  expect(page.url()).toMatch(APP_PAGE);
  expect(await page.evaluate(() => location.href)).toMatch(APP_PAGE);
});

test('window.open returns null and opens no window', async () => {
  const opened = await page.evaluate(() => [
    window.open('https://example.com/') === null,
    window.open('sodanchu://app/') === null,
  ]);
  expect(opened).toEqual([true, true]);
  expect(app.windows()).toHaveLength(1);
});

test('the page cannot connect anywhere (CSP connect-src none)', async () => {
  const violation = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true });
        void fetch('https://example.com/').catch(() => undefined);
      }),
  );
  expect(violation).toBe('connect-src');
});

test('the protocol serves the app with its CSP and refuses paths that leave the build folder', async () => {
  const answers = await app.evaluate(async ({ session }) => {
    const statusOf = async (url: string) => (await session.defaultSession.fetch(url)).status;
    const index = await session.defaultSession.fetch('sodanchu://app/');
    return {
      indexStatus: index.status,
      csp: index.headers.get('content-security-policy'),
      encodedTraversal: await statusOf('sodanchu://app/..%2f..%2fpackage.json'),
      otherHost: await statusOf('sodanchu://evil/index.html'),
      post: (await session.defaultSession.fetch('sodanchu://app/index.html', { method: 'POST' })).status,
    };
  });
  expect(answers).toEqual({
    indexStatus: 200,
    csp:
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
      "connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    encodedTraversal: 403,
    otherHost: 403,
    post: 405,
  });
});
