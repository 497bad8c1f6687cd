import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createElectronPdfPrinter } from '../../../main/shell/pdfPrinter';
import { makeTempDir } from '../support/runtime';

/** The hidden window, as the printer drives it; Electron itself cannot run here. */
const electron = vi.hoisted(() => {
  const windows: Array<{ options: unknown; loadedFile: string | null; loadedHtml: string | null; destroyed: boolean }> = [];
  const printToPDF = vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.4 fake'));
  class BrowserWindow {
    readonly record = { options: null as unknown, loadedFile: null as string | null, loadedHtml: null as string | null, destroyed: false };
    readonly webContents = { printToPDF };
    constructor(options: unknown) {
      this.record.options = options;
      windows.push(this.record);
    }
    async loadFile(file: string) {
      this.record.loadedFile = file;
      this.record.loadedHtml = readFileSync(file, 'utf8');
    }
    destroy() {
      this.record.destroyed = true;
    }
  }
  return { windows, printToPDF, BrowserWindow };
});

vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow }));

let tempDir: string;

beforeEach(() => {
  electron.windows.length = 0;
  electron.printToPDF.mockClear();
  tempDir = path.join(makeTempDir('sdc-print-'), 'print');
});

afterEach(() => rmSync(path.dirname(tempDir), { recursive: true, force: true }));

it('prints in a hidden, sandboxed window without script and removes the page afterwards', async () => {
  const pdf = await createElectronPdfPrinter({ tempDir }).print('<p>Biên bản</p>', { landscape: true });

  expect(pdf.toString()).toBe('%PDF-1.4 fake');
  const [window] = electron.windows;
  expect(window!.options).toEqual({
    show: false,
    webPreferences: expect.objectContaining({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false }),
  });
  expect(window!.options).not.toHaveProperty('webPreferences.preload');
  expect(window!.loadedHtml).toBe('<p>Biên bản</p>');
  expect(path.dirname(window!.loadedFile!)).toBe(tempDir);
  expect(electron.printToPDF).toHaveBeenCalledExactlyOnceWith({ pageSize: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
  expect(window!.destroyed).toBe(true);
  expect(readdirSync(tempDir)).toEqual([]);
});

it('destroys the window and removes the page when printing fails', async () => {
  electron.printToPDF.mockRejectedValueOnce(new Error('printing failed'));
  const printer = createElectronPdfPrinter({ tempDir });

  await expect(printer.print('<p>Biên bản</p>', { landscape: false })).rejects.toThrow('printing failed');
  expect(electron.windows[0]!.destroyed).toBe(true);
  expect(existsSync(electron.windows[0]!.loadedFile!)).toBe(false);
  expect(electron.printToPDF.mock.calls[0]![0]).toMatchObject({ landscape: false });
});

it('gives every document its own window and file', async () => {
  const printer = createElectronPdfPrinter({ tempDir });
  await Promise.all([printer.print('<p>1</p>', { landscape: false }), printer.print('<p>2</p>', { landscape: false })]);
  const [first, second] = electron.windows;
  expect(first!.loadedFile).not.toBe(second!.loadedFile);
  expect([first!.loadedHtml, second!.loadedHtml].sort()).toEqual(['<p>1</p>', '<p>2</p>']);
});
