import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Meeting } from '../../../main/api';
import { expectToContainAll, poppler, readPdf, readWord, savePageOnePng } from '../support/documents';
import { SAMPLE_PROFILE, startWardWithAdmin, type TestApp } from '../support/runtime';
import { designInput, forgetScope, planHouseholdBallot } from './ballotFixtures';

const QUESTIONS = ['1. Mức đóng góp cải tạo đường ngõ 5: 500.000 đồng/hộ', '2. Bổ sung quy ước về giữ gìn vệ sinh ngõ phố'];

describe('the household ballot document', () => {
  let app: TestApp;
  let meeting: Meeting;
  beforeEach(async () => {
    app = await startWardWithAdmin();
    await app.call('ward.saveProfile', SAMPLE_PROFILE);
    meeting = await planHouseholdBallot(app);
  }, 60_000);
  afterEach(() => app.dispose());

  async function printPdf(name: string, copies: number): Promise<{ file: string; text: string; layout: string }> {
    const generated = await app.call('meetings.exportBallots', { meetingId: meeting.id, format: 'pdf', copies });
    const file = path.join(app.dataDir, `${name}.pdf`);
    writeFileSync(file, Buffer.from(generated.contentBase64, 'base64'));
    savePageOnePng(file, name);
    return { file, ...readPdf(file) };
  }

  const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', file))?.[1]);

  it('prints one numbered ballot per page for a residential group, signed by the group head bottom right', async () => {
    const { file, text, layout } = await printPdf('phieu-lay-y-kien-to-dan-pho', 3);
    expect(pageCount(file)).toBe(3);
    expectToContainAll(text, [
      'UBND PHƯỜNG ĐỐNG ĐA',
      'TỔ DÂN PHỐ 3',
      'Phiếu số: 1',
      'Phiếu số: 3',
      'Họ tên chủ hộ/đại diện hộ:',
      'Địa chỉ:',
      'PHIẾU LẤY Ý KIẾN HỘ GIA ĐÌNH',
      'Về việc chủ trương và mức đóng góp cải tạo đường ngõ 5',
      ...QUESTIONS,
      '☐ Đồng ý',
      '☐ Không đồng ý',
      'Hướng dẫn: Đánh dấu X vào một ô',
      'Ý kiến khác của hộ gia đình (nếu có):',
      'Đề nghị hộ gia đình gửi lại phiếu trước ngày 12/03/2026.',
      'TỔ TRƯỞNG TỔ DÂN PHỐ',
      'Trần Đức Thắng',
    ]);
    expect(text).not.toContain('dấu treo');
    // The signature stands in the right half of the last lines.
    const signatureLine = layout.split('\n').find((line) => line.includes('TỔ TRƯỞNG TỔ DÂN PHỐ'))!;
    expect(signatureLine.indexOf('TỔ TRƯỞNG')).toBeGreaterThan(signatureLine.length / 3);
  }, 60_000);

  it('heads the ballot with the UBND, where its hanging seal goes, when the UBND authenticates, without the other opinions when left out', async () => {
    forgetScope(app, meeting.id);
    const design = await app.call('meetings.ballot', { meetingId: meeting.id });
    await app.call('meetings.saveBallot', designInput(design, { otherOpinion: false, authentication: 'seal' }));
    const { file, text } = await printPdf('phieu-lay-y-kien-dau-treo', 2);
    expect(pageCount(file)).toBe(2);
    expectToContainAll(text, ['ỦY BAN NHÂN DÂN PHƯỜNG ĐỐNG ĐA', 'Phiếu số: 2', ...QUESTIONS]);
    expect(text).not.toContain('dấu treo');
    expect(text).not.toContain('TỔ TRƯỞNG');
    expect(text).not.toContain('Ý kiến khác');
  }, 60_000);

  it('writes the same ballots to Word in Times New Roman, one section per copy', async () => {
    const generated = await app.call('meetings.exportBallots', { meetingId: meeting.id, format: 'docx', copies: 2 });
    const word = readWord(Buffer.from(generated.contentBase64, 'base64'));
    expect(word.xml).toContain('w:ascii="Times New Roman"');
    expect(word.xml.match(/<w:sectPr/g)).toHaveLength(2);
    expectToContainAll(word.text, ['Phiếu số: 1', 'Phiếu số: 2', ...QUESTIONS, '☐ Đồng ý', 'Đề nghị hộ gia đình gửi lại phiếu trước ngày']);
  }, 60_000);

  it('numbers a later batch on from where the earlier one stopped', async () => {
    const generated = await app.call('meetings.exportBallots', { meetingId: meeting.id, format: 'docx', copies: 2, firstNumber: 2001 });
    const numbers = readWord(Buffer.from(generated.contentBase64, 'base64')).text.match(/Phiếu số: \d+/g);
    expect(numbers).toEqual(['Phiếu số: 2001', 'Phiếu số: 2002']);
  }, 60_000);
});
