/**
 * The plain-data model of an administrative document laid out per NĐ 30/2020 Phụ lục I. Capabilities
 * build one of these; html.ts (→ PDF), docx.ts and xlsx.ts render it. Texts are given as they should
 * read (the renderers upper-case titles, issuer lines and signature positions themselves).
 */

/** A run of text inside a paragraph, e.g. the bold "Điều 1." before an article's text. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** Plain text or a sequence of runs. */
export type RichText = string | readonly TextRun[];

/**
 * The issuing body, top left. `parent` lines are upper case regular (the governing body, "nếu có");
 * `body` lines are upper case bold. A ward's own name is usually two bold lines: see `wardIssuer`.
 */
export interface Issuer {
  parent?: readonly string[];
  body: readonly string[];
}

export interface DateLine {
  /** The official name of the place, e.g. "Phường Đống Đa". */
  place: string;
  /** "yyyy-MM-dd"; null leaves the day blank to be written by hand ("ngày … tháng … năm …"). */
  date: string | null;
}

/**
 * A cell: text, a number, empty, or a workbook formula with its computed result (printed in PDF/DOCX).
 * A formula names body cells of its own table as {row,column}, 0-based indexes into `rows` and
 * `columns` ("{1,3}+{2,3}"); the workbook writer turns them into addresses like D12.
 */
export type CellValue = string | number | null | { formula: string; result: number };

/** How a column shows its numbers: money "1.234.567", percent "95,5", count "1.234", or text as given. */
export type ColumnKind = 'text' | 'money' | 'percent' | 'count';

export interface TableColumn {
  kind: ColumnKind;
  /** Share of the text width, in millimetres as printed; renderers scale the sum to the page. */
  widthMm: number;
  /** Default: text left, numbers right. Centre a short "STT" column so the row level indents the next one. */
  align?: 'left' | 'center' | 'right';
}

/** A header cell; `colSpan` groups the columns below it, `rowSpan` lets a cell reach down the header rows. */
export interface HeaderCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

export interface TableRow {
  cells: readonly CellValue[];
  /** Indent of the first left-aligned text column: 0 for a group line, 1 for its items, 2 below those. */
  level?: number;
  bold?: boolean;
  italic?: boolean;
}

export interface Table {
  /** Printed bold and centred above the table (and under the title in the workbook). */
  caption?: string;
  /** The workbook sheet name; sanitised and cut to 31 characters. */
  sheetName?: string;
  /** "Đơn vị tính: đồng", right-aligned italic above the table. */
  unitNote?: string;
  columns: readonly TableColumn[];
  /** Header rows, top to bottom; together they must cover every column exactly once per row. */
  header: readonly (readonly HeaderCell[])[];
  /** The numbering row under the header, one label per column: "A", "B", "1", "2", "3=2/1". */
  numbering?: readonly string[];
  rows: readonly TableRow[];
  /** Body font size in points; default 12. */
  fontSize?: number;
}

export type Block =
  | { kind: 'paragraph'; text: RichText; align?: 'justify' | 'left' | 'center' | 'right'; indent?: boolean }
  | { kind: 'heading'; text: RichText; align?: 'left' | 'center' }
  /** "Điều 1. …": the label bold, the text regular, first line indented. */
  | { kind: 'article'; number: number; text: RichText }
  | { kind: 'list'; items: readonly RichText[]; marker?: '-' | '+' | '•' }
  | { kind: 'table'; table: Table }
  | { kind: 'pageBreak' };

export interface Signature {
  /** Lines above the position: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH". */
  authority?: readonly string[];
  /** "CHỦ TỊCH", "THƯ KÝ", "CHỦ TỌA". */
  position: string;
  /** Italic hint under the position, e.g. "(Ký, ghi rõ họ tên)". */
  hint?: string;
  name: string;
}

/** A row of the foot: a signature block in the left column, the right column, or both. */
export interface SignatureRow {
  left?: Signature;
  right?: Signature;
}

/**
 * Signatures at the foot: one block on the right (the usual case), or two blocks as in minutes (THƯ KÝ
 * left, CHỦ TỌA right). "Nơi nhận" goes in the left column, under the first row's left signature when
 * there is one. `below` adds rows under the first, e.g. the four signatures of the residents' decision
 * record (NĐ 59 Mẫu 03): group head and front committee head, then two household representatives.
 */
export interface Signatures extends SignatureRow {
  below?: readonly SignatureRow[];
}

export interface Recipients {
  /** Without the leading "- " and the closing ";": "Như Điều 3", "Sở Tài chính thành phố". */
  to: readonly string[];
  /** What follows "Lưu: ", default "VT". */
  archive?: string;
}

export type Orientation = 'portrait' | 'landscape';

export interface DocumentModel {
  orientation: Orientation;
  issuer: Issuer;
  /** "05/QĐ-UBND", printed "Số: 05/QĐ-UBND" under the issuer. */
  number?: string;
  /** Top right, e.g. "Biểu số 108/CK TC-NSNN" or "Mẫu số 04/QĐ-CKNS". */
  formLabel?: string;
  /** Absent for minutes (NĐ 30 Mẫu 1.9). */
  dateLine?: DateLine;
  title: string;
  /** Bold lines under the title, e.g. "Về việc công bố công khai dự toán ngân sách năm 2026", with a short rule. */
  subject?: readonly string[];
  /** Italic lines after the subject, e.g. "(Kèm theo Quyết định số 05/QĐ-UBND ngày …)". */
  subtitle?: readonly string[];
  body: readonly Block[];
  signatures?: Signatures;
  recipients?: Recipients;
  /** Page numbers centred in the top margin from page 2 (NĐ 30). */
  pageNumbers?: boolean;
}

/**
 * A ward or commune's issuing block: "ỦY BAN NHÂN DÂN" / "PHƯỜNG ĐỐNG ĐA", both bold since both lines
 * are the body's own name; a parent line (e.g. "UBND THÀNH PHỐ HÀ NỘI") is optional and off by default.
 */
export function wardIssuer(wardName: string, options: { parent?: string } = {}): Issuer {
  const body = ['Ủy ban nhân dân', wardName];
  return options.parent ? { parent: [options.parent], body } : { body };
}

/** The head of a ward's numbered notice ("THÔNG BÁO"): issuer, number, and place and date from the document register. */
export function wardNoticeHead(wardName: string, notice: { symbol: string; issuedOn: string }): Pick<DocumentModel, 'orientation' | 'issuer' | 'number' | 'dateLine' | 'title'> {
  return { orientation: 'portrait', issuer: wardIssuer(wardName), number: notice.symbol, dateLine: { place: wardName, date: notice.issuedOn }, title: 'THÔNG BÁO' };
}

/** The document's table blocks in order (the workbook writes one sheet per table). */
export function tablesOf(document: DocumentModel): Table[] {
  return document.body.flatMap((block) => (block.kind === 'table' ? [block.table] : []));
}
