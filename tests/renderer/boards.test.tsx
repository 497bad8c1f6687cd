import { screen, waitFor, within } from '@testing-library/react';
import type { BoardDetail } from '../../main/api';
import { BoardsScreen } from '../../renderer/boards/BoardsScreen';
import { fail, fakeTransport, fill, newUser, renderScreen, status, viewer } from './fakes';

const member = (id: number, fullName: string, role: 'head' | 'member') => ({
  id,
  boardId: 7,
  fullName,
  residentialGroupId: 1,
  residentialGroupName: 'Tổ dân phố số 1',
  occupation: 'Hưu trí',
  role,
  from: '2025-01-01',
  to: null,
});

const board: BoardDetail = {
  id: 7,
  kind: 'inspection',
  from: '2025-01-01',
  to: '2029-12-31',
  projectName: '',
  investor: '',
  projectValue: null,
  note: '',
  dissolved: false,
  compositionIssues: ['Ban mới có 2 thành viên, cần ít nhất 5 thành viên.'],
  memberCount: 2,
  overdueRecommendations: 1,
  members: [member(1, 'Lưu Văn Thành', 'head'), member(2, 'Hà Thị Mai', 'member')],
  plans: [],
  activities: [
    {
      id: 3,
      boardId: 7,
      kind: 'supervision',
      date: '2026-02-10',
      subject: 'Giám sát thu phí vệ sinh',
      findings: 'Thu đúng mức.',
      recommendations: [{ id: 4, activityId: 3, content: 'Niêm yết danh sách hộ đã nộp.', answeredOn: null, answer: '', dueDate: '2026-03-10', overdue: true }],
    },
  ],
  reports: [],
};

const replies = {
  'boards.list': [board],
  'boards.get': board,
  'residentialGroups.list': [{ id: 1, name: 'Tổ dân phố số 1', householdCount: 120, headName: '', note: '' }],
};

async function openBoard() {
  await newUser().click(await screen.findByRole('button', { name: 'Ban Thanh tra nhân dân nhiệm kỳ 2025–2029' }));
  return screen.findByRole('table', { name: 'Danh sách thành viên' });
}

describe('supervision boards screen', () => {
  it('opens a board with its composition warning, members, and an overdue recommendation', async () => {
    renderScreen(<BoardsScreen />, fakeTransport(replies).transport);
    const list = await screen.findByRole('table', { name: 'Danh sách các ban' });
    expect(within(list).getByText('Chưa đủ thành phần')).toBeTruthy();
    expect(within(list).getByText('1 kiến nghị quá hạn trả lời')).toBeTruthy();

    const members = await openBoard();
    expect(within(members).getByText('Trưởng ban')).toBeTruthy();
    expect(screen.getByText(/Ban chưa đủ thành phần: Ban mới có 2 thành viên/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Thêm hoạt động' }) as HTMLButtonElement).disabled).toBe(true);
    const activities = screen.getByRole('table', { name: 'Danh sách hoạt động' });
    expect(within(activities).getByText('Quá hạn trả lời, hạn 10/03/2026')).toBeTruthy();

    await fill(newUser(), screen.getByLabelText('Tìm thành viên'), 'ha thi');
    expect(within(members).queryByText('Lưu Văn Thành')).toBeNull();
    expect(within(members).getByText('Hà Thị Mai')).toBeTruthy();
  });

  it('shows main’s refusal of a ward civil servant under the name field and keeps the dialog open', async () => {
    const refusal = 'Ông/bà Trần Thị Ngọc Ánh (Công chức Văn phòng - Thống kê) đang là cán bộ, công chức của phường nên không được làm thành viên Ban Thanh tra nhân dân.';
    const fake = fakeTransport({ ...replies, 'boards.saveMember': fail('CONFLICT', refusal, 'fullName') });
    renderScreen(<BoardsScreen />, fake.transport);
    await openBoard();
    const user = newUser();
    await user.click(screen.getByRole('button', { name: 'Thêm thành viên' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm thành viên' });
    await fill(user, within(dialog).getByLabelText('Họ và tên'), 'Trần Thị Ngọc Ánh');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText(refusal)).toBeTruthy();
    expect(fake.inputsOf('boards.saveMember')).toEqual([
      { boardId: 7, fullName: 'Trần Thị Ngọc Ánh', residentialGroupId: null, occupation: '', role: 'member', from: '2025-01-01', to: null },
    ]);
  });

  it('asks before deleting a member, and offers a viewer no writes', async () => {
    const fake = fakeTransport({ ...replies, 'boards.deleteMember': null });
    const { unmount } = renderScreen(<BoardsScreen />, fake.transport);
    await openBoard();
    const user = newUser();
    await user.click(screen.getByRole('button', { name: 'Xóa Hà Thị Mai' }));
    const confirm = await screen.findByRole('dialog', { name: 'Xóa Hà Thị Mai?' });
    await user.click(within(confirm).getByRole('button', { name: 'Xóa' }));
    await waitFor(() => expect(fake.inputsOf('boards.deleteMember')).toEqual([{ id: 2 }]));
    unmount();

    renderScreen(<BoardsScreen />, fakeTransport(replies).transport, { status: status({ account: viewer }) });
    await openBoard();
    expect(screen.queryByRole('button', { name: 'Thêm thành viên' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ghi trả lời' })).toBeNull();
  });
});
