import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { safeFileName } from '../../../main/api/files';
import { documentKinds, type Meeting, type MeetingDocumentKind } from '../../../main/api/meetings';
import { launchChromiumPrinter, type ChromiumPrinter } from '../../../main/documents/chromiumPrinter';
import { renderDocxBundle } from '../../../main/documents/docx';
import { renderHtmlBundle } from '../../../main/documents/html';
import type { DocumentModel } from '../../../main/documents/model';
import { renderXlsx } from '../../../main/documents/xlsx';
import { meetingDocumentFileName, meetingDocuments, type MeetingDocumentInput } from '../../../main/meetings/documents';
import { meetingListWorkbook } from '../../../main/meetings/listWorkbook';
import { poppler, readPdf, readWord, savePageOnePng, type PdfText, type WordFile } from '../support/documents';
import { makeTempDir } from '../support/runtime';
import { firstQuarterSummaries, groupHead, residentsMeeting, ruleSet, rulesOf, staffConference, ward } from './fixtures';

let printer: ChromiumPrinter;
let workDir: string;

beforeAll(async () => {
  printer = await launchChromiumPrinter();
  workDir = makeTempDir('sdc-meeting-docs-');
}, 60_000);

afterAll(async () => {
  await printer?.close();
  rmSync(workDir, { recursive: true, force: true });
});

function inputFor(meeting: Meeting, version: 'finalized' | 'draft' = 'finalized'): MeetingDocumentInput {
  return {
    ward,
    rules: rulesOf(meeting.type),
    meeting,
    version: version === 'finalized' ? meeting.versions.at(-1)! : null,
    residentialGroupHead: meeting.residentialGroupId ? groupHead : null,
  };
}

function documentsOf(kind: MeetingDocumentKind, input: MeetingDocumentInput): DocumentModel[] {
  const documents = meetingDocuments(kind, input);
  if (!documents) throw new Error(`No ${kind} for ${input.meeting.type}`);
  return documents;
}

interface PrintedPdf extends PdfText {
  file: string;
}

async function printPdf(name: string, documents: readonly DocumentModel[], options: { png?: boolean } = {}): Promise<PrintedPdf> {
  const pdf = await printer.print(renderHtmlBundle(documents), { landscape: documents[0]!.orientation === 'landscape' });
  const file = path.join(workDir, `${name}.pdf`);
  writeFileSync(file, pdf);
  if (options.png) savePageOnePng(file, name);
  return { file, ...readPdf(file) };
}

function pageCount(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', file))?.[1]);
}

