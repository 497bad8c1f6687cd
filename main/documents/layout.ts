/**
 * What the three renderers share: page geometry, font sizes, the lines of the header, title, signature
 * and "Nơi nhận" blocks, and the normalised table (placed header cells, formatted body cells). Each
 * renderer only maps these onto its format.
 */
import type {
  CellValue,
  ColumnKind,
  DocumentModel,
  HeaderCell,
  Orientation,
  Recipients,
  RichText,
  Signature,
  SignatureRow,
  Signatures,
  Table,
  TextRun,
} from './model';
import { formatAmount, formatDateLine, formatPercent, upperVietnamese } from './vietnamese';

/** The font the PDF embeds (metric-compatible with Times New Roman) and the one DOCX/XLSX name. */
export const PDF_FONT = 'Tinos';
export const OFFICE_FONT = 'Times New Roman';

/** Point sizes (NĐ 30 Phụ lục I; rules.md §8). */
export const SIZE = {
  issuer: 13,
  nationalTitle: 12,
  motto: 13,
  number: 13,
  dateLine: 14,
  formLabel: 12,
  title: 14,
  body: 14,
  signature: 14,
  signatureHint: 13,
  recipientsLabel: 12,
  recipients: 11,
  table: 12,
  caption: 13,
} as const;

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Millimetres: A4, top/bottom 20, left 30, right 15. */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
const A4_MM = { width: 210, height: 297 };

export interface PageGeometry {
  widthMm: number;
  heightMm: number;
  textWidthMm: number;
}

export function pageGeometry(orientation: Orientation): PageGeometry {
  const [widthMm, heightMm] = orientation === 'portrait' ? [A4_MM.width, A4_MM.height] : [A4_MM.height, A4_MM.width];
  return { widthMm, heightMm, textWidthMm: widthMm - MARGINS_MM.left - MARGINS_MM.right };
}

/** The header's left (issuer) column takes this share of the text width; the national title the rest. */
export const HEADER_LEFT_SHARE = 0.4;

/** First-line indent of body paragraphs (NĐ 30: 1–1.27 cm) and the indent of one table row level. */
export const PARAGRAPH_INDENT_MM = 10;
export const LEVEL_INDENT_MM = 4;
/** Space after body paragraphs (NĐ 30: at least 6 pt). */
export const PARAGRAPH_SPACING_PT = 6;
/** Height left blank for the signature and the seal. */
export const SIGNATURE_SPACE_MM = 25;

export interface Line {
  text: string;
  bold: boolean;
  italic: boolean;
  sizePt: number;
}

function line(text: string, sizePt: number, style: { bold?: boolean; italic?: boolean } = {}): Line {
  return { text, sizePt, bold: style.bold ?? false, italic: style.italic ?? false };
}

const MM_PER_PT = 25.4 / 72;

/** A rough width of a line in Times New Roman, enough to size the short rules under header lines. */
export function estimateWidthMm(text: string, sizePt: number, bold: boolean): number {
  const ems = [...text].reduce((sum, char) => {
    if (char === ' ') return sum + 0.25;
    return sum + (char !== char.toLocaleLowerCase('vi-VN') ? 0.7 : 0.48);
  }, 0);
  return ems * sizePt * MM_PER_PT * (bold ? 1.05 : 1);
}

function widestMm(lines: readonly Line[]): number {
  return Math.max(0, ...lines.map((l) => estimateWidthMm(l.text, l.sizePt, l.bold)));
}

export interface HeaderView {
  formLabel: Line | null;
  issuer: Line[];
  /** The short rule under the issuer: 1/3 to 1/2 of its line (NĐ 30). */
  issuerRuleMm: number;
  national: Line[];
  /** The rule under the motto is as long as the motto. */
  mottoRuleMm: number;
  number: Line | null;
  dateLine: Line | null;
}

