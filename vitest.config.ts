import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        // Real SQLite files, scrypt and Chromium printing PDFs: generous on a busy 2-core machine.
        test: { name: 'main', environment: 'node', include: ['tests/main/**/*.test.ts'], pool: 'forks', testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
        },
      },
    ],
  },
});
