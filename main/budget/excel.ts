import ExcelJS from 'exceljs';
import type { FormColumn, FormDefinition, FormLine, ImportReport } from '../api/budget';
import { AppError } from '../api/errors';
import { amountFromNumber, parseAmount, type AmountResult, type AmountRules, type DisplayUnit } from '../api/amounts';
import { capitalised, columnName, computeForm, formName, isInputColumn, lineTree, operandsOf, type EnteredFigures, type EnteredTexts } from './rules';


export interface TemplateOptions {
  /** The ward as written after "Ủy ban nhân dân", e.g. "Xã An Bình". */
  unitName: string;
  year: number;
  figures?: EnteredFigures;
  texts?: EnteredTexts;
  /** Detail lines the clerk added in the app; they get their own rows. */
  extraLines?: readonly FormLine[];
}

type ImportedLine = ImportReport['lines'][number];

/** The contract's line-by-line report, plus what the file holds, for saving once there is no error. */
export interface WorkbookImport extends ImportReport {
  /** Every input cell of every recognised line; null where the file leaves it empty or computed. */
  figures: EnteredFigures;
  texts: EnteredTexts;
}

// The sheet layout. Row 1 is hidden and identifies the template: "SDC-BIEU <form code>" in A1 and each
// form column's key above it, so an import knows the form and finds its columns even if they were moved.
const TEMPLATE_TAG = 'SDC-BIEU';
const TAG_ROW = 1;
const AUTHORITY_ROW = 2;
const TITLE_ROW = 3;
const SUBTITLE_ROW = 4;
const UNIT_ROW = 5;
const GROUP_ROW = 6;
const HEADER_ROW = 7;
const NUMBER_ROW = 8;
const FIRST_LINE_ROW = 9;
const CODE_COL = 1;
const MARKER_COL = 2;
const LABEL_COL = 3;
const FIRST_FORM_COL = 4;
const CODE_HEADER = 'Mã dòng — không sửa';
const STT_HEADER = 'STT';
const LABEL_HEADER = 'Nội dung';

const GREY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
const THIN: ExcelJS.Borders = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
  diagonal: {},
};
const UNIT_TEXT: Record<DisplayUnit, string> = { dong: 'Đơn vị tính: đồng', millionDong: 'Đơn vị tính: triệu đồng' };
// Zero shows as "-", as in printed budget tables.
const MONEY_FORMAT: Record<DisplayUnit, string> = { dong: '#,##0;-#,##0;"-"', millionDong: '#,##0.0##;-#,##0.0##;"-"' };

const formColumnIndex = (form: FormDefinition, column: FormColumn) => FIRST_FORM_COL + form.columns.indexOf(column);
const inDisplayUnit = (dong: number, unit: DisplayUnit) => (unit === 'dong' ? dong : dong / 1e6);

