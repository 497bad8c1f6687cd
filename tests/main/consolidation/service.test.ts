import ExcelJS from 'exceljs';
import type { CompletenessMatrix, Out } from '../../../main/api';
import { main } from '../../../main/cli/main';
import { k7Disclosure } from '../disclosures/fixtures';
import { addStaff, closedEvaluationYear, finalizedConference, petitionEntry, PROFILE } from '../exchange/outbound/seed';
import { ADMIN, makeTempDir, startTestApp, startWardWithAdmin, type TestApp } from '../support/runtime';

const OFFICE_PROFILE = {
  ...PROFILE, name: 'Sở Nội vụ thành phố Hà Nội', kind: 'superiorOffice' as const, code: PROFILE.superiorCode,
  superiorName: 'UBND thành phố Hà Nội', superiorCode: 'UBND-HN', superiorEmail: '', email: '',
};
const SECOND = { ...PROFILE, code: '00002', name: 'Phường Hàng Bông' };

const states = (m: CompletenessMatrix, unitCode: string) =>
  Object.fromEntries(m.columns.map((c, i) => [`${c.dataset} ${c.period}`, m.rows.find((r) => r.unitCode === unitCode)!.cells[i]!.state]));

/** The data rows of the first sheet: those starting with a row number, as plain values. */
async function sheetRows(file: Out<'consolidation.exportXlsx'>): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    if (typeof values[0] === 'number') rows.push(values.map((v) => (v === undefined ? null : v)));
  });
  return rows;
}

