/**
 * The document as one self-contained HTML page (fonts inlined, no script, no outside fetch), laid out
 * for print: the PDF printers (Chromium, Electron) turn it into A4 pages.
 */
import { repositoryResourcesDir, tinosFontFaces } from './fonts';
import {
  articleRuns,
  footLeftShare,
  footRowViews,
  headerView,
  LEVEL_INDENT_MM,
  MARGINS_MM,
  PARAGRAPH_INDENT_MM,
  PARAGRAPH_SPACING_PT,
  PDF_FONT,
  recipientLines,
  runsOf,
  SIGNATURE_SPACE_MM,
  SIZE,
  type SignatureView,
  tableView,
  titleView,
  HEADER_LEFT_SHARE,
  type Line,
  type TableView,
} from './layout';
import type { Block, DocumentModel, RichText, Table } from './model';

export interface HtmlOptions {
  /** The folder holding fonts/tinos; default: the repository's resources folder. */
  resourcesDir?: string;
}

export function renderHtml(document: DocumentModel, options: HtmlOptions = {}): string {
  const fonts = tinosFontFaces(options.resourcesDir ?? repositoryResourcesDir());
  return [
    '<!doctype html><html lang="vi"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:">`,
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>${fonts}\n${pageCss(document)}\n${DOCUMENT_CSS}</style></head><body>`,
    headerHtml(document),
    titleHtml(document),
    document.body.map(blockHtml).join('\n'),
    footHtml(document),
    '</body></html>',
  ].join('\n');
}

/**
 * Several documents in one page flow (for one PDF): each starts on a new sheet of its own orientation,
 * through CSS named pages. Page numbers are left out: each document's pages would need their own count.
 * A bundle of one document is that document's own page, page numbers included.
 */
export function renderHtmlBundle(documents: readonly DocumentModel[], options: HtmlOptions = {}): string {
  if (documents.length === 1) return renderHtml(documents[0]!, options);
  const fonts = tinosFontFaces(options.resourcesDir ?? repositoryResourcesDir());
  const { top, right, bottom, left } = MARGINS_MM;
  const margin = `margin:${top}mm ${right}mm ${bottom}mm ${left}mm;`;
  const named = `@page portrait{size:A4 portrait;${margin}}@page landscape{size:A4 landscape;${margin}}section+section{break-before:page;}`;
  return [
    '<!doctype html><html lang="vi"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:">`,
    `<title>${escapeHtml(documents[0]?.title ?? '')}</title>`,
    `<style>${fonts}\n${named}\n${DOCUMENT_CSS}</style></head><body>`,
    ...documents.map(
      (document) =>
        `<section style="page:${document.orientation}">${[headerHtml(document), titleHtml(document), document.body.map(blockHtml).join('\n'), footHtml(document)].join('\n')}</section>`,
    ),
    '</body></html>',
  ].join('\n');
}

function pageCss(document: DocumentModel): string {
  const { top, right, bottom, left } = MARGINS_MM;
  const page = `@page{size:A4 ${document.orientation};margin:${top}mm ${right}mm ${bottom}mm ${left}mm;`;
  if (!document.pageNumbers) return `${page}}`;
  return (
    `${page}@top-center{content:counter(page);font-family:'${PDF_FONT}';font-size:${SIZE.number}pt;}}` +
    '@page :first{@top-center{content:none;}}'
  );
}

const DOCUMENT_CSS = `
html{font-family:'${PDF_FONT}','Times New Roman',serif;font-size:${SIZE.body}pt;color:#000;line-height:1.3;}
body{margin:0;}
p{margin:0 0 ${PARAGRAPH_SPACING_PT}pt;text-align:justify;}
.indent{text-indent:${PARAGRAPH_INDENT_MM}mm;}
.rule{height:0;border-top:0.75pt solid #000;margin:3pt auto 0;}
.layout{width:100%;border-collapse:collapse;table-layout:fixed;}
.layout td{vertical-align:top;text-align:center;padding:0;}
.layout .second td{padding-top:6pt;}
.layout .below td{padding-top:12pt;}
.nowrap{white-space:nowrap;}
.form-label{text-align:right;}
.title{text-align:center;margin:18pt 0 12pt;}
.caption{text-align:center;font-weight:700;font-size:${SIZE.caption}pt;margin:12pt 0 6pt;}
.unit-note{text-align:right;font-style:italic;margin:0 0 2pt;}
.data{width:100%;border-collapse:collapse;table-layout:fixed;margin:0 0 ${PARAGRAPH_SPACING_PT}pt;line-height:1.2;}
.data th,.data td{border:0.75pt solid #000;padding:1mm 1.2mm;vertical-align:middle;overflow-wrap:break-word;white-space:pre-line;}
.data th{font-weight:700;text-align:center;}
.data .numbering td{text-align:center;font-style:italic;}
.data thead{display:table-header-group;}
.data tr{break-inside:avoid;}
.foot{margin-top:12pt;}
.foot tr{break-inside:avoid;}
.signature-space{height:${SIGNATURE_SPACE_MM}mm;}
.page-break{break-after:page;}
`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function lineHtml(line: Line, className = ''): string {
  const style = `font-size:${line.sizePt}pt;font-weight:${line.bold ? 700 : 400};font-style:${line.italic ? 'italic' : 'normal'}`;
  const classes = className ? ` class="${className}"` : '';
  return `<div${classes} style="${style}">${escapeHtml(line.text)}</div>`;
}

function linesHtml(lines: readonly Line[], className = ''): string {
  return lines.map((l) => lineHtml(l, className)).join('');
}

