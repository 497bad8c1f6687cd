import ExcelJS from 'exceljs';
import type { DocumentModel } from '../../../main/documents/model';
import { renderXlsx, resolveFormula, sheetNames } from '../../../main/documents/xlsx';
import { budgetTable, decision } from './samples';

async function reopen(document: DocumentModel): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderXlsx(document)) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Rows as arrays of cell values (1-based columns dropped to 0-based). */
function rowValues(sheet: ExcelJS.Worksheet, row: number): ExcelJS.CellValue[] {
  return Array.from({ length: sheet.columnCount }, (_, i) => sheet.getCell(row, i + 1).value);
}

function findRow(sheet: ExcelJS.Worksheet, text: string): number {
  for (let row = 1; row <= sheet.rowCount; row += 1) {
    if (rowValues(sheet, row).includes(text)) return row;
  }
  throw new Error(`"${text}" is not on the sheet`);
}

describe('a budget table as a workbook', () => {
  let sheet: ExcelJS.Worksheet;
  let headerRow: number;
  beforeAll(async () => {
    const workbook = await reopen(decision);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Dự toán thu chi 2026']);
    sheet = workbook.getWorksheet('Dự toán thu chi 2026')!;
    headerRow = findRow(sheet, 'STT');
  });

  it('puts the issuer, the form label, the title, the caption and the unit note above the table', () => {
    expect(sheet.getCell('A1').value).toBe('ỦY BAN NHÂN DÂN');
    expect(sheet.getCell('A1').font).toMatchObject({ name: 'Times New Roman', bold: true });
    expect(sheet.getCell('A2').value).toBe('PHƯỜNG ĐỐNG ĐA');
    expect(sheet.getCell('D1').value).toBe('Mẫu số 04/QĐ-CKNS');
    const titleRow = findRow(sheet, 'QUYẾT ĐỊNH');
    expect(sheet.getCell(titleRow + 1, 1).value).toBe('Về việc công bố công khai dự toán ngân sách xã năm 2026');
    expect(sheet.getCell(titleRow + 2, 1).value).toBe('DỰ TOÁN THU, CHI NGÂN SÁCH XÃ NĂM 2026');
    const unitNote = sheet.getCell(headerRow - 1, 1);
    expect(unitNote.value).toBe('Đơn vị tính: đồng');
    expect(unitNote.alignment).toMatchObject({ horizontal: 'right' });
    expect(unitNote.font).toMatchObject({ italic: true });
  });

  it('merges the grouped header cells and writes the numbering row', () => {
    expect(rowValues(sheet, headerRow)).toEqual(['STT', 'Nội dung', 'Dự toán', 'Dự toán', 'So sánh (%)']);
    expect(rowValues(sheet, headerRow + 1)).toEqual(['STT', 'Nội dung', 'Năm 2025', 'Năm 2026', 'So sánh (%)']);
    expect(sheet.getCell(headerRow, 4).isMerged).toBe(true);
    expect(sheet.getCell(headerRow + 1, 1).master.address).toBe(`A${headerRow}`);
    expect(rowValues(sheet, headerRow + 2)).toEqual(['A', 'B', '1', '2', '3=2/1']);
    expect(sheet.getCell(headerRow, 1).border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' } });
  });

  it('keeps every figure as the number written, with money and percent formats', () => {
    const first = headerRow + 3;
    budgetTable.rows.forEach((row, index) => {
      const values = rowValues(sheet, first + index);
      row.cells.forEach((cell, column) => {
        const written = values[column];
        if (cell !== null && typeof cell === 'object') expect(written).toMatchObject({ result: cell.result });
        else expect(written).toBe(cell);
      });
    });
    expect(sheet.getCell(first + 1, 3).numFmt).toBe('#,##0');
    expect(sheet.getCell(first + 1, 5).numFmt).toBe('#,##0.0');
    expect(sheet.getCell(first + 1, 2).numFmt).toBeUndefined();
    expect(sheet.getCell(first, 1).font).toMatchObject({ bold: true, name: 'Times New Roman' });
    expect(sheet.getCell(first + 4, 2).font).toMatchObject({ italic: true });
    expect(sheet.getCell(first + 1, 2).alignment).toMatchObject({ indent: 1 });
  });

  it('keeps a formula, with its references turned into the sheet addresses of the rows it names', () => {
    const first = headerRow + 3;
    expect(sheet.getCell(first, 4).value).toEqual({ formula: `D${first + 1}+D${first + 2}`, result: 11_234_567_890 });
  });

  it('sets column widths in proportion and prints on A4, fitted to the page width, header rows repeated', () => {
    const widths = [1, 2, 3, 4, 5].map((c) => sheet.getColumn(c).width!);
    expect(widths[1]! / widths[0]!).toBeCloseTo(63 / 12, 1);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toBe(`${headerRow}:${headerRow + 2}`);
  });
});

it('writes one sheet per table, landscape when the document is', async () => {
  const document: DocumentModel = {
    ...decision,
    orientation: 'landscape',
    body: [
      { kind: 'table', table: { ...budgetTable, sheetName: undefined } },
      { kind: 'table', table: { ...budgetTable, sheetName: 'Chi: đầu tư [2026]', numbering: undefined } },
    ],
  };
  const workbook = await reopen(document);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['Biểu 1', 'Chi đầu tư 2026']);
  expect(workbook.worksheets.every((s) => s.pageSetup.orientation === 'landscape')).toBe(true);
});

it('refuses a document without a table', async () => {
  await expect(renderXlsx({ ...decision, body: [] })).rejects.toThrow(/at least one table/);
});

describe('sheet names', () => {
  it('drops characters Excel forbids, cuts to 31 characters and keeps names unique', () => {
    const names = sheetNames([
      { ...budgetTable, sheetName: "'Công khai/dự toán: thu*chi? năm 2026 của phường Đống Đa'" },
      { ...budgetTable, sheetName: "Dự toán chi thường xuyên năm 26'Q1" },
      { ...budgetTable, sheetName: 'Biểu A' },
      { ...budgetTable, sheetName: 'biểu a' },
      { ...budgetTable, sheetName: '   ' },
      { ...budgetTable, sheetName: "''" },
      { ...budgetTable, sheetName: 'Biểu 5' },
    ]);
    expect(names).toEqual(['Công khai dự toán thu chi năm 2', 'Dự toán chi thường xuyên năm 26', 'Biểu A', 'biểu a (2)', 'Biểu 5', 'Biểu 6', 'Biểu 5 (2)']);
    expect(names.every((name) => name.length <= 31 && !/[[\]:*?/\\]/.test(name))).toBe(true);
  });
});

it('resolves {row,column} references past column Z', () => {
  expect(resolveFormula('={0,2}+{1,27}', 10)).toBe('C10+AB11');
});
