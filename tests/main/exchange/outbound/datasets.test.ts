import type { Db } from '../../../../main/db/database';
import { boardsExchange } from '../../../../main/boards/exchange';
import { budgetExchange } from '../../../../main/budget/exchange';
import { exchangedDatasets } from '../../../../main/datasets';
import { disclosuresExchange } from '../../../../main/disclosures/exchange';
import { criteriaAssessmentsExchange, evaluationGradesExchange } from '../../../../main/evaluations/exchange';
import { datasetSchema } from '../../../../main/exchange/envelope/format';
import { getInstallation } from '../../../../main/installation/service';
import { meetingsExchange } from '../../../../main/meetings/exchange';
import { petitionsExchange } from '../../../../main/petitions/exchange';
import { discloseBudgetEstimate, k7Disclosure } from '../../disclosures/fixtures';
import { startWardWithAdmin, type TestApp } from '../../support/runtime';
import { addStaff, boardWithRecommendation, closedEvaluationYear, finalizedConference, GROUP, PERSON, petitionEntry, PROFILE, wardDb } from './seed';

describe('the datasets a ward sends up', () => {
  let app: TestApp;
  let db: Db;
  let installationId: string;
  beforeEach(async () => {
    app = await startWardWithAdmin();
    await app.call('ward.saveProfile', PROFILE);
    db = wardDb(app);
    installationId = getInstallation(db).installationId;
  });
  afterEach(() => {
    db.close();
    app.dispose();
  });

  it('are registered once each, under names the batch format accepts', () => {
    const names = exchangedDatasets.map((d) => d.dataset);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(datasetSchema.safeParse(name).success).toBe(true);
  });

  it('budget: every stage of the year, with the figures of the disclosed report only', async () => {
    await discloseBudgetEstimate(app);
    const records = budgetExchange.records(db);
    const approved = records.find((r) => r.id === `${installationId}:2026:estimateApproved`);
    expect(approved).toMatchObject({ period: '2026', data: { year: 2026, stage: 'estimateApproved', disclosed: { reportVersion: 1, postedOn: '2026-03-03', postingDays: 30 } } });
    expect((approved!.data as { disclosed: { figures: { amount: number }[] } }).disclosed.figures.map((f) => f.amount)).toContain(1_000_000);
    expect(records.filter((r) => r !== approved).every((r) => (r.data as { disclosed: unknown }).disclosed === null)).toBe(true);
  });

  it('meetings: finalized minutes only, with type, date, counts and the decisions with their votes', async () => {
    const staffIds = await addStaff(app, 3);
    const meeting = await finalizedConference(app, staffIds);
    await app.call('meetings.savePlan', { type: 'staffConference', title: 'Hội nghị chưa họp', date: '2026-12-20', startTime: '08:00', place: 'Hội trường', participants: [] });
    expect(meetingsExchange.records(db)).toEqual([
      {
        id: `${installationId}:${meeting.id}`,
        period: '2026',
        data: expect.objectContaining({
          type: 'staffConference',
          date: '2026-02-27',
          title: 'Hội nghị cán bộ, công chức năm 2026',
          minutesVersion: 1,
          eligibleCount: 3,
          presentCount: 3,
          decisions: [expect.objectContaining({ title: 'Thông qua Nghị quyết hội nghị', kind: 'vote', passed: true, vote: expect.objectContaining({ for: 3, against: 0 }) })],
        }),
      },
    ]);
  });

  it('evaluations: grade counts per group of a closed year, never a person or a score', async () => {
    await closedEvaluationYear(app, await addStaff(app, 3));
    const [record, ...others] = evaluationGradesExchange.records(db);
    expect(others).toEqual([]);
    expect(record).toMatchObject({ period: '2026', data: { year: 2026, groupName: GROUP, decidedOn: '2026-03-02', counts: { excellent: 1, good: 2, satisfactory: 0, unsatisfactory: 0 } } });
    expect(record!.id).toMatch(new RegExp(`^${installationId}:[0-9a-f]{24}$`));
    expect(JSON.stringify(record)).not.toMatch(/Cán bộ số|score|total/);
  });

  it('criteria assessments: the self and appraised score of each indicator', async () => {
    await app.call('criteria.listSets', {});
    const opened = await app.call('criteria.openAssessment', { setId: 'tiep-can-phap-luat-example', version: 1, year: 2026 });
    const indicator = opened.indicators.find((i) => i.maxPoints >= 2.5)!;
    await app.call('criteria.saveSelfScore', { assessmentId: opened.id, indicatorKey: indicator.key, score: 2.5, note: 'Đã ban hành kế hoạch' });
    const [record] = criteriaAssessmentsExchange.records(db);
    expect(record).toMatchObject({ period: '2026', data: { setId: 'tiep-can-phap-luat-example', setVersion: 1, year: 2026 } });
    // The set id makes the local key too long to read: it is hashed, the same way on every export.
    expect(record!.id).toMatch(new RegExp(`^${installationId}:[0-9a-f]{24}$`));
    expect(criteriaAssessmentsExchange.records(db)[0]!.id).toBe(record!.id);
    expect((record!.data as { scores: unknown[] }).scores).toContainEqual({ indicatorKey: indicator.key, selfHundredths: 250, appraisedHundredths: null });
  });

  it('disclosures: the register row as saved', async () => {
    const saved = await app.call('disclosures.save', k7Disclosure);
    expect(disclosuresExchange.records(db)).toEqual([
      {
        id: `${installationId}:${saved.id}`,
        period: '2026',
        data: expect.objectContaining({ group: 'K7', title: k7Disclosure.title, disclosedOn: '2026-03-02', channels: ['posting', 'loudspeaker'], loudspeakerDays: 2, postedAtHeadquarters: true, status: 'posted', replaces: null }),
      },
    ]);
  });

  it('petitions: what was raised and how it was answered, never the person’s name, address or phone', async () => {
    const saved = await app.call('petitions.save', petitionEntry);
    await app.call('petitions.answer', { id: saved.id, answer: 'Đã lập biên bản, yêu cầu thu gom.', answeredOn: '2026-03-09' });
    const records = petitionsExchange.records(db);
    expect(records).toEqual([
      {
        id: `${installationId}:${saved.id}`,
        period: '2026',
        data: expect.objectContaining({ source: 'hotline', receivedOn: '2026-02-13', content: petitionEntry.content, category: 'environment', status: 'answered', answeredOn: '2026-03-09' }),
      },
    ]);
    const text = JSON.stringify(records);
    for (const personal of Object.values(PERSON)) expect(text).not.toContain(personal);
    expect(text).not.toMatch(/person|phone|address/i);
  });

  it('boards: member and activity counts and the recommendations with their answers', async () => {
    await boardWithRecommendation(app);
    const [record] = boardsExchange.records(db);
    expect(record).toMatchObject({
      period: '2025',
      data: {
        kind: 'inspection',
        fromDate: '2025-01-01',
        memberCount: 5,
        activityCounts: { inspection: 0, supervision: 1 },
        recommendations: [{ activityDate: '2026-02-10', content: 'Niêm yết công khai mức thu tại tổ dân phố.', answeredOn: '2026-02-25', answer: 'Đã niêm yết tại nhà văn hóa các tổ.' }],
      },
    });
  });
});
