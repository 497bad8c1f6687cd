import { defineConfig } from '@playwright/test';

/**
 * The `_electron` suite for the real shell (tests/electron). It needs the Electron binary, which this
 * project's offline machines cannot download: there every test reports itself SKIPPED with the reason.
 * Build first: `npm run build` (the suite launches dist/main/shell.cjs through package.json "main").
 */
export default defineConfig({
  testDir: 'tests/electron',
  outputDir: 'test-results/electron',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'test-results/electron.json' }]],
});
