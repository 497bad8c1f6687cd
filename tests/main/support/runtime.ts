import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Channel, In, Out } from '../../../main/api';
import { createRuntime, type Runtime, type RuntimeOptions } from '../../../main/runtime/runtime';
import type { Clock, DialogPort } from '../../../main/runtime/ports';
import { lazyChromiumPrinter } from '../../../main/documents/chromiumPrinter';

export function makeTempDir(prefix = 'sdc-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A clock the test moves by hand. */
export class FakeClock implements Clock {
  constructor(private current: Date = new Date('2026-03-02T02:00:00.000Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

/** The file dialog is a true boundary: tests script its answers. */
export class ScriptedDialogs implements DialogPort {
  savePath: string | null = null;
  openPath: string | null = null;
  /** Several files picked at once; when empty, the single `openPath` (if any) is the pick. */
  openPaths: string[] = [];
  folderPath: string | null = null;
  async chooseSavePath() {
    return this.savePath;
  }
  async chooseOpenPath() {
    return this.openPath;
  }
  async chooseOpenPaths() {
    if (this.openPaths.length > 0) return this.openPaths;
    return this.openPath ? [this.openPath] : [];
  }
  async chooseFolder() {
    return this.folderPath;
  }
}

export interface TestApp {
  runtime: Runtime;
  dataDir: string;
  clock: FakeClock;
  dialogs: ScriptedDialogs;
  /** Calls a channel as one client; throws with the Vietnamese message when the result is not ok. */
  call<C extends Channel>(channel: C, input: In<C>, clientId?: string): Promise<Out<C>>;
  /** Calls a channel and returns the raw Result envelope. */
  raw(channel: string, input: unknown, clientId?: string): ReturnType<Runtime['dispatcher']['invoke']>;
  restart(): Promise<void>;
  dispose(): void;
}

export async function startTestApp(options: Partial<RuntimeOptions> & { clock?: FakeClock } = {}): Promise<TestApp> {
  const dataDir = options.dataDir ?? makeTempDir();
  const clock = options.clock ?? new FakeClock();
  const dialogs = new ScriptedDialogs();
  const pdfPrinter = lazyChromiumPrinter();
  const open = () => createRuntime({ dataDir, clock, dialogs, appVersion: '0.0.0-test', demoWhenEmpty: options.demoWhenEmpty ?? false, pdfPrinter, secretStore: options.secretStore });
  const app: TestApp = {
    runtime: await open(),
    dataDir,
    clock,
    dialogs,
    raw: (channel, input, clientId = 'test') => app.runtime.dispatcher.invoke(clientId, channel, input),
    async call(channel, input, clientId = 'test') {
      const result = await app.runtime.dispatcher.invoke(clientId, channel, input);
      if (!result.ok) throw Object.assign(new Error(result.error.message), { apiError: result.error });
      return result.value as never;
    },
    async restart() {
      app.runtime.close();
      app.runtime = await open();
    },
    dispose() {
      app.runtime.close();
      void pdfPrinter.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return app;
}

export const ADMIN = { username: 'quantri', fullName: 'Nguyễn Thị Quản Trị', password: 'mat-khau-manh-1' };

/** A fresh ward with its first administrator logged in as client 'test'. */
export async function startWardWithAdmin(options: Partial<RuntimeOptions> & { clock?: FakeClock } = {}): Promise<TestApp> {
  const app = await startTestApp(options);
  await app.call('setup.createAdministrator', { ...ADMIN, installationRole: 'ward' });
  return app;
}

export const SAMPLE_PROFILE = {
  name: 'Phường Đống Đa',
  kind: 'ward' as const,
  code: '00001',
  provinceName: 'Thành phố Hà Nội',
  address: '1 phố Đông Các, phường Đống Đa',
  phone: '024 3851 1111',
  email: '',
  superiorName: 'Sở Nội vụ thành phố Hà Nội',
  superiorCode: '01',
  superiorEmail: '',
};

/** The error a refused call carried (code, Vietnamese message, path); fails the test when the call succeeded. */
export function refusalOf(call: Promise<unknown>): Promise<{ code: string; message: string; path?: string }> {
  return call.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: { apiError?: { code: string; message: string; path?: string } }) => {
      if (!error.apiError) throw error;
      return error.apiError;
    },
  );
}