/** An Excel sheet the clerk fills in: the form's heading, one row per line, the line code in column A. */
export async function buildFormTemplate(form: FormDefinition, options: TemplateOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sổ Dân Chủ';
  const sheet = workbook.addWorksheet(formName(form), {
    pageSetup: { orientation: form.orientation, paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', xSplit: LABEL_COL, ySplit: NUMBER_ROW }],
  });
  writeHeading(sheet, form, options);
  writeLines(sheet, form, options);
  // No password: the protection only keeps labels, codes and formulas from being changed by mistake.
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeHeading(sheet: ExcelJS.Worksheet, form: FormDefinition, options: TemplateOptions): void {
  const lastCol = FIRST_FORM_COL + form.columns.length - 1;
  const tagRow = sheet.getRow(TAG_ROW);
  tagRow.getCell(CODE_COL).value = `${TEMPLATE_TAG} ${form.code}`;
  form.columns.forEach((column) => (tagRow.getCell(formColumnIndex(form, column)).value = column.key));
  tagRow.hidden = true;

  const authority = sheet.getCell(AUTHORITY_ROW, MARKER_COL);
  authority.value = `ỦY BAN NHÂN DÂN ${options.unitName.trim().toLocaleUpperCase('vi-VN')}`;
  authority.font = { bold: true };
  const formNumber = sheet.getCell(AUTHORITY_ROW, lastCol);
  formNumber.value = form.formNumber;
  formNumber.alignment = { horizontal: 'right' };
  formNumber.font = { italic: true };

  const centred = (row: number, value: string, font: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(row, MARKER_COL, row, lastCol);
    const cell = sheet.getCell(row, MARKER_COL);
    cell.value = value;
    cell.font = font;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  centred(TITLE_ROW, `${form.title} NĂM ${options.year}`, { bold: true, size: 13 });
  if (form.subtitle) centred(SUBTITLE_ROW, form.subtitle, { italic: true });
  const unit = sheet.getCell(UNIT_ROW, lastCol);
  unit.value = UNIT_TEXT[form.displayUnit];
  unit.font = { italic: true };
  unit.alignment = { horizontal: 'right' };

  writeColumnHeaders(sheet, form);
  sheet.getColumn(CODE_COL).width = 11;
  sheet.getColumn(MARKER_COL).width = 6;
  sheet.getColumn(LABEL_COL).width = 48;
  form.columns.forEach((column) => (sheet.getColumn(formColumnIndex(form, column)).width = column.kind === 'percent' ? 13 : 18));
  sheet.getRow(TITLE_ROW).height = 22;
  sheet.getRow(GROUP_ROW).height = 30;
  sheet.getRow(HEADER_ROW).height = 45;
}

function writeColumnHeaders(sheet: ExcelJS.Worksheet, form: FormDefinition): void {
  const header = (row: number, col: number, value: string, toRow = row, toCol = col) => {
    if (toRow !== row || toCol !== col) sheet.mergeCells(row, col, toRow, toCol);
    const cell = sheet.getCell(row, col);
    cell.value = value;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (let r = row; r <= toRow; r++) for (let c = col; c <= toCol; c++) sheet.getCell(r, c).border = THIN;
  };
  header(GROUP_ROW, CODE_COL, CODE_HEADER, HEADER_ROW);
  header(GROUP_ROW, MARKER_COL, STT_HEADER, HEADER_ROW);
  header(GROUP_ROW, LABEL_COL, LABEL_HEADER, HEADER_ROW);
  form.columns.forEach((column, index) => {
    const col = formColumnIndex(form, column);
    if (!column.group) header(GROUP_ROW, col, column.header, HEADER_ROW);
    else {
      header(HEADER_ROW, col, column.header);
      const previous = form.columns[index - 1];
      if (previous?.group !== column.group) {
        let runEnd = index;
        while (form.columns[runEnd + 1]?.group === column.group) runEnd++;
        header(GROUP_ROW, col, column.group, GROUP_ROW, col + runEnd - index);
      }
    }
  });
  const numbers = sheet.getRow(NUMBER_ROW);
  const numbering: [number, string][] = [
    [CODE_COL, ''],
    [MARKER_COL, 'A'],
    [LABEL_COL, 'B'],
    ...form.columns.map((column): [number, string] => [formColumnIndex(form, column), column.number]),
  ];
  for (const [col, text] of numbering) {
    const cell = numbers.getCell(col);
    cell.value = text;
    cell.font = { italic: true };
    cell.alignment = { horizontal: 'center' };
    cell.border = THIN;
  }
  sheet.getRow(TAG_ROW).getCell(CODE_COL).font = { color: { argb: 'FF808080' } };
}

interface LineRows {
  sheet: ExcelJS.Worksheet;
  form: FormDefinition;
  rowOf: Map<string, number>;
}

/** "D9+E9-F9" for signed terms, each a (line, column) of the sheet. */
function sumFormula({ sheet, form, rowOf }: LineRows, terms: { sign: number; lineCode: string; key: string }[]): string {
  const address = ({ lineCode, key }: { lineCode: string; key: string }) => {
    const column = form.columns.find((c) => c.key === key);
    return column ? sheet.getCell(rowOf.get(lineCode) ?? 0, formColumnIndex(form, column)).address : '0';
  };
  return terms.map((term) => `${term.sign < 0 ? '-' : '+'}${address(term)}`).join('').replace(/^\+/, '');
}

function writeLines(sheet: ExcelJS.Worksheet, form: FormDefinition, options: TemplateOptions): void {
  const extraLines = options.extraLines ?? [];
  const tree = lineTree(form, extraLines);
  const computed = new Map(computeForm(form, options.figures ?? {}, extraLines).lines.map((line) => [line.code, line.cells]));
  const rows: LineRows = { sheet, form, rowOf: new Map(tree.ordered.map(({ line }, index) => [line.code, FIRST_LINE_ROW + index])) };

  tree.ordered.forEach(({ line, level }, index) => {
    const row = sheet.getRow(FIRST_LINE_ROW + index);
    const font: Partial<ExcelJS.Font> = { bold: line.bold, italic: line.italic };
    const code = row.getCell(CODE_COL);
    code.value = line.code;
    code.font = { color: { argb: 'FF808080' }, size: 8 };
    row.getCell(MARKER_COL).value = line.marker;
    row.getCell(MARKER_COL).alignment = { horizontal: 'center', vertical: 'top' };
    row.getCell(LABEL_COL).value = line.label;
    row.getCell(LABEL_COL).alignment = { indent: level, wrapText: true, vertical: 'top' };
    for (const col of [CODE_COL, MARKER_COL, LABEL_COL]) row.getCell(col).border = THIN;
    row.getCell(MARKER_COL).font = font;
    row.getCell(LABEL_COL).font = font;
    const parts = line.formula
      ? operandsOf(line.formula).map(({ sign, ref }) => ({ sign, lineCode: ref }))
      : (tree.children.get(line.code) ?? []).map((child) => ({ sign: 1, lineCode: child.code }));
    for (const column of form.columns) {
      const cell = row.getCell(formColumnIndex(form, column));
      cell.border = THIN;
      cell.font = font;
      const figure = {
        entered: options.figures?.[line.code]?.[column.key] ?? null,
        computed: computed.get(line.code)?.[column.key]?.value ?? null,
        text: options.texts?.[line.code]?.[column.key] ?? null,
      };
      writeFigureCell(rows, cell, line, column, figure, parts);
    }
  });
}

/**
 * One cell of a line: open for what the clerk enters (a total line gets the sum of its details, which the
 * clerk may overwrite), grey and locked with a formula for computed and percent columns, grey and empty
 * where the form leaves it blank.
 */
function writeFigureCell(
  rows: LineRows,
  cell: ExcelJS.Cell,
  line: FormLine,
  column: FormColumn,
  figure: { entered: number | null; computed: number | null; text: string | null },
  parts: { sign: number; lineCode: string }[],
): void {
  const unit = rows.form.displayUnit;
  const shown = (dong: number | null) => (dong === null ? 0 : inDisplayUnit(dong, unit));
  const sameLine = (key: string) => ({ sign: 1, lineCode: line.code, key });
  // Cells are locked unless opened; grey tells the clerk which ones are not theirs.
  const locked = () => (cell.fill = GREY_FILL);
  if (column.kind === 'text') {
    cell.value = figure.text;
    cell.protection = { locked: false };
  } else if (line.blankColumns.includes(column.key)) {
    locked();
  } else if (column.kind === 'percent') {
    const [numerator = '', denominator = ''] = column.ratioOf ?? [];
    const base = sumFormula(rows, [sameLine(denominator)]);
    cell.value = { formula: `IF(N(${base})=0,"-",ROUND(${sumFormula(rows, [sameLine(numerator)])}/${base}*100,1))`, result: figure.computed ?? '-' };
    cell.numFmt = '0.0';
    cell.alignment = { horizontal: 'right' };
    locked();
  } else if (column.formula) {
    const terms = operandsOf(column.formula).map(({ sign, ref }) => ({ ...sameLine(ref), sign }));
    cell.value = { formula: sumFormula(rows, terms), result: shown(figure.computed) };
    cell.numFmt = MONEY_FORMAT[unit];
    locked();
  } else {
    if (figure.entered === null && parts.length > 0) {
      const terms = parts.map((part) => ({ ...part, key: column.key }));
      cell.value = { formula: sumFormula(rows, terms), result: shown(figure.computed) };
    } else {
      cell.value = figure.entered === null ? null : shown(figure.entered);
    }
    cell.numFmt = MONEY_FORMAT[unit];
    cell.protection = { locked: false };
  }
}

// ---- import ----

interface RowMessages {
  errors: string[];
  warnings: string[];
}

/**
 * Reads a filled template back, saving nothing: the entered figures and a per-row report (bad numbers,
 * unknown or edited line codes, totals that differ from their details). A file that is not an xlsx, or
 * not this form's template, is refused with one INVALID_FILE error.
 */
export async function importFormWorkbook(buffer: Uint8Array, form: FormDefinition, extraLines: readonly FormLine[] = []): Promise<WorkbookImport> {
  const sheet = templateSheet(await loadWorkbook(buffer), form);
  const columnAt = templateColumns(sheet, form);
  const tree = lineTree(form, extraLines);
  const figures: EnteredFigures = {};
  const texts: EnteredTexts = {};
  const reported: { line: ImportedLine; messages: RowMessages }[] = [];
  const rowOfCode = new Map<string, number>();

  for (let rowNumber = numberRow(sheet) + 1; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.getRow(rowNumber);
    const code = row.getCell(CODE_COL).text.trim();
    const label = row.getCell(LABEL_COL).text.trim();
    const hasValues = [...columnAt.values()].some((col) => row.getCell(col).type !== ExcelJS.ValueType.Null);
    if (!code && !label && !hasValues) continue;
    const messages: RowMessages = { errors: [], warnings: [] };
    reported.push({ line: { row: rowNumber, lineCode: code, label, status: 'ok', messages: [] }, messages });
    const line = recognisedLine(code, label, rowNumber, tree.byCode, rowOfCode, form, messages);
    if (!line) continue;
    const derived = Boolean(line.formula) || (tree.children.get(line.code)?.length ?? 0) > 0;
    for (const column of form.columns) {
      const cell = row.getCell(columnAt.get(column.key) ?? 0);
      if (column.kind === 'text' && cell.text.trim()) (texts[line.code] ??= {})[column.key] = cell.text.trim();
      if (!isInputColumn(column)) continue;
      const read = cellAmount(cell, { unit: form.displayUnit, allowNegative: column.allowNegative }, derived);
      const blank = line.blankColumns.includes(column.key);
      const where = capitalised(columnName(column));
      if (!read.ok) messages.errors.push(`${where}: ${read.message}`);
      else if (blank && read.value !== null) messages.warnings.push(`${where}: ô này để trống theo mẫu biểu nên số đã nhập được bỏ qua.`);
      else if (!blank) (figures[line.code] ??= {})[column.key] = read.value;
    }
  }

  addTotalWarnings(form, figures, extraLines, rowOfCode, reported);
  const lines = reported.map(({ line, messages }) => ({
    ...line,
    status: messages.errors.length > 0 ? ('error' as const) : messages.warnings.length > 0 ? ('warning' as const) : ('ok' as const),
    messages: [...messages.errors, ...messages.warnings],
  }));
  return {
    figures,
    texts,
    lines,
    errorCount: lines.filter((l) => l.status === 'error').length,
    warningCount: lines.filter((l) => l.status === 'warning').length,
  };
}

async function loadWorkbook(buffer: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch {
    throw new AppError('INVALID_FILE', 'Tệp này không phải là tệp Excel (.xlsx) hoặc đã bị hỏng nên không đọc được. Không có gì được lưu.');
  }
  return workbook;
}

function templateSheet(workbook: ExcelJS.Workbook, form: FormDefinition): ExcelJS.Worksheet {
  const tagged = workbook.worksheets.map((sheet) => ({ sheet, code: /^SDC-BIEU (.+)$/.exec(sheet.getCell(TAG_ROW, CODE_COL).text.trim())?.[1] }));
  const match = tagged.find((t) => t.code === form.code);
  if (match) return match.sheet;
  const other = tagged.find((t) => t.code !== undefined);
  throw new AppError(
    'INVALID_FILE',
    other
      ? `Tệp này là mẫu nhập của Biểu ${other.code}, không phải ${formName(form)}. Không có gì được lưu.`
      : `Tệp này không phải là mẫu nhập số liệu ${formName(form)} do ứng dụng tạo. Hãy tải mẫu của ${formName(form)}, điền số liệu rồi nhập lại.`,
  );
}

/** Where each form column sits, from the keys in the hidden first row; refuses a template of another form version. */
function templateColumns(sheet: ExcelJS.Worksheet, form: FormDefinition): Map<string, number> {
  const tagRow = sheet.getRow(TAG_ROW);
  const columnAt = new Map<string, number>();
  for (let col = FIRST_FORM_COL; col <= sheet.columnCount; col++) {
    const key = tagRow.getCell(col).text.trim();
    if (key) columnAt.set(key, col);
  }
  const keys = form.columns.map((c) => c.key);
  if (keys.some((key) => !columnAt.has(key)) || [...columnAt.keys()].some((key) => !keys.includes(key))) {
    throw new AppError('INVALID_FILE', `Mẫu này được tạo từ một phiên bản khác của ${formName(form)} (các cột không khớp). Hãy tải mẫu mới từ ứng dụng rồi điền lại.`);
  }
  return columnAt;
}

/** The numbering row ("A", "B", "1"…) under the headers; the lines follow it. */
function numberRow(sheet: ExcelJS.Worksheet): number {
  for (let row = TAG_ROW + 1; row <= Math.min(sheet.rowCount, NUMBER_ROW + 20); row++) {
    const cells = sheet.getRow(row);
    if (cells.getCell(MARKER_COL).text.trim() === 'A' && cells.getCell(LABEL_COL).text.trim() === 'B') return row;
  }
  throw new AppError('INVALID_FILE', 'Không tìm thấy dòng đánh số cột (A, B, 1, 2…) của mẫu; có thể phần đầu bảng đã bị xóa. Hãy tải mẫu mới.');
}

const normalised = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi-VN');

function recognisedLine(
  code: string,
  label: string,
  rowNumber: number,
  byCode: Map<string, FormLine>,
  rowOfCode: Map<string, number>,
  form: FormDefinition,
  messages: RowMessages,
): FormLine | null {
  const edited = 'có thể mã ở cột A đã bị sửa.';
  if (!code) {
    messages.errors.push('Dòng không có mã ở cột A nên không biết thuộc dòng nào của biểu. Dòng chi tiết mới cần được thêm trong ứng dụng trước khi tải mẫu.');
    return null;
  }
  const line = byCode.get(code);
  if (!line) {
    messages.errors.push(`Mã dòng "${code}" không có trong ${formName(form)}; ${edited}`);
    return null;
  }
  const earlier = rowOfCode.get(code);
  if (earlier !== undefined) {
    messages.errors.push(`Mã dòng "${code}" đã có ở dòng ${earlier} của tệp; ${edited}`);
    return null;
  }
  if (normalised(label) !== normalised(line.label)) {
    messages.errors.push(`Mã dòng "${code}" là của dòng "${line.label}" nhưng nội dung ở đây là "${label}"; ${edited}`);
    return null;
  }
  rowOfCode.set(code, rowNumber);
  return line;
}

/** An input cell's amount. Formulas on total lines are the template's own sums: they mean "not entered". */
function cellAmount(cell: ExcelJS.Cell, rules: AmountRules, derivedLine: boolean): AmountResult {
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
      return { ok: true, value: null };
    case ExcelJS.ValueType.Number:
      return amountFromNumber(cell.value as number, rules);
    case ExcelJS.ValueType.String:
    case ExcelJS.ValueType.SharedString:
    case ExcelJS.ValueType.RichText:
      return parseAmount(cell.text, rules);
    case ExcelJS.ValueType.Formula: {
      if (derivedLine) return { ok: true, value: null };
      const result = (cell.value as ExcelJS.CellFormulaValue).result;
      if (typeof result === 'number') return amountFromNumber(result, rules);
      if (typeof result === 'string') return parseAmount(result, rules);
      return { ok: false, message: 'Ô có công thức nhưng chưa có kết quả; hãy mở tệp bằng Excel, lưu lại rồi nhập lại.' };
    }
    default:
      return { ok: false, message: `"${cell.text}" không phải là số tiền hợp lệ.` };
  }
}

/** Totals the clerk typed that differ from the sum of their details become warnings on their rows. */
function addTotalWarnings(
  form: FormDefinition,
  figures: EnteredFigures,
  extraLines: readonly FormLine[],
  rowOfCode: Map<string, number>,
  reported: { line: ImportedLine; messages: RowMessages }[],
): void {
  const computed = computeForm(form, figures, extraLines);
  for (const line of computed.lines) {
    const entry = reported.find((r) => r.line.row === rowOfCode.get(line.code));
    if (!entry) continue;
    for (const column of form.columns) {
      const warning = line.cells[column.key]?.warning;
      if (warning) entry.messages.warnings.push(`${capitalised(columnName(column))}: ${warning}`);
    }
  }
}
