import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { SAMPLE_PROFILE, startWardWithAdmin, type TestApp } from '../support/runtime';

const ARTIFACTS = path.resolve('test-results/documents');

const GROUP = 'Công chức chuyên môn UBND phường';
const fullMarks = { politicalCompliance: 3, politicalStance: 3, integrity: 3, lifestyle: 3, assignmentCompliance: 3, workRules: 3, workingStyle: 3, publicService: 3, initiative: 3, responsibility: 3 };
const task = (title: string, qualityFailures = 0, delays = 0) => ({ title, done: true, qualityFailures, delays });

async function addStaff(app: TestApp, count: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const member = await app.call('staff.save', { fullName: `Công chức số ${i + 1}`, position: 'Công chức Văn phòng - Thống kê', employmentType: 'civilServant', activeFrom: '2020-01-01', activeTo: null });
    ids.push(member.id);
  }
  return ids;
}

describe('evaluation of civil servants through the handlers', () => {
  let app: TestApp;
  let staffIds: number[];
  beforeEach(async () => {
    app = await startWardWithAdmin();
    staffIds = await addStaff(app, 13);
  });
  afterEach(() => app.dispose());

  it('opens March for the group with a sheet each, and computes a sheet with how each figure was reached', async () => {
    const period = await app.call('evaluations.openPeriod', { period: '2026-03', groupName: GROUP, schemeId: 'nd335-2025', staffMemberIds: staffIds });
    expect(period).toMatchObject({ kind: 'month', periodLabel: 'tháng 3/2026', sheets: 13, scored: 0 });
    const sheet = await app.call('evaluations.saveSheet', {
      periodId: period.id,
      staffMemberId: staffIds[0]!,
      selfAssessment: 'Hoàn thành các nhiệm vụ được giao.',
      generalScores: fullMarks,
      tasks: [task('Cấp bản sao chứng thực'), task('Báo cáo thống kê tháng', 1), task('Lưu trữ hồ sơ'), task('Tiếp nhận hồ sơ một cửa', 0, 1)],
    });
    // 30 + 70 × (1 + 0.75 + 1 + 0.75) / 4 = 30 + 61.25
    expect(sheet.result).toMatchObject({ total: 91.25, grade: 'excellent', gradeLabel: 'Hoàn thành xuất sắc nhiệm vụ' });
    expect(sheet.result!.explanation.join(' ')).toContain('91,25');
    expect((await app.call('evaluations.listPeriods', { year: 2026 }))[0]).toMatchObject({ sheets: 13, scored: 1 });

    const twice = await app.raw('evaluations.openPeriod', { period: '2026-03', groupName: GROUP, schemeId: 'nd335-2025', staffMemberIds: staffIds });
    expect(twice).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const oldScheme = await app.raw('evaluations.openPeriod', { period: '2026-04', groupName: GROUP, schemeId: 'nd90-2020', staffMemberIds: staffIds });
    expect(oldScheme).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('closes the year from the periods and warns, with the numbers, when excellent grades exceed 20 % of good ones', async () => {
    const period = await app.call('evaluations.openPeriod', { period: '2026-Q1', groupName: GROUP, schemeId: 'nd335-2025', staffMemberIds: staffIds });
    const tasksFor = (index: number) => (index < 3 ? [task('Nhiệm vụ')] : [task('Nhiệm vụ', 1)]);
    for (const [index, staffMemberId] of staffIds.entries()) {
      await app.call('evaluations.saveSheet', { periodId: period.id, staffMemberId, generalScores: fullMarks, tasks: tasksFor(index) });
    }
    const results = await app.call('evaluations.yearResults', { year: 2026, groupName: GROUP });
    expect(results.quota).toMatchObject({ counts: { excellent: 3, good: 10 }, limit: 2, exceeded: true });
    expect(results.quota.warning).toContain('(10 người → tối đa 2 người)');
    expect(results.rows[0]).toMatchObject({ score: 100, grade: 'excellent' });
    expect(results.rows.at(-1)).toMatchObject({ score: 82.5, grade: 'good' });
  });

  it('forces unsatisfactory on a discipline conclusion, and records past years by choosing the grade (NĐ 90/2020)', async () => {
    const march = await app.call('evaluations.openPeriod', { period: '2026-03', groupName: GROUP, schemeId: 'nd335-2025', staffMemberIds: staffIds.slice(0, 1) });
    const disciplined = await app.call('evaluations.saveSheet', { periodId: march.id, staffMemberId: staffIds[0]!, generalScores: fullMarks, tasks: [task('Nhiệm vụ')], discipline: { reference: 'Quyết định số 12/QĐ-UBND (khiển trách)' } });
    expect(disciplined.result).toMatchObject({ total: 100, grade: 'unsatisfactory', forcedByDiscipline: true });

    const year2025 = await app.call('evaluations.openPeriod', { period: '2025', groupName: GROUP, schemeId: 'nd90-2020', staffMemberIds: staffIds.slice(0, 2) });
    const chosen = await app.call('evaluations.saveSheet', { periodId: year2025.id, staffMemberId: staffIds[1]!, chosenGrade: 'good' });
    expect(chosen.result).toMatchObject({ total: null, grade: 'good' });
    expect(await app.raw('evaluations.saveSheet', { periodId: march.id, staffMemberId: staffIds[0]!, chosenGrade: 'good' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('gives a viewer the grade counts only: personal scores are refused in main', async () => {
    const period = await app.call('evaluations.openPeriod', { period: '2026-03', groupName: GROUP, schemeId: 'nd335-2025', staffMemberIds: staffIds });
    await app.call('evaluations.saveSheet', { periodId: period.id, staffMemberId: staffIds[0]!, generalScores: fullMarks, tasks: [task('Nhiệm vụ')] });
    await app.call('accounts.create', { username: 'xem', fullName: 'Người xem', role: 'viewer', password: 'xem-12345' });
    await app.call('auth.login', { username: 'xem', password: 'xem-12345' }, 'viewer-pc');
    for (const [channel, input] of [
      ['evaluations.listSheets', { periodId: period.id }],
      ['evaluations.yearResults', { year: 2026, groupName: GROUP }],
      ['evaluations.listPeriods', { year: 2026 }],
      ['evaluations.saveSheet', { periodId: period.id, staffMemberId: staffIds[0]! }],
    ] as const) {
      expect(await app.raw(channel, input, 'viewer-pc')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const summary = await app.call('evaluations.gradeSummary', { year: 2026 }, 'viewer-pc');
    expect(summary).toEqual([{ groupName: GROUP, counts: { excellent: 1, good: 0, satisfactory: 0, unsatisfactory: 0 }, graded: 1, quotaWarning: expect.any(String) }]);
    expect(JSON.stringify(summary)).not.toContain('Công chức số 1');
  });

  it('closes the year, reminds on the dashboard to disclose it within 5 working days, and records the disclosure', async () => {
    await app.call('ward.saveProfile', SAMPLE_PROFILE);
    const period = await app.call('evaluations.openPeriod', { period: '2026-01', groupName: GROUP, schemeId: 'nd335-2025', staffMemberIds: staffIds.slice(0, 3) });
    for (const staffMemberId of staffIds.slice(0, 3)) await app.call('evaluations.saveSheet', { periodId: period.id, staffMemberId, generalScores: fullMarks, tasks: [task('Nhiệm vụ', 1)] });
    const closed = await app.call('evaluations.closeYear', { year: 2026, groupName: GROUP, decidedOn: '2026-02-26' });
    expect(closed).toMatchObject({ disclosureDue: '2026-03-05', disclosedOn: null });
    const due = await app.call('dashboard.get', {});
    expect(due.dueItems).toContainEqual(expect.objectContaining({ key: `evaluations:2026:${GROUP}`, dueDate: '2026-03-05', overdue: false, capability: 'evaluations' }));

    const disclosed = await app.call('evaluations.recordDisclosure', { year: 2026, groupName: GROUP, disclosedOn: '2026-03-02', postingDays: 15 });
    expect(disclosed.disclosureWarning).toContain('ngắn hơn 20 ngày liên tục');
    const after = await app.call('dashboard.get', {});
    expect(after.recentlyDone).toContainEqual(expect.objectContaining({ key: `evaluations:2026:${GROUP}`, onTime: true }));
    expect(await app.raw('evaluations.closeYear', { year: 2026, groupName: GROUP, decidedOn: '2026-02-27' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('prints the notice and the summary table of a closed year, numbered once, and the table as a workbook', async () => {
    await app.call('ward.saveProfile', SAMPLE_PROFILE);
    await app.call('signatories.save', { fullName: 'Nguyễn Văn An', position: 'Chủ tịch', authority: 'TM', isDefault: true });
    const period = await app.call('evaluations.openPeriod', { period: '2026-Q1', groupName: GROUP, schemeId: 'nd335-2025', staffMemberIds: staffIds.slice(0, 2) });
    await app.call('evaluations.saveSheet', { periodId: period.id, staffMemberId: staffIds[0]!, generalScores: fullMarks, tasks: [task('Nhiệm vụ')] });
    await app.call('evaluations.saveSheet', { periodId: period.id, staffMemberId: staffIds[1]!, generalScores: fullMarks, tasks: [task('Nhiệm vụ', 1)] });
    await app.call('evaluations.closeYear', { year: 2026, groupName: GROUP, decidedOn: '2026-02-27' });

    mkdirSync(ARTIFACTS, { recursive: true });
    const pdf = await app.call('evaluations.exportResults', { year: 2026, groupName: GROUP, format: 'pdf' });
    const file = path.join(ARTIFACTS, 'evaluation-results.pdf');
    writeFileSync(file, Buffer.from(pdf.contentBase64, 'base64'));
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', file, path.join(ARTIFACTS, 'evaluation-notice')]);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
    for (const expected of ['THÔNG BÁO', 'Số: 01/TB-UBND', 'Hoàn thành xuất sắc nhiệm vụ: 1 người.', 'Hoàn thành tốt nhiệm vụ: 1 người.', 'BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI NĂM 2026', 'Công chức số 1', '82,5', 'TM. ỦY BAN NHÂN DÂN', 'Nguyễn Văn An']) {
      expect(text).toContain(expected);
    }
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/Tinos/);
    const docx = await app.call('evaluations.exportResults', { year: 2026, groupName: GROUP, format: 'docx' });
    expect(Buffer.from(docx.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const xlsx = await app.call('evaluations.exportResults', { year: 2026, groupName: GROUP, format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64') as unknown as ArrayBuffer);
    const cells = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String));
    expect(cells).toEqual(expect.arrayContaining(['Công chức số 2', 'Hoàn thành tốt nhiệm vụ', '82,5']));
    const again = await app.call('evaluations.exportResults', { year: 2026, groupName: GROUP, format: 'pdf' });
    writeFileSync(file, Buffer.from(again.contentBase64, 'base64'));
    expect(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })).toContain('Số: 01/TB-UBND');
    expect(again.fileName).toBe('ket-qua-danh-gia-xep-loai-2026.pdf');
  });

  it('keeps a person with evaluation sheets in the registry', async () => {
    await app.call('evaluations.openPeriod', { period: '2026-03', groupName: GROUP, schemeId: 'nd335-2025', staffMemberIds: staffIds.slice(0, 1) });
    expect(await app.raw('staff.delete', { id: staffIds[0]! })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('phiếu đánh giá') } });
  });
});
