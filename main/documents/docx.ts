/** The document as a Word file: Times New Roman, A4, the NĐ 30 header and foot as borderless tables. */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table as WordTable,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from 'docx';
import {
  articleRuns,
  footLeftShare,
  footRowViews,
  headerView,
  HEADER_LEFT_SHARE,
  LEVEL_INDENT_MM,
  MARGINS_MM,
  OFFICE_FONT,
  pageGeometry,
  PARAGRAPH_INDENT_MM,
  PARAGRAPH_SPACING_PT,
  recipientLines,
  runsOf,
  SIGNATURE_SPACE_MM,
  SIZE,
  type SignatureView,
  tableView,
  titleView,
  type Align,
  type Line,
  type TableView,
} from './layout';
import type { Block, DocumentModel, RichText, Table } from './model';

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];
type Child = Paragraph | WordTable;

const ALIGN: Record<Align | 'justify', Alignment> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

/** Twentieths of a point, rounded (docx's own converter truncates: 210 mm would become 11905). */
const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
const halfPoints = (pt: number) => pt * 2;

/** Every run names Times New Roman itself, so text pasted into another document keeps the font. */
function run(options: { text?: string; children?: IRunOptions['children']; bold?: boolean; italic?: boolean; sizePt?: number }): TextRun {
  return new TextRun({
    ...(options.children ? { children: options.children } : { text: options.text ?? '' }),
    font: OFFICE_FONT,
    bold: options.bold ?? false,
    italics: options.italic ?? false,
    ...(options.sizePt ? { size: halfPoints(options.sizePt) } : {}),
  });
}

const THIN = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;

export function renderDocx(document: DocumentModel): Promise<Buffer> {
  return renderDocxBundle([document]);
}

/** Several documents in one Word file, each in its own section (its own orientation and header). */
export async function renderDocxBundle(documents: readonly DocumentModel[]): Promise<Buffer> {
  const word = new Document({
    creator: 'Sổ Dân Chủ',
    title: documents[0]?.title ?? '',
    styles: {
      default: {
        document: {
          run: { font: OFFICE_FONT, size: halfPoints(SIZE.body) },
          paragraph: { spacing: { after: 0, line: 276 } },
        },
      },
    },
    sections: documents.map(section),
  });
  return Packer.toBuffer(word);
}

function section(document: DocumentModel) {
  const textWidth = twip(pageGeometry(document.orientation).textWidthMm);
  return {
    properties: {
      page: {
        size: { width: twip(210), height: twip(297), orientation: PageOrientation[document.orientation === 'portrait' ? 'PORTRAIT' : 'LANDSCAPE'] },
        margin: { top: twip(MARGINS_MM.top), bottom: twip(MARGINS_MM.bottom), left: twip(MARGINS_MM.left), right: twip(MARGINS_MM.right) },
      },
      titlePage: document.pageNumbers ?? false,
    },
    ...(document.pageNumbers ? { headers: pageNumberHeaders() } : {}),
    children: [
      ...headerChildren(document, textWidth),
      ...titleParagraphs(document, textWidth),
      ...document.body.flatMap((block) => blockChildren(block, textWidth)),
      ...footChildren(document, textWidth),
    ],
  };
}

/** Page numbers centred at the top from page 2; page 1 gets an empty header. */
function pageNumberHeaders() {
  const number = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [run({ children: [PageNumber.CURRENT], sizePt: SIZE.number })],
  });
  return { default: new Header({ children: [number] }), first: new Header({ children: [] }) };
}

function lineRun(line: Line): TextRun {
  return run({ text: line.text, bold: line.bold, italic: line.italic, sizePt: line.sizePt });
}

function lineParagraph(line: Line, alignment: Alignment = AlignmentType.CENTER): Paragraph {
  return new Paragraph({ alignment, children: [lineRun(line)] });
}

