import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The renderer: plain Vite, served from the app's own origin under a strict CSP (script-src 'self',
 * font-src 'self'): no inline scripts, no remote resources, no data: fonts.
 */
export default defineConfig({
  root: fromHere('./renderer'),
  base: '/',
  plugins: [react()],
  build: {
    outDir: fromHere('./dist/renderer'),
    emptyOutDir: true,
    // Fonts and images are files of the app, never inlined as data: URLs (font-src 'self' refuses them).
    assetsInlineLimit: 0,
    // The module preload polyfill is not needed by Electron's Chromium and would be one more script.
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
  },
});
