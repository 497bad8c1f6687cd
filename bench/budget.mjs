// Budget benchmark: a year with every form of every stage filled, then the time to compute a stage's
// forms (what the grid shows) and to generate all documents of a stage in PDF, DOCX and XLSX.
// Run after a build: `node bench/budget.mjs`. Prints figures against targets and a same-run baseline
// (a trivial call through the same host); the exit code says nothing about speed.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 5;
const YEAR = 2026;
const GRID_TARGET_MS = 300;
const DOCUMENTS_TARGET_MS = 3000;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${Math.round(value)} ms`;

async function startHost(dataDir) {
  const child = spawn(process.execPath, [path.join(repoRoot, 'dist/host/cli.mjs')], {
    env: { ...process.env, SDC_DATA_DIR: dataDir, SDC_NO_DEMO: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`host exited ${code}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /^SDC_HOST_URL=(\S+)$/.exec(line);
      if (match) resolve(match[1]);
    });
  });
  const { origin, hash } = new URL(url);
  const token = new URLSearchParams(hash.slice(1)).get('token');
  return { child, origin, token };
}

function client({ origin, token }) {
  return async function call(channel, input = {}) {
    const response = await fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'x-client-id': 'bench', 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    const result = await response.json();
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
}

async function timed(runs, action) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await action();
    times.push(performance.now() - started);
  }
  return median(times);
}

const STAGES = ['estimateSubmitted', 'estimateApproved', 'executionQ1', 'execution6m', 'execution9m', 'executionYear', 'finalAccounts'];
const TARGET_LINES = 2000;

/** Project and detail lines under the open parents until the year holds about 2,000 lines. */
async function addDetailLines(call) {
  const open = [];
  let lines = 0;
  for (const stage of STAGES) {
    for (const { form } of (await call('budget.getReport', { year: YEAR, stage })).forms) {
      lines += form.lines.length;
      for (const line of form.lines.filter((l) => l.openChildren)) open.push({ stage, formCode: form.code, parent: line.code });
    }
  }
  for (let i = 0; lines < TARGET_LINES && open.length; i++, lines++) {
    const { stage, formCode, parent } = open[i % open.length];
    await call('budget.addLine', { year: YEAR, stage, formCode, parent, label: `Công trình đường giao thông tổ dân phố số ${i + 1}` });
  }
}

/** Every input money cell of every leaf line gets a figure: the heaviest year a ward can have. */
async function fillYear(call) {
  await addDetailLines(call);
  let lines = 0;
  for (const stage of STAGES) {
    const report = await call('budget.getReport', { year: YEAR, stage });
    for (const computed of report.forms) {
      const form = { ...computed.form, lines: computed.lines.map((l) => ({ ...l, blankColumns: computed.form.lines.find((f) => f.code === l.code)?.blankColumns ?? [] })) };
      const parents = new Set(form.lines.map((l) => l.parent).filter(Boolean));
      const inputs = form.columns.filter((c) => c.kind === 'money' && !c.formula);
      const leaves = form.lines.filter((l) => !parents.has(l.code) && !l.formula);
      lines += form.lines.length;
      const changes = leaves.flatMap((line, i) => inputs.filter((c) => !line.blankColumns.includes(c.key)).map((c, j) => ({ lineCode: line.code, columnKey: c.key, amount: 1_000_000 * (i + 1) + j * 1000 })));
      if (changes.length) await call('budget.saveFigures', { year: YEAR, stage, formCode: form.code, changes });
    }
  }
  return lines;
}

const FINAL_ACCOUNTS_LABEL = 'Quyết toán được HĐND phê chuẩn';

/**
 * The grid in Debian's Chromium: from the click on a form's tab to its grid drawn with all its rows, for the stage's
 * largest form, median of RUNS (switching to the first form and back each time). The tab click calls no host: the stage's
 * report (the computation measured above) was loaded when the stage was opened, so the two figures add up to opening a form.
 */