describe('consolidation at the superior office, from real ward batches', () => {
  let ward: TestApp;
  let second: TestApp;
  let office: TestApp;
  beforeAll(async () => {
    ward = await startWardWithAdmin();
    await ward.call('ward.saveProfile', PROFILE);
    const staff = await addStaff(ward, 3);
    await finalizedConference(ward, staff);
    await closedEvaluationYear(ward, staff);
    await ward.call('petitions.save', petitionEntry);
    await ward.call('disclosures.save', k7Disclosure);
    second = await startWardWithAdmin();
    await second.call('ward.saveProfile', SECOND);
    office = await startTestApp();
    await office.call('setup.createAdministrator', { ...ADMIN, installationRole: 'superior' });
    await office.call('ward.saveProfile', OFFICE_PROFILE);
    const usb = makeTempDir('sdc-usb-');
    ward.dialogs.folderPath = usb;
    for (const app of [ward, second]) {
      await app.call('exchange.createKey', {});
      const enrolment = await app.call('exchange.enrolmentFile', {});
      await office.call('exchange.registerUnit', { content: Buffer.from(enrolment.contentBase64, 'base64').toString('utf8') });
    }
  });
  afterAll(() => [ward, second, office].forEach((app) => app?.dispose()));

  async function send(kind: 'delta' | 'snapshot') {
    const exported = await ward.call('exchange.exportBatch', { kind });
    if (exported.status !== 'written') throw new Error(exported.message);
    office.dialogs.openPath = exported.path;
    await office.call('exchange.importApply', { token: (await office.call('exchange.importPreview', {})).token });
  }

  it('shows every registered ward, nothing received yet', async () => {
    const m = await office.call('consolidation.completeness', { year: 2026 });
    expect(m.rows.map((r) => r.unitCode)).toEqual([PROFILE.code, SECOND.code]);
    expect(m.rows.flatMap((r) => r.cells.map((c) => c.state)).every((s) => s === 'notReceived')).toBe(true);
    expect(m.total).toMatchObject({ reported: 0, expected: 2 * m.columns.length, percent: 0 });
  });

  it('marks what a delta covered as received, then a late snapshot as late; the second ward stays not received', async () => {
    await send('delta');
    let m = await office.call('consolidation.completeness', { year: 2026, quarter: null });
    expect(states(m, PROFILE.code)).toMatchObject({
      'meeting_minutes 2026': 'received',
      'evaluation_grades 2026': 'received',
      'petitions 2026': 'received',
      'disclosures 2026': 'received',
      'budget_stages 2026': 'notReceived',
      'boards 2026': 'notReceived',
    });
    expect(Object.values(states(m, SECOND.code)).every((s) => s === 'notReceived')).toBe(true);
    expect(m.columns.find((c) => c.dataset === 'petitions')!.rate).toEqual({ expected: 2, reported: 1, onTime: 1, percent: 50 });

    office.clock.set('2027-02-01T03:00:00.000Z');
    await send('snapshot');
    m = await office.call('consolidation.completeness', { year: 2026, quarter: null });
    const petitions = m.rows.find((r) => r.unitCode === PROFILE.code)!.cells[m.columns.findIndex((c) => c.dataset === 'petitions')]!;
    expect(petitions).toMatchObject({ state: 'late', completeAt: '2027-02-01T03:00:00.000Z', reason: 'Nhận đủ ngày 01/02/2027, sau hạn 15/01/2027.' });
    expect(m.lateOrMissing.filter((r) => r.unitCode === SECOND.code).every((r) => r.cell.overdue)).toBe(true);
    // Another year's matrix does not count 2026's data.
    expect(states(await office.call('consolidation.completeness', { year: 2025 }), PROFILE.code)['petitions 2025']).toBe('notReceived');
  });

  it('consolidates the tables of the year across wards', async () => {
    const tables = await office.call('consolidation.tables', { year: 2026 });
    expect(tables.meetings).toEqual([
      { unitCode: PROFILE.code, unitName: PROFILE.name, type: 'staffConference', typeLabel: 'Hội nghị cán bộ, công chức, viên chức, người lao động', held: 1, decisions: 1, passed: 1 },
    ]);
    expect(tables.grades).toEqual([expect.objectContaining({ unitCode: PROFILE.code, groups: 1 })]);
    const g = tables.grades[0]!;
    expect(g.excellent + g.good + g.satisfactory + g.unsatisfactory).toBe(3);
    expect(tables.budget).toEqual([]);
    expect((await office.call('consolidation.tables', { year: 2025 })).meetings).toEqual([]);
  });

  it('exports each view to XLSX with the rows the screen shows', async () => {
    const m = await office.call('consolidation.completeness', { year: 2026 });
    const matrix = await office.call('consolidation.exportXlsx', { year: 2026, view: 'matrix' });
    expect(matrix.fileName).toBe('tong-hop-matrix-2026.xlsx');
    const rows = await sheetRows(matrix);
    expect(rows.map((r) => r.slice(1, 3))).toEqual(m.rows.map((r) => [r.unitCode, r.unitName]));
    expect(rows[0]!.slice(3)).toEqual(m.rows[0]!.cells.map((c) => (c.state === 'notReceived' ? 'Chưa nhận' : expect.stringMatching(/^(Đã nhận|Chậm) – \d\d\/\d\d\/\d{4}$/))));
    const meetings = await sheetRows(await office.call('consolidation.exportXlsx', { year: 2026, view: 'meetings' }));
    expect(meetings).toEqual([[1, PROFILE.code, PROFILE.name, 'Hội nghị cán bộ, công chức, viên chức, người lao động', 1, 1, 1]]);
    const late = await sheetRows(await office.call('consolidation.exportXlsx', { year: 2026, view: 'lateOrMissing' }));
    expect(late.map((r) => [r[1], r[4]])).toEqual(m.lateOrMissing.map((r) => [r.unitCode, r.period]));
  });

  it('lets a viewer of the office read the matrix', async () => {
    await office.call('accounts.create', { username: 'xem', fullName: 'Người xem', role: 'viewer', password: 'mat-khau-xem-1' });
    await office.call('auth.login', { username: 'xem', password: 'mat-khau-xem-1' }, 'viewer');
    expect((await office.call('consolidation.completeness', { year: 2026 }, 'viewer')).rows).toHaveLength(2);
  });

  it('prints the matrix on the command line after the installations', async () => {
    office.runtime.close();
    const out: string[] = [];
    const code = await main(['--data-dir', office.dataDir, 'status', '--year', '2026'], { out: (l) => out.push(l), err: (l) => out.push(l), env: {} });
    expect(code).toBe(0);
    const matrixAt = out.indexOf('Tình hình nhận dữ liệu 2026:');
    expect(out.slice(0, matrixAt).filter((l) => !l.startsWith('  '))).toEqual([`${PROFILE.code} ${PROFILE.name}: 2 lô đã áp dụng`, `${SECOND.code} ${SECOND.name}: 0 lô đã áp dụng`]);
    expect(out[matrixAt + 1]).toMatch(new RegExp(`^${PROFILE.code} ${PROFILE.name}: budget_stages 2026=Chưa nhận, meeting_minutes 2026=Chậm, `));
    expect(out.at(-1)).toMatch(/^Tỷ lệ báo cáo: 4\/\d+ \(\d+(\.\d)?%\), đúng hạn 0$/);
    const en: string[] = [];
    await main(['--data-dir', office.dataDir, '--lang', 'en', 'status', '--year', '2026', '--quarter', '1'], { out: (l) => en.push(l), err: (l) => en.push(l), env: {} });
    // A quarter holds only the quarterly content; the yearly content is in the whole year's view.
    expect(en).toContain(`${SECOND.code} ${SECOND.name}: quarterly_reports 2026Q1=missing`);
    const json: string[] = [];
    await main(['--data-dir', office.dataDir, '--json', 'status', '--year', '2026'], { out: (l) => json.push(l), err: (l) => json.push(l), env: {} });
    expect(JSON.parse(json[0]!)).toMatchObject({ units: [{ unitCode: PROFILE.code }, { unitCode: SECOND.code }], completeness: { year: 2026, total: { reported: 4 } } });
    await office.restart();
  });
});
