import type { ComputedForm, FormDefinition } from '../../../main/api/budget';
import { startWardWithAdmin, type TestApp } from '../support/runtime';

const Y = 2026;

/** Two leaves under one parent, and the first money column the clerk enters. */
function pickCells(form: FormDefinition) {
  const isParent = (code: string) => form.lines.some((l) => l.parent === code);
  const parent = form.lines.find((l) => form.lines.filter((c) => c.parent === l.code && !isParent(c.code)).length >= 2 && !l.formula)!;
  const [a, b] = form.lines.filter((l) => l.parent === parent.code && !isParent(l.code));
  const column = form.columns.find((c) => c.kind === 'money' && !c.formula)!;
  return { parent: parent.code, a: a!.code, b: b!.code, column: column.key };
}
const cell = (form: ComputedForm, line: string, column: string) => form.lines.find((l) => l.code === line)?.cells[column];

async function openYearWithApprovedEstimate(app: TestApp) {
  const sets = await app.call('budget.listFormSets', {});
  const builtIn = sets.find((s) => s.builtIn)!;
  await app.call('budget.openYear', { year: Y, formSetId: builtIn.id, formSetVersion: builtIn.version });
  const report = await app.call('budget.getReport', { year: Y, stage: 'estimateApproved' });
  const form = report.forms[0]!.form;
  return { form, ...pickCells(form) };
}

