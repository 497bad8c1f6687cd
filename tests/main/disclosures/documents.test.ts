import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { GeneratedFile } from '../../../main/api/files';
import { ARTIFACTS, expectToContainAll, poppler, readPdf, readWord, savePageOnePng } from '../support/documents';
import { FakeClock, SAMPLE_PROFILE, startWardWithAdmin, type TestApp } from '../support/runtime';
import { discloseBudgetEstimate, k7Disclosure } from './fixtures';

const bytesOf = (file: GeneratedFile) => Buffer.from(file.contentBase64, 'base64');

async function workbookCells(file: GeneratedFile): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytesOf(file) as unknown as ArrayBuffer);
  return workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String));
}

describe('the quarterly list of what was disclosed', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startWardWithAdmin({ clock: new FakeClock(new Date('2026-04-02T02:00:00.000Z')) });
    await app.call('ward.saveProfile', SAMPLE_PROFILE);
    await app.call('signatories.save', { fullName: 'Nguyễn Văn An', position: 'Chủ tịch', authority: 'TM', isDefault: true });
    await discloseBudgetEstimate(app);
    await app.call('disclosures.save', k7Disclosure);
    await app.call('disclosures.save', { group: 'K4', title: 'Quy chế thực hiện dân chủ của phường', status: 'posted', disclosedOn: '2026-01-15', channels: ['posting', 'portal'], postingFrom: '2026-01-15', postingPermanent: true });
    await app.call('disclosures.save', { group: 'K3', title: 'Quy hoạch còn trong kế hoạch', status: 'planned', plannedOn: '2026-03-20' });
  });
  afterEach(() => app.dispose());

  it('prints the NĐ 30 list with the register and the K2 budget rows, leaving out what is only planned (PDF)', async () => {
    const pdf = await app.call('disclosures.exportQuarterList', { year: 2026, quarter: 1, format: 'pdf' });
    expect(pdf.fileName).toBe('danh-muc-cong-khai-2026-q1.pdf');
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, 'disclosures-quarter-list.pdf');
    writeFileSync(file, bytesOf(pdf));
    savePageOnePng(file, 'disclosures-quarter-list');
    expect(poppler('pdfinfo', file)).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
    const { text, layout } = readPdf(file);
    expect(layout).toMatch(/Hình thức\n\s*STT\s+Nội dung\s+Nhóm\s+Thời gian công khai\s+Ghi chú\n\s*công khai/);
    for (const expected of [
      'ỦY BAN NHÂN DÂN PHƯỜNG ĐỐNG ĐA',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Phường Đống Đa, ngày 02 tháng 4 năm 2026',
      'DANH MỤC THÔNG TIN ĐÃ CÔNG KHAI QUÝ I NĂM 2026',
      'Quy chế thực hiện dân chủ của phường',
      'Danh sách hộ nghèo, hộ cận nghèo năm 2026 (theo văn bản số 15/QĐ-UBND ngày 26/02/2026)',
      'Công khai dự toán ngân sách đã được Hội đồng nhân dân quyết định năm 2026',
      'TM. ỦY BAN NHÂN DÂN',
      'Nguyễn Văn An',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Quy hoạch còn trong kế hoạch');
  });

  it('writes the same list in DOCX and XLSX', async () => {
    const word = readWord(bytesOf(await app.call('disclosures.exportQuarterList', { year: 2026, quarter: 1, format: 'docx' })));
    expect(word.text).toContain('DANH MỤC THÔNG TIN ĐÃ CÔNG KHAI QUÝ I NĂM 2026');
    expect(word.text).toContain('Hình thức công khai');
    expect(word.text).toContain('Từ 15/01/2026; niêm yết thường xuyên');
    expect(word.text).toContain('Từ 02/03/2026; niêm yết 02/03/2026 – 31/03/2026; phát loa 2 ngày');
    expect(word.xml).toContain('Times New Roman');
    const cells = await workbookCells(await app.call('disclosures.exportQuarterList', { year: 2026, quarter: 1, format: 'xlsx' }));
    expect(cells).toEqual(expect.arrayContaining(['Thời gian công khai', 'K7', 'K2', 'K4', 'Niêm yết; Loa truyền thanh']));
    expect(cells).not.toContain('Quy hoạch còn trong kế hoạch');
  });

  it('exports the register list as filtered, with its warnings', async () => {
    const file = await app.call('disclosures.exportList', { year: 2026, group: 'K7' });
    expect(file.fileName).toBe('so-cong-khai-2026.xlsx');
    const cells = await workbookCells(file);
    expect(cells).toEqual(expect.arrayContaining(['Danh sách hộ nghèo, hộ cận nghèo năm 2026', 'Nhóm K7 phải phát trên loa ít nhất 3 ngày liên tục; bản ghi này mới 2 ngày.']));
    expect(cells).not.toContain('Quy chế thực hiện dân chủ của phường');
  });
});