async function gridRenderMs(host, forms) {
  const largest = forms.reduce((a, b) => (b.lines.length > a.lines.length ? b : a));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${host.origin}/#token=${host.token}`);
    await page.getByLabel('Tên đăng nhập').fill('bench');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('bench-12345678');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('button', { name: 'Công khai ngân sách', exact: true }).click();
    await page.getByRole('list', { name: `Các giai đoạn công khai năm ${YEAR}` }).getByRole('button', { name: FINAL_ACCOUNTS_LABEL, exact: true }).click();
    const tabs = page.getByRole('tablist', { name: 'Các biểu mẫu của giai đoạn' });
    const rowCount = (expected) => page.waitForFunction((n) => globalThis.document.querySelectorAll('table[role=grid] tbody tr').length === n, expected, { polling: 'raf', timeout: 30_000 });
    const times = [];
    for (let i = 0; i < RUNS + 1; i++) {
      await tabs.getByRole('tab').first().click();
      await rowCount(forms[0].lines.length); // the first form's grid has replaced the largest one: a run never starts from it
      const started = await page.evaluate(() => performance.now());
      await tabs.getByRole('tab', { name: new RegExp(largest.form.formNumber.replace(/[/.]/g, '\\$&')) }).click();
      await rowCount(largest.lines.length);
      const drawn = await page.evaluate(() => new Promise((resolve) => globalThis.requestAnimationFrame(() => resolve(performance.now()))));
      if (i > 0) times.push(drawn - started); // the first run loads the grid's code
    }
    return { ms: median(times), rows: largest.lines.length, form: largest.form.formNumber };
  } finally {
    await browser.close();
  }
}

const dataDir = await mkdtemp(path.join(tmpdir(), 'sdc-bench-budget-'));
const host = await startHost(dataDir);
try {
  const call = client(host);
  await call('setup.createAdministrator', { username: 'bench', fullName: 'Đo hiệu năng', password: 'bench-12345678', installationRole: 'ward' });
  await call('ward.saveProfile', { name: 'Phường Đo Thử', kind: 'ward', code: '99999', provinceName: 'Tỉnh Thử', address: 'Số 1', phone: '', email: '', superiorName: 'Sở Nội vụ', superiorCode: '99', superiorEmail: '' });
  const set = (await call('budget.listFormSets'))[0];
  await call('budget.openYear', { year: YEAR, formSetId: set.id, formSetVersion: set.version });
  const lines = await fillYear(call);
  console.log(`Year ${YEAR}: 27 forms across 7 stages, ${lines} lines with figures (CPU: ${(await import('node:os')).cpus().length} cores)`);

  const baseline = await timed(RUNS, () => call('app.status'));
  const report = await timed(RUNS, () => call('budget.getReport', { year: YEAR, stage: 'finalAccounts' }));
  console.log(`Baseline: a trivial call through the host          ${ms(baseline).padStart(8)}`);
  console.log(`Compute a stage's forms (finalAccounts, 5 forms)   ${ms(report).padStart(8)}  (${(report / baseline).toFixed(1)}× baseline; loaded with the stage, before the grid below)`);
  const finalForms = (await call('budget.getReport', { year: YEAR, stage: 'finalAccounts' })).forms;
  const grid = await gridRenderMs(host, finalForms);
  console.log(`Click → grid drawn in Chromium (${grid.form}, ${grid.rows} rows) ${ms(grid.ms).padStart(8)}  (target ≤ ${GRID_TARGET_MS} ms; no host call: + compute above = ${ms(grid.ms + report)})`);
  for (const format of ['pdf', 'docx', 'xlsx']) {
    await call('budget.exportDocuments', { year: YEAR, stage: 'finalAccounts', format }); // warm-up: starts Chromium for the PDF
    const generation = await timed(3, () => call('budget.exportDocuments', { year: YEAR, stage: 'finalAccounts', format }));
    console.log(`All documents of a stage as ${format.toUpperCase().padEnd(4)}                   ${ms(generation).padStart(8)}  (target ≤ ${DOCUMENTS_TARGET_MS} ms; ${(generation / baseline).toFixed(0)}× baseline)`);
  }
} finally {
  host.child.kill('SIGTERM');
  await new Promise((resolve) => host.child.once('exit', resolve));
  await rm(dataDir, { recursive: true, force: true });
}