describe('budget disclosure service', () => {
  let app: TestApp;
  beforeEach(async () => (app = await startWardWithAdmin()));
  afterEach(() => app.dispose());

  it('opens a year with its seven stages and their legal deadlines', async () => {
    const sets = await app.call('budget.listFormSets', {});
    expect(sets.find((s) => s.builtIn)).toMatchObject({ verified: false });
    const set = sets[0]!;
    const year = await app.call('budget.openYear', { year: Y, formSetId: set.id, formSetVersion: set.version });
    expect(year.stages.map((s) => s.stage)).toEqual(['estimateSubmitted', 'estimateApproved', 'executionQ1', 'execution6m', 'execution9m', 'executionYear', 'finalAccounts']);
    const q1 = year.stages.find((s) => s.stage === 'executionQ1')!;
    expect(q1).toMatchObject({ triggerDate: '2026-03-31', deadline: '2026-04-15', status: 'notStarted' });
    expect(year.stages.find((s) => s.stage === 'estimateApproved')).toMatchObject({ deadline: null, status: 'notStarted' });
    const updated = await app.call('budget.updateStage', { year: Y, stage: 'estimateApproved', resolutionNumber: '12/NQ-HĐND', resolutionDate: '2026-01-05', submittedOn: null });
    expect(updated.stages.find((s) => s.stage === 'estimateApproved')).toMatchObject({ deadline: '2026-02-04', status: 'overdue' });
    const submitted = await app.call('budget.updateStage', { year: Y, stage: 'estimateSubmitted', resolutionNumber: '', resolutionDate: null, submittedOn: '2026-02-12' });
    // 5 working days across the Tết holiday of 2026 (16–20/2).
    expect(submitted.stages.find((s) => s.stage === 'estimateSubmitted')).toMatchObject({ deadline: '2026-02-26' });
    expect(await app.raw('budget.openYear', { year: Y, formSetId: set.id, formSetVersion: set.version })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('computes parents from the entered leaves and refuses bad entries naming the line, saving nothing', async () => {
    const { form, parent, a, b, column } = await openYearWithApprovedEstimate(app);
    const saved = await app.call('budget.saveFigures', {
      year: Y,
      stage: 'estimateApproved',
      formCode: form.code,
      changes: [
        { lineCode: a, columnKey: column, amount: 1_250_000_000 },
        { lineCode: b, columnKey: column, amount: 750_000_000 },
      ],
    });
    expect(cell(saved, parent, column)).toMatchObject({ value: 2_000_000_000, source: 'computed' });
    const negative = await app.raw('budget.saveFigures', { year: Y, stage: 'estimateApproved', formCode: form.code, changes: [{ lineCode: a, columnKey: column, amount: -5 }] });
    expect(negative).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    if (!negative.ok) expect(negative.error.message).toContain(form.lines.find((l) => l.code === a)!.label);
    const unknown = await app.raw('budget.saveFigures', { year: Y, stage: 'estimateApproved', formCode: form.code, changes: [{ lineCode: 'Z.99', columnKey: column, amount: 5 }] });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const huge = await app.raw('budget.saveFigures', { year: Y, stage: 'estimateApproved', formCode: form.code, changes: [{ lineCode: a, columnKey: column, amount: 1e16 }] });
    expect(huge).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: 'Số tiền vượt quá giới hạn cho phép (10^15 đồng).' } });
    const report = await app.call('budget.getReport', { year: Y, stage: 'estimateApproved' });
    expect(cell(report.forms[0]!, a, column)?.value).toBe(1_250_000_000);
  });

  it('locks figures once disclosed, keeps every version, and judges the stage on time or late', async () => {
    const { form, a, column } = await openYearWithApprovedEstimate(app);
    await app.call('budget.updateStage', { year: Y, stage: 'estimateApproved', resolutionNumber: '12/NQ-HĐND', resolutionDate: '2026-02-20', submittedOn: null });
    await app.call('budget.saveFigures', { year: Y, stage: 'estimateApproved', formCode: form.code, changes: [{ lineCode: a, columnKey: column, amount: 100 }] });
    const disclosed = await app.call('budget.recordDisclosure', {
      year: Y,
      stage: 'estimateApproved',
      postedOn: '2026-03-01',
      channels: ['postingHeadquarters', 'loudspeaker'],
      postingDays: 20,
      performedBy: 'Hoàng Thị Duyên',
    });
    expect(disclosed.warnings).toEqual(expect.arrayContaining([expect.stringContaining('ít hơn mức tối thiểu 30 ngày')]));
    expect(disclosed.year.stages.find((s) => s.stage === 'estimateApproved')).toMatchObject({ status: 'disclosedOnTime', disclosedOn: '2026-03-01' });
    const dashboard = await app.call('dashboard.get', {});
    expect(dashboard.recentlyDone).toEqual([
      { key: 'budget:2026:estimateApproved', title: 'Công khai ngân sách năm 2026: Dự toán được HĐND quyết định', doneOn: '2026-03-01', onTime: true, capability: 'budget' },
    ]);
    expect(dashboard.dueItems.map((i) => i.key)).not.toContain('budget:2026:estimateApproved');

    const locked = await app.raw('budget.saveFigures', { year: Y, stage: 'estimateApproved', formCode: form.code, changes: [{ lineCode: a, columnKey: column, amount: 200 }] });
    expect(locked).toMatchObject({ ok: false, error: { code: 'LOCKED' } });

    const correction = await app.call('budget.startCorrection', { year: Y, stage: 'estimateApproved', reason: 'Sửa số liệu theo Nghị quyết điều chỉnh' });
    expect(correction).toMatchObject({ version: 2, locked: false });
    expect(cell(correction.forms[0]!, a, column)?.value).toBe(100);
    await app.call('budget.saveFigures', { year: Y, stage: 'estimateApproved', formCode: form.code, changes: [{ lineCode: a, columnKey: column, amount: 200 }] });
    await app.call('budget.recordDisclosure', {
      year: Y,
      stage: 'estimateApproved',
      postedOn: '2026-04-10',
      channels: ['postingHeadquarters', 'noticeToPartyAndOrganisations'],
      postingDays: 30,
      performedBy: 'Hoàng Thị Duyên',
    });
    const v1 = await app.call('budget.getReport', { year: Y, stage: 'estimateApproved', version: 1 });
    expect(v1.versions.map((v) => [v.version, v.status])).toEqual([[1, 'superseded'], [2, 'disclosed']]);
    expect(v1.versions[1]!.correctionReason).toBe('Sửa số liệu theo Nghị quyết điều chỉnh');
    expect(cell(v1.forms[0]!, a, column)?.value).toBe(100);
    const year = await app.call('budget.getYear', { year: Y });
    expect(year.stages.find((s) => s.stage === 'estimateApproved')).toMatchObject({ status: 'disclosedOnTime', disclosedOn: '2026-04-10', currentVersion: 2 });

  });

  it('lists overdue and coming stages on the dashboard', async () => {
    await openYearWithApprovedEstimate(app);
    app.clock.set('2026-04-20T02:00:00.000Z');
    const items = (await app.call('dashboard.get', {})).dueItems.filter((i) => i.capability === 'budget');
    expect(items).toEqual([
      expect.objectContaining({ key: 'budget:2026:executionQ1', dueDate: '2026-04-15', overdue: true, title: 'Công khai ngân sách năm 2026: Thực hiện quý I' }),
    ]);
    app.clock.set('2026-06-20T02:00:00.000Z');
    const june = (await app.call('dashboard.get', {})).dueItems.filter((i) => i.capability === 'budget');
    expect(june.map((i) => [i.key, i.overdue])).toEqual([['budget:2026:executionQ1', true], ['budget:2026:execution6m', false]]);
  });

  it('imports a province form set from a file, refusing malformed files and duplicates', async () => {
    expect(await app.raw('budget.importFormSet', { json: '{ "id": ' })).toMatchObject({ ok: false, error: { code: 'INVALID_FILE', message: expect.stringContaining('JSON') } });
    expect(await app.raw('budget.importFormSet', { json: '{"id":"x"}' })).toMatchObject({ ok: false, error: { code: 'INVALID_FILE' } });
    const builtIn = (await app.call('budget.listFormSets', {}))[0]!;
    const report = await openYearWithApprovedEstimate(app);
    const province = {
      id: 'tinh-minh-son-2026',
      version: 1,
      name: 'Bộ biểu công khai ngân sách xã của tỉnh Minh Sơn',
      source: 'Quyết định của UBND tỉnh (ví dụ)',
      verified: true,
      forms: [report.form],
    };
    expect(await app.call('budget.importFormSet', { json: JSON.stringify(province) })).toEqual({ id: 'tinh-minh-son-2026', version: 1 });
    expect(await app.raw('budget.importFormSet', { json: JSON.stringify(province) })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const ids = (await app.call('budget.listFormSets', {})).map((s) => s.id);
    expect(ids).toEqual([builtIn.id, 'tinh-minh-son-2026']);
    const opened = await app.call('budget.openYear', { year: 2027, formSetId: 'tinh-minh-son-2026', formSetVersion: 1 });
    expect(opened).toMatchObject({ formSetName: province.name, formSetVerified: true });
  });

  it('lets a viewer read but not enter figures', async () => {
    const { form, a, column } = await openYearWithApprovedEstimate(app);
    await app.call('accounts.create', { username: 'xem', fullName: 'Người Xem', role: 'viewer', password: 'xem-12345678' });
    await app.call('auth.login', { username: 'xem', password: 'xem-12345678' }, 'viewer');
    expect(await app.call('budget.getYear', { year: Y }, 'viewer')).toMatchObject({ year: Y });
    const refused = await app.raw('budget.saveFigures', { year: Y, stage: 'estimateApproved', formCode: form.code, changes: [{ lineCode: a, columnKey: column, amount: 1 }] }, 'viewer');
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
