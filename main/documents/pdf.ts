/**
 * The PDF port: both printers take the page renderHtml made, so the Electron app and the loopback host
 * print the same pages (Electron's printToPDF and Playwright's page.pdf are the same Chromium engine).
 */
export interface PdfPrinter {
  print(html: string, options: { landscape: boolean }): Promise<Buffer>;
}