/** Every face embedded (as a subset) is one of Tinos', regular and bold at least. */
function expectOnlyTinos(file: string): void {
  const rows = poppler('pdffonts', file).split('\n').slice(2).filter(Boolean);
  expect(rows.every((row) => /\byes\s+yes\s+yes\b/.test(row))).toBe(true);
  const faces = new Set(rows.map((row) => row.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')));
  expect([...faces]).toEqual(expect.arrayContaining(['Tinos-Regular', 'Tinos-Bold']));
  expect(['Tinos-Bold', 'Tinos-BoldItalic', 'Tinos-Italic', 'Tinos-Regular']).toEqual(expect.arrayContaining([...faces]));
}

/** The line index of the first line matching, to compare what comes above what. */
function lineOf(layout: string, pattern: RegExp): number {
  const index = layout.split('\n').findIndex((line) => pattern.test(line));
  expect(index, String(pattern)).toBeGreaterThanOrEqual(0);
  return index;
}

async function wordOf(documents: readonly DocumentModel[]): Promise<WordFile> {
  return readWord(new Uint8Array(await renderDocxBundle(documents)));
}

function expectTimesNewRoman(xml: string): void {
  expect(xml).toContain('w:ascii="Times New Roman"');
  expect(xml).not.toMatch(/w:ascii="(?!Times New Roman)/);
}

describe('minutes of the staff conference (NĐ 30 Mẫu 1.9)', () => {
  let pdf: PrintedPdf;
  beforeAll(async () => {
    pdf = await printPdf('meeting-minutes', documentsOf('minutes', inputFor(staffConference)), { png: true });
  }, 60_000);

  it('carries the number, the title, time, place and the attendance counts with the quorum, and no date line', () => {
    for (const expected of [
      'ỦY BAN NHÂN DÂN PHƯỜNG ĐỐNG ĐA',
      'Số: 05/BB-UBND',
      'BIÊN BẢN Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026',
      'Thời gian bắt đầu: 08 giờ 00 phút, ngày 12 tháng 3 năm 2026',
      'Địa điểm: Hội trường Ủy ban nhân dân phường Đống Đa',
      'Tổng số cán bộ, công chức, viên chức, người lao động được triệu tập: 25 người',
      'Có mặt: 18 người (72,0 %)',
      'Vắng mặt: 7 người (Lê Quang Minh, Lương Thị Hoa, Hà Minh Đức, Chu Thị Vân, Dương Văn Toàn, Quách Thị Liên, Tống Văn Hải)',
      'Đại biểu, khách mời: Nguyễn Thị Thanh - Phó Chủ tịch Liên đoàn Lao động thành phố',
      'Hội nghị hợp lệ: 18/25 người có mặt (72 %), đủ ít nhất 2/3 (17 người).',
      'Đoàn Chủ tịch: Nguyễn Văn An - Chủ tịch Ủy ban nhân dân phường; Phạm Thị Hạnh - Chủ tịch Công đoàn cơ sở',
      'Thư ký (người ghi biên bản): Lê Thu Trang - Công chức Văn phòng - Thống kê',
    ]) {
      expect(pdf.text).toContain(expected);
    }
    expect(pdf.text).not.toContain('Phường Đống Đa, ngày');
    expect(pdf.text).not.toContain('DỰ THẢO');
  });

  it('records each item: presenter, opinions and answers, the vote with its shares, the election and the result', () => {
    for (const expected of [
      'Nội dung (theo diễn biến hội nghị):',
      '1. Báo cáo kết quả thực hiện nhiệm vụ năm 2025 và phương hướng, nhiệm vụ năm 2026',
      'Người trình bày: Nguyễn Văn An - Chủ tịch Ủy ban nhân dân phường.',
      '- Đỗ Minh Tuấn - Công chức Địa chính - Xây dựng: Đề nghị bổ sung nhiệm vụ số hóa hồ sơ địa chính',
      '+ Trả lời (Nguyễn Văn An): Tiếp thu; giao công chức Địa chính - Xây dựng',
      'Hình thức bầu: bỏ phiếu kín; số phiếu phát ra: 18, thu về: 18, hợp lệ: 17, không hợp lệ: 1.',
      '- Đặng Thu Hà: 16 phiếu (88,9 %)',
      '- Lý Văn Phúc: 5 phiếu (27,8 %)',
      'Trúng cử: Đặng Thu Hà, Bùi Văn Khánh, Ngô Thị Lan; nhiệm kỳ 2 năm.',
      'Biểu quyết (giơ tay): Tán thành 14/18 (77,8 %), không tán thành 3, không biểu quyết 1.',
      'Biểu quyết (giơ tay): Tán thành 15/18 (83,3 %), không tán thành 2, không biểu quyết 1.',
      'Thông qua: 15/18 người có mặt (83,3 %) tán thành',
      'Xây dựng kế hoạch số hóa hồ sơ địa chính. Thực hiện: Công chức Địa chính - Xây dựng; thời hạn: ngày 30 tháng 9 năm 2026.',
      'Kết luận hội nghị: Hội nghị đã hoàn thành chương trình đề ra',
      'Hội nghị kết thúc vào 11 giờ 30 phút, ngày 12 tháng 3 năm 2026./.',
    ]) {
      expect(pdf.text).toContain(expected);
    }
  });

  it('signs THƯ KÝ on the left and CHỦ TỌA on the right, with "Nơi nhận" under the secretary, in Tinos', () => {
    const signatures = lineOf(pdf.layout, /THƯ KÝ\s{5,}CHỦ TỌA/);
    expect(lineOf(pdf.layout, /Lê Thu Trang\s{5,}Nguyễn Văn An/)).toBeGreaterThan(signatures);
    expect(lineOf(pdf.layout, /^\s*Nơi nhận:/)).toBeGreaterThan(signatures);
    expect(pdf.text).toContain('- Lưu: VT, Hồ sơ.');
    expectOnlyTinos(pdf.file);
  });

  it('writes the same minutes to DOCX in Times New Roman, secretary before chair', async () => {
    const word = await wordOf(documentsOf('minutes', inputFor(staffConference)));
    expectTimesNewRoman(word.xml);
    expect(word.text).toContain('Số: 05/BB-UBND');
    expect(word.text).toContain('Tán thành 15/18 (83,3 %), không tán thành 2, không biểu quyết 1.');
    expect(word.text).toMatch(/THƯ KÝ\nLê Thu Trang\n[\s\S]*Nơi nhận:[\s\S]*CHỦ TỌA\nNguyễn Văn An/);
  });

  it('marks the current draft "DỰ THẢO" without a number, and a correction with the version it replaces', async () => {
    const draft = await printPdf('meeting-minutes-draft', documentsOf('minutes', inputFor(staffConference, 'draft')));
    expect(draft.layout.split('\n').find((line) => line.trim())?.trim()).toBe('DỰ THẢO');
    expect(draft.text).not.toContain('Số:');
    const corrected: Meeting = {
      ...staffConference,
      versions: [...staffConference.versions, { version: 2, finalizedAt: '2026-03-20T03:00:00.000Z', finalizedBy: 'Lê Thu Trang', reason: 'Sửa số phiếu của ứng cử viên Lý Văn Phúc.', minutesNumber: '07/BB-UBND', resolutionNumber: null }],
    };
    const word = await wordOf(documentsOf('minutes', inputFor(corrected)));
    expect(word.text).toContain('Số: 07/BB-UBND');
    expect(word.text).toContain('(Bản số 2, thay thế bản số 1; lý do điều chỉnh: Sửa số phiếu của ứng cử viên Lý Văn Phúc)');
    expect(word.text).not.toContain('DỰ THẢO');
  }, 60_000);
});

describe("the residents' decision record (NĐ 59 Mẫu 03)", () => {
  let pdf: PrintedPdf;
  beforeAll(async () => {
    pdf = await printPdf('meeting-decision-record', documentsOf('decisionRecord', inputFor(residentsMeeting)), { png: true });
  }, 60_000);

  it('has the group header, the form number, the date line and the community wording', () => {
    for (const expected of [
      'Mẫu số 03',
      'UBND PHƯỜNG ĐỐNG ĐA TỔ DÂN PHỐ 5',
      'Phường Đống Đa, ngày 15 tháng 3 năm 2026',
      'BIÊN BẢN CUỘC HỌP CỦA CỘNG ĐỒNG DÂN CƯ Về việc Chủ trương và mức đóng góp xây dựng, cải tạo đường ngõ 12',
      'Hôm nay, vào hồi 19 giờ 30 phút, ngày 15 tháng 3 năm 2026, tại Nhà văn hóa tổ dân phố 5, tổ dân phố 5 tổ chức cuộc họp của cộng đồng dân cư về việc Chủ trương và mức đóng góp',
      '1. Chủ trì: Ông (bà) Hoàng Văn Dũng. Chức vụ: Tổ trưởng tổ dân phố',
      '2. Thư ký: Ông (bà) Trần Thị Thu. Chức vụ: Đại diện hộ gia đình, số nhà 12/3',
    ]) {
      expect(pdf.text).toContain(expected);
    }
    expect(pdf.text).not.toContain('Số:');
    expect(pdf.text).not.toContain('DỰ THẢO');
  });

  it('carries every field of Art. 20(2): time, households, content, form, result and the decision', () => {
    for (const expected of [
      // a) time
      'II. Thời gian cộng đồng dân cư bàn và quyết định Từ 19 giờ 30 phút đến 21 giờ 15 phút, ngày 15 tháng 3 năm 2026.',
      // b) households
      'Tổng số hộ gia đình thuộc cộng đồng dân cư: 100 hộ',
      'Số hộ gia đình có đại diện tham dự: 72 hộ (72,0 %)',
      'Số hộ gia đình không có người đại diện tham dự: 28 hộ',
      // c) content
      'III. Nội dung cộng đồng dân cư bàn',
      '3. Chủ trương và mức đóng góp xây dựng, cải tạo đường ngõ 12 và rãnh thoát nước: 1.500.000 đồng/hộ',
      'Bà Mai Thị Yến, số nhà 12/21: Đề nghị công khai dự toán chi tiết',
      // d) form
      'IV. Hình thức cộng đồng dân cư quyết định',
      'rãnh thoát nước: 1.500.000 đồng/hộ: bỏ phiếu kín.',
      'Biểu quyết cử thư ký cuộc họp: giơ tay.',
      // đ) result
      'V. Kết quả biểu quyết',
      'Biểu quyết (bỏ phiếu kín): Tán thành 65/100 (65,0 %), không tán thành 5, không biểu quyết 2, phiếu không hợp lệ 0.',
      'Không thông qua: 65/100 hộ (65 %) đồng ý; cần ít nhất 67 hộ (2/3 tổng số hộ).',
      // e) decision
      'VI. Nội dung quyết định của cộng đồng dân cư',
      'rãnh thoát nước: 1.500.000 đồng/hộ: không thông qua. Chưa đủ 2/3 tổng số hộ đồng ý',
      'Biểu quyết cử thư ký cuộc họp: thông qua.',
      'Cuộc họp kết thúc vào 21 giờ 15 phút, ngày 15 tháng 3 năm 2026./.',
      'trong thời hạn 05 ngày làm việc.',
    ]) {
      expect(pdf.text).toContain(expected);
    }
  });

  it('ends with the four signatures of Art. 20(2)(g): group head and front head, then two households', () => {
    const lines = pdf.layout.split('\n');
    const heads = lineOf(pdf.layout, /TỔ TRƯỞNG TỔ DÂN PHỐ\s{5,}TRƯỞNG BAN CÔNG TÁC/);
    expect(lines[heads + 1]).toMatch(/^\s{30,}MẶT TRẬN\s*$/);
    expect(lines[heads + 2]).toMatch(/\(Ký, ghi rõ họ tên\)\s{5,}\(Ký, ghi rõ họ tên\)/);
    // Both names stand on one line, though the front head's title takes two.
    const names = lineOf(pdf.layout, /Hoàng Văn Dũng\s{5,}Lương Văn Bình/);
    const households = lineOf(pdf.layout, /ĐẠI DIỆN HỘ GIA ĐÌNH\s{5,}ĐẠI DIỆN HỘ GIA ĐÌNH/);
    expect(names).toBeGreaterThan(heads + 2);
    expect(households).toBeGreaterThan(names);
    expectOnlyTinos(pdf.file);
  });

  it('writes the four signatures to DOCX in order, and "DỰ THẢO" beside the form number for a draft', async () => {
    const word = await wordOf(documentsOf('decisionRecord', inputFor(residentsMeeting, 'draft')));
    expectTimesNewRoman(word.xml);
    expect(word.text).toContain('DỰ THẢO - Mẫu số 03');
    expect(word.text).toMatch(
      /TỔ TRƯỞNG TỔ DÂN PHỐ\n\u00a0\n\(Ký, ghi rõ họ tên\)\nHoàng Văn Dũng\n[\s\S]*TRƯỞNG BAN CÔNG TÁC\nMẶT TRẬN\n\(Ký, ghi rõ họ tên\)\nLương Văn Bình\n[\s\S]*ĐẠI DIỆN HỘ GIA ĐÌNH[\s\S]*ĐẠI DIỆN HỘ GIA ĐÌNH/,
    );
    expect(word.xml.split('<w:tbl>')).toHaveLength(3); // the header and the foot as layout tables
  });

  it('is the record of a household ballot too, without a meeting to speak of', async () => {
    const ballot: Meeting = {
      ...residentsMeeting,
      type: 'householdBallot',
      agenda: [{ ...residentsMeeting.agenda[2]!, vote: { ...residentsMeeting.agenda[2]!.vote!, method: 'householdBallot', invalid: 3 } }],
    };
    const word = await wordOf(documentsOf('decisionRecord', inputFor(ballot)));
    expect(word.text).toContain('BIÊN BẢN CỦA CỘNG ĐỒNG DÂN CƯ');
    expect(word.text).toContain('tổ dân phố 5 tổ chức lấy ý kiến của hộ gia đình bằng phiếu về việc');
    expect(word.text).toContain('phát phiếu lấy ý kiến hộ gia đình.');
  });

  it('gives no NĐ 30 minutes, resolution or staff comments for a residents\u2019 meeting, and no decision record for the staff', () => {
    const residents = inputFor(residentsMeeting);
    expect(meetingDocuments('minutes', residents)).toBeNull();
    expect(meetingDocuments('resolution', residents)).toBeNull();
    expect(meetingDocuments('consultationSynthesis', residents)).toBeNull();
    expect(meetingDocuments('decisionRecord', inputFor(staffConference))).toBeNull();
  });
});

describe('the resolution of the staff conference', () => {
  let pdf: PrintedPdf;
  beforeAll(async () => {
    pdf = await printPdf('meeting-resolution', documentsOf('resolution', inputFor(staffConference)), { png: true });
  }, 60_000);

  it('has the number, the date line, the bases and "QUYẾT NGHỊ:"', () => {
    for (const expected of [
      'Số: 01/NQ-HNCB',
      'Phường Đống Đa, ngày 12 tháng 3 năm 2026',
      'NGHỊ QUYẾT Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026',
      'HỘI NGHỊ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC, NGƯỜI LAO ĐỘNG ỦY BAN NHÂN DÂN PHƯỜNG ĐỐNG ĐA',
      'Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;',
      'Căn cứ kết quả Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026 ngày 12 tháng 3 năm 2026 (Biên bản số 05/BB-UBND),',
      'QUYẾT NGHỊ:',
    ]) {
      expect(pdf.text).toContain(expected);
    }
  });

  it('approves the reports, lists the adopted decisions and the elected board, the tasks, and the 6-monthly review', () => {
    for (const expected of [
      'Điều 1. Thông qua các báo cáo trình tại Hội nghị:',
      '- Báo cáo hoạt động của Ban Thanh tra nhân dân năm 2025 và chương trình năm 2026.',
      'Điều 2. Hội nghị biểu quyết thông qua các nội dung sau:',
      '- Bầu Ban Thanh tra nhân dân của cơ quan nhiệm kỳ 2026 - 2028: Đặng Thu Hà, Bùi Văn Khánh, Ngô Thị Lan trúng cử (3 thành viên), nhiệm kỳ 2 năm kể từ ngày 12 tháng 3 năm 2026.',
      '100.000 đồng/người/năm, với 14/18 (77,8 %) số người có mặt tán thành.',
      'Điều 3. Giao nhiệm vụ thực hiện:',
      '- Hoàn thiện và ban hành Quy chế chi tiêu nội bộ năm 2026 theo ý kiến góp ý tại Hội nghị. Thực hiện: Văn phòng HĐND và UBND phường; thời hạn: ngày 31 tháng 3 năm 2026.',
      'Điều 4. Người đứng đầu cơ quan phối hợp với Ban Chấp hành Công đoàn cơ sở tổ chức thực hiện Nghị quyết này; 06 tháng một lần kiểm tra',
      'thông qua ngày 12 tháng 3 năm 2026, với 15/18 (83,3 %) số người dự Hội nghị tán thành./.',
      'TM. ĐOÀN CHỦ TỊCH',
    ]) {
      expect(pdf.text).toContain(expected);
    }
    // The adoption of the resolution is its last sentence, not one of the decisions it lists.
    expect(pdf.text).not.toContain('- Thông qua Nghị quyết Hội nghị');
    expect(pdf.text).not.toContain('Điều 5.');
    expect(lineOf(pdf.layout, /Nguyễn Văn An\s*$/)).toBeGreaterThan(lineOf(pdf.layout, /TM\. ĐOÀN CHỦ TỊCH/));
    expectOnlyTinos(pdf.file);
  });

  it('is a draft without a number before the minutes are finalized', async () => {
    const word = await wordOf(documentsOf('resolution', inputFor(staffConference, 'draft')));
    expectTimesNewRoman(word.xml);
    expect(word.text.split('\n')[0]).toBe('DỰ THẢO');
    expect(word.text).not.toContain('/NQ-');
    expect(word.text).toContain('Căn cứ kết quả Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026 ngày 12 tháng 3 năm 2026,');
  });
});

describe('invitations', () => {
  it('invites each staff member by name in one file, one sheet each, from the committee (NĐ 30)', async () => {
    const documents = documentsOf('invitation', inputFor(staffConference));
    expect(documents).toHaveLength(25); // 24 staff besides the chair who signs, and the guest
    const pdf = await printPdf('meeting-invitations', documents);
    expect(pageCount(pdf.file)).toBe(25);
    for (const expected of [
      'Số: …/GM-UBND',
      'Phường Đống Đa, ngày 05 tháng 3 năm 2026',
      'GIẤY MỜI Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026',
      'Ủy ban nhân dân phường Đống Đa trân trọng kính mời: Ông (bà) Trần Thị Bích - Phó Chủ tịch Ủy ban nhân dân phường',
      'Ông (bà) Tống Văn Hải - Công chức Văn phòng - Thống kê',
      'Ông (bà) Nguyễn Thị Thanh - Phó Chủ tịch Liên đoàn Lao động thành phố',
      'Thời gian: 08 giờ 00 phút, ngày 12 tháng 3 năm 2026',
      'Nội dung: Tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026',
      'Tài liệu: Báo cáo kết quả thực hiện nhiệm vụ năm 2025 và phương hướng, nhiệm vụ năm 2026; Dự thảo Quy chế chi tiêu nội bộ năm 2026; Dự thảo Nghị quyết Hội nghị.',
      'Đầu mối liên hệ: Bà Lê Thu Trang, Văn phòng HĐND và UBND phường, điện thoại 024 3851 1111',
      'TM. ỦY BAN NHÂN DÂN CHỦ TỊCH',
    ]) {
      expect(pdf.text).toContain(expected);
    }
    expect(pdf.text).not.toContain('Ông (bà) Nguyễn Văn An');
  }, 60_000);

  it("invites the group's households on NĐ 59 Mẫu 01, with a blank copy for the households", async () => {
    const documents = documentsOf('invitation', inputFor(residentsMeeting));
    expect(documents).toHaveLength(3); // the two guests by name, and the copy for the households
    expect(pageCount((await printPdf('meeting-invitations-residents', documents)).file)).toBe(3);
    const word = await wordOf(documents);
    expectTimesNewRoman(word.xml);
    for (const expected of [
      'Mẫu số 01',
      'UBND PHƯỜNG ĐỐNG ĐA\nTỔ DÂN PHỐ 5',
      'Phường Đống Đa, ngày 12 tháng 3 năm 2026',
      'GIẤY MỜI',
      'Trân trọng kính mời ông (bà): Lương Văn Bình\n',
      'Trân trọng kính mời ông (bà): ……………………',
      'Về việc Chủ trương và mức đóng góp xây dựng, cải tạo đường ngõ 12',
      '1. Thời gian, địa điểm\na) Thời gian: 19 giờ 30 phút, ngày 15 tháng 3 năm 2026\nb) Địa điểm: Nhà văn hóa tổ dân phố 5',
      '2. Thành phần\na) Chủ trì: Hoàng Văn Dũng - Tổ trưởng tổ dân phố\nb) Đại biểu tham dự: Đại diện các hộ gia đình thuộc tổ dân phố 5; Lương Văn Bình',
      '3. Nội dung\n- Biểu quyết cử thư ký cuộc họp',
      '4. Đầu mối liên hệ thông tin về cuộc họp: Ông Hoàng Văn Dũng, Tổ trưởng tổ dân phố 5, điện thoại 0912 345 678',
      '5. Các tài liệu phục vụ cuộc họp: Phương án xây dựng, cải tạo đường ngõ 12 và dự toán kinh phí; Dự kiến mức đóng góp của hộ gia đình.',
      'Tổ dân phố 5 đề nghị ông (bà) bố trí thời gian tham gia đầy đủ, đúng thành phần.',
      'TỔ TRƯỞNG TỔ DÂN PHỐ\nHoàng Văn Dũng',
    ]) {
      expect(word.text).toContain(expected);
    }
    expect(word.text).not.toContain('Số:');
  }, 60_000);
});

describe('the attendance sheet', () => {
  it("numbers one blank signing row per household, after the guests' table", async () => {
    const [sheet] = documentsOf('attendanceSheet', inputFor(residentsMeeting));
    const pdf = await printPdf('meeting-attendance-residents', [sheet!]);
    expect(pdf.text).toContain('DANH SÁCH ĐẠI BIỂU, HỘ GIA ĐÌNH THAM DỰ Họp tổ dân phố 5 bàn và quyết định việc đóng góp xây dựng đường ngõ 12');
    expect(pdf.text).toContain('(19 giờ 30 phút, ngày 15 tháng 3 năm 2026, tại Nhà văn hóa tổ dân phố 5)');
    expect(pdf.text).toContain('Đại biểu, khách mời STT Họ và tên Chức vụ, đơn vị 1 Lương Văn Bình Trưởng ban công tác Mặt trận tổ dân phố 5');
    expect(pdf.text).toContain('Đại diện hộ gia đình STT 1 2 3 4 5');
    expect(pageCount(pdf.file)).toBeGreaterThan(1);
    const word = await wordOf([sheet!]);
    const households = word.xml.split('<w:tbl>')[3]!;
    expect(households.match(/<w:tr>|<w:tr /g)).toHaveLength(101); // the header and 100 households
    expect(word.text).toMatch(/\n100\n\n\n\n/);
  }, 60_000);

  it('lists the summoned staff and guests by name and position, with a wide signature column', async () => {
    const [sheet] = documentsOf('attendanceSheet', inputFor(staffConference));
    const table = sheet!.body[0]!;
    expect(table.kind === 'table' && table.table.rows.map((r) => r.cells[1])).toEqual(staffConference.participants.map((p) => p.name));
    expect(table.kind === 'table' && table.table.columns.map((c) => c.widthMm)).toEqual([12, 48, 62, 43]);
    const word = await wordOf([sheet!]);
    expect(word.text).toContain('DANH SÁCH ĐẠI BIỂU THAM DỰ');
    expect(word.text).toContain('STT\nHọ và tên\nChức vụ, đơn vị\nKý tên\n1\nNguyễn Văn An\nChủ tịch Ủy ban nhân dân phường\n\n2\nTrần Thị Bích');
  });
});

describe('counting minutes (NĐ 59 Mẫu 02 / 04)', () => {
  it("records the residents' secret ballot with the counting board, the witnesses and the shares of all households", async () => {
    const documents = documentsOf('countingMinutes', inputFor(residentsMeeting));
    expect(documents).toHaveLength(1);
    const pdf = await printPdf('meeting-counting-residents', documents);
    for (const expected of [
      'Mẫu số 02',
      'Phường Đống Đa, ngày 15 tháng 3 năm 2026',
      'BIÊN BẢN KIỂM PHIẾU Về việc Chủ trương và mức đóng góp xây dựng, cải tạo đường ngõ 12 và rãnh thoát nước: 1.500.000 đồng/hộ',
      'Ban kiểm phiếu gồm các ông (bà) có tên sau: 1. Ông (bà) Nguyễn Thị Hòa - Trưởng ban 2. Ông (bà) Đinh Văn Sơn - Thành viên 3. Ông (bà) Mai Thị Yến - Thành viên',
      'Đại diện hộ gia đình chứng kiến việc kiểm phiếu gồm: 1. Ông (bà) ……………………',
      '- Tổng số hộ gia đình: 100 hộ; số đại diện hộ gia đình có mặt: 72',
      '- Số phiếu phát ra: 72 phiếu; số phiếu thu về: 72 phiếu',
      '- Số phiếu đồng ý: 65 phiếu (65,0 % tổng số hộ gia đình)',
      '- Số phiếu không đồng ý: 5 phiếu (5,0 % tổng số hộ gia đình)',
      '- Số phiếu ý kiến khác: 2 phiếu (2,0 % tổng số hộ gia đình)',
      'Không thông qua: 65/100 hộ (65 %) đồng ý',
      'Biên bản được lập thành 03 bản',
    ]) {
      expect(pdf.text).toContain(expected);
    }
    expect(lineOf(pdf.layout, /ĐẠI DIỆN HỘ GIA ĐÌNH\s{5,}ĐẠI DIỆN HỘ GIA ĐÌNH/)).toBeGreaterThan(
      lineOf(pdf.layout, /THÀNH VIÊN\s{5,}TRƯỞNG BAN KIỂM PHIẾU/),
    );
  }, 60_000);

  it('uses Mẫu 04 and the ballot team for a household ballot, one ballot per household', async () => {
    const ballot: Meeting = {
      ...residentsMeeting,
      type: 'householdBallot',
      agenda: [{ ...residentsMeeting.agenda[2]!, vote: { ...residentsMeeting.agenda[2]!.vote!, method: 'householdBallot', invalid: 3 } }],
    };
    const word = await wordOf(documentsOf('countingMinutes', inputFor(ballot, 'draft')));
    expect(word.text).toContain('DỰ THẢO - Mẫu số 04');
    expect(word.text).toContain('Về việc phát phiếu lấy ý kiến của hộ gia đình về Chủ trương và mức đóng góp');
    expect(word.text).toContain('Tổ phát phiếu gồm các ông (bà) có tên sau:');
    expect(word.text).toContain('- Số phiếu phát ra: 100 phiếu; số phiếu thu về: 75 phiếu');
    expect(word.text).toContain('TỔ TRƯỞNG TỔ PHÁT PHIẾU');
  });

  it("counts the staff conference's election without a date line, and is null where nothing was balloted", async () => {
    const word = await wordOf(documentsOf('countingMinutes', inputFor(staffConference)));
    expect(word.text).not.toContain('Mẫu số');
    expect(word.text).not.toContain('Phường Đống Đa, ngày');
    expect(word.text).toContain('Ủy ban nhân dân phường Đống Đa tổ chức Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026 về việc');
    expect(word.text).toContain('1. Ông (bà) Vũ Thị Ngọc - Trưởng ban');
    expect(word.text).toContain('- Ông (bà) Đặng Thu Hà: 16 phiếu (88,9 % số người có mặt)');
    expect(word.text).toContain('TRƯỞNG BAN KIỂM PHIẾU\n(Ký, ghi rõ họ tên)\nVũ Thị Ngọc');
    const byHands: Meeting = { ...staffConference, agenda: staffConference.agenda.filter((item) => item.vote?.method !== 'secretBallot') };
    expect(meetingDocuments('countingMinutes', inputFor(byHands))).toBeNull();
  });
});

describe('the synthesis of staff comments (Art. 53)', () => {
  it('groups the comments by topic in the order of the rules, then by department and day', async () => {
    const [synthesis] = documentsOf('consultationSynthesis', inputFor(staffConference));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(synthesis!)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Tổng hợp góp ý')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const table = rows.slice(rows.findIndex((r) => r[0] === 'STT'));
    expect(table).toEqual([
      ['STT', 'Nội dung góp ý', 'Bộ phận góp ý', 'Ngày nhận'],
      ['I', 'Kế hoạch công tác năm của cơ quan', '', ''],
      [1, 'Bổ sung chỉ tiêu tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt 80 %.', 'Văn phòng - Thống kê', '18/02/2026'],
      ['II', 'Kế hoạch thi đua, khen thưởng', '', ''],
      [2, 'Đề nghị bổ sung danh hiệu "Lao động tiên tiến" cho người lao động hợp đồng.', 'Văn hóa - Xã hội', '24/02/2026'],
      ['III', 'Quy chế chi tiêu nội bộ, quy chế quản lý tài sản công', '', ''],
      [3, 'Bổ sung mức chi hỗ trợ đo đạc hiện trường ngoài giờ.', 'Địa chính - Xây dựng', '19/02/2026'],
      [4, 'Quy định rõ định mức văn phòng phẩm cho bộ phận một cửa.', 'Địa chính - Xây dựng', '23/02/2026'],
      [5, 'Đề nghị nâng mức hỗ trợ công tác phí khoán từ 300.000 đồng lên 400.000 đồng/người/tháng.', 'Tài chính - Kế toán', '20/02/2026'],
    ]);
    const word = await wordOf([synthesis!]);
    expect(word.text).toContain('TỔNG HỢP Ý KIẾN GÓP Ý\nCác dự thảo văn bản trình Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026');
    expect(word.text).toContain('5 ý kiến của 4 bộ phận về 3 nội dung');
    expect(word.text).toContain('Phường Đống Đa, ngày … tháng … năm …');
  });
});

describe('file names', () => {
  it('are ASCII names main may write, for every kind and format', () => {
    for (const kind of documentKinds) {
      for (const format of ['pdf', 'docx'] as const) {
        for (const meeting of [staffConference, residentsMeeting]) {
          expect(safeFileName.safeParse(meetingDocumentFileName(meeting, kind, format)).success, `${kind} ${format}`).toBe(true);
        }
      }
    }
  });

  it('name the kind, the day and the first words of the title', () => {
    expect(meetingDocumentFileName(staffConference, 'minutes', 'pdf')).toBe('bien-ban-2026-03-12-hoi-nghi-can-bo-cong-chuc-vien-chuc.pdf');
    expect(meetingDocumentFileName(residentsMeeting, 'decisionRecord', 'docx')).toBe('bien-ban-cong-dong-dan-cu-2026-03-15-hop-to-dan-pho-5-ban-va-quyet-dinh-viec.docx');
    expect(meetingDocumentFileName({ ...staffConference, title: '“Đối thoại” – Đống Đa!' }, 'invitation', 'pdf')).toBe('giay-moi-2026-03-12-doi-thoai-dong-da.pdf');
    expect(meetingDocumentFileName({ ...staffConference, title: '!!!' }, 'resolution', 'docx')).toBe('nghi-quyet-2026-03-12.docx');
  });
});

describe('the list of meetings of a period', () => {
  const input = { ward, from: '2026-01-01', to: '2026-03-31', meetings: firstQuarterSummaries, rules: ruleSet };

  async function workbookOf(): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(meetingListWorkbook(input))) as unknown as ExcelJS.Buffer);
    return workbook;
  }

  function tableRows(sheet: ExcelJS.Worksheet, firstHeader: string, headerRows: number): unknown[][] {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value)));
    return rows.slice(rows.findIndex((r) => r[0] === firstHeader) + headerRows);
  }

  it('lists each meeting by day with its attendance and decisions, figures kept as numbers', async () => {
    const workbook = await workbookOf();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Danh sách cuộc họp', 'Tổng hợp theo loại']);
    const list = workbook.getWorksheet('Danh sách cuộc họp')!;
    expect(list.getCell('A1').value).toBe('ỦY BAN NHÂN DÂN');
    expect(tableRows(list, 'STT', 2)).toEqual([
      [1, '05/02/2026', 'Hội nghị đối thoại với Nhân dân', 'Hội nghị đối thoại với Nhân dân về chỉnh trang đô thị năm 2026', '', 'Đã tổ chức', 150, 138, 92, 0, 0],
      [2, '12/03/2026', 'Hội nghị cán bộ, công chức, viên chức, người lao động', staffConference.title, '', 'Đã hoàn thành biên bản', 25, 18, 72, 3, 3],
      [3, '15/03/2026', 'Cuộc họp cộng đồng dân cư bàn và quyết định', residentsMeeting.title, 'Tổ dân phố 5', 'Đã hoàn thành biên bản', 100, 72, 72, 2, 3],
      [4, '28/03/2026', 'Cuộc họp cộng đồng dân cư bàn và quyết định', 'Họp tổ dân phố 2 bàn về hương ước, quy ước', 'Tổ dân phố 2', 'Dự kiến', 156, null, '-', 0, 0],
    ]);
    expect(list.getCell(list.actualRowCount, 9).numFmt).toBe('#,##0.0');
  });

  it('totals each type over the held meetings only: count, mean attendance rate, decisions passed of those voted', async () => {
    const totals = tableRows((await workbookOf()).getWorksheet('Tổng hợp theo loại')!, 'STT', 1);
    const byType = Object.fromEntries(totals.map((row) => [row[1], row.slice(2)]));
    expect(byType['Cuộc họp cộng đồng dân cư bàn và quyết định']).toEqual([1, 72, 2, 3]);
    expect(byType['Hội nghị cán bộ, công chức, viên chức, người lao động']).toEqual([1, 72, 3, 3]);
    expect(byType['Hội nghị đối thoại với Nhân dân']).toEqual([1, 92, 0, 0]);
    expect(byType['Hội nghị tiếp xúc cử tri']).toEqual([0, '-', 0, 0]);
    expect(byType['Tổng cộng']![0]).toBe(3);
    expect(byType['Tổng cộng']![1]).toBeCloseTo((72 + 72 + 92) / 3, 10);
    expect(byType['Tổng cộng']!.slice(2)).toEqual([5, 6]);
    expect(totals).toHaveLength(ruleSet.types.length + 1);
  });

  it('prints on landscape A4 with the period and vi-VN figures', async () => {
    const pdf = await printPdf('meeting-list', [meetingListWorkbook(input)]);
    expect(poppler('pdfinfo', pdf.file)).toMatch(/Page size:\s+841\.\d+ x 594\.\d+ pts \(A4\)/);
    expect(pdf.text).toContain('DANH SÁCH CUỘC HỌP, HỘI NGHỊ Từ ngày 01 tháng 01 năm 2026 đến ngày 31 tháng 3 năm 2026');
    expect(pdf.text).toContain('Tổng cộng 3 78,7 5 6');
    expect(pdf.text).toContain('Dự kiến 2 156 - 0 0');
  }, 60_000);

  it('says so when the period has no meeting', () => {
    const empty = meetingListWorkbook({ ...input, meetings: [] });
    const table = empty.body[0]!;
    expect(table.kind === 'table' && table.table.rows.map((r) => r.cells[3])).toEqual(['Không có cuộc họp nào trong thời gian này.']);
  });
});