/** A short centred rule: an empty, tiny paragraph whose border runs between indents. */
function ruleParagraph(widthMm: number, columnWidth: number): Paragraph {
  const side = Math.max(0, Math.round((columnWidth - twip(widthMm)) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    border: { top: { ...THIN, space: 1 } },
    spacing: { before: 80, line: 40, lineRule: 'exact' },
    run: { size: 2 },
  });
}

function layoutCell(children: Child[], width: number): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph({})],
    width: { size: width, type: WidthType.DXA },
    borders: TableBorders.NONE,
  });
}

/** A borderless table of two columns splitting the text width at `leftShare`. */
function layoutTable(rows: Child[][][], textWidth: number, leftShare: number): WordTable {
  const widths = [Math.round(textWidth * leftShare), textWidth - Math.round(textWidth * leftShare)];
  return new WordTable({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    borders: TableBorders.NONE,
    rows: rows.map((cells) => new TableRow({ cantSplit: true, children: cells.map((children, i) => layoutCell(children, widths[i]!)) })),
  });
}

function headerChildren(document: DocumentModel, textWidth: number): Child[] {
  const view = headerView(document);
  const left = Math.round(textWidth * HEADER_LEFT_SHARE);
  const rows: Child[][][] = [
    [
      [...view.issuer.map((l) => lineParagraph(l)), ruleParagraph(view.issuerRuleMm, left)],
      [...view.national.map((l) => lineParagraph(l)), ruleParagraph(view.mottoRuleMm, textWidth - left)],
    ],
  ];
  if (view.number || view.dateLine) {
    const spaced = (line: Line | null) => (line ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120 }, children: [lineRun(line)] })] : []);
    rows.push([spaced(view.number), spaced(view.dateLine)]);
  }
  const label = view.formLabel ? [lineParagraph(view.formLabel, AlignmentType.RIGHT)] : [];
  return [...label, layoutTable(rows, textWidth, HEADER_LEFT_SHARE)];
}

function titleParagraphs(document: DocumentModel, textWidth: number): Paragraph[] {
  const view = titleView(document);
  const paragraphs = view.lines.map((line, index) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: index === 0 ? 360 : 0 }, children: [lineRun(line)] }),
  );
  if (view.ruleAfter !== null) paragraphs.splice(view.ruleAfter, 0, ruleParagraph(view.ruleMm, textWidth));
  paragraphs.push(new Paragraph({ spacing: { after: 120 } }));
  return paragraphs;
}

function richRuns(text: RichText, prefix = ''): TextRun[] {
  const runs = runsOf(text).map((r) => run(r));
  return prefix ? [run({ text: prefix }), ...runs] : runs;
}

function bodyParagraph(children: TextRun[], options: { align?: Align | 'justify'; indent?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: ALIGN[options.align ?? 'justify'],
    indent: options.indent === false ? undefined : { firstLine: twip(PARAGRAPH_INDENT_MM) },
    spacing: { after: PARAGRAPH_SPACING_PT * 20 },
    children,
  });
}

function blockChildren(block: Block, textWidth: number): Child[] {
  switch (block.kind) {
    case 'paragraph': {
      const align = block.align ?? 'justify';
      return [bodyParagraph(richRuns(block.text), { align, indent: block.indent ?? align === 'justify' })];
    }
    case 'heading': {
      const align = block.align ?? 'left';
      const runs = runsOf(block.text).map((r) => run({ ...r, bold: true }));
      return [bodyParagraph(runs, { align, indent: align === 'left' })];
    }
    case 'article':
      return [bodyParagraph(richRuns(articleRuns(block.number, block.text)))];
    case 'list':
      return block.items.map((item) => bodyParagraph(richRuns(item, `${block.marker ?? '-'} `)));
    case 'table':
      return tableChildren(block.table, textWidth);
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

function tableChildren(table: Table, textWidth: number): Child[] {
  const view = tableView(table);
  const notes: Paragraph[] = [];
  if (table.caption) notes.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 120 }, children: [run({ text: table.caption, bold: true, sizePt: SIZE.caption })] }));
  if (table.unitNote) notes.push(new Paragraph({ alignment: AlignmentType.RIGHT, keepNext: true, children: [run({ text: table.unitNote, italic: true, sizePt: view.fontSizePt })] }));
  const widths = view.widthShares.map((share) => Math.round(share * textWidth));
  const grid = new WordTable({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    rows: [...headerRows(view, widths), ...bodyRows(view, widths)],
  });
  return [...notes, grid, new Paragraph({ spacing: { after: PARAGRAPH_SPACING_PT * 20 } })];
}

