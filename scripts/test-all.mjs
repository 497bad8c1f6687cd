// `npm test`: every check of the project, in order, then one closing line "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureNativeForNode } from './native.mjs';

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const tally = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function step(title, command, args) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  console.log(`=== ${title}: ${status === 0 ? 'ok' : `FAILED (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
  return status === 0;
}

/** A check that is not a test runner (lint, typecheck, build) counts as one test. */
function check(title, command, args) {
  const ok = step(title, command, args);
  tally[ok ? 'passed' : 'failed'] += 1;
  if (!ok) failures.push(title);
  return ok;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

function vitest() {
  const file = `${results}/vitest.json`;
  const ok = step('vitest (main + renderer)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  const report = readJson(file);
  if (!report) return void (tally.failed += 1, failures.push('vitest (no report)'));
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests;
  tally.skipped += report.numPendingTests + report.numTodoTests;
  if (!ok) failures.push('vitest');
}

function playwright(title, config, file) {
  const ok = step(title, 'npx', ['playwright', 'test', '-c', config]);
  const report = readJson(file);
  if (!report) return void (tally.failed += 1, failures.push(`${title} (no report)`));
  tally.passed += report.stats.expected + report.stats.flaky;
  tally.failed += report.stats.unexpected;
  tally.skipped += report.stats.skipped;
  if (!ok) failures.push(title);
  const skippedReasons = new Set();
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) for (const t of spec.tests ?? []) for (const a of t.annotations ?? []) if (a.type === 'skip') skippedReasons.add(a.description);
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
  for (const reason of skippedReasons) console.log(`SKIPPED (${title}): ${reason}`);
}

ensureNativeForNode();
check('eslint', 'npx', ['eslint', '.']);
check('typecheck (tsc --noEmit)', 'npx', ['tsc', '--noEmit', '-p', '.']);
// Built before the unit tests, so that the test of the built command line runs too.
const built = check('build (vite + esbuild)', 'npm', ['run', 'build', '--silent']);
vitest();
if (built) {
  check('packaging smoke test (electron-builder --dir, offline)', 'node', ['build/smoke-pack.mjs']);
  playwright('e2e (Playwright, Debian Chromium, loopback host)', 'playwright.config.ts', `${results}/e2e.json`);
  playwright('electron shell (Playwright _electron)', 'playwright.electron.config.ts', `${results}/electron.json`);
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
process.exit(tally.failed === 0 && failures.length === 0 ? 0 : 1);