describe('the synthesis-and-explanation report of a consultation', () => {
  let app: TestApp;
  let consultationId: number;
  beforeEach(async () => {
    app = await startWardWithAdmin({ clock: new FakeClock(new Date('2026-04-10T02:00:00.000Z')) });
    await app.call('ward.saveProfile', SAMPLE_PROFILE);
    await app.call('signatories.save', { fullName: 'Nguyễn Văn An', position: 'Chủ tịch', authority: 'TM', isDefault: true });
    const consultation = await app.call('disclosures.saveConsultation', {
      subject: 'dự thảo Quy chế thực hiện dân chủ của phường',
      forms: ['meeting', 'portal'],
      startDate: '2026-03-02',
      endDate: '2026-03-31',
      draftPublishedAt: 'Cổng thông tin điện tử phường, bảng tin UBND',
    });
    consultationId = consultation.id;
    await app.call('disclosures.saveOpinion', { consultationId, source: 'meeting', author: 'Ông Lê Văn Cường, Tổ dân phố 3', content: 'Đề nghị niêm yết quy chế tại nhà văn hóa.', receivedOn: '2026-03-10', response: 'Tiếp thu, bổ sung vào Điều 5.' });
    await app.call('disclosures.saveOpinion', { consultationId, source: 'portal', author: 'Bà Phạm Thị Dung', content: 'Đề nghị họp tổ dân phố vào buổi tối.', receivedOn: '2026-03-12', response: 'Giải trình: do tổ dân phố tự quyết định.' });
  });
  afterEach(() => app.dispose());

  const exportReport = (format: 'pdf' | 'docx') => app.call('disclosures.exportConsultationReport', { consultationId, format });

  it('prints a draft with the number and the day left blank, then numbers the dated report once (PDF, DOCX)', async () => {
    const draft = readWord(bytesOf(await exportReport('docx')));
    expect(draft.text).toContain('Số: …/BC-UBND');
    expect(draft.text).toContain('Phường Đống Đa, ngày … tháng … năm');
    const consultation = (await app.call('disclosures.listConsultations', { year: 2026 }))[0]!;
    const { opinions: _opinions, disclosureId: _disclosureId, ...fields } = consultation;
    await app.call('disclosures.saveConsultation', { ...fields, synthesis: 'Đa số ý kiến đồng tình với dự thảo.', synthesisDate: '2026-04-06' });
    const pdf = await exportReport('pdf');
    expect(pdf.fileName).toBe(`bao-cao-tong-hop-y-kien-2026-${consultationId}.pdf`);
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, 'disclosures-consultation-report.pdf');
    writeFileSync(file, bytesOf(pdf));
    savePageOnePng(file, 'disclosures-consultation-report');
    const { text, layout } = readPdf(file);
    expect(layout).toMatch(/STT\s+Ý kiến\s+Người, nơi góp ý\s+Tiếp thu, giải trình/);
    expectToContainAll(text, [
      'ỦY BAN NHÂN DÂN PHƯỜNG ĐỐNG ĐA',
      'Số: 01/BC-UBND',
      'Phường Đống Đa, ngày 06 tháng 4 năm 2026',
      'BÁO CÁO',
      'Tổng hợp, tiếp thu, giải trình ý kiến về dự thảo Quy chế thực hiện dân chủ của phường',
      'Hình thức lấy ý kiến: Cuộc họp; Cổng thông tin điện tử.',
      'Thời gian lấy ý kiến: từ ngày 02/03/2026 đến ngày 31/03/2026.',
      'Dự thảo được công khai tại: Cổng thông tin điện tử phường, bảng tin UBND.',
      'Tổng số ý kiến nhận được: 2 ý kiến.',
      'Đề nghị niêm yết quy chế tại nhà văn hóa.',
      'Ông Lê Văn Cường',
      'Tiếp thu, bổ sung vào Điều 5.',
      'TM. ỦY BAN NHÂN DÂN',
      'Nguyễn Văn An',
    ]);
    const word = readWord(bytesOf(await exportReport('docx')));
    expect(word.text).toContain('Số: 01/BC-UBND');
    expect(word.text).toContain('Giải trình: do tổ dân phố tự quyết định.');
    expect(word.text).toContain('Ông Lê Văn Cường, Tổ dân phố 3 (Cuộc họp, ngày 10/03/2026)');
    expect(word.text).toContain('Phường Đống Đa, ngày 06 tháng 4 năm 2026');
  });

  it('is refused to a viewer: exporting takes a number', async () => {
    await app.call('accounts.create', { username: 'xem', fullName: 'Người xem', role: 'viewer', password: 'mat-khau-xem-1' });
    await app.call('auth.login', { username: 'xem', password: 'mat-khau-xem-1' }, 'viewer');
    expect(await app.raw('disclosures.exportConsultationReport', { consultationId, format: 'pdf' }, 'viewer')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