export function headerView(document: DocumentModel): HeaderView {
  const parent = (document.issuer.parent ?? []).map((text) => line(upperVietnamese(text), SIZE.issuer));
  const body = document.issuer.body.map((text) => line(upperVietnamese(text), SIZE.issuer, { bold: true }));
  const motto = line(MOTTO, SIZE.motto, { bold: true });
  const { dateLine } = document;
  return {
    formLabel: document.formLabel ? line(document.formLabel, SIZE.formLabel, { bold: true }) : null,
    issuer: [...parent, ...body],
    issuerRuleMm: Math.round(widestMm(body) * 0.45),
    national: [line(NATIONAL_TITLE, SIZE.nationalTitle, { bold: true }), motto],
    mottoRuleMm: Math.round(widestMm([motto])),
    number: document.number ? line(`Số: ${document.number}`, SIZE.number) : null,
    dateLine: dateLine ? line(formatDateLine(dateLine.place, dateLine.date), SIZE.dateLine, { italic: true }) : null,
  };
}

export interface TitleView {
  lines: Line[];
  /** Lines after which a short rule is drawn (under the subject), or null when there is no subject. */
  ruleAfter: number | null;
  ruleMm: number;
}

export function titleView(document: DocumentModel): TitleView {
  const subject = (document.subject ?? []).map((text) => line(text, SIZE.title, { bold: true }));
  const subtitle = (document.subtitle ?? []).map((text) => line(text, SIZE.title, { italic: true }));
  const lines = [line(upperVietnamese(document.title), SIZE.title, { bold: true }), ...subject, ...subtitle];
  return { lines, ruleAfter: subject.length > 0 ? 1 + subject.length : null, ruleMm: 30 };
}

export interface SignatureView {
  /** Authority prefix lines and the position, bold upper case; then the italic hint if any. */
  above: Line[];
  name: Line;
}

export function signatureView(signature: Signature): SignatureView {
  const titles = [...(signature.authority ?? []), signature.position];
  const above = titles.map((text) => line(upperVietnamese(text), SIZE.signature, { bold: true }));
  if (signature.hint) above.push(line(signature.hint, SIZE.signatureHint, { italic: true }));
  return { above, name: line(signature.name, SIZE.signature, { bold: true }) };
}

/** The foot's left column ("Nơi nhận", or THƯ KÝ above it in minutes) takes this share of the text width. */
export function footLeftShare(signatures: Signatures | undefined): number {
  return footRows(signatures).some((row) => row.left) ? 0.5 : 0.45;
}

function footRows(signatures: Signatures | undefined): SignatureRow[] {
  if (!signatures) return [{}];
  return [{ left: signatures.left, right: signatures.right }, ...(signatures.below ?? [])];
}

export interface SignatureRowView {
  left: SignatureView | null;
  right: SignatureView | null;
}

/** Keeps an otherwise empty line's height in every renderer. */
const BLANK_LINE_TEXT = '\u00a0';

/**
 * The foot's rows of signature blocks, top to bottom: the first row, then those `below` it. In a row the
 * blocks get blank lines where the other has more title lines or a hint, so that both names stand level.
 */
export function footRowViews(signatures: Signatures | undefined): SignatureRowView[] {
  return footRows(signatures).map((row) => {
    const titleCount = (s: Signature | undefined) => (s ? (s.authority?.length ?? 0) + 1 : 0);
    const titles = Math.max(titleCount(row.left), titleCount(row.right));
    const hinted = Boolean(row.left?.hint || row.right?.hint);
    const level = (s: Signature | undefined): SignatureView | null => {
      if (!s) return null;
      const view = signatureView(s);
      const blankTitles = Array.from({ length: titles - titleCount(s) }, () => line(BLANK_LINE_TEXT, SIZE.signature));
      view.above.splice(titleCount(s), 0, ...blankTitles);
      if (hinted && !s.hint) view.above.push(line(BLANK_LINE_TEXT, SIZE.signatureHint));
      return view;
    };
    return { left: level(row.left), right: level(row.right) };
  });
}

/** "Nơi nhận:" (bold italic 12), then "- …;" items (11) and "- Lưu: VT." last. */
export function recipientLines(recipients: Recipients): Line[] {
  const items = recipients.to.map((text) => line(`- ${text.replace(/[;.\s]+$/, '')};`, SIZE.recipients));
  const archive = line(`- Lưu: ${recipients.archive ?? 'VT'}.`, SIZE.recipients);
  return [line('Nơi nhận:', SIZE.recipientsLabel, { bold: true, italic: true }), ...items, archive];
}

export function runsOf(text: RichText): readonly TextRun[] {
  return typeof text === 'string' ? [{ text }] : text;
}

