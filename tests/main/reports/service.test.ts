import type { QuarterlyReport, ReportSectionKey } from '../../../main/api/reports';
import type { Db } from '../../../main/db/database';
import { getInstallation } from '../../../main/installation/service';
import { quarterlyReportsExchange } from '../../../main/reports/exchange';
import { wardDb } from '../exchange/outbound/seed';
import { refusalOf, type TestApp } from '../support/runtime';
import { Q1, Q2, wardWithRecords } from './fixtures';

const sectionOf = (report: QuarterlyReport, key: ReportSectionKey) => report.sections.find((section) => section.key === key)!;
const figures = (report: QuarterlyReport, key: ReportSectionKey) => Object.fromEntries(sectionOf(report, key).figures.map((f) => [f.label, f.value]));

describe('the quarterly report on democracy implementation', () => {
  let app: TestApp;
  beforeEach(async () => (app = await wardWithRecords()));
  afterEach(() => app.dispose());

  it('compiles the eight sections from the records of its quarter only', async () => {
    expect(await app.call('quarterlyReport.get', Q1)).toBeNull();
    const q1 = await app.call('quarterlyReport.open', Q1);
    expect(q1).toMatchObject({ period: '2026Q1', from: '2026-01-01', to: '2026-03-31', version: 1, status: 'draft', number: null, hasRecords: true });
    expect(q1.sections.map((s) => s.title)).toEqual([
      'Kết quả thực hiện công khai',
      'Nhân dân bàn và quyết định trực tiếp',
      'Nhân dân tham gia ý kiến',
      'Nhân dân kiểm tra, giám sát',
      'Ban Thanh tra nhân dân',
      'Ban Giám sát đầu tư của cộng đồng',
      'Đơn thư khiếu nại, tố cáo; ý kiến, kiến nghị',
      'Họp thôn, tổ dân phố',
    ]);
    expect(figures(q1, 'disclosures')).toMatchObject({ 'Tổng số nội dung đã công khai': 1 });
    expect(sectionOf(q1, 'disclosures').items).toEqual([{ date: '2026-03-02', text: 'Danh sách hộ nghèo, hộ cận nghèo năm 2026 (K7)' }]);
    // The secretary's election is procedure, not a matter residents decide.
    expect(figures(q1, 'residentsDecide')).toEqual({
      'Cuộc họp cộng đồng dân cư bàn và quyết định': 1,
      'Đợt phát phiếu lấy ý kiến hộ gia đình': 0,
      'Nội dung đã biểu quyết': 1,
      'Nội dung được thông qua': 1,
    });
    expect(sectionOf(q1, 'residentsDecide').items).toEqual([
      { date: '2026-03-10', text: 'Tổ dân phố 5: Họp bàn làm đường ngõ 12 – Họp bàn làm đường ngõ 12: mức đóng góp 500.000 đồng/hộ: được thông qua' },
    ]);
    expect(figures(q1, 'petitions')).toMatchObject({ 'Tiếp nhận': 1, 'Đã trả lời': 0 });
    expect(sectionOf(q1, 'petitions').items[0]!.text).toBe('Đường dây nóng: tiếp nhận 1, trả lời 0, chuyển 0, quá hạn 1');
    expect(JSON.stringify(q1)).not.toContain('Nguyễn Văn Bình');
    expect(sectionOf(q1, 'groupMeetings').defaultNarrative).toBe('Trong quý, 1/2 thôn, tổ dân phố đã tổ chức 1 cuộc họp.');
    expect(sectionOf(q1, 'inspectionBoard').narrative).toBe('Trong quý, Ban Thanh tra nhân dân chưa tiến hành cuộc kiểm tra, giám sát nào.');

    const q2 = await app.call('quarterlyReport.open', Q2);
    expect(figures(q2, 'disclosures')).toMatchObject({ 'Tổng số nội dung đã công khai': 0 });
    expect(figures(q2, 'residentsDecide')).toMatchObject({ 'Nội dung đã biểu quyết': 1, 'Nội dung được thông qua': 0 });
    expect(sectionOf(q2, 'residentsDecide').items[0]!.text).toMatch(/lát vỉa hè.*không được thông qua$/);
    expect(figures(q2, 'petitions')).toMatchObject({ 'Tiếp nhận': 0 });
  });

  it('refuses a quarter that has not begun, and writes from an account that may only read', async () => {
    expect(await refusalOf(app.call('quarterlyReport.open', { year: 2026, quarter: 4 }))).toMatchObject({
      code: 'BAD_INPUT',
      message: 'Chưa lập được báo cáo quý IV năm 2026 vì quý này chưa bắt đầu.',
    });
    await app.call('accounts.create', { username: 'xem', fullName: 'Người xem', role: 'viewer', password: 'mat-khau-manh-2' });
    await app.call('auth.login', { username: 'xem', password: 'mat-khau-manh-2' }, 'viewer');
    expect(await app.raw('quarterlyReport.open', Q1, 'viewer')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await app.call('quarterlyReport.get', Q1, 'viewer')).toBeNull();
  });

  it('keeps a rewritten narrative when the figures are updated; an untouched one follows them', async () => {
    await app.call('quarterlyReport.open', Q2);
    const edited = await app.call('quarterlyReport.saveNarrative', { ...Q2, section: 'residentsDecide', text: '  Tổ dân phố 5 chưa thống nhất việc lát vỉa hè, sẽ họp lại.  ' });
    expect(sectionOf(edited, 'residentsDecide')).toMatchObject({ narrative: 'Tổ dân phố 5 chưa thống nhất việc lát vỉa hè, sẽ họp lại.', narrativeEdited: true });

    await app.call('disclosures.save', { group: 'K4', title: 'Quy chế thực hiện dân chủ của phường', status: 'posted', disclosedOn: '2026-04-15', channels: ['posting'], postingFrom: '2026-04-15', postingPermanent: true });
    const stale = await app.call('quarterlyReport.get', Q2);
    expect(figures(stale!, 'disclosures')['Tổng số nội dung đã công khai']).toBe(0);
    app.clock.advance(60_000);
    const refreshed = await app.call('quarterlyReport.refresh', Q2);
    expect(refreshed.compiledAt > stale!.compiledAt).toBe(true);
    expect(figures(refreshed, 'disclosures')).toMatchObject({ 'Tổng số nội dung đã công khai': 1, 'K4. Quy chế thực hiện dân chủ, nhiệm vụ của cán bộ, công chức, quy tắc ứng xử': 1 });
    expect(sectionOf(refreshed, 'disclosures').narrative).toMatch(/^Trong quý, Ủy ban nhân dân đã công khai 1 nội dung thuộc 1 nhóm/);
    expect(sectionOf(refreshed, 'residentsDecide').narrative).toBe('Tổ dân phố 5 chưa thống nhất việc lát vỉa hè, sẽ họp lại.');

    const reset = await app.call('quarterlyReport.saveNarrative', { ...Q2, section: 'residentsDecide', text: '' });
    expect(sectionOf(reset, 'residentsDecide')).toMatchObject({ narrative: sectionOf(reset, 'residentsDecide').defaultNarrative, narrativeEdited: false });
  });

  describe('once finalized', () => {
    let db: Db;
    beforeEach(async () => {
      await app.call('quarterlyReport.open', Q1);
      await app.call('quarterlyReport.saveNarrative', { ...Q1, section: 'disclosures', text: 'Đã công khai danh sách hộ nghèo đúng thời hạn.' });
      db = wardDb(app);
    });
    afterEach(() => db.close());

    it('takes the next BC number of the year, dated today, and freezes figures and narratives', async () => {
      const finalized = await app.call('quarterlyReport.finalize', Q1);
      expect(finalized).toMatchObject({ status: 'finalized', number: '01/BC-UBND', issuedOn: '2026-07-02', version: 1 });
      expect(finalized.finalizedVersions).toEqual([expect.objectContaining({ version: 1, number: '01/BC-UBND', issuedOn: '2026-07-02', correctionReason: '' })]);
      expect(sectionOf(finalized, 'disclosures').narrative).toBe('Đã công khai danh sách hộ nghèo đúng thời hạn.');

      const refusal = await refusalOf(app.call('quarterlyReport.saveNarrative', { ...Q1, section: 'petitions', text: 'Sửa sau khi đã hoàn thành.' }));
      expect(refusal).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('đã hoàn thành (số 01/BC-UBND)') });
      expect(await refusalOf(app.call('quarterlyReport.refresh', Q1))).toMatchObject({ code: 'CONFLICT' });
      expect(await refusalOf(app.call('quarterlyReport.finalize', Q1))).toMatchObject({ code: 'CONFLICT' });

      // A disclosure recorded later does not change the finalized figures.
      await app.call('disclosures.save', { group: 'K4', title: 'Quy chế ghi muộn', status: 'posted', disclosedOn: '2026-03-20', channels: ['posting'], postingFrom: '2026-03-20', postingPermanent: true });
      expect(figures((await app.call('quarterlyReport.get', Q1))!, 'disclosures')['Tổng số nội dung đã công khai']).toBe(1);
      const registered = db.prepare("SELECT symbol, entity FROM document_register WHERE type_code = 'BC'").all();
      expect(registered).toEqual([{ symbol: '01/BC-UBND', entity: 'quarterlyReport' }]);
    });

    it('refuses a direct change of the finalized row or its narratives in the database itself', async () => {
      await app.call('quarterlyReport.finalize', Q1);
      expect(() => db.prepare("UPDATE quarterly_report SET number = '99/BC-UBND' WHERE year = 2026 AND quarter = 1").run()).toThrow(/immutable/);
      expect(() => db.prepare('DELETE FROM quarterly_report WHERE year = 2026 AND quarter = 1').run()).toThrow(/immutable/);
      expect(() => db.prepare("UPDATE quarterly_report_narrative SET text = 'khác'").run()).toThrow(/immutable/);
      expect(() => db.prepare('DELETE FROM quarterly_report_narrative').run()).toThrow(/immutable/);
      expect(db.prepare("SELECT count(*) AS n FROM quarterly_report_narrative").get()).toEqual({ n: 8 });
    });

    it('is corrected by a new version with its reason and its own number; the first version stays', async () => {
      await app.call('quarterlyReport.finalize', Q1);
      expect(await refusalOf(app.call('quarterlyReport.startCorrection', { ...Q1, reason: '' }))).toMatchObject({ code: 'BAD_INPUT' });
      const draft = await app.call('quarterlyReport.startCorrection', { ...Q1, reason: 'Bổ sung quy chế công khai ghi muộn' });
      expect(draft).toMatchObject({ version: 2, status: 'draft', number: null, correctionReason: 'Bổ sung quy chế công khai ghi muộn' });
      expect(sectionOf(draft, 'disclosures').narrative).toBe('Đã công khai danh sách hộ nghèo đúng thời hạn.');
      expect(await refusalOf(app.call('quarterlyReport.startCorrection', { ...Q1, reason: 'Lần nữa' }))).toMatchObject({ code: 'CONFLICT' });

      const corrected = await app.call('quarterlyReport.finalize', Q1);
      expect(corrected).toMatchObject({ version: 2, number: '02/BC-UBND' });
      expect(corrected.finalizedVersions.map((v) => [v.version, v.number])).toEqual([
        [1, '01/BC-UBND'],
        [2, '02/BC-UBND'],
      ]);
      const first = db.prepare('SELECT status, number, correction_reason FROM quarterly_report WHERE version = 1').get();
      expect(first).toEqual({ status: 'finalized', number: '01/BC-UBND', correction_reason: '' });
    });

    it('sends the latest finalized version of each quarter up, never a draft', async () => {
      const installationId = getInstallation(db).installationId;
      await app.call('quarterlyReport.open', Q2);
      expect(quarterlyReportsExchange.records(db)).toEqual([]);

      await app.call('quarterlyReport.finalize', Q1);
      await app.call('quarterlyReport.startCorrection', { ...Q1, reason: 'Bổ sung số liệu' });
      const [record, ...others] = quarterlyReportsExchange.records(db);
      expect(others).toEqual([]);
      expect(record).toMatchObject({
        id: `${installationId}:quarterlyReport:2026Q1`,
        period: '2026Q1',
        data: { year: 2026, quarter: 1, version: 1, number: '01/BC-UBND', issuedOn: '2026-07-02', correctionReason: '' },
      });
      const sent = record!.data as { sections: { key: string; narrative: string; figures: { label: string; value: number }[] }[] };
      expect(sent.sections).toHaveLength(8);
      expect(sent.sections[0]).toMatchObject({ key: 'disclosures', narrative: 'Đã công khai danh sách hộ nghèo đúng thời hạn.', figures: expect.arrayContaining([{ label: 'Tổng số nội dung đã công khai', value: 1 }]) });

      await app.call('quarterlyReport.finalize', Q1);
      expect(quarterlyReportsExchange.records(db).map((r) => (r.data as { version: number }).version)).toEqual([2]);
    });
  });
});
