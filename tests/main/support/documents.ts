/** Reading produced documents back: PDF through poppler (with a page-1 PNG for a human look), DOCX as its XML. */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

/** Page-1 renderings kept as artifacts for a human look. */
export const ARTIFACTS = path.resolve('test-results/documents');

export const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

export interface PdfText {
  /** pdftotext's reading order, runs of white space folded (lines wrap where the page is narrow). */
  text: string;
  /** pdftotext -layout: what stands side by side stays on one line. */
  layout: string;
}

export function readPdf(file: string): PdfText {
  return {
    text: poppler('pdftotext', '-enc', 'UTF-8', file, '-').normalize('NFC').replace(/\s+/g, ' '),
    layout: poppler('pdftotext', '-layout', '-enc', 'UTF-8', file, '-').normalize('NFC'),
  };
}

/** Renders the first page to ARTIFACTS/<name>.png. */
export function savePageOnePng(file: string, name: string): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', file, path.join(ARTIFACTS, name)]);
}

export interface WordFile {
  xml: string;
  /** Visible text, runs joined, one paragraph a line. */
  text: string;
}

export function readWord(bytes: Uint8Array): WordFile {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  const text = xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"');
  return { xml, text };
}

/** Every passage stands in the text; a failure lists the ones missing. */
export function expectToContainAll(text: string, passages: readonly string[]): void {
  expect(passages.filter((passage) => !text.includes(passage))).toEqual([]);
}
