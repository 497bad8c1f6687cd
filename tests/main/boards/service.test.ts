import { boardsPeriodCounts } from '../../../main/boards/counts';
import { openDatabase } from '../../../main/db/database';
import { DEMO_PASSWORD } from '../../../main/demo/seed';
import { refusalOf, SAMPLE_PROFILE, startTestApp, startWardWithAdmin, type TestApp } from '../support/runtime';

const inspectionBoard = { kind: 'inspection' as const, from: '2025-01-01', to: '2029-12-31' };
const residents = ['Lê Văn Hùng', 'Phạm Thị Lan', 'Đỗ Văn Nam', 'Vũ Thị Hoa', 'Ngô Minh Tâm'];

async function boardWithMembers(app: TestApp, count: number) {
  const board = await app.call('boards.save', inspectionBoard);
  for (const [index, fullName] of residents.slice(0, count).entries()) {
    await app.call('boards.saveMember', { boardId: board.id, fullName, residentialGroupId: null, role: index === 0 ? 'head' : 'member', from: '2025-01-01' });
  }
  return board;
}

const visit = (boardId: number, date: string) => ({ boardId, kind: 'supervision' as const, date, subject: 'Giám sát việc thu phí vệ sinh môi trường', findings: 'Thu đúng mức.' });

describe('supervision boards', () => {
  let app: TestApp;
  beforeEach(async () => (app = await startWardWithAdmin()));
  afterEach(() => app.dispose());

  it('refuses a ward civil servant as an inspection board member, naming them', async () => {
    await app.call('staff.save', { fullName: 'Trần Thị Ngọc Ánh', position: 'Công chức Văn phòng - Thống kê', department: '', employmentType: 'civilServant', activeFrom: '2020-01-01', activeTo: null, note: '' });
    const board = await app.call('boards.save', inspectionBoard);
    const refusal = await refusalOf(app.call('boards.saveMember', { boardId: board.id, fullName: 'Tran Thi Ngoc Anh', residentialGroupId: null, role: 'member', from: '2025-01-01' }));
    expect(refusal).toMatchObject({ code: 'CONFLICT', path: 'fullName' });
    expect(refusal.message).toMatch(/^Ông\/bà Tran Thi Ngoc Anh \(Công chức Văn phòng - Thống kê\) đang là cán bộ, công chức của phường/);
    expect((await app.call('boards.get', { id: board.id })).members).toEqual([]);
  });

  it('refuses activities until the board has five members and a head, then records them with audit rows', async () => {
    const board = await boardWithMembers(app, 4);
    expect((await app.call('boards.list', {}))[0]!.compositionIssues).toEqual(['Ban mới có 4 thành viên, cần ít nhất 5 thành viên.']);
    expect((await refusalOf(app.call('boards.saveActivity', visit(board.id, '2026-02-10')))).message).toBe(
      'Chưa ghi được hoạt động: Ban mới có 4 thành viên, cần ít nhất 5 thành viên. Hãy bổ sung thành viên trước.',
    );
    const dashboard = await app.call('dashboard.get', {});
    expect(dashboard.dueItems.some((item) => item.key === `boards:composition:${board.id}`)).toBe(true);

    await app.call('boards.saveMember', { boardId: board.id, fullName: residents[4]!, residentialGroupId: null, role: 'member', from: '2025-01-01' });
    const activity = await app.call('boards.saveActivity', visit(board.id, '2026-02-10'));
    const recommendation = await app.call('boards.saveRecommendation', { activityId: activity.id, content: 'Niêm yết công khai mức thu tại tổ dân phố.' });
    expect(recommendation).toMatchObject({ dueDate: '2026-03-10', overdue: false, answeredOn: null });
    await app.call('boards.answerRecommendation', { id: recommendation.id, answeredOn: '2026-02-25', answer: 'Đã niêm yết tại nhà văn hóa các tổ.' });
    expect((await refusalOf(app.call('boards.deleteRecommendation', { id: recommendation.id }))).message).toBe('Phường đã trả lời kiến nghị này nên không xóa được.');

    const entities = (await app.call('audit.list', {})).filter((a) => a.entity.startsWith('board')).map((a) => `${a.entity}:${a.action}`);
    expect(entities.slice(0, 3)).toEqual(['boardRecommendation:answer', 'boardRecommendation:create', 'boardActivity:create']);
    expect(entities.filter((e) => e === 'boardMember:create')).toHaveLength(5);
  });

  it('shows an unanswered recommendation past 15 working days as overdue on the dashboard', async () => {
    const board = await boardWithMembers(app, 5);
    const activity = await app.call('boards.saveActivity', visit(board.id, '2026-02-10'));
    const recommendation = await app.call('boards.saveRecommendation', { activityId: activity.id, content: 'Sửa chữa đèn chiếu sáng ngõ 12.' });
    app.clock.set('2026-03-11T02:00:00.000Z');
    const [item] = (await app.call('dashboard.get', {})).dueItems.filter((due) => due.capability === 'boards');
    expect(item).toMatchObject({ key: `boards:recommendation:${recommendation.id}`, dueDate: '2026-03-10', overdue: true });
    expect((await app.call('boards.list', {}))[0]!.overdueRecommendations).toBe(1);
  });

  it('marks an investment supervision board dissolved when its project has ended and refuses new activities', async () => {
    const board = await app.call('boards.save', { kind: 'investmentSupervision', from: '2025-06-01', to: '2026-02-28', projectName: 'Cải tạo đường Hoa Sữa', investor: 'UBND phường', projectValue: 4_500_000_000 });
    expect(board.dissolved).toBe(true);
    expect((await refusalOf(app.call('boards.saveActivity', visit(board.id, '2026-02-20')))).message).toBe(
      'Dự án đã kết thúc ngày 28/02/2026 nên Ban Giám sát đầu tư của cộng đồng – Cải tạo đường Hoa Sữa đã giải thể, không ghi thêm được hoạt động mới.',
    );
    expect((await app.call('boards.list', { search: 'hoa sua' })).map((b) => b.id)).toEqual([board.id]);
    expect(await app.call('boards.list', { search: 'cầu' })).toEqual([]);
  });

  it('refuses a second inspection board for an overlapping term', async () => {
    await app.call('boards.save', inspectionBoard);
    expect(await refusalOf(app.call('boards.save', { ...inspectionBoard, from: '2029-01-01', to: '2034-12-31' }))).toMatchObject({
      message: 'Phường đã có Ban Thanh tra nhân dân nhiệm kỳ 2025–2029 trùng thời gian với nhiệm kỳ này.',
      path: 'from',
    });
  });

  it('refuses every write to a viewer but lets them read', async () => {
    const board = await boardWithMembers(app, 5);
    await app.call('accounts.create', { username: 'xem', fullName: 'Người xem', role: 'viewer', password: 'xem-12345' });
    await app.call('auth.login', { username: 'xem', password: 'xem-12345' }, 'viewer-pc');
    for (const [channel, input] of [
      ['boards.save', inspectionBoard],
      ['boards.saveMember', { boardId: board.id, fullName: 'A B', residentialGroupId: null, role: 'member', from: '2025-01-01' }],
      ['boards.saveActivity', visit(board.id, '2026-02-10')],
      ['boards.delete', { id: board.id }],
    ] as const) {
      expect(await app.raw(channel, input, 'viewer-pc')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect((await app.call('boards.get', { id: board.id }, 'viewer-pc')).members).toHaveLength(5);
  });

  it('exports the members list and counts activities and recommendations per period', async () => {
    await app.call('ward.saveProfile', SAMPLE_PROFILE);
    const board = await boardWithMembers(app, 5);
    const file = await app.call('boards.exportMembers', { boardId: board.id, search: 'lan' });
    expect(file).toMatchObject({ fileName: `thanh-vien-ban-${board.id}.xlsx`, mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const first = await app.call('boards.saveActivity', visit(board.id, '2026-02-10'));
    await app.call('boards.saveActivity', visit(board.id, '2026-04-02'));
    const made = await app.call('boards.saveRecommendation', { activityId: first.id, content: 'Công khai danh sách hộ nộp phí.' });
    await app.call('boards.answerRecommendation', { id: made.id, answeredOn: '2026-04-03', answer: 'Đã công khai.' });

    const db = openDatabase(`${app.dataDir}/ward.sqlite`);
    try {
      expect(boardsPeriodCounts(db, '2026-01-01', '2026-03-31')).toEqual({ activities: { inspection: 1, investmentSupervision: 0 }, recommendationsMade: 1, recommendationsAnswered: 0 });
      expect(boardsPeriodCounts(db, '2026-04-01', '2026-06-30')).toEqual({ activities: { inspection: 1, investmentSupervision: 0 }, recommendationsMade: 0, recommendationsAnswered: 1 });
    } finally {
      db.close();
    }
  });
});

describe('the demo ward', () => {
  it('has a complete inspection board with an answered recommendation and a live road project board', async () => {
    const app = await startTestApp({ demoWhenEmpty: true });
    try {
      await app.call('auth.login', { username: 'admin', password: DEMO_PASSWORD });
      const boards = await app.call('boards.list', {});
      expect(boards.map((b) => [b.kind, b.memberCount, b.compositionIssues, b.dissolved])).toEqual([
        ['investmentSupervision', 5, [], false],
        ['inspection', 5, [], false],
      ]);
      const inspection = await app.call('boards.get', { id: boards[1]!.id });
      expect(inspection.activities[0]!.recommendations[0]).toMatchObject({ overdue: false, answer: expect.stringContaining('niêm yết') });
    } finally {
      app.dispose();
    }
  });
});
