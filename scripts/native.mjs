// better-sqlite3 is a native module: it must be compiled for the runtime that loads it (Node for the tests,
// Electron for the app). This checks by loading it, and rebuilds only when the check fails.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const probe = "new (require('better-sqlite3'))(':memory:').close()";

function loads(command, env = process.env) {
  return spawnSync(command, ['-e', probe], { env, stdio: 'pipe' }).status === 0;
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/** Makes better-sqlite3 loadable by plain Node (tests, the loopback host). */
export function ensureNativeForNode() {
  if (loads(process.execPath)) return;
  console.log('better-sqlite3 chưa được biên dịch cho Node.js: đang biên dịch lại…');
  run('npm', ['rebuild', 'better-sqlite3']);
  if (!loads(process.execPath)) throw new Error('better-sqlite3 still does not load in Node after the rebuild.');
}

/** Makes better-sqlite3 loadable by the Electron binary at `electronPath`. */
export function ensureNativeForElectron(electronPath) {
  const asNode = { ...process.env, ELECTRON_RUN_AS_NODE: '1' };
  if (loads(electronPath, asNode)) return;
  const { version } = require('electron/package.json');
  console.log(`Đang biên dịch better-sqlite3 cho Electron ${version}…`);
  run('npx', ['electron-rebuild', '--force', '--only', 'better-sqlite3', '--version', version]);
  if (!loads(electronPath, asNode)) throw new Error('better-sqlite3 does not load in Electron after the rebuild.');
}

if (import.meta.url === `file://${process.argv[1]}`) ensureNativeForNode();
