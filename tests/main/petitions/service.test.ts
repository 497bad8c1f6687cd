import ExcelJS from 'exceljs';
import type { In } from '../../../main/api';
import { openDatabase } from '../../../main/db/database';
import { petitionsPeriodCounts } from '../../../main/petitions/counts';
import { FakeClock, SAMPLE_PROFILE, refusalOf, startWardWithAdmin, type TestApp } from '../support/runtime';

const PASSWORD = 'mat-khau-manh-2';
const YEAR = { from: '2026-01-01', to: '2026-12-31' };
type EntryInput = In<'petitions.save'>;

const entry = (overrides: Partial<EntryInput> = {}): EntryInput => ({
  source: 'hotline',
  receivedOn: '2026-02-13',
  person: { name: 'Nguyễn Văn Bình', address: 'Số 12 ngõ 5 phố Huế', phone: '0912 345 678' },
  content: 'Đề nghị xử lý việc đổ rác thải sai nơi quy định ở đầu ngõ 5.',
  category: 'environment',
  ...overrides,
});

async function wordsOfWorkbook(contentBase64: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(contentBase64, 'base64') as unknown as ArrayBuffer);
  const words: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => words.push(String(cell.value)))));
  return words.join(' | ');
}

describe('the petitions ledger through the handlers', () => {
  let app: TestApp;
  let staffId: number;
  beforeEach(async () => {
    app = await startWardWithAdmin({ clock: new FakeClock(new Date('2026-03-10T02:00:00.000Z')) });
    await app.call('ward.saveProfile', SAMPLE_PROFILE);
    staffId = (await app.call('staff.save', { fullName: 'Lê Thị Hoa', position: 'Công chức Địa chính - Xây dựng', employmentType: 'civilServant', activeFrom: '2020-01-01', activeTo: null })).id;
  });
  afterEach(() => app.dispose());

  it('computes the deadline in working days across Tết, moves through its statuses, and audits each change', async () => {
    const created = await app.call('petitions.save', entry());
    expect(created).toMatchObject({ status: 'received', dueOn: '2026-03-06', overdue: true, personHidden: false, person: { name: 'Nguyễn Văn Bình' } });
    const assigned = await app.call('petitions.assign', { id: created.id, assigneeId: staffId });
    expect(assigned).toMatchObject({ status: 'inProgress', assigneeName: 'Lê Thị Hoa' });
    const early = await refusalOf(app.call('petitions.answer', { id: created.id, answer: 'Đã xử lý.', answeredOn: '2026-02-12' }));
    expect(early).toMatchObject({ code: 'BAD_INPUT', message: 'Ngày trả lời không được trước ngày tiếp nhận.', path: 'answeredOn' });
    const answered = await app.call('petitions.answer', { id: created.id, answer: 'Đã lập biên bản, yêu cầu thu gom.', answeredOn: '2026-03-09' });
    expect(answered).toMatchObject({ status: 'answered', answeredOn: '2026-03-09', overdue: false });
    await app.call('petitions.close', { id: created.id, closedOn: '2026-03-10', note: '' });
    const refused = await refusalOf(app.call('petitions.answer', { id: created.id, answer: 'Thêm', answeredOn: '2026-03-10' }));
    expect(refused).toEqual({ code: 'CONFLICT', message: 'Phản ánh này đã đóng, không trả lời được nữa.' });
    expect(await refusalOf(app.call('petitions.save', { ...entry(), id: created.id }))).toMatchObject({ message: 'Phản ánh này đã đóng, không sửa được nữa.' });

    const audit = await app.call('audit.list', { entity: 'petition', limit: 20, offset: 0 });
    expect(audit.map((row) => row.action).reverse()).toEqual(['create', 'assign', 'answer', 'close']);
    expect(audit[0]).toMatchObject({ entityId: String(created.id), before: { status: 'answered' }, after: { status: 'closed' } });
  });

  it('uses the ward’s own number of working days, and a deadline typed for the entry', async () => {
    await app.call('petitions.saveSettings', { answerWorkingDays: 3 });
    expect((await app.call('petitions.rules', {})).settings).toEqual({ answerWorkingDays: 3 });
    expect(await app.call('petitions.save', entry({ receivedOn: '2026-04-28' }))).toMatchObject({ dueOn: '2026-05-05' });
    expect(await app.call('petitions.save', entry({ receivedOn: '2026-04-28', dueOn: '2026-06-30' }))).toMatchObject({ dueOn: '2026-06-30' });
    expect(await refusalOf(app.call('petitions.save', entry({ category: 'weather' })))).toMatchObject({ path: 'category' });
  });

  describe('personal data', () => {
    let id: number;
    beforeEach(async () => {
      id = (await app.call('petitions.save', entry())).id;
      await app.call('petitions.save', entry({ person: { name: 'Trần Thị Cúc' }, content: 'Đèn đường ngõ 7 bị hỏng.', category: 'urbanOrder' }));
      for (const role of ['viewer', 'unionOfficer'] as const) {
        await app.call('accounts.create', { username: role.toLowerCase(), fullName: 'Người dùng', role, password: PASSWORD });
        await app.call('auth.login', { username: role.toLowerCase(), password: PASSWORD }, role);
      }
    });

    it.each(['viewer', 'unionOfficer'])('is hidden from a %s in the entry, the list, the search and the export', async (role) => {
      expect(await app.call('petitions.get', { id }, role)).toMatchObject({ person: null, personHidden: true, content: entry().content });
      const list = await app.call('petitions.list', YEAR, role);
      expect(list).toMatchObject({ total: 2, personHidden: true });
      expect(list.rows.every((row) => row.person === null)).toBe(true);
      for (const query of ['nguyen van binh', '0912', 'pho hue', '12']) expect((await app.call('petitions.list', { ...YEAR, query }, role)).total).toBe(0);
      expect((await app.call('petitions.list', { ...YEAR, query: '7' }, role)).total).toBe(1);
      expect((await app.call('petitions.list', { ...YEAR, query: 'RAC THAI' }, role)).total).toBe(1);
      const words = await wordsOfWorkbook((await app.call('petitions.exportList', YEAR, role)).contentBase64);
      expect(words).toContain('Đề nghị xử lý việc đổ rác thải');
      expect(words).not.toContain('Bình');
      expect(words).not.toContain('0912');
      expect(await refusalOf(app.call('petitions.save', entry(), role))).toMatchObject({ code: 'FORBIDDEN' });
    });

    it('keeps a scanned letter from accounts that may not see who wrote it', async () => {
      const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex').toString('base64');
      const letter = await app.call('attachments.add', { entity: 'petition', entityId: String(id), fileName: 'Thư góp ý.png', contentBase64: png });
      expect(await app.call('attachments.list', { entity: 'petition', entityId: String(id) })).toHaveLength(1);
      for (const role of ['viewer', 'unionOfficer']) {
        expect(await refusalOf(app.call('attachments.list', { entity: 'petition', entityId: String(id) }, role))).toMatchObject({ code: 'FORBIDDEN' });
        expect(await refusalOf(app.call('attachments.get', { id: letter.id }, role))).toMatchObject({ code: 'FORBIDDEN' });
      }
    });

    it('is shown and searched, without diacritics, for an account allowed to see it', async () => {
      expect((await app.call('petitions.list', { ...YEAR, query: 'nguyen van binh' })).rows.map((row) => row.person?.phone)).toEqual(['0912 345 678']);
      expect((await app.call('petitions.list', { ...YEAR, query: 'Đèn ĐƯỜNG' })).total).toBe(1);
      // Shorter than a trigram: looked for row by row, in the phone number too.
      expect((await app.call('petitions.list', { ...YEAR, query: '7' })).total).toBe(2);
      await app.call('petitions.save', { ...entry(), id, content: 'Cây đổ chắn lối đi.', person: { name: 'Nguyễn Văn An' } });
      expect((await app.call('petitions.list', { ...YEAR, query: 'rac thai' })).total).toBe(0);
      expect((await app.call('petitions.list', { ...YEAR, query: 'cay do' })).rows.map((row) => row.id)).toEqual([id]);
      expect((await app.call('petitions.list', { ...YEAR, query: 'van an' })).rows.map((row) => row.id)).toEqual([id]);
      expect(await wordsOfWorkbook((await app.call('petitions.exportList', YEAR)).contentBase64)).toContain('Nguyễn Văn An');
    });
  });

  it('filters by status, source, category, officer and overdue, and pages the list', async () => {
    for (let i = 0; i < 55; i++) await app.call('petitions.save', entry({ receivedOn: '2026-03-09', source: i % 2 ? 'email' : 'inPerson', category: i % 5 ? 'other' : 'land' }));
    const late = await app.call('petitions.save', entry({ assigneeId: staffId }));
    const page1 = await app.call('petitions.list', YEAR);
    const page2 = await app.call('petitions.list', { ...YEAR, page: 2 });
    expect([page1.total, page1.rows.length, page2.rows.length]).toEqual([56, 50, 6]);
    expect(page2.rows.at(-1)!.id).toBe(late.id);
    expect((await app.call('petitions.list', { ...YEAR, overdueOnly: true })).rows.map((row) => row.id)).toEqual([late.id]);
    expect((await app.call('petitions.list', { ...YEAR, assigneeId: staffId, status: 'inProgress' })).total).toBe(1);
    expect((await app.call('petitions.list', { ...YEAR, source: 'email' })).total).toBe(27);
    expect((await app.call('petitions.list', { ...YEAR, category: 'land', source: 'inPerson' })).total).toBe(6);
    expect((await app.call('petitions.list', { ...YEAR, query: 'dat dai' })).total).toBe(11);
    expect((await app.call('petitions.list', { from: '2026-03-01', to: '2026-03-31', query: '50%' })).total).toBe(0);
  });

  it('records a suggestion-box opening with its letters as entries in one step', async () => {
    const witnesses = ['Phạm Văn Dũng', 'Hoàng Thị Lan'];
    const letters = [
      { content: 'Phản ánh tiếng ồn karaoke sau 22 giờ.', category: 'urbanOrder' },
      { content: 'Đề nghị sửa mương thoát nước tổ 4.', category: 'environment' },
    ];
    const opening = await app.call('petitions.openBox', { openedOn: '2026-03-09', place: 'Trụ sở UBND phường', witnesses, letterCount: 2, letters });
    expect(opening).toMatchObject({ witnesses, letterCount: 2, petitionIds: [expect.any(Number), expect.any(Number)] });
    const created = await app.call('petitions.get', { id: opening.petitionIds[1]! });
    expect(created).toMatchObject({ source: 'suggestionBox', boxOpeningId: opening.id, receivedOn: '2026-03-09', sourceNote: 'Mở hòm thư ngày 09/03/2026, thư số 2' });
    expect(await app.call('petitions.openBox', { openedOn: '2026-03-10', place: 'Trụ sở', witnesses, letterCount: 0 })).toMatchObject({ petitionIds: [] });
    expect(await refusalOf(app.call('petitions.openBox', { openedOn: '2026-03-10', place: 'Trụ sở', witnesses: ['Phạm Văn Dũng', 'Phạm Văn Dũng'], letterCount: 0 }))).toMatchObject({
      message: 'Việc mở hòm thư cần ít nhất 2 người chứng kiến khác nhau.',
    });
    expect(await refusalOf(app.call('petitions.openBox', { openedOn: '2026-03-10', place: 'Trụ sở', witnesses, letterCount: 3, letters }))).toMatchObject({ path: 'letters' });
    expect((await app.call('petitions.listOpenings', { year: 2026 })).map((row) => row.letterCount)).toEqual([0, 2]);
    const audit = await app.call('audit.list', { entity: 'suggestionBoxOpening', limit: 5, offset: 0 });
    expect(audit).toHaveLength(2);
  });

  it('makes an entry from a meeting opinion once, even after the agenda item is saved again', async () => {
    const meeting = await app.call('meetings.savePlan', { type: 'voterMeeting', title: 'Tiếp xúc cử tri quý I', date: '2026-03-05', startTime: '08:00', place: 'Nhà văn hóa tổ 3', chair: 'Đỗ Minh Quang', secretary: 'Lê Văn Tâm' });
    const opinions = [
      { speaker: 'Cụ Trần Văn Hải', summary: 'Đề nghị lắp đèn chiếu sáng ngõ 9.' },
      { speaker: 'Bà Lý Thị Mai', summary: 'Đề nghị tăng tần suất thu gom rác.' },
    ];
    const withItem = await app.call('meetings.saveAgendaItem', { meetingId: meeting.id, title: 'Ý kiến cử tri', kind: 'discussion', opinions });
    const itemId = withItem.agenda[0]!.id;
    const links = await app.call('petitions.opinionLinks', { agendaItemId: itemId });
    const made = await app.call('petitions.fromOpinion', { opinionId: links[1]!.opinionId });
    expect(made).toMatchObject({ source: 'meeting', meetingId: meeting.id, receivedOn: '2026-03-05', content: opinions[1]!.summary, person: { name: 'Bà Lý Thị Mai' } });
    expect(made.sourceNote).toContain('Tiếp xúc cử tri quý I (05/03/2026)');

    await app.call('meetings.saveAgendaItem', { id: itemId, meetingId: meeting.id, title: 'Ý kiến cử tri', kind: 'discussion', opinions });
    const again = await app.call('petitions.opinionLinks', { agendaItemId: itemId });
    expect(again.map((link) => link.petitionId)).toEqual([null, made.id]);
    const twice = await refusalOf(app.call('petitions.fromOpinion', { opinionId: again[1]!.opinionId }));
    expect(twice).toEqual({ code: 'CONFLICT', message: 'Ý kiến này đã được chuyển vào sổ.' });
    expect((await app.call('audit.list', { entity: 'petition', limit: 5, offset: 0 }))[0]).toMatchObject({ action: 'fromOpinion' });
  });

  it('shows overdue entries and those due within 3 working days on the dashboard', async () => {
    const late = await app.call('petitions.save', entry());
    const soon = await app.call('petitions.save', entry({ receivedOn: '2026-03-09', dueOn: '2026-03-13' }));
    await app.call('petitions.save', entry({ receivedOn: '2026-03-09', dueOn: '2026-03-16' }));
    const due = (await app.call('dashboard.get', {})).dueItems.filter((item) => item.capability === 'petitions');
    expect(due.map((item) => [item.key, item.overdue])).toEqual([
      [`petitions:${late.id}`, true],
      [`petitions:${soon.id}`, false],
    ]);
    expect(due[0]!.title).toBe('Trả lời kiến nghị, phản ánh nhận ngày 13/02/2026 (Môi trường)');
  });

  it('counts a period for the quarterly report, by source, with overdue as of the last day', async () => {
    const answered = await app.call('petitions.save', entry({ source: 'hotline', receivedOn: '2026-01-05' }));
    await app.call('petitions.answer', { id: answered.id, answer: 'Đã trả lời.', answeredOn: '2026-02-27' });
    const forwarded = await app.call('petitions.save', entry({ source: 'email', receivedOn: '2026-03-02' }));
    await app.call('petitions.forward', { id: forwarded.id, forwardedTo: 'Công an phường', forwardedOn: '2026-03-03' });
    await app.call('petitions.save', entry({ source: 'inPerson', receivedOn: '2026-03-02' }));
    await app.call('petitions.save', entry({ source: 'inPerson', receivedOn: '2026-04-02' }));
    const db = openDatabase(`${app.dataDir}/ward.sqlite`);
    try {
      const counts = petitionsPeriodCounts(db, '2026-01-01', '2026-03-31');
      expect(counts).toMatchObject({ received: 3, answered: 1, forwarded: 1, overdue: 1 });
      expect(counts.bySource.inPerson).toEqual({ received: 1, answered: 0, forwarded: 0, overdue: 1 });
      // As of 31/01 the hotline entry (due 19/01 after 10 working days) was still open.
      expect(petitionsPeriodCounts(db, '2026-01-01', '2026-01-31')).toMatchObject({ received: 1, overdue: 1 });
    } finally {
      db.close();
    }
  });
});
