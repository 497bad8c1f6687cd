// Bundles the main-process entry points with esbuild. The renderer is built by Vite (vite.config.ts).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3'],
};

await Promise.all([
  // The Electron main process: CommonJS, loaded by Electron from package.json "main".
  build({ ...common, entryPoints: ['main/shell/main.ts'], outfile: 'dist/main/shell.cjs', format: 'cjs' }),
  // The sandboxed preload cannot load ES modules or anything but 'electron': one CommonJS file.
  build({ ...common, entryPoints: ['main/shell/preload.ts'], outfile: 'dist/main/preload.cjs', format: 'cjs', sourcemap: false }),
  // The import's batch-verification thread (main/exchange/inbound/verifier.ts), started by the app, the command line and the browser host.
  build({ ...common, entryPoints: ['main/exchange/inbound/verifyWorker.ts'], outfile: 'dist/main/verify-worker.cjs', format: 'cjs' }),
  // The command line `so-dan-chu` (package.json "bin"): ES module like the host.
  build({ ...common, entryPoints: ['main/cli/bin.ts'], outfile: 'dist/cli/so-dan-chu.mjs', format: 'esm',
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } }),
  // The loopback host for end-to-end tests and the browser mode; never packaged.
  build({ ...common, entryPoints: ['main/host/cli.ts'], outfile: 'dist/host/cli.mjs', format: 'esm',
    external: [...common.external, 'playwright-core'],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } }),
]);
