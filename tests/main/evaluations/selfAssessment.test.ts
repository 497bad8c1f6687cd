import { startWardWithAdmin, type TestApp, refusalOf } from '../support/runtime';

const EXAMPLE = { setId: 'tiep-can-phap-luat-example', version: 1 };
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

/** Every indicator of the example at `share` of its maximum, rounded down to the hundredth. */
async function scoreAll(app: TestApp, assessmentId: number, share: number) {
  const assessment = await app.call('criteria.getAssessment', { id: assessmentId });
  for (const item of assessment.indicators) {
    await app.call('criteria.saveSelfScore', { assessmentId, indicatorKey: item.key, score: Math.floor(item.maxPoints * share * 100) / 100, note: '' });
  }
}

describe('the ward self-assesses against a criteria set', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startWardWithAdmin();
    await app.call('criteria.listSets', {});
  });
  afterEach(() => app.dispose());

  it('totals, subtotals, gaps and pass/fail follow the set, with the reason named', async () => {
    const opened = await app.call('criteria.openAssessment', { ...EXAMPLE, year: 2026 });
    expect(opened).toMatchObject({ year: 2026, example: true, self: { total: 0, passed: false, unscored: opened.indicators.length } });
    expect(await app.call('criteria.openAssessment', { ...EXAMPLE, year: 2026 })).toMatchObject({ id: opened.id });

    await scoreAll(app, opened.id, 0.9);
    let assessment = await app.call('criteria.getAssessment', { id: opened.id });
    expect(assessment.self).toMatchObject({ total: 90, gap: 10, passed: true, unscored: 0, reasons: [] });

    const first = assessment.indicators.find((item) => item.criterionKey === 'tc1')!;
    assessment = await app.call('criteria.saveSelfScore', { assessmentId: opened.id, indicatorKey: first.key, score: 0, note: 'Chưa ban hành văn bản nào' });
    const other = assessment.indicators.find((item) => item.criterionKey === 'tc1' && item.key !== first.key)!;
    assessment = await app.call('criteria.saveSelfScore', { assessmentId: opened.id, indicatorKey: other.key, score: 2.5, note: '' });
    const criterion = assessment.criteria.find((entry) => entry.key === 'tc1')!;
    expect(criterion).toMatchObject({ selfSubtotal: 2.5, required: 5, selfPassed: false });
    expect(assessment.self.passed).toBe(false);
    expect(assessment.self.reasons.join('\n')).toContain('Tiêu chí 1: Ban hành văn bản đạt 2,5 điểm, dưới 50 % điểm tối đa 10 (cần ít nhất 5).');
    expect(assessment.indicators.find((item) => item.key === first.key)).toMatchObject({ selfScore: 0, selfNote: 'Chưa ban hành văn bản nào' });
  });

  it('refuses a score above the indicator maximum or for an unknown indicator, keeping the stored score', async () => {
    const { id, indicators } = await app.call('criteria.openAssessment', { ...EXAMPLE, year: 2026 });
    const item = indicators[0]!;
    await app.call('criteria.saveSelfScore', { assessmentId: id, indicatorKey: item.key, score: 4, note: '' });
    expect(await refusalOf(app.call('criteria.saveSelfScore', { assessmentId: id, indicatorKey: item.key, score: item.maxPoints + 0.5, note: '' }))).toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringContaining('vượt điểm tối đa'),
    });
    expect(await refusalOf(app.call('criteria.saveSelfScore', { assessmentId: id, indicatorKey: 'khongCo', score: 1, note: '' }))).toMatchObject({ code: 'BAD_INPUT' });
    expect((await app.call('criteria.getAssessment', { id })).indicators[0]).toMatchObject({ selfScore: 4 });
  });

  it('links evidence from the ward records, shows a deleted record as gone, and refuses links to records that do not exist', async () => {
    const { id, indicators } = await app.call('criteria.openAssessment', { ...EXAMPLE, year: 2026 });
    const file = await app.call('attachments.add', { entity: 'criteriaAssessment', entityId: String(id), fileName: 'Danh mục văn bản.png', contentBase64: PNG.toString('base64') });
    const meeting = await app.call('meetings.savePlan', {
      type: 'staffConference',
      title: 'Hội nghị cán bộ, công chức năm 2026',
      date: '2026-02-27',
      startTime: '08:00',
      place: 'Hội trường UBND phường',
      participants: [],
    });
    const candidates = await app.call('criteria.evidenceCandidates', { year: 2026 });
    expect(candidates.map((record) => [record.kind, record.label])).toEqual([
      ['meeting', 'Hội nghị cán bộ, công chức năm 2026 (27/02/2026)'],
      ['attachment', 'Tệp "Danh mục văn bản.png" (đính kèm hồ sơ tự chấm điểm)'],
    ]);

    const key = indicators[0]!.key;
    await app.call('criteria.addEvidence', { assessmentId: id, indicatorKey: key, kind: 'meeting', refId: String(meeting.id) });
    let assessment = await app.call('criteria.addEvidence', { assessmentId: id, indicatorKey: key, kind: 'attachment', refId: String(file.id) });
    expect(assessment.indicators[0]!.evidence.map((link) => link.label)).toEqual([candidates[0]!.label, candidates[1]!.label]);
    expect(await refusalOf(app.call('criteria.addEvidence', { assessmentId: id, indicatorKey: key, kind: 'meeting', refId: String(meeting.id) }))).toMatchObject({
      code: 'CONFLICT',
    });
    expect(await refusalOf(app.call('criteria.addEvidence', { assessmentId: id, indicatorKey: key, kind: 'budgetReport', refId: '2026:estimateApproved:1' }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await refusalOf(app.call('criteria.addEvidence', { assessmentId: id, indicatorKey: key, kind: 'meeting', refId: '../1' }))).toMatchObject({ code: 'NOT_FOUND' });

    await app.call('meetings.delete', { id: meeting.id });
    assessment = await app.call('criteria.getAssessment', { id });
    expect(assessment.indicators[0]!.evidence[0]).toMatchObject({ kind: 'meeting', label: 'Cuộc họp đã bị xóa', date: null });
    const linkId = assessment.indicators[0]!.evidence[0]!.id;
    assessment = await app.call('criteria.removeEvidence', { assessmentId: id, evidenceId: linkId });
    expect(assessment.indicators[0]!.evidence).toHaveLength(1);
  });

  it('appraised scores show beside the self-scores, and afterwards the self column no longer changes', async () => {
    const { id, indicators } = await app.call('criteria.openAssessment', { ...EXAMPLE, year: 2026 });
    await scoreAll(app, id, 1);
    const [first, second] = indicators;
    const scores = Object.fromEntries(indicators.map((item) => [item.key, item.maxPoints]));
    scores[first!.key] = first!.maxPoints - 1;
    const appraised = await app.call('criteria.saveAppraisal', { assessmentId: id, appraisedOn: '2026-12-15', appraiser: 'Sở Tư pháp', scores, notes: { [first!.key]: 'Thiếu danh mục' } });
    expect(appraised).toMatchObject({ appraisedOn: '2026-12-15', self: { total: 100 }, appraised: { total: 99, passed: true } });
    expect(appraised.indicators[0]).toMatchObject({ selfScore: first!.maxPoints, appraisedScore: first!.maxPoints - 1, appraisedNote: 'Thiếu danh mục' });
    expect(appraised.indicators[1]).toMatchObject({ selfScore: second!.maxPoints, appraisedScore: second!.maxPoints });

    expect(await refusalOf(app.call('criteria.saveSelfScore', { assessmentId: id, indicatorKey: first!.key, score: 1, note: '' }))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('đã thẩm định'),
    });
    const tooHigh = await refusalOf(app.call('criteria.saveAppraisal', { assessmentId: id, appraisedOn: '2026-12-15', appraiser: '', scores: { [first!.key]: 99 } }));
    expect(tooHigh).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('vượt điểm tối đa') });
  });

  it('compares each criterion with last year of the same set', async () => {
    const last = await app.call('criteria.openAssessment', { ...EXAMPLE, year: 2025 });
    await scoreAll(app, last.id, 0.5);
    const current = await app.call('criteria.openAssessment', { ...EXAMPLE, year: 2026 });
    expect(current.criteria.map((entry) => entry.lastYear)).toEqual(last.criteria.map((entry) => entry.maxPoints / 2));
    expect((await app.call('criteria.listAssessments', {})).map((summary) => [summary.year, summary.selfTotal])).toEqual([
      [2026, 0],
      [2025, 50],
    ]);
  });

  it('viewers read the assessment but cannot score it', async () => {
    const { id, indicators } = await app.call('criteria.openAssessment', { ...EXAMPLE, year: 2026 });
    await app.call('accounts.create', { username: 'xem', fullName: 'Người xem', role: 'viewer', password: 'mat-khau-xem-1' });
    await app.call('auth.login', { username: 'xem', password: 'mat-khau-xem-1' }, 'viewer');
    expect((await app.raw('criteria.getAssessment', { id }, 'viewer')).ok).toBe(true);
    const refused = await app.raw('criteria.saveSelfScore', { assessmentId: id, indicatorKey: indicators[0]!.key, score: 1, note: '' }, 'viewer');
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
  });
});
