import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow } from 'electron';
import type { PdfPrinter } from '../documents/pdf';

/**
 * Prints documents in the app itself: each page goes to a hidden, sandboxed window without script or
 * preload, loaded from a temporary file (a data: URL would hit Chromium's URL length limit on long
 * tables) which is removed afterwards.
 */
export function createElectronPdfPrinter(options: { tempDir: string }): PdfPrinter {
  return {
    async print(html, { landscape }) {
      const file = path.join(options.tempDir, `in-${randomUUID()}.html`);
      await mkdir(options.tempDir, { recursive: true });
      await writeFile(file, html, 'utf8');
      const window = new BrowserWindow({
        show: false,
        webPreferences: {
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          javascript: false,
          webSecurity: true,
          devTools: false,
          spellcheck: false,
        },
      });
      try {
        await window.loadFile(file);
        return await window.webContents.printToPDF({ pageSize: 'A4', landscape, printBackground: true, preferCSSPageSize: true });
      } finally {
        window.destroy();
        await rm(file, { force: true });
      }
    },
  };
}
