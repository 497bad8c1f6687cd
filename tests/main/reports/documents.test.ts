import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GeneratedFile } from '../../../main/api/files';
import { ARTIFACTS, expectToContainAll, poppler, readPdf, readWord, savePageOnePng } from '../support/documents';
import type { TestApp } from '../support/runtime';
import { Q1, wardWithRecords } from './fixtures';

const bytesOf = (file: GeneratedFile) => Buffer.from(file.contentBase64, 'base64');

describe('the printed quarterly report', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await wardWithRecords();
    await app.call('quarterlyReport.open', Q1);
    await app.call('quarterlyReport.saveNarrative', { ...Q1, section: 'petitions', text: 'Phản ánh về rác thải ở ngõ 5 đang được xử lý.' });
  });
  afterEach(() => app.dispose());

  it('prints the finalized report in the NĐ 30 layout, with its number, date, sections and figures (PDF)', async () => {
    await app.call('quarterlyReport.finalize', Q1);
    const pdf = await app.call('quarterlyReport.export', { ...Q1, format: 'pdf' });
    expect(pdf).toMatchObject({ fileName: 'bao-cao-dan-chu-2026-q1-v1.pdf', mediaType: 'application/pdf' });
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, 'quarterly-report.pdf');
    writeFileSync(file, bytesOf(pdf));
    savePageOnePng(file, 'quarterly-report');
    expect(poppler('pdfinfo', file)).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
    const { text, layout } = readPdf(file);
    expectToContainAll(text, [
      'ỦY BAN NHÂN DÂN PHƯỜNG ĐỐNG ĐA',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 01/BC-UBND',
      'Phường Đống Đa, ngày 02 tháng 7 năm 2026',
      'BÁO CÁO',
      'Kết quả thực hiện dân chủ ở cơ sở quý I năm 2026',
      'từ ngày 01/01/2026 đến ngày 31/03/2026',
      '1. Kết quả thực hiện công khai',
      '2. Nhân dân bàn và quyết định trực tiếp',
      '3. Nhân dân tham gia ý kiến',
      '4. Nhân dân kiểm tra, giám sát',
      '5. Ban Thanh tra nhân dân',
      '6. Ban Giám sát đầu tư của cộng đồng',
      '7. Đơn thư khiếu nại, tố cáo; ý kiến, kiến nghị',
      '8. Họp thôn, tổ dân phố',
      'Phản ánh về rác thải ở ngõ 5 đang được xử lý.',
      '02/03/2026: Danh sách hộ nghèo, hộ cận nghèo năm 2026 (K7)',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nguyễn Văn An',
      'Nơi nhận:',
      'Sở Nội vụ thành phố Hà Nội',
      'Lưu: VT',
    ]);
    expect(layout).toMatch(/Tổng số nội dung đã công khai\s+1\n/);
    expect(layout).toMatch(/Nội dung được thông qua\s+1\n/);
  });

  it('writes the draft in DOCX with the number and day left blank, in Times New Roman', async () => {
    const docx = await app.call('quarterlyReport.export', { ...Q1, format: 'docx' });
    expect(docx.fileName).toBe('bao-cao-dan-chu-2026-q1-v1-du-thao.docx');
    const word = readWord(bytesOf(docx));
    expect(word.xml).toContain('Times New Roman');
    expectToContainAll(word.text, [
      'Số: …/BC-UBND',
      'Phường Đống Đa, ngày … tháng … năm …',
      'Kết quả thực hiện dân chủ ở cơ sở quý I năm 2026',
      '7. Đơn thư khiếu nại, tố cáo; ý kiến, kiến nghị',
      'Phản ánh về rác thải ở ngõ 5 đang được xử lý.',
      'Tiếp nhận',
    ]);
  });
});
