import type { BallotDesignInput, Meeting } from '../../../main/api';
import { openDatabase } from '../../../main/db/database';
import { SAMPLE_PROFILE, startWardWithAdmin, type TestApp, refusalOf } from '../support/runtime';
import { BALLOT_DAY, designInput, forgetScope, planHouseholdBallot } from './ballotFixtures';

describe('meetings service: the household ballot design', () => {
  let app: TestApp;
  let meeting: Meeting;
  beforeEach(async () => {
    app = await startWardWithAdmin();
    await app.call('ward.saveProfile', SAMPLE_PROFILE);
    meeting = await planHouseholdBallot(app);
  });
  afterEach(() => app.dispose());

  const inputOf = async (changes: Partial<BallotDesignInput> = {}) => designInput(await app.call('meetings.ballot', { meetingId: meeting.id }), changes);

  it('offers defaults from the meeting: one question per matter voted on, the group head signing', async () => {
    const design = await app.call('meetings.ballot', { meetingId: meeting.id });
    const [, first, second] = meeting.agenda;
    expect(design).toMatchObject({
      title: 'PHIẾU LẤY Ý KIẾN HỘ GIA ĐÌNH',
      subject: 'Về việc chủ trương và mức đóng góp cải tạo đường ngõ 5',
      questions: [
        { agendaItemId: first!.id, question: 'Mức đóng góp cải tạo đường ngõ 5: 500.000 đồng/hộ', choices: ['Đồng ý', 'Không đồng ý'] },
        { agendaItemId: second!.id, question: 'Bổ sung quy ước về giữ gìn vệ sinh ngõ phố', choices: ['Đồng ý', 'Không đồng ý'] },
      ],
      otherOpinion: true,
      deadline: '2026-03-12',
      deadlineFrom: '2026-03-06',
      deadlineTo: '2026-04-04',
      authentication: 'groupHead',
      authenticationDerived: true,
      saved: false,
      locked: null,
      households: 120,
    });
    expect(design.guidance).toContain('Đánh dấu X vào một ô');
    expect(design.authenticationNote).toBe('Tổ trưởng tổ dân phố (tổ dân phố 3) Trần Đức Thắng ký trực tiếp vào góc bên phải phía dưới của phiếu.');
  });

  it('saves the clerk’s design with an audit row, and keeps it when a matter is added later', async () => {
    const input = await inputOf({ otherOpinion: false, deadline: '2026-03-20' });
    input.questions[0]!.choices = ['Đồng ý mức 500.000 đồng/hộ', 'Đồng ý mức 300.000 đồng/hộ', 'Không đồng ý'];
    const saved = await app.call('meetings.saveBallot', input);
    expect(saved).toMatchObject({ saved: true, otherOpinion: false, deadline: '2026-03-20', questions: input.questions });
    const added = await app.call('meetings.saveAgendaItem', { meetingId: meeting.id, title: 'Thời gian thi công', kind: 'vote', matter: 'art15item6' });
    const reopened = await app.call('meetings.ballot', { meetingId: meeting.id });
    expect(reopened.questions.map((q) => q.choices.length)).toEqual([3, 2, 2]);
    expect(reopened.questions[2]).toMatchObject({ agendaItemId: added.agenda[3]!.id, question: 'Thời gian thi công' });
    const audit = await app.call('audit.list', { entity: 'meetingBallot' });
    expect(audit.map((entry) => entry.action)).toEqual(['create']);
    expect(audit[0]).toMatchObject({ entityId: String(meeting.id) });
  });

  it('refuses choices that are too few, repeated or empty, and a deadline outside the period, in Vietnamese', async () => {
    const base = await inputOf();
    const withChoices = (choices: string[]) => ({ ...base, questions: [{ ...base.questions[0]!, choices }, base.questions[1]!] });
    expect(await refusalOf(app.call('meetings.saveBallot', withChoices(['Đồng ý'])))).toMatchObject({ path: 'questions.0.choices', message: 'Mỗi nội dung cần ít nhất 2 lựa chọn.' });
    expect(await refusalOf(app.call('meetings.saveBallot', withChoices(['Đồng ý', 'đồng ý'])))).toMatchObject({ path: 'questions.0.choices', message: 'Các lựa chọn không được trùng nhau.' });
    expect(await refusalOf(app.call('meetings.saveBallot', withChoices(['Đồng ý', ' '])))).toMatchObject({ path: 'questions.0.choices.1', message: 'Lựa chọn không được để trống.' });
    expect(await refusalOf(app.call('meetings.saveBallot', withChoices(['A', 'B', 'C', 'D', 'E', 'F'])))).toMatchObject({ message: 'Mỗi nội dung có nhiều nhất 5 lựa chọn.' });
    const early = await refusalOf(app.call('meetings.saveBallot', { ...base, deadline: BALLOT_DAY }));
    expect(early).toMatchObject({ code: 'BAD_INPUT', path: 'deadline' });
    expect(early.message).toBe(
      'Hạn thu phiếu phải sau ngày phát phiếu (05/03/2026) và sau hôm nay, trong vòng 30 ngày kể từ ngày phát phiếu: chọn từ ngày 06/03/2026 đến ngày 04/04/2026.',
    );
    expect(await refusalOf(app.call('meetings.saveBallot', { ...base, deadline: '2026-04-05' }))).toMatchObject({ path: 'deadline' });
    const stale = await refusalOf(app.call('meetings.saveBallot', { ...base, questions: base.questions.slice(1) }));
    expect(stale).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('đã thay đổi từ khi mở thiết kế phiếu') });
    expect((await app.call('meetings.ballot', { meetingId: meeting.id })).saved).toBe(false);
  });

  it('locks the design once ballots were counted, recording the refusal, but still prints it', async () => {
    await app.call('meetings.saveBallot', await inputOf());
    const item = meeting.agenda[1]!;
    await app.call('meetings.saveAgendaItem', {
      meetingId: meeting.id,
      id: item.id,
      title: item.title,
      kind: 'vote',
      matter: item.matter,
      vote: { method: 'householdBallot', for: 90, against: 20, abstain: 0, invalid: 2, countingBoard: ['Lê Văn Tâm', 'Phạm Thị Hoa', 'Đỗ Văn Nam'] },
    });
    const design = await app.call('meetings.ballot', { meetingId: meeting.id });
    expect(design.locked).toContain('Đã ghi kết quả kiểm phiếu');
    const refused = await refusalOf(app.call('meetings.saveBallot', await inputOf({ title: 'PHIẾU KHÁC' })));
    expect(refused).toMatchObject({ code: 'CONFLICT', message: design.locked });
    const audit = await app.call('audit.list', { entity: 'meetingBallot' });
    expect(audit.map((entry) => entry.action)).toEqual(['refused', 'create']);
    const file = await app.call('meetings.exportBallots', { meetingId: meeting.id, format: 'docx', copies: 2 });
    expect(file.fileName).toBe('phieu-lay-y-kien-2026-03-05-to-dan-pho-3.docx');
  });

  it('asks who authenticates only when the meeting’s scope is unknown', async () => {
    forgetScope(app, meeting.id);
    const unknown = await app.call('meetings.ballot', { meetingId: meeting.id });
    expect(unknown).toMatchObject({ authentication: null, authenticationDerived: false });
    expect(await refusalOf(app.call('meetings.exportBallots', { meetingId: meeting.id, format: 'pdf', copies: 1 }))).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('Chưa chọn cách xác nhận phiếu') });
    expect(await refusalOf(app.call('meetings.saveBallot', await inputOf()))).toMatchObject({ path: 'authentication' });
    const sealed = await app.call('meetings.saveBallot', await inputOf({ authentication: 'seal' }));
    expect(sealed).toMatchObject({ authentication: 'seal', authenticationNote: 'Ủy ban nhân dân phường Đống Đa đóng dấu treo ở phía trên bên trái của phiếu.' });
  });

  it('bounds the number of copies, belongs to household-ballot meetings only, and goes with its meeting', async () => {
    expect(await refusalOf(app.call('meetings.exportBallots', { meetingId: meeting.id, format: 'pdf', copies: 2001 }))).toMatchObject({ path: 'copies', message: 'In nhiều nhất 2.000 phiếu một lần.' });
    expect(await refusalOf(app.call('meetings.exportBallots', { meetingId: meeting.id, format: 'pdf', copies: 0 }))).toMatchObject({ path: 'copies', message: 'In ít nhất 1 phiếu.' });
    const other = await app.call('meetings.savePlan', { type: 'dialogue', title: 'Đối thoại', date: BALLOT_DAY, startTime: '08:00', place: 'Hội trường' });
    expect(await refusalOf(app.call('meetings.ballot', { meetingId: other.id }))).toMatchObject({ code: 'BAD_INPUT', message: 'Chỉ đợt phát phiếu lấy ý kiến hộ gia đình mới có phiếu lấy ý kiến.' });
    await app.call('meetings.saveBallot', await inputOf());
    await app.call('meetings.delete', { id: meeting.id });
    const db = openDatabase(`${app.dataDir}/ward.sqlite`);
    try {
      expect(db.prepare('SELECT count(*) AS n FROM meeting_ballot').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