export function articleRuns(number: number, text: RichText): TextRun[] {
  return [{ text: `Điều ${number}. `, bold: true }, ...runsOf(text)];
}

// ---------------------------------------------------------------- tables

export interface PlacedHeaderCell {
  text: string;
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
}

/**
 * Places the header cells on the grid (a cell goes to the first column its row has free, past the
 * cells reaching down from above) and checks that every header row covers every column exactly once.
 */
export function placeHeaderCells(header: readonly (readonly HeaderCell[])[], columnCount: number): PlacedHeaderCell[] {
  const taken = header.map(() => new Array<boolean>(columnCount).fill(false));
  const placed: PlacedHeaderCell[] = [];
  header.forEach((cells, row) => {
    let column = 0;
    for (const cell of cells) {
      while (taken[row]![column]) column += 1;
      const rowSpan = cell.rowSpan ?? 1;
      const colSpan = cell.colSpan ?? 1;
      if (column + colSpan > columnCount || row + rowSpan > header.length) {
        throw new Error(`Header cell "${cell.text}" runs past the table (row ${row + 1}).`);
      }
      for (let r = row; r < row + rowSpan; r += 1) {
        for (let c = column; c < column + colSpan; c += 1) {
          if (taken[r]![c]) throw new Error(`Header cell "${cell.text}" overlaps another (row ${r + 1}).`);
          taken[r]![c] = true;
        }
      }
      placed.push({ text: cell.text, row, column, rowSpan, colSpan });
      column += colSpan;
    }
  });
  const gap = taken.findIndex((row) => row.includes(false));
  if (gap >= 0) throw new Error(`Header row ${gap + 1} does not cover all ${columnCount} columns.`);
  return placed;
}

export type Align = 'left' | 'center' | 'right';

export function columnAlign(column: { kind: ColumnKind; align?: Align }): Align {
  return column.align ?? (column.kind === 'text' ? 'left' : 'right');
}

/** The number a cell holds, or null for text and empty cells. */
export function cellNumber(value: CellValue): number | null {
  if (typeof value === 'number') return value;
  return value !== null && typeof value === 'object' ? value.result : null;
}

export function formatCell(value: CellValue, kind: ColumnKind): string {
  const number = cellNumber(value);
  if (number === null) return typeof value === 'string' ? value : '';
  if (kind === 'percent') return formatPercent(number);
  return kind === 'text' ? String(number) : formatAmount(number);
}

/** The column that shows a row's level as an indent: the first left-aligned text column. */
export function indentColumn(table: Table): number {
  return Math.max(0, table.columns.findIndex((c) => c.kind === 'text' && columnAlign(c) === 'left'));
}

export interface CellView {
  text: string;
  align: Align;
  /** Indent in row levels (only in the indent column). */
  level: number;
}

export interface RowView {
  cells: CellView[];
  bold: boolean;
  italic: boolean;
}

export interface TableView {
  header: PlacedHeaderCell[];
  headerRows: number;
  numbering: string[] | null;
  rows: RowView[];
  /** Column widths as shares of the table width, summing to 1. */
  widthShares: number[];
  fontSizePt: number;
}

export function tableView(table: Table): TableView {
  const columnCount = table.columns.length;
  if (table.numbering && table.numbering.length !== columnCount) {
    throw new Error(`The numbering row has ${table.numbering.length} labels for ${columnCount} columns.`);
  }
  const levelColumn = indentColumn(table);
  const totalMm = table.columns.reduce((sum, c) => sum + c.widthMm, 0);
  return {
    header: placeHeaderCells(table.header, columnCount),
    headerRows: table.header.length,
    numbering: table.numbering ? [...table.numbering] : null,
    rows: table.rows.map((row, index) => {
      if (row.cells.length !== columnCount) {
        throw new Error(`Table row ${index + 1} has ${row.cells.length} cells for ${columnCount} columns.`);
      }
      const cells = row.cells.map((value, column) => ({
        text: formatCell(value, table.columns[column]!.kind),
        align: columnAlign(table.columns[column]!),
        level: column === levelColumn ? (row.level ?? 0) : 0,
      }));
      return { cells, bold: row.bold ?? false, italic: row.italic ?? false };
    }),
    widthShares: table.columns.map((c) => c.widthMm / totalMm),
    fontSizePt: table.fontSize ?? SIZE.table,
  };
}
