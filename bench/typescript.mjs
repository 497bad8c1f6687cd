// Loads the repository's TypeScript into a benchmark: bundles an entry of re-exports with esbuild into one
// ES module in `dir`; better-sqlite3 stays the repository's own native build.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Bundles a worker thread's entry (a repository path) into one CommonJS file in `dir`, as scripts/build-main.mjs does. */
export async function bundleWorker(dir, entry, name) {
  const outfile = path.join(dir, `${name}.cjs`);
  await build({ entryPoints: [path.join(repoRoot, entry)], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile, logLevel: 'warning' });
  return outfile;
}

export async function loadTypeScript(dir, name, exportsSource) {
  const sqlite = createRequire(path.join(repoRoot, 'package.json')).resolve('better-sqlite3');
  const outfile = path.join(dir, `${name}.mjs`);
  await build({
    stdin: { contents: exportsSource, resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    outfile,
    logLevel: 'warning',
    // Bundled CommonJS dependencies (yauzl) call require() for Node built-ins, which an ES module lacks.
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
    plugins: [{ name: 'native-sqlite', setup: (b) => b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: sqlite, external: true })) }],
  });
  return import(pathToFileURL(outfile).href);
}
