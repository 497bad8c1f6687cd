import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { GeneratedFile } from '../../../main/api/files';
import { ARTIFACTS, expectToContainAll, poppler, readPdf, readWord, savePageOnePng, type PdfText } from '../support/documents';
import { SAMPLE_PROFILE, startWardWithAdmin, type TestApp } from '../support/runtime';

const EXAMPLE = { setId: 'tiep-can-phap-luat-example', version: 1 };
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const FIRST_LABEL = 'Chỉ tiêu 1: Văn bản quy phạm pháp luật được ban hành đúng thẩm quyền';

const bytesOf = (file: GeneratedFile) => new Uint8Array(Buffer.from(file.contentBase64, 'base64'));

async function workbookCells(file: GeneratedFile): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  return workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String));
}

describe('the self-scoring table sent with the report', () => {
  let app: TestApp;
  let assessmentId: number;

  beforeEach(async () => {
    app = await startWardWithAdmin();
    await app.call('ward.saveProfile', SAMPLE_PROFILE);
    await app.call('signatories.save', { fullName: 'Nguyễn Văn An', position: 'Chủ tịch', authority: 'TM', isDefault: true });
    await app.call('criteria.listSets', {});
    assessmentId = (await app.call('criteria.openAssessment', { ...EXAMPLE, year: 2026 })).id;
  });
  afterEach(() => app.dispose());

  /** Kept with its page-1 PNG among the document artifacts, for a human look. */
  async function exportPdf(name: string): Promise<PdfText & { file: string; fileName: string }> {
    const pdf = await app.call('criteria.exportAssessment', { id: assessmentId, format: 'pdf' });
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, `${name}.pdf`);
    writeFileSync(file, bytesOf(pdf));
    savePageOnePng(file, name);
    return { file, fileName: pdf.fileName, ...readPdf(file) };
  }

  it('prints the self-scores with evidence and notes, and the failed conclusion with its reasons, in PDF, DOCX and XLSX', async () => {
    await app.call('criteria.saveSelfScore', { assessmentId, indicatorKey: 'tc1ct1', score: 2.5, note: 'Một văn bản sai thể thức' });
    await app.call('criteria.saveSelfScore', { assessmentId, indicatorKey: 'tc1ct2', score: 5, note: '' });
    const attachment = await app.call('attachments.add', { entity: 'criteriaAssessment', entityId: String(assessmentId), fileName: 'Danh mục văn bản.png', contentBase64: PNG.toString('base64') });
    const meeting = await app.call('meetings.savePlan', { type: 'staffConference', title: 'Hội nghị cán bộ, công chức năm 2026', date: '2026-02-27', startTime: '08:00', place: 'Hội trường UBND phường', participants: [] });
    await app.call('criteria.addEvidence', { assessmentId, indicatorKey: 'tc1ct1', kind: 'meeting', refId: String(meeting.id) });
    await app.call('criteria.addEvidence', { assessmentId, indicatorKey: 'tc1ct1', kind: 'attachment', refId: String(attachment.id) });

    const pdf = await exportPdf('criteria-self-assessment');
    expect(pdf.fileName).toBe('tu-cham-diem-tiep-can-phap-luat-example-2026.pdf');
    expect(poppler('pdfinfo', pdf.file)).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
    expectToContainAll(pdf.text, [
      'ỦY BAN NHÂN DÂN PHƯỜNG ĐỐNG ĐA',
      'BẢNG TỰ CHẤM ĐIỂM',
      'Bộ tiêu chí: Bộ tiêu chí xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật (bản mẫu) (phiên bản 1) — năm 2026',
      'bộ tiêu chí này là bản mẫu',
      'Điểm tự chấm',
      'Kết quả tự chấm. Chưa đạt: điều kiện là tổng điểm từ 80 trở lên',
      'Tổng điểm 7,5 chưa đạt mức tối thiểu 80.',
      'Tiêu chí 2: Tiếp cận thông tin, phổ biến, giáo dục pháp luật đạt 0 điểm, dưới 50 % điểm tối đa 30 (cần ít nhất 15).',
      'TM. ỦY BAN NHÂN DÂN CHỦ TỊCH',
      'Nguyễn Văn An',
    ]);
    // Each row's figures stand on one line beside its number: maximum, then the self-score.
    expect(pdf.layout).toMatch(/^ *1 +Tiêu chí 1: Ban hành văn bản +10 +7,5 *$/m);
    expect(pdf.layout).toMatch(/^ *1\.1 .* 5 +2,5 /m);
    expect(pdf.layout).toMatch(/Tổng cộng +100 +7,5 *$/m);
    expect(pdf.layout).toContain('Chỉ tiêu 1: Văn bản quy phạm');
    expect(pdf.text).not.toMatch(/Điểm thẩm|Chênh/);
    expect(pdf.text).not.toContain('Số:');

    const docx = await app.call('criteria.exportAssessment', { id: assessmentId, format: 'docx' });
    expect(docx.fileName).toBe('tu-cham-diem-tiep-can-phap-luat-example-2026.docx');
    const word = readWord(bytesOf(docx));
    expectToContainAll(word.text, [
      'BẢNG TỰ CHẤM ĐIỂM',
      FIRST_LABEL,
      '\n2,5\n',
      '\nMột văn bản sai thể thức\n',
      '\nHội nghị cán bộ, công chức năm 2026 (27/02/2026)\nTệp "Danh mục văn bản.png" (đính kèm hồ sơ tự chấm điểm)\n',
      'Kết quả tự chấm.',
      'Tổng điểm 7,5 chưa đạt mức tối thiểu 80.',
    ]);
    expect(word.text).not.toContain('Điểm thẩm định');

    const xlsx = await app.call('criteria.exportAssessment', { id: assessmentId, format: 'xlsx' });
    expect(xlsx.fileName).toBe('tu-cham-diem-tiep-can-phap-luat-example-2026.xlsx');
    const cells = await workbookCells(xlsx);
    expect(cells).toEqual(
      expect.arrayContaining(['Điểm tự chấm', '2,5', '7,5', 'Một văn bản sai thể thức', 'Hội nghị cán bộ, công chức năm 2026 (27/02/2026)\nTệp "Danh mục văn bản.png" (đính kèm hồ sơ tự chấm điểm)']),
    );
    expect(cells.some((cell) => cell.startsWith(FIRST_LABEL))).toBe(true);
    expect(cells).not.toContain('Điểm thẩm định');
  });

  it('sets the appraised scores and the difference beside the self-scores once appraised, landscape, with both conclusions', async () => {
    const { indicators } = await app.call('criteria.getAssessment', { id: assessmentId });
    for (const item of indicators) await app.call('criteria.saveSelfScore', { assessmentId, indicatorKey: item.key, score: item.maxPoints, note: '' });
    const scores = Object.fromEntries(indicators.map((item) => [item.key, item.maxPoints]));
    scores.tc1ct1 = 2.5;
    await app.call('criteria.saveAppraisal', { assessmentId, appraisedOn: '2026-12-15', appraiser: 'Sở Tư pháp', scores, notes: { tc1ct1: 'Thiếu danh mục văn bản' } });

    const pdf = await exportPdf('criteria-appraised-assessment');
    expect(poppler('pdfinfo', pdf.file)).toMatch(/Page size:\s+84\d\.\d+ x 59\d\.\d+ pts \(A4\)/);
    expectToContainAll(pdf.text, [
      'Điểm thẩm định',
      'Chênh lệch',
      'Kết quả tự chấm. Đạt: điều kiện là',
      'Kết quả thẩm định của Sở Tư pháp ngày 15/12/2026. Đạt: điều kiện là',
      'Tổng điểm 97,5/100.',
    ]);
    expect(pdf.layout).toMatch(/^ *1 +Tiêu chí 1: Ban hành văn bản +10 +10 +7,5 +-2,5 *$/m);
    expect(pdf.layout).toMatch(/^ *1\.1 .* 5 +5 +2,5 +-2,5 *$/m);
    expect(pdf.layout).toMatch(/^ *1\.2 .* 5 +5 +5 +0 *$/m);
    expect(pdf.layout).toMatch(/Tổng cộng +100 +100 +97,5 +-2,5 *$/m);

    const cells = await workbookCells(await app.call('criteria.exportAssessment', { id: assessmentId, format: 'xlsx' }));
    expect(cells).toEqual(expect.arrayContaining(['Điểm thẩm định', 'Chênh lệch', '97,5', '-2,5']));
    const word = readWord(bytesOf(await app.call('criteria.exportAssessment', { id: assessmentId, format: 'docx' })));
    expect(word.text).toContain('Kết quả thẩm định của Sở Tư pháp ngày 15/12/2026.');
    expect(word.text).toContain('\n-2,5\n');
    expect(word.text).toContain('\nThẩm định: Thiếu danh mục văn bản\n');
  });

  it('is a read: a viewer exports it, and an unknown assessment is not found', async () => {
    await app.call('accounts.create', { username: 'xem', fullName: 'Người xem', role: 'viewer', password: 'mat-khau-xem-1' });
    await app.call('auth.login', { username: 'xem', password: 'mat-khau-xem-1' }, 'viewer');
    expect(await app.raw('criteria.exportAssessment', { id: assessmentId, format: 'xlsx' }, 'viewer')).toMatchObject({ ok: true });
    expect(await app.raw('criteria.exportAssessment', { id: assessmentId + 1, format: 'xlsx' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
