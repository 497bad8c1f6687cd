import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import type { FormDefinition } from '../../../main/api/budget';
import { SAMPLE_PROFILE, startWardWithAdmin, type TestApp } from '../support/runtime';

const Y = 2026;
const artifacts = join(process.cwd(), 'test-results', 'documents');

function leaves(form: FormDefinition) {
  const isParent = (code: string) => form.lines.some((l) => l.parent === code);
  const parent = form.lines.find((l) => form.lines.filter((c) => c.parent === l.code && !isParent(c.code)).length >= 2 && !l.formula)!;
  const [a, b] = form.lines.filter((l) => l.parent === parent.code && !isParent(l.code));
  return { a: a!.code, b: b!.code, column: form.columns.find((c) => c.kind === 'money' && !c.formula)!.key };
}

describe('budget stage documents', () => {
  let app: TestApp;
  let form: FormDefinition;
  beforeAll(async () => {
    app = await startWardWithAdmin();
    await app.call('ward.saveProfile', SAMPLE_PROFILE);
    await app.call('signatories.save', { fullName: 'Nguyễn Văn An', position: 'Chủ tịch', authority: 'TM', isDefault: true });
    const set = (await app.call('budget.listFormSets', {}))[0]!;
    await app.call('budget.openYear', { year: Y, formSetId: set.id, formSetVersion: set.version });
    await app.call('budget.updateStage', { year: Y, stage: 'estimateApproved', resolutionNumber: '15/NQ-HĐND', resolutionDate: '2026-01-05', submittedOn: null });
    form = (await app.call('budget.getReport', { year: Y, stage: 'estimateApproved' })).forms[0]!.form;
    const { a, b, column } = leaves(form);
    await app.call('budget.saveFigures', {
      year: Y,
      stage: 'estimateApproved',
      formCode: form.code,
      changes: [
        { lineCode: a, columnKey: column, amount: 1_250_000_000 },
        { lineCode: b, columnKey: column, amount: 750_000_000 },
      ],
    });
    mkdirSync(artifacts, { recursive: true });
  });
  afterAll(() => app.dispose());

  const exportAs = async (format: 'pdf' | 'docx' | 'xlsx') => {
    const file = await app.call('budget.exportDocuments', { year: Y, stage: 'estimateApproved', format });
    return { ...file, bytes: Buffer.from(file.contentBase64, 'base64') };
  };

  it('prints the decision and the forms to a PDF with the national header, the date line and the figures', async () => {
    const pdf = await exportAs('pdf');
    expect(pdf.fileName).toBe('cong-khai-ngan-sach-2026-estimateApproved-v1.pdf');
    const file = join(artifacts, 'budget-estimate-approved.pdf');
    writeFileSync(file, pdf.bytes);
    // Lines wrap where the page is narrow: compare with runs of white space folded.
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('PHƯỜNG ĐỐNG ĐA');
    expect(text).toContain('Phường Đống Đa, ngày 02 tháng 3 năm 2026');
    expect(text).toContain('Số: 01/QĐ-UBND');
    expect(text).toContain('Mẫu số 04/QĐ-CKNS');
    expect(text).toContain('THÔNG BÁO Công khai dự toán ngân sách đã được Hội đồng nhân dân quyết định năm 2026');
    expect(text).toContain('Số: 02/TB-UBND');
    expect(text).toContain('ít nhất 30 ngày liên tục kể từ ngày niêm yết');
    expect(text).toContain('Nghị quyết số 15/NQ-HĐND ngày 05 tháng 01 năm 2026 của Hội đồng nhân dân phường Đống Đa');
    expect(text).toContain('(Kèm theo Quyết định số 01/QĐ-UBND ngày 02 tháng 3 năm 2026 của Chủ tịch UBND phường Đống Đa)');
    expect(text).toContain(form.formNumber);
    expect(text).toContain('1.250.000.000');
    expect(text).toContain('2.000.000.000');
    expect(text).toContain('Nguyễn Văn An');
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/Tinos/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, join(artifacts, 'budget-estimate-approved')]);
  });

  it('writes the same documents to DOCX in Times New Roman with the forms as Word tables', async () => {
    const docx = await exportAs('docx');
    const xml = strFromU8(unzipSync(docx.bytes)['word/document.xml']!);
    expect(xml).toContain('Times New Roman');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(xml).toContain('1.250.000.000');
    expect(xml).toContain('01/QĐ-UBND');
  });

  it('writes each form as a sheet whose figures read back as numbers, and keeps one decision number per version', async () => {
    const xlsx = await exportAs('xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(`Bieu ${form.code}`)!;
    const numbers: number[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'number' && numbers.push(cell.value))));
    expect(numbers).toEqual(expect.arrayContaining([1_250_000_000, 750_000_000, 2_000_000_000]));
    const register = (await app.call('audit.list', { entity: 'outgoingDocument' })).filter((e) => e.action === 'register');
    expect(register.map((e) => (e.after as { symbol: string }).symbol)).toEqual(['02/TB-UBND', '01/QĐ-UBND']);
  });

  it('refuses to print a stage without figures, in Vietnamese', async () => {
    expect(await app.raw('budget.exportDocuments', { year: Y, stage: 'finalAccounts', format: 'pdf' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Giai đoạn này chưa có số liệu nên chưa lập được văn bản.' },
    });
  });
});
