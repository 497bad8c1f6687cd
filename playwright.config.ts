import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './main/documents/chromiumPrinter';

/**
 * End-to-end tests in Debian's Chromium against the built loopback host (`node dist/host/cli.mjs`).
 * Build first: `npx vite build && node scripts/build-main.mjs`.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  workers: 1,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
});
