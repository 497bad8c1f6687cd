import type { BallotDesignInput, Meeting } from '../../../main/api';
import { openDatabase } from '../../../main/db/database';
import { readWord } from '../support/documents';
import { SAMPLE_PROFILE, startWardWithAdmin, type TestApp, refusalOf } from '../support/runtime';
import { BALLOT_DAY, designInput, forgetScope, planHouseholdBallot, replan } from './ballotFixtures';

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
      deadlineProblem: null,
      authentication: 'groupHead',
      authenticationDerived: true,
      saved: false,
      locked: null,
      households: 120,
    });
    expect(design.guidance).toContain('Đánh dấu X vào một ô');
    expect(design.authenticationNote).toBe('Tổ trưởng Tổ dân phố 3, Trần Đức Thắng, ký trực tiếp vào góc bên phải phía dưới của phiếu.');
  });

  it('names the head of a thôn in the authentication note', async () => {
    await app.call('residentialGroups.save', { id: meeting.residentialGroupId!, name: 'Thôn Đông Hòa', householdCount: 120, headName: 'Nguyễn Văn Bình', note: '' });
    const design = await app.call('meetings.ballot', { meetingId: meeting.id });
    expect(design.authenticationNote).toBe('Trưởng thôn Đông Hòa, Nguyễn Văn Bình, ký trực tiếp vào góc bên phải phía dưới của phiếu.');
  });

  it('drafts the subject from the meeting’s: abbreviations kept, “về việc” not doubled, a long one shortened so the defaults save', async () => {
    const subjectFor = async (subject: string) => {
      await replan(app, meeting, { subject });
      return (await app.call('meetings.ballot', { meetingId: meeting.id })).subject;
    };
    expect(await subjectFor('UBND phường hỗ trợ kinh phí cải tạo ngõ 5')).toBe('Về việc UBND phường hỗ trợ kinh phí cải tạo ngõ 5');
    expect(await subjectFor('HĐND phường giao chỉ tiêu')).toBe('Về việc HĐND phường giao chỉ tiêu');
    expect(await subjectFor('Ý kiến về lắp camera')).toBe('Về việc ý kiến về lắp camera');
    expect(await subjectFor('VỀ VIỆC cải tạo đường ngõ 5')).toBe('Về việc cải tạo đường ngõ 5');
    expect(await subjectFor('về việc cải tạo đường ngõ 5')).toBe('Về việc cải tạo đường ngõ 5');
    const long = await subjectFor(`Cải tạo ${'đường ngõ '.repeat(49)}5`);
    expect(long.length).toBeLessThanOrEqual(500);
    expect(long).toMatch(/^Về việc cải tạo đường ngõ .*ngõ…$/);
    const saved = await app.call('meetings.saveBallot', await inputOf());
    expect(saved).toMatchObject({ saved: true, subject: long });
  });

  it('counts the default deadline from the meeting’s date, so a reprint shows the deadline households received', async () => {
    app.clock.set('2026-03-10T02:00:00.000Z');
    expect(await app.call('meetings.ballot', { meetingId: meeting.id })).toMatchObject({ deadline: '2026-03-12', deadlineProblem: null });
    const file = await app.call('meetings.exportBallots', { meetingId: meeting.id, format: 'docx', copies: 1 });
    expect(readWord(Buffer.from(file.contentBase64, 'base64')).text).toContain('Đề nghị hộ gia đình gửi lại phiếu trước ngày 12/03/2026.');
    app.clock.set('2026-03-20T02:00:00.000Z');
    expect((await app.call('meetings.ballot', { meetingId: meeting.id })).deadline).toBe('2026-03-12');
    const late = await refusalOf(app.call('meetings.saveBallot', await inputOf()));
    expect(late).toMatchObject({ code: 'BAD_INPUT', path: 'deadline', message: expect.stringContaining('Hạn thu phiếu phải sau ngày phát phiếu (05/03/2026) và sau hôm nay') });
  });

  it('refuses to print a saved deadline the meeting was moved past, and tells the designer why', async () => {
    await app.call('meetings.saveBallot', await inputOf());
    const moved = await replan(app, meeting, { date: '2026-03-20' });
    const problem = 'Hạn gửi lại phiếu 12/03/2026 không sau ngày phát phiếu 20/03/2026: mở “Thiết kế phiếu lấy ý kiến” để sửa hạn trước khi in.';
    expect(await app.call('meetings.ballot', { meetingId: meeting.id })).toMatchObject({ deadline: '2026-03-12', deadlineProblem: problem });
    expect(await refusalOf(app.call('meetings.exportBallots', { meetingId: meeting.id, format: 'pdf', copies: 1 }))).toMatchObject({ code: 'BAD_INPUT', message: problem });
    await replan(app, moved, { date: '2026-03-12' });
    expect((await app.call('meetings.ballot', { meetingId: meeting.id })).deadlineProblem).toBe(
      'Hạn gửi lại phiếu 12/03/2026 không sau ngày phát phiếu 12/03/2026: mở “Thiết kế phiếu lấy ý kiến” để sửa hạn trước khi in.',
    );
    const fixed = await app.call('meetings.saveBallot', await inputOf({ deadline: '2026-03-19' }));
    expect(fixed.deadlineProblem).toBeNull();
    expect((await app.call('meetings.exportBallots', { meetingId: meeting.id, format: 'docx', copies: 1 })).fileName).toBe('phieu-lay-y-kien-2026-03-12-to-dan-pho-3.docx');
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
    // Typed with a keyboard that composes the marks: the same letters in another Unicode form.
    expect(await refusalOf(app.call('meetings.saveBallot', withChoices(['Đồng ý', 'ĐỒNG Ý'.normalize('NFD')])))).toMatchObject({ path: 'questions.0.choices', message: 'Các lựa chọn không được trùng nhau.' });
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

  it('bounds the number of copies and the numbering, belongs to household-ballot meetings only, and goes with its meeting', async () => {
    const exportRefusal = (copies: number, firstNumber?: number) => refusalOf(app.call('meetings.exportBallots', { meetingId: meeting.id, format: 'docx', copies, ...(firstNumber === undefined ? {} : { firstNumber }) }));
    expect(await exportRefusal(2001)).toMatchObject({ path: 'copies', message: 'In nhiều nhất 2.000 phiếu một lần.' });
    expect(await exportRefusal(0)).toMatchObject({ path: 'copies', message: 'In ít nhất 1 phiếu.' });
    expect(await exportRefusal(1, 0)).toMatchObject({ path: 'firstNumber', message: 'Số phiếu bắt đầu từ 1.' });
    expect(await exportRefusal(1, 1.5)).toMatchObject({ path: 'firstNumber', message: 'Số phiếu phải là số nguyên.' });
    expect(await exportRefusal(2, 99_999)).toMatchObject({ path: 'firstNumber', message: 'Số phiếu không được vượt quá 99.999 (phiếu cuối của lần in này mang số 100.000).' });
    const last = await app.call('meetings.exportBallots', { meetingId: meeting.id, format: 'docx', copies: 1, firstNumber: 99_999 });
    expect(readWord(Buffer.from(last.contentBase64, 'base64')).text).toContain('Phiếu số: 99999');
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
