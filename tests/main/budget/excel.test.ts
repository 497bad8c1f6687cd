import ExcelJS from 'exceljs';
import type { FormDefinition, FormLine } from '../../../main/api/budget';
import { AppError } from '../../../main/api/errors';
import { buildFormTemplate, importFormWorkbook } from '../../../main/budget/excel';
import { builtInFormSets } from '../../../main/budget/formSets';

const [set] = builtInFormSets();
const shippedForm = (code: string): FormDefinition => set!.forms.find((f) => f.code === code)!;
const options = { unitName: 'Xã An Bình', year: 2025 };

async function openSheet(buffer: Buffer): Promise<{ workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return { workbook, sheet: workbook.worksheets[0]! };
}

/** The sheet row holding a line, found by the code in column A, as a clerk's eye would by the label. */
function rowOf(sheet: ExcelJS.Worksheet, code: string): ExcelJS.Row {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).text === code) return sheet.getRow(r);
  throw new Error(`no row for ${code}`);
}

async function saved(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the import to be refused');
}

describe('buildFormTemplate', () => {
  it('writes the form heading, the column headers and numbering, and one row per line with its code in column A', async () => {
    const { sheet } = await openSheet(await buildFormTemplate(shippedForm('110'), options));
    expect(sheet.name).toBe('Biểu 110');
    expect(sheet.getRow(1).hidden).toBe(true);
    expect(sheet.getCell('A1').text).toBe('SDC-BIEU 110');
    expect(sheet.getCell('B2').text).toBe('ỦY BAN NHÂN DÂN XÃ AN BÌNH');
    expect(sheet.getCell('D2').text).toBe('Biểu số 110/CK TC-NSNN');
    expect(sheet.getCell('B3').text).toBe('DỰ TOÁN CHI NGÂN SÁCH XÃ NĂM 2025');
    expect(sheet.getCell('B4').text).toBe('(Dự toán đã được Hội đồng nhân dân quyết định)');
    expect(sheet.getCell('D5').text).toBe('Đơn vị tính: đồng');
    expect(['A6', 'B6', 'C6', 'D6'].map((a) => sheet.getCell(a).text)).toEqual(['Mã dòng — không sửa', 'STT', 'Nội dung', 'Dự toán năm']);
    expect(['B8', 'C8', 'D8'].map((a) => sheet.getCell(a).text)).toEqual(['A', 'B', '1']);
    const lines = shippedForm('110').lines;
    expect(Array.from({ length: lines.length }, (_, i) => sheet.getRow(9 + i).getCell(1).text)).toEqual(lines.map((l) => l.code));
    expect(rowOf(sheet, 'B.II.3').getCell(2).text).toBe('3');
    expect(rowOf(sheet, 'B.II.3').getCell(3).text).toBe('Chi sự nghiệp giáo dục');
  });

  it('leaves leaf cells open, puts sums in total rows and locks computed and percent columns', async () => {
    const { sheet } = await openSheet(await buildFormTemplate(shippedForm('113'), { ...options, figures: { 'A.I': { dt: 1_000, uth: 600 } } }));
    expect(sheet.getCell('D6').text).toBe('Dự toán năm');
    expect(sheet.getCell('G6').text).toBe('So sánh ước thực hiện với (%)');
    expect(sheet.getCell('G7').text).toBe('Dự toán năm');
    expect(sheet.getCell('H8').text).toBe('5=2/3');
    const leaf = rowOf(sheet, 'A.I');
    expect(leaf.getCell(4).value).toBe(1_000);
    expect(leaf.getCell(4).protection?.locked).toBe(false);
    const total = rowOf(sheet, 'A');
    expect(total.getCell(4).value).toMatchObject({ formula: `D${leaf.number}+D${rowOf(sheet, 'A.II').number}+D${rowOf(sheet, 'A.III').number}+D${rowOf(sheet, 'A.IV').number}+D${rowOf(sheet, 'A.V').number}`, result: 1_000 });
    expect(leaf.getCell(7).value).toMatchObject({ formula: `IF(N(D${leaf.number})=0,"-",ROUND(E${leaf.number}/D${leaf.number}*100,1))`, result: 60 });
    // Locked is Excel's default: only the cells a clerk fills in say otherwise.
    expect(leaf.getCell(7).protection?.locked ?? true).toBe(true);
    expect(leaf.getCell(7).fill).toMatchObject({ pattern: 'solid' });
  });

  it('writes the year-end balance as a locked formula and text columns as open cells', async () => {
    const { sheet } = await openSheet(await buildFormTemplate(shippedForm('107'), options));
    const row = rowOf(sheet, 'T.I');
    expect(row.getCell(7).value).toMatchObject({ formula: `D${row.number}+E${row.number}-F${row.number}` });
    expect(row.getCell(7).protection?.locked ?? true).toBe(true);
    const { sheet: projects } = await openSheet(await buildFormTemplate(shippedForm('106'), { ...options, texts: { T: { ghiChu: 'Theo kế hoạch 2021–2025' } } }));
    expect(rowOf(projects, 'T').getCell(12).text).toBe('Theo kế hoạch 2021–2025');
    expect(rowOf(projects, 'T').getCell(12).protection?.locked).toBe(false);
  });
});

