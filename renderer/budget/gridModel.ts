import type { ComputedForm, FormColumn, In } from '../../main/api';
import { parseAmount, type DisplayUnit } from '../../main/api';
import { amountEditText } from './amountFormat';

export type ComputedLine = ComputedForm['lines'][number];
export type ComputedCell = ComputedLine['cells'][string];
export type FigureChange = In<'budget.saveFigures'>['changes'][number];

export interface CellPosition {
  row: number;
  col: number;
}

export interface HeaderCell {
  key: string;
  label: string;
  colSpan: number;
  rowSpan: number;
}

/**
 * The header rows above the form's own columns: adjacent columns sharing a `group` get one spanning upper cell,
 * their own headers go in a second row; a column without a group spans both rows.
 */
export function headerRows(columns: readonly FormColumn[]): HeaderCell[][] {
  const grouped = columns.some((column) => column.group);
  if (!grouped) return [columns.map((column) => ({ key: column.key, label: column.header, colSpan: 1, rowSpan: 1 }))];
  const upper: HeaderCell[] = [];
  const lower: HeaderCell[] = [];
  columns.forEach((column, index) => {
    if (!column.group) {
      upper.push({ key: column.key, label: column.header, colSpan: 1, rowSpan: 2 });
      return;
    }
    const previous = columns[index - 1];
    const last = upper.at(-1);
    if (previous?.group === column.group && last) last.colSpan += 1;
    else upper.push({ key: `group-${column.key}`, label: column.group, colSpan: 1, rowSpan: 1 });
    lower.push({ key: column.key, label: column.header, colSpan: 1, rowSpan: 1 });
  });
  return [upper, lower];
}

/** Codes of the lines that have children: their money is the sum of the children's. */
export function parentCodes(lines: readonly ComputedLine[]): ReadonlySet<string> {
  return new Set(lines.flatMap((line) => (line.parent === undefined ? [] : [line.parent])));
}

/** Editable: a text column (place, dates, notes) on any line, or a figure the clerk enters (a money column without formula, on a line without children). */
export function isEditableCell(column: FormColumn, cell: ComputedCell | undefined, isParent: boolean): boolean {
  if (column.kind === 'text') return true;
  return column.kind === 'money' && !column.formula && cell?.source === 'entered' && !isParent;
}

/** An editable-cell map of a form: editable[row][col]. A line's blank columns (e.g. NSNN of a transfer) take nothing. */
export function editableCells(form: ComputedForm): boolean[][] {
  const parents = parentCodes(form.lines);
  const blanks = new Map(form.form.lines.map((line) => [line.code, line.blankColumns]));
  return form.lines.map((line) =>
    form.form.columns.map(
      (column) => !blanks.get(line.code)?.includes(column.key) && isEditableCell(column, line.cells[column.key], parents.has(line.code)),
    ),
  );
}

export type EntryResult = { ok: true; change: FigureChange } | { ok: false; message: string };

/** Reads what the clerk typed or pasted into one cell: text as it is in a text column, an amount elsewhere. */
export function readEntry(text: string, line: ComputedLine, column: FormColumn, unit: DisplayUnit): EntryResult {
  const cell = { lineCode: line.code, columnKey: column.key };
  if (column.kind === 'text') return { ok: true, change: { ...cell, text: text.trim() } };
  const parsed = parseAmount(text, { unit, allowNegative: column.allowNegative });
  return parsed.ok ? { ok: true, change: { ...cell, amount: parsed.value } } : parsed;
}

/** What a cell holds, as the editor shows it. */
export function cellEditText(line: ComputedLine | undefined, column: FormColumn | undefined, unit: DisplayUnit): string {
  if (!line || !column) return '';
  return column.kind === 'text' ? (line.texts?.[column.key] ?? '') : amountEditText(line.cells[column.key]?.value ?? null, unit);
}

/** Tab-separated rows as Excel and LibreOffice put them on the clipboard; the final line break is not a row. */
export function parseClipboardTable(text: string): string[][] {
  const rows = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return rows.map((row) => row.split('\t'));
}

export interface PasteFailure {
  position: CellPosition;
  message: string;
}

export interface PastePlan {
  changes: FigureChange[];
  /** Non-empty pasted values that fell on computed cells or outside the form, and were left out. */
  skipped: number;
  failure: PasteFailure | null;
}

/** Lays a pasted block over the form from `start`, cell for cell; only editable cells take a value. */
export function planPaste(form: ComputedForm, editable: readonly (readonly boolean[])[], start: CellPosition, table: readonly string[][]): PastePlan {
  const changes: FigureChange[] = [];
  let skipped = 0;
  for (const [rowOffset, values] of table.entries()) {
    for (const [colOffset, text] of values.entries()) {
      const position = { row: start.row + rowOffset, col: start.col + colOffset };
      const line = form.lines[position.row];
      const column = form.form.columns[position.col];
      if (!line || !column || !editable[position.row]?.[position.col]) {
        if (text.trim() !== '') skipped += 1;
        continue;
      }
      const entry = readEntry(text, line, column, form.form.displayUnit);
      if (!entry.ok) return { changes: [], skipped, failure: { position, message: entry.message } };
      changes.push(entry.change);
    }
  }
  return { changes, skipped, failure: null };
}

const PAGE_ROWS = 15;

/** Where a navigation key takes the active cell, or null when the key does not move it. */
export function moveFrom(
  position: CellPosition,
  key: string,
  size: { rows: number; cols: number },
  toEdge: boolean,
): CellPosition | null {
  const clampRow = (row: number) => Math.max(0, Math.min(size.rows - 1, row));
  const clampCol = (col: number) => Math.max(0, Math.min(size.cols - 1, col));
  const { row, col } = position;
  switch (key) {
    case 'ArrowUp':
      return { row: toEdge ? 0 : clampRow(row - 1), col };
    case 'ArrowDown':
      return { row: toEdge ? size.rows - 1 : clampRow(row + 1), col };
    case 'ArrowLeft':
      return { row, col: toEdge ? 0 : clampCol(col - 1) };
    case 'ArrowRight':
      return { row, col: toEdge ? size.cols - 1 : clampCol(col + 1) };
    case 'Home':
      return toEdge ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return toEdge ? { row: size.rows - 1, col: size.cols - 1 } : { row, col: size.cols - 1 };
    case 'PageUp':
      return { row: clampRow(row - PAGE_ROWS), col };
    case 'PageDown':
      return { row: clampRow(row + PAGE_ROWS), col };
    default:
      return null;
  }
}
