/**
 * Table-shaped documents as a workbook: one sheet per table block, with the issuer, form label, title
 * and unit note above the header, real numbers (formatted, not text) and the formulas the model gives.
 */
import ExcelJS from 'exceljs';
import {
  cellNumber,
  headerView,
  MARGINS_MM,
  OFFICE_FONT,
  pageGeometry,
  SIZE,
  tableView,
  titleView,
  type Line,
  type TableView,
} from './layout';
import type { CellValue, ColumnKind, DocumentModel, Table } from './model';
import { tablesOf } from './model';

const NUMBER_FORMAT: Record<ColumnKind, string | undefined> = {
  text: undefined,
  money: '#,##0',
  count: '#,##0',
  percent: '#,##0.0',
};

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};

/** Millimetres per unit of Excel column width (the width of a "0" in the default font). */
const MM_PER_WIDTH_UNIT = 1.9;
const INCH_MM = 25.4;

export function renderXlsx(document: DocumentModel): Promise<Buffer> {
  return renderXlsxBundle([document]);
}

/** One sheet per table of every document, each titled by its own document. */
export async function renderXlsxBundle(documents: readonly DocumentModel[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sổ Dân Chủ';
  const sheets = documents.flatMap((document) => tablesOf(document).map((table) => ({ document, table })));
  if (sheets.length === 0) throw new Error('A workbook needs at least one table block.');
  const names = sheetNames(sheets.map((s) => s.table));
  sheets.forEach(({ document, table }, index) => writeSheet(workbook.addWorksheet(names[index]!), document, table));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Sheet names Excel accepts: no []:*?/\, at most 31 characters, not blank, unique in the workbook.
 * A table without a `sheetName` is called "Biểu 1", "Biểu 2", …
 */
export function sheetNames(tables: readonly Table[]): string[] {
  const used = new Set<string>();
  return tables.map((table, index) => {
    const cleaned = fitSheetName((table.sheetName ?? '').replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' '), '');
    const base = cleaned || `Biểu ${index + 1}`;
    let name = base;
    for (let n = 2; used.has(name.toLocaleLowerCase('vi-VN')); n += 1) name = fitSheetName(base, ` (${n})`);
    used.add(name.toLocaleLowerCase('vi-VN'));
    return name;
  });
}

/** Cuts to 31 characters with the suffix; a name may not start or end with an apostrophe. */
function fitSheetName(base: string, suffix: string): string {
  const trim = (text: string) => text.trim().replace(/^'+|'+$/g, '').trim();
  return trim(trim(base).slice(0, 31 - suffix.length)) + suffix;
}

function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Turns the model's {row,column} references into addresses on this sheet ("{1,3}" → "D12"). */
export function resolveFormula(formula: string, firstDataRow: number): string {
  return formula.replace(/^=/, '').replace(/\{(\d+),(\d+)\}/g, (_, row: string, column: string) => `${columnLetter(Number(column) + 1)}${firstDataRow + Number(row)}`);
}

function font(line: { sizePt: number; bold?: boolean; italic?: boolean }): Partial<ExcelJS.Font> {
  return { name: OFFICE_FONT, size: line.sizePt, bold: line.bold ?? false, italic: line.italic ?? false };
}

class SheetWriter {
  row = 1;
  constructor(
    readonly sheet: ExcelJS.Worksheet,
    readonly columnCount: number,
  ) {}

  /** Writes a line merged over columns first..last of the current row. */
  put(line: Line, first: number, last: number, horizontal: 'left' | 'center' | 'right'): void {
    if (last > first) this.sheet.mergeCells(this.row, first, this.row, last);
    const cell = this.sheet.getCell(this.row, first);
    cell.value = line.text;
    cell.font = font(line);
    cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
  }

  /** One full-width line per row. */
  lines(lines: readonly Line[], horizontal: 'left' | 'center' | 'right'): void {
    for (const line of lines) {
      this.put(line, 1, this.columnCount, horizontal);
      this.row += 1;
    }
  }
}

function writeSheet(sheet: ExcelJS.Worksheet, document: DocumentModel, table: Table): void {
  const writer = new SheetWriter(sheet, table.columns.length);
  writeTitleRows(writer, document, table);
  const view = tableView(table);
  const headerTop = writer.row;
  writeHeaderRows(writer, view);
  writeBodyRows(writer, table, view);
  setColumns(sheet, document, table);
  sheet.pageSetup = {
    paperSize: 9 as ExcelJS.PaperSize,
    orientation: document.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${headerTop}:${headerTop + view.headerRows - (view.numbering ? 0 : 1)}`,
    margins: {
      top: MARGINS_MM.top / INCH_MM,
      bottom: MARGINS_MM.bottom / INCH_MM,
      left: MARGINS_MM.left / INCH_MM,
      right: MARGINS_MM.right / INCH_MM,
      header: 0.3,
      footer: 0.3,
    },
  };
}

/** Issuer left and form label right, then title, subject, subtitle, caption and unit note across the table. */
function writeTitleRows(writer: SheetWriter, document: DocumentModel, table: Table): void {
  const header = headerView(document);
  const split = Math.ceil(writer.columnCount / 2);
  const topRows = Math.max(header.issuer.length, header.formLabel ? 1 : 0);
  for (let i = 0; i < topRows; i += 1) {
    const issuerLine = header.issuer[i];
    if (issuerLine) writer.put(issuerLine, 1, split, 'center');
    if (i === 0 && header.formLabel && split < writer.columnCount) writer.put(header.formLabel, split + 1, writer.columnCount, 'right');
    writer.row += 1;
  }
  writer.row += 1;
  writer.lines(titleView(document).lines, 'center');
  if (table.caption) writer.lines([{ text: table.caption, sizePt: SIZE.caption, bold: true, italic: false }], 'center');
  if (table.unitNote) writer.lines([{ text: table.unitNote, sizePt: table.fontSize ?? SIZE.table, bold: false, italic: true }], 'right');
}

function gridCell(writer: SheetWriter, column: number, value: ExcelJS.CellValue, style: { bold?: boolean; italic?: boolean; horizontal: 'left' | 'center' | 'right'; indent?: number }, sizePt: number): ExcelJS.Cell {
  const cell = writer.sheet.getCell(writer.row, column);
  cell.value = value;
  cell.font = font({ sizePt, bold: style.bold, italic: style.italic });
  cell.alignment = { horizontal: style.horizontal, vertical: 'middle', wrapText: true, indent: style.indent ?? 0 };
  cell.border = THIN;
  return cell;
}

function writeHeaderRows(writer: SheetWriter, view: TableView): void {
  const top = writer.row;
  for (const placed of view.header) {
    const [row, column] = [top + placed.row, placed.column + 1];
    for (let r = row; r < row + placed.rowSpan; r += 1) {
      for (let c = column; c < column + placed.colSpan; c += 1) writer.sheet.getCell(r, c).border = THIN;
    }
    if (placed.rowSpan > 1 || placed.colSpan > 1) writer.sheet.mergeCells(row, column, row + placed.rowSpan - 1, column + placed.colSpan - 1);
    writer.row = row;
    gridCell(writer, column, placed.text, { bold: true, horizontal: 'center' }, view.fontSizePt);
  }
  writer.row = top + view.headerRows;
  if (!view.numbering) return;
  view.numbering.forEach((label, index) => gridCell(writer, index + 1, label, { italic: true, horizontal: 'center' }, view.fontSizePt));
  writer.row += 1;
}

function cellValue(value: CellValue, firstDataRow: number): ExcelJS.CellValue {
  if (value !== null && typeof value === 'object') return { formula: resolveFormula(value.formula, firstDataRow), result: value.result };
  return value;
}

/** Values come from the model (numbers stay numbers); alignment, level and style from the table view. */
function writeBodyRows(writer: SheetWriter, table: Table, view: TableView): void {
  const firstDataRow = writer.row;
  view.rows.forEach((row, rowIndex) => {
    row.cells.forEach((cellView, index) => {
      const value = table.rows[rowIndex]!.cells[index]!;
      const style = { bold: row.bold, italic: row.italic, horizontal: cellView.align, indent: cellView.level };
      const cell = gridCell(writer, index + 1, cellValue(value, firstDataRow), style, view.fontSizePt);
      const format = NUMBER_FORMAT[table.columns[index]!.kind];
      if (format && cellNumber(value) !== null) cell.numFmt = format;
    });
    writer.row += 1;
  });
}

function setColumns(sheet: ExcelJS.Worksheet, document: DocumentModel, table: Table): void {
  const totalMm = table.columns.reduce((sum, c) => sum + c.widthMm, 0);
  const scale = pageGeometry(document.orientation).textWidthMm / totalMm;
  table.columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = Math.round(((column.widthMm * scale) / MM_PER_WIDTH_UNIT) * 10) / 10;
  });
}
