// First-paint benchmark: renderer bundle size and the time from host start to first contentful paint.
// Run after a build (`npx vite build && node scripts/build-main.mjs`): `node bench/first-paint.mjs`.
// Prints figures only; the exit code says nothing about speed.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const rendererDir = path.join(repoRoot, 'dist/renderer');
const hostEntry = path.join(repoRoot, 'dist/host/cli.mjs');
const RUNS = 5;
const BUNDLE_TARGET_GZIP_BYTES = 350 * 1000;
const FCP_TARGET_MS = 1000;
const FCP_TIMEOUT_MS = 15_000;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const BASELINE_HTML =
  '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Baseline</title></head><body><p>Sổ Dân Chủ</p></body></html>';

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value) => `${Math.round(value)} ms`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The scripts, module preloads and stylesheets index.html makes the browser fetch before anything is lazy-loaded. */
function initialAssets(html) {
  const assets = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const attribute = (name) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    const rel = attribute('rel');
    const url = tag.toLowerCase().startsWith('<script') ? attribute('src') : rel === 'stylesheet' || rel === 'modulepreload' ? attribute('href') : undefined;
    if (url && !/^[a-z]+:/i.test(url)) assets.push(url.replace(/^\.?\//, ''));
  }
  return assets;
}

async function reportBundleSize() {
  const assets = initialAssets(await readFile(path.join(rendererDir, 'index.html'), 'utf8'));
  let raw = 0;
  let gzip = 0;
  console.log('Renderer bundle: JS + CSS loaded initially by dist/renderer/index.html');
  for (const asset of assets) {
    const content = await readFile(path.join(rendererDir, asset));
    const zipped = gzipSync(content).length;
    raw += content.length;
    gzip += zipped;
    console.log(`  ${asset.padEnd(48)} ${kB(content.length).padStart(10)} raw ${kB(zipped).padStart(10)} gzip`);
  }
  const verdict = gzip <= BUNDLE_TARGET_GZIP_BYTES ? 'within target' : 'OVER target';
  console.log(`  ${'total'.padEnd(48)} ${kB(raw).padStart(10)} raw ${kB(gzip).padStart(10)} gzip  (target ≤ ${kB(BUNDLE_TARGET_GZIP_BYTES)} gzip: ${verdict})`);
}

function startHost(env) {
  const startedAt = Date.now();
  const child = spawn(process.execPath, [hostEntry], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const url = new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The host exited with code ${code}:\n${errors}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('SDC_HOST_URL=')) resolve(line.slice('SDC_HOST_URL='.length));
    });
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
  return { startedAt, url, stop };
}

/** Wall time from spawning the host to the page's first contentful paint, on a fresh browser context. */
async function measure(browser, env) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const host = startHost(env);
  try {
    const url = await host.url;
    const readyAt = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    const paint = await page.evaluate(
      (timeoutMs) =>
        new Promise((resolve, reject) => {
          setTimeout(() => reject(new Error('No first-contentful-paint entry.')), timeoutMs);
          new PerformanceObserver((list) => {
            const entry = list.getEntriesByName('first-contentful-paint')[0];
            if (entry) resolve({ timeOrigin: performance.timeOrigin, startTime: entry.startTime });
          }).observe({ type: 'paint', buffered: true });
        }),
      FCP_TIMEOUT_MS,
    );
    return { wall: paint.timeOrigin + paint.startTime - host.startedAt, hostReady: readyAt - host.startedAt, inPage: paint.startTime };
  } finally {
    await host.stop();
    await context.close();
  }
}

function summarise(label, runs) {
  const wall = median(runs.map((run) => run.wall));
  console.log(
    `  ${label.padEnd(34)} ${ms(wall).padStart(8)}  (host ready ${ms(median(runs.map((run) => run.hostReady)))}, ` +
      `page FCP ${ms(median(runs.map((run) => run.inPage)))}; runs: ${runs.map((run) => Math.round(run.wall)).join(', ')})`,
  );
  return wall;
}

async function reportFirstPaint() {
  const workDir = await mkdtemp(path.join(tmpdir(), 'sdc-bench-'));
  const baselineDir = path.join(workDir, 'baseline');
  await mkdir(baselineDir);
  await writeFile(path.join(baselineDir, 'index.html'), BASELINE_HTML);
  const appEnv = { SDC_DATA_DIR: path.join(workDir, 'data') };
  const baselineEnv = { ...appEnv, SDC_RENDERER_DIR: baselineDir };
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const firstStart = await measure(browser, appEnv);
    const app = [];
    const baseline = [];
    for (let run = 0; run < RUNS; run += 1) {
      app.push(await measure(browser, appEnv));
      baseline.push(await measure(browser, baselineEnv));
    }
    console.log(`\nHost start → first contentful paint (median of ${RUNS}, headless Chromium, ${cpus().length} CPUs: ${cpus()[0]?.model ?? '?'})`);
    const appMedian = summarise('home screen (existing data)', app);
    const baselineMedian = summarise('baseline: trivial page, same host', baseline);
    console.log(`  ${'home screen, first start'.padEnd(34)} ${ms(firstStart.wall).padStart(8)}  (empty folder: demo ward created)`);
    const verdict = appMedian <= FCP_TARGET_MS ? 'within target' : 'OVER target';
    console.log(`  target ≤ ${ms(FCP_TARGET_MS)}: ${verdict}; app / baseline = ${(appMedian / baselineMedian).toFixed(2)}×`);
  } finally {
    await browser.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

for (const required of [path.join(rendererDir, 'index.html'), hostEntry]) {
  if (!existsSync(required)) {
    console.error(`${path.relative(repoRoot, required)} is missing: build first (npx vite build && node scripts/build-main.mjs).`);
    process.exit(1);
  }
}
await reportBundleSize();
await reportFirstPaint();
