import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { ComputedForm } from '../../../main/api/budget';
import { budgetExchange } from '../../../main/budget/exchange';
import { wardDb } from '../exchange/outbound/seed';
import { ARTIFACTS, readPdf } from '../support/documents';
import { SAMPLE_PROFILE, startWardWithAdmin, type TestApp } from '../support/runtime';

const Y = 2026;
const stageRef = { year: Y, stage: 'estimateSubmitted' as const, formCode: '106' };
const PLACE = 'Thôn Đông Hòa, xã An Bình';
const project = (computed: ComputedForm) => computed.lines.find((l) => l.code === 'T.x1')!;

describe('text cells of the investment project forms', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startWardWithAdmin();
    const set = (await app.call('budget.listFormSets', {})).find((s) => s.id === 'tt343-2016-commune')!;
    await app.call('budget.openYear', { year: Y, formSetId: set.id, formSetVersion: set.version });
    await app.call('budget.addLine', { ...stageRef, parent: 'T', label: 'Nhà văn hóa thôn Đông Hòa' });
  });
  afterEach(() => app.dispose());

  const saveTexts = (changes: { lineCode: string; columnKey: string; text: string }[]) => app.raw('budget.saveFigures', { ...stageRef, changes });
  const savedForm = async () => (await app.call('budget.getReport', { year: Y, stage: 'estimateSubmitted' })).forms.find((f) => f.form.code === '106')!;

  it('saves trimmed texts beside the figures and reads them back, clearing one with an empty text', async () => {
    const saved = await app.call('budget.saveFigures', {
      ...stageRef,
      changes: [
        { lineCode: 'T.x1', columnKey: 'diaDiem', text: `  ${PLACE} ` },
        { lineCode: 'T.x1', columnKey: 'thoiGian', text: '2026–2027' },
        { lineCode: 'T.x1', columnKey: 'tongMuc', amount: 3_500_000_000 },
      ],
    });
    expect(project(saved).texts).toEqual({ diaDiem: PLACE, thoiGian: '2026–2027' });
    expect(project(saved).cells.diaDiem).toBeUndefined();
    expect(saved.lines.find((l) => l.code === 'T')!.cells.tongMuc).toMatchObject({ value: 3_500_000_000, source: 'computed' });

    await app.call('budget.saveFigures', { ...stageRef, changes: [{ lineCode: 'T.x1', columnKey: 'thoiGian', text: '' }] });
    expect(project(await savedForm()).texts).toEqual({ diaDiem: PLACE });
  });

  it('refuses a money column, an unknown line and a text too long, naming line and column, and saves nothing', async () => {
    const refusals = [
      [[{ lineCode: 'T.x1', columnKey: 'tongMuc', text: 'ba tỷ' }], 'Dòng "- Nhà văn hóa thôn Đông Hòa", cột "Tổng mức đầu tư (dự toán được duyệt)": cột số liệu, không nhập chữ.'],
      [[{ lineCode: 'T.x9', columnKey: 'diaDiem', text: PLACE }], 'Biểu 106 không có dòng mã "T.x9".'],
      [
        [{ lineCode: 'T.x1', columnKey: 'ghiChu', text: 'a'.repeat(501) }],
        'Dòng "- Nhà văn hóa thôn Đông Hòa", cột "Ghi chú": nội dung dài 501 ký tự, vượt quá 500 ký tự cho phép.',
      ],
    ] as const;
    for (const [changes, message] of refusals) {
      expect(await saveTexts([{ lineCode: 'T.x1', columnKey: 'diaDiem', text: PLACE }, ...changes])).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message } });
    }
    expect(project(await savedForm()).texts).toBeUndefined();
  });

  it('locks the texts of a disclosed report, sends them up with its figures and copies them into a correction', async () => {
    await saveTexts([{ lineCode: 'T.x1', columnKey: 'diaDiem', text: PLACE }]);
    await app.call('budget.recordDisclosure', { year: Y, stage: 'estimateSubmitted', postedOn: '2026-11-20', channels: ['postingHeadquarters'], postingDays: 30, performedBy: 'Lê Thị Hoa', note: '' });
    expect(await saveTexts([{ lineCode: 'T.x1', columnKey: 'diaDiem', text: 'Thôn khác' }])).toMatchObject({
      ok: false,
      error: { code: 'LOCKED', message: 'Báo cáo của giai đoạn này đã công khai nên số liệu đã khóa. Muốn sửa, hãy tạo bản điều chỉnh và ghi rõ lý do.' },
    });
    const db = wardDb(app);
    const disclosed = budgetExchange.records(db).find((r) => (r.data as { stage: string }).stage === 'estimateSubmitted')!;
    db.close();
    expect(disclosed.data).toMatchObject({ disclosed: { texts: [{ formCode: '106', lineCode: 'T.x1', columnKey: 'diaDiem', text: PLACE }] } });
    const correction = await app.call('budget.startCorrection', { year: Y, stage: 'estimateSubmitted', reason: 'Sửa thời gian thực hiện' });
    expect(correction.version).toBe(2);
    expect(project(correction.forms.find((f) => f.form.code === '106')!).texts).toEqual({ diaDiem: PLACE });
    const first = await app.call('budget.getReport', { year: Y, stage: 'estimateSubmitted', version: 1 });
    expect(project(first.forms.find((f) => f.form.code === '106')!).texts).toEqual({ diaDiem: PLACE });
  });

  it('puts the texts in the input template and saves the texts of a filled one', async () => {
    await saveTexts([{ lineCode: 'T.x1', columnKey: 'diaDiem', text: PLACE }]);
    const template = await app.call('budget.exportTemplate', stageRef);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(template.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const row = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).text === 'T.x1')!;
    expect(row.getCell(4).value).toBe(PLACE);
    row.getCell(4).value = 'Thôn Tây Hòa';
    row.getCell(5).value = 'Quý II/2026 – Quý IV/2026';
    const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const applied = await app.call('budget.applyWorkbook', { ...stageRef, contentBase64 });
    expect(project(applied).texts).toEqual({ diaDiem: 'Thôn Tây Hòa', thoiGian: 'Quý II/2026 – Quý IV/2026' });
  });

  it('prints the texts in their columns of the PDF and writes them as strings in the XLSX', async () => {
    await app.call('ward.saveProfile', SAMPLE_PROFILE);
    await saveTexts([
      { lineCode: 'T.x1', columnKey: 'diaDiem', text: PLACE },
      { lineCode: 'T.x1', columnKey: 'ghiChu', text: 'Khởi công mới' },
    ]);
    const exported = async (format: 'pdf' | 'xlsx') => Buffer.from((await app.call('budget.exportDocuments', { year: Y, stage: 'estimateSubmitted', format })).contentBase64, 'base64');

    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'budget-text-cells.pdf');
    writeFileSync(file, await exported('pdf'));
    const { text } = readPdf(file);
    expect(text).toContain('Nhà văn hóa thôn Đông Hòa');
    expect(text).toContain('Khởi công mới');
    expect(text).toMatch(/Thôn Đông Hòa,\s*xã\s*An\s*Bình/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exported('xlsx')) as unknown as ArrayBuffer);
    const strings: string[] = [];
    workbook.getWorksheet('Bieu 106')!.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && strings.push(cell.value))));
    expect(strings).toEqual(expect.arrayContaining([PLACE, 'Khởi công mới']));
  });
});
