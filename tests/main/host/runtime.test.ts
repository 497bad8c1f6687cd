import { lazyChromiumPrinter } from '../../../main/documents/chromiumPrinter';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Result } from '../../../main/api';
import { startHost, type Host } from '../../../main/host/server';
import { noDialogs } from '../../../main/runtime/ports';
import { createRuntime, type Runtime } from '../../../main/runtime/runtime';
import { send } from './httpRequest';

let workDir: string;
let runtime: Runtime;
let host: Host;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'sdc-host-runtime-'));
  const rendererDir = path.join(workDir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><html lang="vi"></html>');
  runtime = await createRuntime({ dataDir: path.join(workDir, 'data'), dialogs: noDialogs, appVersion: '9.9.9', demoWhenEmpty: false, pdfPrinter: lazyChromiumPrinter() });
  host = await startHost({ dispatcher: runtime.dispatcher, rendererDir });
});

afterAll(async () => {
  await host.close();
  runtime.close();
  await rm(workDir, { recursive: true, force: true });
});

function call(channel: string, input: unknown): Promise<Result<Record<string, unknown>>> {
  return send({
    port: host.port,
    method: 'POST',
    path: `/api/${channel}`,
    headers: { Authorization: `Bearer ${host.token}`, 'X-Client-Id': 'page-1', 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  }).then((response) => {
    expect(response.status).toBe(200);
    return JSON.parse(response.body) as Result<Record<string, unknown>>;
  });
}

describe('the host over the real runtime', () => {
  it('answers app.status from a fresh data folder', async () => {
    const result = await call('app.status', {});
    expect(result).toMatchObject({ ok: true, value: { state: 'ready', appVersion: '9.9.9', hasAdministrator: false, account: null } });
  });

  it("passes the dispatcher's own refusals through as 200 envelopes", async () => {
    expect(await call('no.such.channel', {})).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await call('app.status', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });
});
