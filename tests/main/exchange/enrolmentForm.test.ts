import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GeneratedFile } from '../../../main/api/files';
import { ARTIFACTS, expectToContainAll, readPdf, readWord, savePageOnePng } from '../support/documents';
import { refusalOf, startWardWithAdmin, type TestApp } from '../support/runtime';
import { SUPERIOR_PROFILE, startSuperior } from './downlink/support';
import { PROFILE } from './outbound/seed';

const bytesOf = (file: GeneratedFile) => Buffer.from(file.contentBase64, 'base64');

function savedPdf(file: GeneratedFile, name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const target = path.join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(target, bytesOf(file));
  return target;
}

describe('the printed key-registration form', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startWardWithAdmin();
  });
  afterEach(() => app.dispose());

  it('is refused before the unit profile and before the key exists', async () => {
    expect(await refusalOf(app.call('exchange.enrolmentForm', { format: 'pdf' }))).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Chưa khai báo thông tin đơn vị') });
    await app.call('ward.saveProfile', PROFILE);
    expect(await refusalOf(app.call('exchange.enrolmentForm', { format: 'pdf' }))).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Chưa tạo khóa ký') });
  });

  it('prints the NĐ 30 form with the unit, the installation and the fingerprint in 4 lines of 4 groups (PDF)', async () => {
    await app.call('ward.saveProfile', PROFILE);
    await app.call('signatories.save', { fullName: 'Nguyễn Văn An', position: 'Chủ tịch', authority: 'TM', isDefault: true });
    const key = await app.call('exchange.createKey', {});
    const { installationId } = JSON.parse(bytesOf(await app.call('exchange.enrolmentFile', {})).toString('utf8')) as { installationId: string };
    app.clock.set('2026-03-05T02:00:00.000Z');

    const pdf = await app.call('exchange.enrolmentForm', { format: 'pdf' });
    expect(pdf).toMatchObject({ fileName: `phieu-dang-ky-khoa-${PROFILE.code}.pdf`, mediaType: 'application/pdf' });
    const file = savedPdf(pdf, 'enrolment-form');
    savePageOnePng(file, 'enrolment-form');
    const { text, layout } = readPdf(file);
    expectToContainAll(text, [
      'ỦY BAN NHÂN DÂN PHƯỜNG ĐỐNG ĐA',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Phường Đống Đa, ngày 05 tháng 3 năm 2026',
      'PHIẾU ĐĂNG KÝ KHÓA KÝ DỮ LIỆU',
      'Gửi dữ liệu thực hiện dân chủ ở cơ sở bằng tệp có chữ ký số (Sổ Dân Chủ)',
      `Kính gửi: ${PROFILE.superiorName}`,
      'Tên đơn vị Phường Đống Đa',
      `Mã đơn vị ${PROFILE.code}`,
      `Mã máy cài đặt ${installationId}`,
      'Ngày tạo khóa 02/03/2026',
      'Thuật toán Ed25519',
      'nhóm nào khác nhau thì không đăng ký',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nguyễn Văn An',
      'Nơi nhận:',
      'Lưu: VT',
    ]);
    const groups = key.fingerprint.split(' ');
    expect(groups).toHaveLength(16);
    for (const start of [0, 4, 8, 12]) {
      expect(layout).toMatch(new RegExp(`${groups.slice(start, start + 4).join('\\s+')}\\s*\\n`));
    }
    expect(layout).not.toMatch(new RegExp(`${groups[3]} +${groups[4]}`));
  });

  it('writes the DOCX in Times New Roman with the same fingerprint', async () => {
    await app.call('ward.saveProfile', PROFILE);
    const key = await app.call('exchange.createKey', {});
    const docx = await app.call('exchange.enrolmentForm', { format: 'docx' });
    expect(docx.fileName).toBe(`phieu-dang-ky-khoa-${PROFILE.code}.docx`);
    const word = readWord(bytesOf(docx));
    expect(word.xml).toContain('Times New Roman');
    expectToContainAll(word.text, ['PHIẾU ĐĂNG KÝ KHÓA KÝ DỮ LIỆU', `Kính gửi: ${PROFILE.superiorName}`, ...key.fingerprint.split(' ')]);
  });
});

describe("a superior office's key-registration form", () => {
  it('is addressed to the wards and issued under the office’s own name', async () => {
    const office = await startSuperior();
    try {
      const pdf = await office.call('exchange.enrolmentForm', { format: 'pdf' });
      expect(pdf.fileName).toBe(`phieu-dang-ky-khoa-${SUPERIOR_PROFILE.code}.pdf`);
      const { text } = readPdf(savedPdf(pdf, 'enrolment-form-superior'));
      expectToContainAll(text, ['SỞ NỘI VỤ THÀNH PHỐ HÀ NỘI', 'Kính gửi: Ủy ban nhân dân các xã, phường', `Mã đơn vị ${SUPERIOR_PROFILE.code}`, 'khi ghim khóa của cơ quan cấp trên']);
      expect(text).not.toContain('TM. ỦY BAN NHÂN DÂN');
    } finally {
      office.dispose();
    }
  });
});
