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
  console.log(`Compute a stage's forms (finalAccounts, 5 forms)   ${ms(report).padStart(8)}  (${(report / baseline).toFixed(1)}× baseline; grid target ≤ ${GRID_TARGET_MS} ms incl. render)`);
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
