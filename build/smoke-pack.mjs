// Offline check of what electron-builder.yml puts into the package, without downloading anything:
// packs `--dir` for Linux around a fake Electron binary into a temporary folder and inspects app.asar.
// Run after `npm run build`:  node build/smoke-pack.mjs
// Fuses are left out here (a fake binary has none to flip); the real build (docs/release.md) flips them.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { build, Platform } = require('electron-builder');
const asar = require('@electron/asar');

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronVersion = require('electron/package.json').version;

const REQUIRED = [
  '/package.json',
  '/dist/main/shell.cjs',
  '/dist/main/preload.cjs',
  '/dist/main/verify-worker.cjs',
  '/dist/renderer/index.html',
  '/node_modules/better-sqlite3/lib/index.js',
  '/node_modules/bindings/bindings.js',
];
const FORBIDDEN = [
  [/^\/dist\/host\//, 'the loopback host'],
  [/^\/(main|renderer|scripts|tests|bench|build|docs)\//, 'sources, tests or build files'],
  [/^\/(?!node_modules\/).*\.(map|ts|tsx)$/, 'source maps or TypeScript'],
  [/^\/node_modules\/better-sqlite3\/(deps|src)\//, "better-sqlite3's C sources"],
];

function fakeElectronDist(root) {
  const dist = path.join(root, 'electron-dist');
  mkdirSync(path.join(dist, 'resources'), { recursive: true });
  writeFileSync(path.join(dist, 'electron'), '#!/bin/sh\nexit 1\n');
  chmodSync(path.join(dist, 'electron'), 0o755);
  writeFileSync(path.join(dist, 'version'), electronVersion);
  return dist;
}

function problemsIn(appDir) {
  const archive = path.join(appDir, 'resources', 'app.asar');
  const files = asar.listPackage(archive);
  const problems = REQUIRED.filter((file) => !files.includes(file)).map((file) => `missing ${file}`);
  for (const [pattern, what] of FORBIDDEN) {
    for (const file of files.filter((name) => pattern.test(name))) problems.push(`${what} packaged: ${file}`);
  }
  const nativeModule = path.join(appDir, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(nativeModule)) problems.push('better_sqlite3.node is not unpacked next to app.asar');
  return { problems, count: files.length };
}

for (const file of ['dist/main/shell.cjs', 'dist/main/preload.cjs', 'dist/main/verify-worker.cjs', 'dist/renderer/index.html']) {
  if (!existsSync(path.join(projectDir, file))) {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

const workDir = mkdtempSync(path.join(tmpdir(), 'sdc-smoke-pack-'));
try {
  const output = path.join(workDir, 'out');
  await build({
    projectDir,
    targets: Platform.LINUX.createTarget('dir'),
    config: { electronFuses: null, electronDist: fakeElectronDist(workDir), electronVersion, directories: { output } },
  });
  const { problems, count } = problemsIn(path.join(output, 'linux-unpacked'));
  if (problems.length > 0) {
    console.error(`Package content check FAILED:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`Package content check passed: ${count} entries in app.asar, no host, sources, tests or maps.`);
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