describe('importFormWorkbook', () => {
  it('reads back an unchanged template with the figures it was built with', async () => {
    const form = shippedForm('110');
    const figures = { 'B.I': { dt: 2_500_000_000 }, 'B.II.1': { dt: 120_000_000 }, 'B.II.11.1': { dt: 1_800_000_000 } };
    const report = await importFormWorkbook(await buildFormTemplate(form, { ...options, figures }), form);
    expect(report.errorCount).toBe(0);
    expect(report.warningCount).toBe(0);
    expect(report.lines).toHaveLength(form.lines.length);
    expect(report.lines.every((l) => l.status === 'ok')).toBe(true);
    expect(report.figures['B.I']).toEqual({ dt: 2_500_000_000 });
    expect(report.figures['B.II.11.1']).toEqual({ dt: 1_800_000_000 });
    // Total rows hold the template's sums: not entered.
    expect(report.figures['B.II']).toEqual({ dt: null });
  });

  it('reports, line by line, what a clerk filled in: text amounts, bad numbers, totals that do not add up, unknown and edited codes', async () => {
    const form = shippedForm('110');
    const { workbook, sheet } = await openSheet(await buildFormTemplate(form, options));
    rowOf(sheet, 'B.I').getCell(4).value = 1_200_000_000;
    rowOf(sheet, 'B.II.1').getCell(4).value = '1.234.567';
    rowOf(sheet, 'B.II.2').getCell(4).value = '12a';
    rowOf(sheet, 'B.II.5').getCell(4).value = -5;
    rowOf(sheet, 'B.II.11').getCell(4).value = 5_000_000;
    rowOf(sheet, 'B.II.11.1').getCell(4).value = 3_000_000;
    rowOf(sheet, 'B.II.11.2').getCell(4).value = '1 000 000';
    rowOf(sheet, 'B.II.4').getCell(1).value = 'B.II.3';
    rowOf(sheet, 'B.III').getCell(1).value = 'B.IX';
    const extraRow = sheet.getRow(sheet.rowCount + 1);
    extraRow.getCell(3).value = 'Chi hỗ trợ thêm';
    extraRow.getCell(4).value = 700;

    const report = await importFormWorkbook(await saved(workbook), form);
    const line = (code: string) => report.lines.find((l) => l.lineCode === code)!;

    expect(line('B.I')).toMatchObject({ status: 'ok', messages: [] });
    expect(line('B.II.1')).toMatchObject({ status: 'ok', label: 'Chi quốc phòng' });
    expect(report.figures['B.II.1']).toEqual({ dt: 1_234_567 });
    expect(line('B.II.2')).toMatchObject({ status: 'error', messages: ['Cột "Dự toán năm": "12a" không phải là số tiền hợp lệ.'] });
    expect(report.figures['B.II.2']).toBeUndefined();
    expect(line('B.II.5')).toMatchObject({ status: 'error', messages: ['Cột "Dự toán năm": Cột này không nhận số âm.'] });
    expect(line('B.II.11')).toMatchObject({
      status: 'warning',
      messages: ['Cột "Dự toán năm": Số đã nhập 5.000.000 khác tổng các dòng con 4.000.000 (chênh lệch 1.000.000).'],
    });
    expect(report.figures['B.II.11.2']).toEqual({ dt: 1_000_000 });
    const edited = report.lines.find((l) => l.label === 'Chi ứng dụng, chuyển giao công nghệ')!;
    expect(edited).toMatchObject({ lineCode: 'B.II.3', status: 'error' });
    expect(edited.messages[0]).toMatch(/^Mã dòng "B\.II\.3" đã có ở dòng \d+ của tệp; có thể mã ở cột A đã bị sửa\.$/);
    expect(line('B.IX')).toMatchObject({ status: 'error', messages: ['Mã dòng "B.IX" không có trong Biểu 110; có thể mã ở cột A đã bị sửa.'] });
    expect(report.lines.at(-1)).toMatchObject({ row: extraRow.number, lineCode: '', label: 'Chi hỗ trợ thêm', status: 'error' });
    expect(report.errorCount).toBe(5);
    expect(report.warningCount).toBe(1);
  });

  it('refuses a row whose code was moved onto another line', async () => {
    const form = shippedForm('110');
    const { workbook, sheet } = await openSheet(await buildFormTemplate(form, options));
    rowOf(sheet, 'B.II.6').getCell(1).value = 'B.II.99';
    rowOf(sheet, 'B.II.7').getCell(1).value = 'B.II.6';
    const report = await importFormWorkbook(await saved(workbook), form);
    expect(report.lines.find((l) => l.label === 'Chi phát thanh, truyền thanh')!.messages).toEqual([
      'Mã dòng "B.II.6" là của dòng "Chi văn hóa, thông tin" nhưng nội dung ở đây là "Chi phát thanh, truyền thanh"; có thể mã ở cột A đã bị sửa.',
    ]);
  });

  it('ignores a figure typed where the form leaves the cell blank, and reads the clerk’s own formulas by their result', async () => {
    const form = shippedForm('109');
    const { workbook, sheet } = await openSheet(await buildFormTemplate(form, options));
    rowOf(sheet, 'A.V.1').getCell(4).value = 900;
    rowOf(sheet, 'A.V.1').getCell(5).value = 900;
    rowOf(sheet, 'A.I.1').getCell(5).value = { formula: '1200+300', result: 1500 };
    rowOf(sheet, 'A.I.2').getCell(5).value = { formula: '1200+300' };
    const report = await importFormWorkbook(await saved(workbook), form);
    const line = (code: string) => report.lines.find((l) => l.lineCode === code)!;
    expect(line('A.V.1')).toMatchObject({
      status: 'warning',
      messages: ['Cột "Dự toán năm – Tổng thu NSNN trên địa bàn": ô này để trống theo mẫu biểu nên số đã nhập được bỏ qua.'],
    });
    expect(report.figures['A.V.1']).toEqual({ dtNsx: 900 });
    expect(report.figures['A.I.1']).toEqual({ dtNsnn: null, dtNsx: 1500 });
    expect(line('A.I.2').messages).toEqual([
      'Cột "Dự toán năm – Thu ngân sách xã": Ô có công thức nhưng chưa có kết quả; hãy mở tệp bằng Excel, lưu lại rồi nhập lại.',
    ]);
  });

  it('reads numbers in triệu đồng in a form shown in triệu', async () => {
    const form: FormDefinition = { ...shippedForm('118'), displayUnit: 'millionDong' };
    const { workbook, sheet } = await openSheet(await buildFormTemplate(form, { ...options, figures: { 'B.I': { dt: 2_500_000 } } }));
    expect(sheet.getCell('F5').text).toBe('Đơn vị tính: triệu đồng');
    expect(rowOf(sheet, 'B.I').getCell(4).value).toBe(2.5);
    rowOf(sheet, 'B.I').getCell(5).value = 1.25;
    rowOf(sheet, 'B.II.1').getCell(5).value = '2,5';
    const report = await importFormWorkbook(await saved(workbook), form);
    expect(report.errorCount).toBe(0);
    expect(report.figures['B.I']).toEqual({ dt: 2_500_000, qt: 1_250_000 });
    expect(report.figures['B.II.1']).toEqual({ dt: null, qt: 2_500_000 });
  });

  it('reads the texts and the rows of detail lines the template was built with', async () => {
    const form = shippedForm('111');
    const project: FormLine = { code: 'T.x1', parent: 'T', marker: '-', label: 'Đường liên thôn 2', bold: false, italic: false, openChildren: false, blankColumns: [] };
    const { workbook, sheet } = await openSheet(await buildFormTemplate(form, { ...options, extraLines: [project] }));
    const row = rowOf(sheet, 'T.x1');
    row.getCell(4).value = 'Thôn 2';
    row.getCell(9).value = 800_000_000;
    row.getCell(10).value = 200_000_000;
    const report = await importFormWorkbook(await saved(workbook), form, [project]);
    expect(report.errorCount).toBe(0);
    expect(report.texts).toEqual({ 'T.x1': { diaDiem: 'Thôn 2' } });
    expect(report.figures['T.x1']).toMatchObject({ dtNsx: 800_000_000, dtBoSung: 200_000_000, dtHuyDong: null });
  });

  it('refuses a file that is not an xlsx', async () => {
    const error = await refusal(importFormWorkbook(Buffer.from('Đây không phải tệp Excel'), shippedForm('110')));
    expect(error.code).toBe('INVALID_FILE');
    expect(error.message).toBe('Tệp này không phải là tệp Excel (.xlsx) hoặc đã bị hỏng nên không đọc được. Không có gì được lưu.');
  });

  it('refuses a workbook that is not a template, and the template of another form', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').getCell('A1').value = 'Bảng tự lập';
    expect((await refusal(importFormWorkbook(await saved(other), shippedForm('110')))).message).toBe(
      'Tệp này không phải là mẫu nhập số liệu Biểu 110 do ứng dụng tạo. Hãy tải mẫu của Biểu 110, điền số liệu rồi nhập lại.',
    );
    const wrongForm = await refusal(importFormWorkbook(await buildFormTemplate(shippedForm('109'), options), shippedForm('110')));
    expect(wrongForm).toMatchObject({ code: 'INVALID_FILE', message: 'Tệp này là mẫu nhập của Biểu 109, không phải Biểu 110. Không có gì được lưu.' });
  });

  it('refuses a template made from another version of the form', async () => {
    const form = shippedForm('110');
    const changed: FormDefinition = { ...form, columns: [...form.columns, { key: 'ghiChu', header: 'Ghi chú', number: '2', kind: 'text', allowNegative: false }] };
    const error = await refusal(importFormWorkbook(await buildFormTemplate(form, options), changed));
    expect(error.message).toBe('Mẫu này được tạo từ một phiên bản khác của Biểu 110 (các cột không khớp). Hãy tải mẫu mới từ ứng dụng rồi điền lại.');
  });
});