function gridCell(text: string, options: { width: number; sizePt: number; align: Align; bold?: boolean; italic?: boolean; level?: number; colSpan?: number; rowSpan?: number }): TableCell {
  // A line break inside a cell (several evidence records, say) is a paragraph of its own in Word.
  const paragraphs = text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: ALIGN[options.align],
        indent: options.level ? { left: twip(options.level * LEVEL_INDENT_MM) } : undefined,
        children: [run({ text: line, bold: options.bold, italic: options.italic, sizePt: options.sizePt })],
      }),
  );
  return new TableCell({
    children: paragraphs,
    width: { size: options.width, type: WidthType.DXA },
    columnSpan: options.colSpan,
    rowSpan: options.rowSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
  });
}

function spannedWidth(widths: number[], column: number, colSpan: number): number {
  return widths.slice(column, column + colSpan).reduce((sum, w) => sum + w, 0);
}

/** Header rows and the numbering row repeat on every page. */
function headerRows(view: TableView, widths: number[]): TableRow[] {
  const sizePt = view.fontSizePt;
  const rows = Array.from({ length: view.headerRows }, (_, row) =>
    view.header
      .filter((cell) => cell.row === row)
      .map((cell) =>
        gridCell(cell.text, { width: spannedWidth(widths, cell.column, cell.colSpan), sizePt, align: 'center', bold: true, colSpan: cell.colSpan, rowSpan: cell.rowSpan }),
      ),
  );
  if (view.numbering) rows.push(view.numbering.map((label, i) => gridCell(label, { width: widths[i]!, sizePt, align: 'center', italic: true })));
  return rows.map((children) => new TableRow({ tableHeader: true, cantSplit: true, children }));
}

function bodyRows(view: TableView, widths: number[]): TableRow[] {
  const sizePt = view.fontSizePt;
  return view.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.cells.map((cell, i) => gridCell(cell.text, { width: widths[i]!, sizePt, align: cell.align, bold: row.bold, italic: row.italic, level: cell.level })),
      }),
  );
}

function signatureParagraphs(view: SignatureView | null): Paragraph[] {
  if (!view) return [];
  const name = new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: twip(SIGNATURE_SPACE_MM) }, children: [lineRun(view.name)] });
  return [...view.above.map((l) => lineParagraph(l)), name];
}

function footChildren(document: DocumentModel, textWidth: number): Child[] {
  const { signatures, recipients } = document;
  if (!signatures && !recipients) return [];
  const recipientParagraphs = recipients ? recipientLines(recipients).map((l) => lineParagraph(l, AlignmentType.LEFT)) : [];
  const rows = footRowViews(signatures).map((row, index) => {
    const rowRecipients = index === 0 ? recipientParagraphs : [];
    const left = row.left ? [...signatureParagraphs(row.left), new Paragraph({ spacing: { after: 240 } }), ...rowRecipients] : rowRecipients;
    const spacer = index > 0 ? [new Paragraph({ spacing: { before: 240 } })] : [];
    return [
      [...spacer, ...left],
      [...spacer, ...signatureParagraphs(row.right)],
    ];
  });
  return [new Paragraph({ spacing: { before: 240 } }), layoutTable(rows, textWidth, footLeftShare(signatures))];
}
