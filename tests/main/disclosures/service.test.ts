import type { In } from '../../../main/api';
import { openDatabase } from '../../../main/db/database';
import { disclosuresPeriodCounts } from '../../../main/disclosures/periodCounts';
import { FakeClock, refusalOf, startWardWithAdmin, type TestApp } from '../support/runtime';
import { discloseBudgetEstimate, k7Disclosure } from './fixtures';

const FILTER_2026 = { year: 2026 };

describe('the disclosure register through the handlers', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startWardWithAdmin({ clock: new FakeClock(new Date('2026-04-10T02:00:00.000Z')) });
  });
  afterEach(() => app.dispose());

  it('records a K7 disclosure with its deadline and the loudspeaker warning, and audits it', async () => {
    const saved = await app.call('disclosures.save', k7Disclosure);
    expect(saved).toMatchObject({ source: 'register', deadline: '2026-03-05', status: 'posted' });
    expect(saved.warnings).toEqual(['Nhóm K7 phải phát trên loa ít nhất 3 ngày liên tục; bản ghi này mới 2 ngày.']);
    const audit = await app.call('audit.list', { entity: 'disclosure', limit: 10, offset: 0 });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', entityId: String(saved.id), before: null, after: { title: k7Disclosure.title } });
  });

  it('lists K2 budget rows read-only next to the register, and filters by quarter, group, status and unaccented search', async () => {
    await discloseBudgetEstimate(app);
    await app.call('disclosures.save', k7Disclosure);
    await app.call('disclosures.save', { group: 'K3', title: 'Quy hoạch chi tiết khu đô thị Đông Bắc', status: 'planned', plannedOn: '2026-05-04' });
    const all = await app.call('disclosures.list', FILTER_2026);
    expect(all.map((entry) => [entry.group, entry.source])).toEqual([
      ['K7', 'register'],
      ['K2', 'budget'],
      ['K3', 'register'],
    ]);
    expect(all[1]).toMatchObject({ id: null, budgetYear: 2026, disclosedOn: '2026-03-03', postingTo: '2026-04-01', channels: ['posting', 'loudspeaker'] });
    expect((await app.call('disclosures.list', { ...FILTER_2026, quarter: 2 })).map((entry) => entry.group)).toEqual(['K3']);
    expect((await app.call('disclosures.list', { ...FILTER_2026, group: 'K2' })).map((entry) => entry.source)).toEqual(['budget']);
    expect((await app.call('disclosures.list', { ...FILTER_2026, status: 'planned' })).map((entry) => entry.group)).toEqual(['K3']);
    expect((await app.call('disclosures.list', { ...FILTER_2026, search: 'ho ngheo' })).map((entry) => entry.group)).toEqual(['K7']);
    expect((await app.call('disclosures.list', { ...FILTER_2026, search: 'ĐÔNG BẮC' })).map((entry) => entry.group)).toEqual(['K3']);
  });

  it('moves planned → posted, refuses going back or deleting what was disclosed, and re-discloses after a change', async () => {
    const planned = await app.call('disclosures.save', { group: 'K1', title: 'Kế hoạch phát triển kinh tế - xã hội năm 2026', status: 'planned', plannedOn: '2026-04-06', channels: ['posting', 'portal'] });
    const posted = await app.call('disclosures.markPosted', { id: planned.id!, disclosedOn: '2026-04-06' });
    expect(posted).toMatchObject({ status: 'posted', disclosedOn: '2026-04-06', postingFrom: '2026-04-06' });
    const back = await refusalOf(app.call('disclosures.save', { ...k7Disclosure, id: planned.id!, group: 'K1', status: 'planned', plannedOn: '2026-04-06' }));
    expect(back).toMatchObject({ code: 'CONFLICT', message: 'Không chuyển được trạng thái từ "Đang công khai" sang "Kế hoạch".' });
    expect(await refusalOf(app.call('disclosures.delete', { id: planned.id! }))).toMatchObject({ code: 'CONFLICT' });

    const again = await app.call('disclosures.save', { group: 'K1', title: 'Kế hoạch phát triển kinh tế - xã hội năm 2026 (điều chỉnh)', status: 'posted', disclosedOn: '2026-04-09', channels: ['portal'], replacesId: planned.id! });
    const replaced = (await app.call('disclosures.list', FILTER_2026)).find((entry) => entry.id === planned.id)!;
    expect(replaced).toMatchObject({ status: 'reDisclosed', replacedById: again.id });
    const edit = await refusalOf(app.call('disclosures.markPosted', { id: planned.id!, disclosedOn: '2026-04-09' }));
    expect(edit.message).toBe('Bản ghi này đã được thay bằng bản công khai lại nên không sửa được nữa.');
    const twice = await refusalOf(app.call('disclosures.save', { group: 'K1', title: 'Lần nữa', status: 'planned', plannedOn: '2026-04-20', replacesId: planned.id! }));
    expect(twice.message).toContain('chỉ công khai lại được bản ghi đã công khai');
  });

  it('refuses impossible dates with the field they concern', async () => {
    const future = await refusalOf(app.call('disclosures.save', { ...k7Disclosure, disclosedOn: '2026-04-11' }));
    expect(future).toMatchObject({ code: 'BAD_INPUT', path: 'disclosedOn' });
    const reversed = await refusalOf(app.call('disclosures.save', { ...k7Disclosure, postingTo: '2026-03-01' }));
    expect(reversed).toMatchObject({ message: 'Ngày kết thúc niêm yết không được trước ngày bắt đầu.', path: 'postingTo' });
  });

  it('refuses every write to a viewer, who still reads the register', async () => {
    await app.call('disclosures.save', k7Disclosure);
    await app.call('accounts.create', { username: 'xem', fullName: 'Người xem', role: 'viewer', password: 'mat-khau-xem-1' });
    await app.call('auth.login', { username: 'xem', password: 'mat-khau-xem-1' }, 'viewer');
    expect(await app.call('disclosures.list', FILTER_2026, 'viewer')).toHaveLength(1);
    for (const [channel, input] of [
      ['disclosures.save', k7Disclosure],
      ['disclosures.saveConsultation', { subject: 'Dự thảo', forms: ['meeting'], startDate: '2026-03-02', endDate: '2026-03-31' }],
      ['disclosures.delete', { id: 1 }],
    ] as const) {
      expect(await app.raw(channel, input, 'viewer')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('records a consultation with its opinions, refuses a period under 20 days, and discloses the synthesis as K11', async () => {
    const short = await refusalOf(app.call('disclosures.saveConsultation', { subject: 'Dự thảo quy chế dân chủ', forms: ['meeting'], startDate: '2026-03-02', endDate: '2026-03-15' }));
    expect(short).toMatchObject({ path: 'endDate', message: 'Thời gian lấy ý kiến phải ít nhất 20 ngày; từ 02/03/2026 đến 15/03/2026 mới 14 ngày.' });
    const draft: In<'disclosures.saveConsultation'> = {
      subject: 'Dự thảo quy chế thực hiện dân chủ của phường',
      forms: ['meeting', 'portal'],
      startDate: '2026-03-02',
      endDate: '2026-03-31',
      draftPublishedAt: 'Cổng thông tin điện tử phường',
    };
    const consultation = await app.call('disclosures.saveConsultation', draft);
    const withOpinion = await app.call('disclosures.saveOpinion', { consultationId: consultation.id, source: 'meeting', author: 'Tổ dân phố số 3', content: 'Đề nghị bổ sung lịch tiếp dân buổi tối.', receivedOn: '2026-03-10' });
    expect(withOpinion.opinions).toHaveLength(1);
    const early = await refusalOf(app.call('disclosures.discloseConsultationReport', { consultationId: consultation.id }));
    expect(early.message).toContain('Hãy nhập nội dung và ngày lập báo cáo tổng hợp');
    await app.call('disclosures.saveConsultation', { ...draft, id: consultation.id, synthesis: 'Tiếp thu ý kiến về lịch tiếp dân.', synthesisDate: '2026-04-03' });
    const k11 = await app.call('disclosures.discloseConsultationReport', { consultationId: consultation.id });
    expect(k11).toMatchObject({ group: 'K11', status: 'planned', consultationId: consultation.id, decisionDate: '2026-04-03', plannedOn: '2026-04-10', deadline: '2026-04-10' });
    expect(k11.title).toBe('Báo cáo tổng hợp, giải trình ý kiến Nhân dân về Dự thảo quy chế thực hiện dân chủ của phường');
    expect((await app.call('disclosures.listConsultations', { year: 2026 }))[0]).toMatchObject({ disclosureId: k11.id });
    expect(await refusalOf(app.call('disclosures.discloseConsultationReport', { consultationId: consultation.id }))).toMatchObject({ code: 'CONFLICT' });
    const audit = await app.call('audit.list', { limit: 4, offset: 0 });
    expect(audit.map((entry) => `${entry.entity}:${entry.action}`)).toEqual(['disclosure:discloseConsultationReport', 'consultation:update', 'consultationOpinion:create', 'consultation:create']);
  });

  it('shows disclosures due and postings ending on the dashboard', async () => {
    await app.call('disclosures.save', { group: 'K5', title: 'Quỹ khuyến học', status: 'planned', plannedOn: '2026-04-14', decisionNumber: '30/QĐ-UBND', decisionDate: '2026-04-08' });
    await app.call('disclosures.save', { group: 'K6', title: 'Thanh lý tài sản', status: 'planned', plannedOn: '2026-04-01' });
    await app.call('disclosures.save', { ...k7Disclosure, disclosedOn: '2026-03-16', postingFrom: '2026-03-16', postingTo: '2026-04-14', decisionDate: '2026-03-12', loudspeakerDays: 3 });
    const due = (await app.call('dashboard.get', {})).dueItems.filter((item) => item.capability === 'disclosures');
    expect(due.map((item) => [item.title, item.dueDate, item.overdue])).toEqual([
      ['Công khai (K6): Thanh lý tài sản', '2026-04-01', true],
      ['Kết thúc niêm yết (K7): Danh sách hộ nghèo, hộ cận nghèo năm 2026', '2026-04-14', false],
      ['Công khai (K5): Quỹ khuyến học', '2026-04-15', false],
    ]);
  });
});

describe('disclosuresPeriodCounts', () => {
  it('counts the disclosures made per group (K2 from the budget) and the consultations held', async () => {
    const app = await startWardWithAdmin({ clock: new FakeClock(new Date('2026-04-10T02:00:00.000Z')) });
    try {
      await discloseBudgetEstimate(app);
      await app.call('disclosures.save', k7Disclosure);
      await app.call('disclosures.save', { group: 'K3', title: 'Quy hoạch', status: 'planned', plannedOn: '2026-03-20' });
      await app.call('disclosures.save', { ...k7Disclosure, disclosedOn: '2026-04-01', postingFrom: '2026-04-01', postingTo: null });
      await app.call('disclosures.saveConsultation', { subject: 'Dự thảo', forms: ['meeting'], startDate: '2026-03-02', endDate: '2026-03-31' });
      const db = openDatabase(`${app.dataDir}/ward.sqlite`);
      try {
        expect(disclosuresPeriodCounts(db, '2026-01-01', '2026-03-31')).toMatchObject({ disclosuresTotal: 2, consultationsHeld: 1, disclosuresByGroup: { K2: 1, K7: 1, K3: 0 } });
        expect(disclosuresPeriodCounts(db, '2026-04-01', '2026-06-30')).toMatchObject({ disclosuresTotal: 1, consultationsHeld: 0, disclosuresByGroup: { K7: 1 } });
      } finally {
        db.close();
      }
    } finally {
      app.dispose();
    }
  });
});
