import { chromium, type Browser } from 'playwright-core';
import type { PdfPrinter } from './pdf';

/** Flags for a headless Chromium that talks to nothing but the page it is given. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface ChromiumPrinter extends PdfPrinter {
  close(): Promise<void>;
}

/**
 * Prints with a system Chromium (tests, the loopback host and the browser mode). One browser serves
 * every document until close(); each document gets a fresh page.
 */
export async function launchChromiumPrinter(
  executablePath = process.env.SDC_CHROMIUM_PATH ?? '/usr/bin/chromium',
): Promise<ChromiumPrinter> {
  const browser: Browser = await chromium.launch({ headless: true, executablePath, args: CHROMIUM_ARGS });
  return {
    async print(html, { landscape }) {
      const page = await browser.newPage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        await page.evaluate(async () => {
          await document.fonts.ready;
        });
        const pdf = await page.pdf({ format: 'A4', landscape, printBackground: true, preferCSSPageSize: true });
        return Buffer.from(pdf);
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

/** A printer that starts Chromium only when the first document is printed, so starting the app stays fast. */
export function lazyChromiumPrinter(executablePath?: string): ChromiumPrinter {
  let printer: Promise<ChromiumPrinter> | null = null;
  return {
    async print(html, options) {
      printer ??= launchChromiumPrinter(executablePath);
      return (await printer).print(html, options);
    },
    async close() {
      if (printer) await (await printer).close();
      printer = null;
    },
  };
}