function ruleHtml(widthMm: number): string {
  return `<div class="rule" style="width:${widthMm}mm"></div>`;
}

function columnsHtml(leftShare: number): string {
  const left = Math.round(leftShare * 100);
  return `<colgroup><col style="width:${left}%"><col style="width:${100 - left}%"></colgroup>`;
}

function headerHtml(document: DocumentModel): string {
  const view = headerView(document);
  const second =
    view.number || view.dateLine
      ? `<tr class="second"><td>${view.number ? lineHtml(view.number) : ''}</td><td>${view.dateLine ? lineHtml(view.dateLine) : ''}</td></tr>`
      : '';
  return [
    view.formLabel ? lineHtml(view.formLabel, 'form-label') : '',
    `<table class="layout header">${columnsHtml(HEADER_LEFT_SHARE)}<tr>`,
    `<td>${linesHtml(view.issuer)}${ruleHtml(view.issuerRuleMm)}</td>`,
    `<td>${linesHtml(view.national, 'nowrap')}${ruleHtml(view.mottoRuleMm)}</td>`,
    `</tr>${second}</table>`,
  ].join('');
}

function titleHtml(document: DocumentModel): string {
  const view = titleView(document);
  const lines = view.lines.map((l, index) => lineHtml(l) + (index + 1 === view.ruleAfter ? ruleHtml(view.ruleMm) : ''));
  return `<div class="title">${lines.join('')}</div>`;
}

function richHtml(text: RichText): string {
  return runsOf(text)
    .map((run) => {
      const escaped = escapeHtml(run.text);
      const bold = run.bold ? `<b>${escaped}</b>` : escaped;
      return run.italic ? `<i>${bold}</i>` : bold;
    })
    .join('');
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'paragraph': {
      const align = block.align ?? 'justify';
      const indent = (block.indent ?? align === 'justify') ? ' class="indent"' : '';
      return `<p${indent} style="text-align:${align}">${richHtml(block.text)}</p>`;
    }
    case 'heading': {
      const align = block.align ?? 'left';
      const indent = align === 'left' ? ' class="indent"' : '';
      return `<p${indent} style="text-align:${align};font-weight:700">${richHtml(block.text)}</p>`;
    }
    case 'article':
      return `<p class="indent">${richHtml(articleRuns(block.number, block.text))}</p>`;
    case 'list':
      return block.items.map((item) => `<p class="indent">${escapeHtml(block.marker ?? '-')} ${richHtml(item)}</p>`).join('');
    case 'table':
      return tableHtml(block.table);
    case 'pageBreak':
      return '<div class="page-break"></div>';
  }
}

function tableHtml(table: Table): string {
  const view = tableView(table);
  const caption = table.caption ? `<div class="caption">${escapeHtml(table.caption)}</div>` : '';
  const unitNote = table.unitNote ? `<div class="unit-note" style="font-size:${view.fontSizePt}pt">${escapeHtml(table.unitNote)}</div>` : '';
  const columns = view.widthShares.map((share) => `<col style="width:${(share * 100).toFixed(2)}%">`).join('');
  return (
    `${caption}${unitNote}<table class="data" style="font-size:${view.fontSizePt}pt"><colgroup>${columns}</colgroup>` +
    `<thead>${headerRowsHtml(view)}</thead><tbody>${bodyRowsHtml(view)}</tbody></table>`
  );
}

function headerRowsHtml(view: TableView): string {
  const rows = Array.from({ length: view.headerRows }, (_, row) =>
    view.header
      .filter((cell) => cell.row === row)
      .map((cell) => `<th colspan="${cell.colSpan}" rowspan="${cell.rowSpan}">${escapeHtml(cell.text)}</th>`)
      .join(''),
  );
  if (view.numbering) rows.push(view.numbering.map((label) => `<td>${escapeHtml(label)}</td>`).join(''));
  return rows.map((cells, index) => `<tr${index === view.headerRows ? ' class="numbering"' : ''}>${cells}</tr>`).join('');
}

function bodyRowsHtml(view: TableView): string {
  return view.rows
    .map((row) => {
      const style = `font-weight:${row.bold ? 700 : 400};font-style:${row.italic ? 'italic' : 'normal'}`;
      const cells = row.cells.map((cell) => {
        const indent = cell.level > 0 ? `;padding-left:${1.2 + cell.level * LEVEL_INDENT_MM}mm` : '';
        return `<td style="text-align:${cell.align}${indent}">${escapeHtml(cell.text)}</td>`;
      });
      return `<tr style="${style}">${cells.join('')}</tr>`;
    })
    .join('');
}

function signatureHtml(view: SignatureView | null): string {
  if (!view) return '';
  return `${linesHtml(view.above)}<div class="signature-space"></div>${lineHtml(view.name)}`;
}

function footHtml(document: DocumentModel): string {
  const { signatures, recipients } = document;
  if (!signatures && !recipients) return '';
  const recipientsHtml = recipients ? linesHtml(recipientLines(recipients)) : '';
  const rows = footRowViews(signatures).map((row, index) => {
    const rowRecipients = index === 0 ? recipientsHtml : '';
    const left = row.left
      ? `${signatureHtml(row.left)}<div class="recipients" style="text-align:left;margin-top:12pt">${rowRecipients}</div>`
      : `<div style="text-align:left">${rowRecipients}</div>`;
    return `<tr${index > 0 ? ' class="below"' : ''}><td>${left}</td><td>${signatureHtml(row.right)}</td></tr>`;
  });
  return `<table class="layout foot">${columnsHtml(footLeftShare(signatures))}${rows.join('')}</table>`;
}
