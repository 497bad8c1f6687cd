import { DEMO_PASSWORD } from '../../../main/demo/seed';
import { FakeClock, startTestApp, type TestApp } from '../support/runtime';

describe('the demo ward’s quarterly reports', () => {
  let app: TestApp;
  afterEach(() => app.dispose());

  it('has the last finished quarter finalized with the demo records, and the current quarter as a draft', async () => {
    app = await startTestApp({ demoWhenEmpty: true, clock: new FakeClock(new Date('2026-04-02T02:00:00.000Z')) });
    await app.call('auth.login', { username: 'admin', password: DEMO_PASSWORD });
    const finished = await app.call('quarterlyReport.get', { year: 2026, quarter: 1 });
    expect(finished).toMatchObject({ status: 'finalized', issuedOn: '2026-04-02', hasRecords: true });
    expect(finished!.number).toMatch(/^\d{2}\/BC-UBND$/);
    const decided = finished!.sections.find((section) => section.key === 'residentsDecide')!;
    expect(decided.figures).toContainEqual({ label: 'Nội dung được thông qua', value: 1 });
    expect(finished!.sections.find((section) => section.key === 'groupMeetings')!.narrative).toMatch(/^Các tổ dân phố duy trì họp định kỳ/);
    expect(await app.call('quarterlyReport.get', { year: 2026, quarter: 2 })).toMatchObject({ status: 'draft', number: null });
  });
});
