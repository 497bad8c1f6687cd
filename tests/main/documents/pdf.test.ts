import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromiumPrinter, type ChromiumPrinter } from '../../../main/documents/chromiumPrinter';
import { renderHtml } from '../../../main/documents/html';
import type { DocumentModel } from '../../../main/documents/model';
import { makeTempDir } from '../support/runtime';
import { communityRecord, decision, minutes } from './samples';

/** Page-1 renderings kept as artifacts for a human look. */
const ARTIFACTS = path.resolve('test-results/documents');

let printer: ChromiumPrinter;
let workDir: string;

beforeAll(async () => {
  printer = await launchChromiumPrinter();
  workDir = makeTempDir('sdc-pdf-');
  mkdirSync(ARTIFACTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await printer?.close();
  rmSync(workDir, { recursive: true, force: true });
});

async function printToFile(name: string, document: DocumentModel): Promise<string> {
  const pdf = await printer.print(renderHtml(document), { landscape: document.orientation === 'landscape' });
  const file = path.join(workDir, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, path.join(ARTIFACTS, name)]);
  return file;
}

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
const text = (file: string, ...pages: string[]) => poppler('pdftotext', '-enc', 'UTF-8', ...pages, file, '-');

/** Page width and height in millimetres, as pdfinfo reports them. */
function pageSizeMm(file: string): number[] {
  const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(poppler('pdfinfo', file)) ?? [];
  return [Number(width), Number(height)].map((pt) => Math.round((pt * 25.4) / 72));
}

describe('a decision printed by Chromium', () => {
  let file: string;
  beforeAll(async () => {
    file = await printToFile('decision', decision);
  }, 60_000);

  it('carries the header, the legal date line, the title and the articles as Vietnamese text', () => {
    const content = text(file);
    for (const expected of [
      'Mẫu số 04/QĐ-CKNS',
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG ĐỐNG ĐA',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 05/QĐ-UBND',
      'Phường Đống Đa, ngày 05 tháng 02 năm 2026',
      'QUYẾT ĐỊNH',
      'Về việc công bố công khai dự toán ngân sách xã năm 2026',
      'Điều 1. Công bố công khai số liệu dự toán',
      'Điều 3.',
      '- Niêm yết tại trụ sở Ủy ban nhân dân phường',
    ]) {
      expect(content).toContain(expected);
    }
    expect(content).toBe(content.normalize('NFC'));
  });

  it('prints the table with grouped headers, the numbering row and vi-VN figures', () => {
    const content = text(file);
    for (const expected of ['Đơn vị tính: đồng', 'Dự toán', 'Năm 2025', 'Năm 2026', 'So sánh (%)', '3=2/1', '10.350.000.000', '11.234.567.890', '1.234.567.890', '108,5', '109,0', '2.725.000']) {
      expect(content).toContain(expected);
    }
  });

  it('signs on behalf of the committee and lists the recipients', () => {
    const content = text(file);
    for (const expected of ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn Đức', 'Nơi nhận:', '- Như Điều 3;', '- Lưu: VT.']) {
      expect(content).toContain(expected);
    }
  });

  it('embeds Tinos (regular, bold, italic, bold italic) and nothing else, on A4 portrait', () => {
    const fonts = poppler('pdffonts', file).split('\n').slice(2).filter(Boolean);
    const names = new Set(fonts.map((row) => row.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')));
    expect([...names].sort()).toEqual(['Tinos-Bold', 'Tinos-BoldItalic', 'Tinos-Italic', 'Tinos-Regular']);
    expect(fonts.every((row) => /\byes\s+yes\s+yes\b/.test(row))).toBe(true);
    expect(pageSizeMm(file)).toEqual([210, 297]);
  });
});

describe('minutes printed by Chromium', () => {
  let file: string;
  beforeAll(async () => {
    file = await printToFile('minutes', minutes);
  }, 60_000);

  it('has no date line, and THƯ KÝ and CHỦ TỌA sign side by side with their names', () => {
    const content = text(file);
    expect(content).not.toContain('Phường Đống Đa, ngày');
    for (const expected of ['Số: 12/BB-UBND', 'UBND THÀNH PHỐ HÀ NỘI', 'BIÊN BẢN', 'THƯ KÝ', 'CHỦ TỌA', 'Trần Thị Lưu', 'Lê Văn Hùng', '- Lưu: VT, Hồ sơ.']) {
      expect(content).toContain(expected);
    }
  });

  it('is landscape A4, breaks the page where asked and numbers pages from page 2 only', () => {
    expect(pageSizeMm(file)).toEqual([297, 210]);
    expect(poppler('pdfinfo', file)).toMatch(/Pages:\s+2\n/);
    expect(text(file, '-f', '1', '-l', '1').trim().split('\n')[0]).toBe('UBND THÀNH PHỐ HÀ NỘI');
    expect(text(file, '-f', '2', '-l', '2').trim().split('\n')[0]).toBe('2');
  });
});

describe('a decision record with four signatures printed by Chromium', () => {
  it('sets the names of each row level, though one title takes two lines', async () => {
    const file = await printToFile('community-record', communityRecord);
    const lines = poppler('pdftotext', '-layout', '-enc', 'UTF-8', file, '-').split('\n');
    const row = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line));
    const heads = row(/TỔ TRƯỞNG TỔ DÂN PHỐ\s{5,}TRƯỞNG BAN CÔNG TÁC/);
    expect(heads).toBeGreaterThan(0);
    expect(lines[heads + 1]).toMatch(/^\s{30,}MẶT TRẬN\s*$/);
    expect(row(/Hoàng Văn Dũng\s{5,}Lương Văn Bình/)).toBeGreaterThan(heads + 1);
    expect(row(/Trần Thị Thu\s{5,}Đinh Văn Sơn/)).toBeGreaterThan(row(/ĐẠI DIỆN HỘ GIA ĐÌNH\s{5,}ĐẠI DIỆN HỘ GIA ĐÌNH/));
    expect(text(file)).toContain('Phường Đống Đa, ngày … tháng … năm …');
  }, 60_000);
});

it('keeps one browser for many documents', async () => {
  const [first, second] = await Promise.all([
    printer.print(renderHtml(decision), { landscape: false }),
    printer.print(renderHtml(minutes), { landscape: true }),
  ]);
  expect(first.subarray(0, 5).toString()).toBe('%PDF-');
  expect(second.subarray(0, 5).toString()).toBe('%PDF-');
}, 60_000);
