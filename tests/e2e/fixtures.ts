import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { expect, test as base, type APIRequestContext, type Page } from '@playwright/test';
import { OPEN_RESPONSE_FILE } from '../../main/host/fakeDialogs';

export { expect } from '@playwright/test';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const hostEntry = path.join(repoRoot, 'dist/host/cli.mjs');
const screensDir = path.join(repoRoot, 'test-results/e2e/screens');
const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 5_000;

export interface HostSettings {
  /** Fill an empty data folder with the demo ward (the default), or start empty (SDC_NO_DEMO=1). */
  demo: boolean;
  /** Answer file dialogs from `host.dialogDir` instead of cancelling them (SDC_FAKE_DIALOG_DIR). */
  fakeDialogs: boolean;
}

/** The built host running as a child process over a temporary data folder. */
export interface HostProcess {
  /** `http://127.0.0.1:PORT/#token=…`; a new one after every restart. */
  readonly url: string;
  readonly origin: string;
  readonly dataDir: string;
  /** Where faked save dialogs write, and where the open-dialog answer lives. */
  readonly dialogDir: string;
  /** What the next open dialogs answer: a path, or null for "cancelled". */
  setOpenDialogResponse(filePath: string | null): Promise<void>;
  /** Stops the host and starts it again on the same data folder; returns the new URL. */
  restart(): Promise<string>;
  stop(): Promise<void>;
  /** Everything the host printed, for failure reports. */
  readonly log: string;
}

class ChildHost implements HostProcess {
  private child: ChildProcess | null = null;
  private currentUrl = '';
  log = '';

  constructor(
    readonly dataDir: string,
    readonly dialogDir: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  get url(): string {
    if (!this.currentUrl) throw new Error('The host is not running.');
    return this.currentUrl;
  }

  get origin(): string {
    return new URL(this.url).origin;
  }

  async start(): Promise<string> {
    if (!existsSync(hostEntry)) throw new Error(`${hostEntry} is missing: build first (npx vite build && node scripts/build-main.mjs).`);
    const child = spawn(process.execPath, [hostEntry], {
      cwd: repoRoot,
      env: { ...process.env, ...this.env, SDC_DATA_DIR: this.dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stderr.on('data', (chunk: Buffer) => (this.log += chunk.toString()));
    this.currentUrl = await this.readUrl(child);
    return this.currentUrl;
  }

  private readUrl(child: ChildProcess): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The host printed no SDC_HOST_URL within ${START_TIMEOUT_MS} ms.\n${this.log}`)), START_TIMEOUT_MS);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`The host exited with code ${code} before it was ready.\n${this.log}`));
      });
      createInterface({ input: child.stdout! }).on('line', (line) => {
        this.log += `${line}\n`;
        const match = /^SDC_HOST_URL=(\S+)$/.exec(line);
        if (!match?.[1]) return;
        clearTimeout(timer);
        resolve(match[1]);
      });
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    this.currentUrl = '';
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(killer);
  }

  async restart(): Promise<string> {
    await this.stop();
    return this.start();
  }

  async setOpenDialogResponse(filePath: string | null): Promise<void> {
    const responseFile = path.join(this.dialogDir, OPEN_RESPONSE_FILE);
    if (filePath === null) await rm(responseFile, { force: true });
    else await writeFile(responseFile, filePath);
  }
}

function hostEnv(settings: HostSettings, dialogDir: string): NodeJS.ProcessEnv {
  return {
    ...(settings.demo ? {} : { SDC_NO_DEMO: '1' }),
    ...(settings.fakeDialogs ? { SDC_FAKE_DIALOG_DIR: dialogDir } : {}),
  };
}

/** Starts a host over a fresh temporary folder; `dispose` stops it, attaches its log when the test failed, and removes the folder. */
export async function launchHost(settings: HostSettings): Promise<{ host: HostProcess; dispose(failed: boolean, attach: (log: string) => Promise<void>): Promise<void> }> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'sdc-e2e-'));
  const dialogDir = path.join(workDir, 'dialogs');
  await mkdir(dialogDir);
  const host = new ChildHost(path.join(workDir, 'data'), dialogDir, hostEnv(settings, dialogDir));
  const dispose = async (failed: boolean, attach: (log: string) => Promise<void>) => {
    await host.stop();
    if (failed) await attach(host.log);
    await rm(workDir, { recursive: true, force: true });
  };
  try {
    await host.start();
  } catch (error) {
    await dispose(false, async () => {});
    throw error;
  }
  return { host, dispose };
}

/**
 * `test` with a running host. Settings per file: `test.use({ hostSettings: { demo: false, fakeDialogs: true } })`.
 * `secondHost` is another installation (empty, dialogs faked), started only by the tests that ask for it.
 */
export const test = base.extend<{ hostSettings: HostSettings; host: HostProcess; secondHost: HostProcess }>({
  hostSettings: [{ demo: true, fakeDialogs: false }, { option: true }],
  host: async ({ hostSettings }, use, testInfo) => {
    const { host, dispose } = await launchHost(hostSettings);
    try {
      await use(host);
    } finally {
      await dispose(testInfo.status !== testInfo.expectedStatus, (log) => testInfo.attach('host-log', { body: log, contentType: 'text/plain' }));
    }
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; it has none.
  secondHost: async ({}, use, testInfo) => {
    const { host, dispose } = await launchHost({ demo: false, fakeDialogs: true });
    try {
      await use(host);
    } finally {
      await dispose(testInfo.status !== testInfo.expectedStatus, (log) => testInfo.attach('second-host-log', { body: log, contentType: 'text/plain' }));
    }
  },
});

/** Saves a full-page screenshot to test-results/e2e/screens/<name>.png and returns its path. */
export async function saveScreen(page: Page, name: string): Promise<string> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`Screenshot names are lowercase words joined by "-": ${name}`);
  const file = path.join(screensDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The demo ward's administrator over the host's API, for a test's set-up only, never for the steps under test. */
export async function adminApi(request: APIRequestContext, host: HostProcess) {
  const headers = { Authorization: `Bearer ${new URL(host.url).hash.replace('#token=', '')}`, 'X-Client-Id': 'e2e-setup' };
  const call = async <T = unknown>(channel: string, input: unknown): Promise<T> => {
    const response = await request.post(`${host.origin}/api/${channel}`, { headers, data: input });
    const body = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
    if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`);
    return body.value as T;
  };
  await call('auth.login', { username: 'admin', password: 'demo1234' });
  return call;
}

/** Clicks an entry of the left navigation. */
export const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('button', { name, exact: true }).click();

/** Signs in to the demo ward as one of its accounts (admin, vanthu, congdoan, xem). */
export async function logIn(page: Page, host: HostProcess, username: string) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill('demo1234');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Trang chủ' })).toBeVisible();
}
