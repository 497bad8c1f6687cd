import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { meetingRuleSet, type BallotDesign, type GeneratedFile, type Meeting } from '../../main/api';
import type { WindowWithApi } from '../../renderer/api/transport';
import { MeetingDocuments } from '../../renderer/meetings/MeetingDocuments';
import meetingTypes from '../../resources/meetings/meeting-types.json';
import { dialogsClosed, fail, fakeTransport, fill, newUser, renderScreen, status, viewer, type Replies } from './fakes';

const rules = meetingRuleSet.parse(meetingTypes).types.find((entry) => entry.key === 'householdBallot')!;

const ballotMeeting = { id: 9, type: 'householdBallot', title: 'Lấy ý kiến hộ gia đình tổ dân phố 3', agenda: [], versions: [], stage: 'planned' } as unknown as Meeting;

function design(overrides: Partial<BallotDesign> = {}): BallotDesign {
  return {
    meetingId: 9,
    title: 'PHIẾU LẤY Ý KIẾN HỘ GIA ĐÌNH',
    subject: 'Về việc cải tạo đường ngõ 5',
    questions: [
      { agendaItemId: 41, question: 'Mức đóng góp 500.000 đồng/hộ', choices: ['Đồng ý', 'Không đồng ý'] },
      { agendaItemId: 42, question: 'Bổ sung quy ước về vệ sinh', choices: ['Đồng ý', 'Không đồng ý'] },
    ],
    guidance: 'Đánh dấu X vào một ô.',
    otherOpinion: true,
    deadline: '2026-03-12',
    authentication: 'groupHead',
    authenticationDerived: true,
    authenticationNote: 'Tổ trưởng Tổ dân phố 3, Trần Đức Thắng, ký trực tiếp vào góc bên phải phía dưới của phiếu.',
    deadlineFrom: '2026-03-06',
    deadlineTo: '2026-04-04',
    deadlineProblem: null,
    saved: false,
    locked: null,
    households: 120,
    ...overrides,
  };
}

const pdf: GeneratedFile = { fileName: 'phieu-lay-y-kien.pdf', mediaType: 'application/pdf', contentBase64: 'JVBERi0=' };

function renderDocuments(replies: Replies, account = status().account) {
  const fake = fakeTransport({ 'files.save': { savedAs: 'D:\\phieu.pdf' }, 'meetings.exportBallots': pdf, ...replies });
  renderScreen(<MeetingDocuments meeting={ballotMeeting} rules={rules} onChange={() => undefined} />, fake.transport, { status: status({ account }) });
  return fake;
}

/** The MUI form control around an input: its label, the input and the message under it. */
const fieldOf = (input: HTMLElement) => input.closest('.MuiFormControl-root')!;

async function openDesign(user: ReturnType<typeof newUser>) {
  await user.click(screen.getByRole('button', { name: 'Thiết kế phiếu lấy ý kiến' }));
  return screen.findByRole('dialog', { name: 'Thiết kế phiếu lấy ý kiến' });
}

describe('household ballot designer', () => {
  const desktop = window as WindowWithApi;
  beforeEach(() => {
    desktop.api = { invoke: async () => ({ ok: false, error: { code: 'INTERNAL', message: 'không dùng' } }) };
  });
  afterEach(() => {
    delete desktop.api;
  });

  it('edits the questions with Vietnamese errors beside the fields, shows main’s refusal under the deadline, and saves', async () => {
    let attempts = 0;
    const fake = renderDocuments({
      'meetings.ballot': design(),
      'meetings.saveBallot': (input) => (++attempts === 1 ? fail('BAD_INPUT', 'Hạn thu phiếu phải sau ngày phát phiếu (05/03/2026).', 'deadline') : design({ ...input, saved: true })),
    });
    const user = newUser();
    const dialog = await openDesign(user);
    expect(within(dialog).getByLabelText('Tiêu đề phiếu')).toHaveProperty('value', 'PHIẾU LẤY Ý KIẾN HỘ GIA ĐÌNH');
    expect(within(dialog).getByText(/Xác nhận phiếu: Tổ trưởng Tổ dân phố 3, Trần Đức Thắng, ký/)).toBeTruthy();
    const summary = within(dialog).getByRole('status', { name: 'Tóm tắt phiếu' });
    expect(summary.textContent).toContain('có 2 nội dung lấy ý kiến (2 lựa chọn, 2 lựa chọn); có phần ý kiến khác; gửi lại phiếu trước ngày 12/03/2026');

    const choices = within(dialog).getByLabelText('Các lựa chọn của nội dung 1');
    await fill(user, choices, 'Đồng ý\nĐồng ý');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu thiết kế' }));
    await waitFor(() => expect(fieldOf(choices).textContent).toContain('Các lựa chọn không được trùng nhau.'));
    expect(fake.inputsOf('meetings.saveBallot')).toEqual([]);

    await fill(user, choices, 'Đồng ý mức 500.000 đồng\nĐồng ý mức 300.000 đồng\nKhông đồng ý');
    await user.click(within(dialog).getByLabelText('Có phần “Ý kiến khác” để hộ gia đình ghi ý kiến'));
    expect(summary.textContent).toContain('(3 lựa chọn, 2 lựa chọn); không có phần ý kiến khác');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu thiết kế' }));
    const deadline = dialog.querySelector<HTMLInputElement>('input[name="deadline"]')!;
    await waitFor(() => expect(fieldOf(deadline).textContent).toContain('Hạn thu phiếu phải sau ngày phát phiếu (05/03/2026).'));

    await user.click(within(dialog).getByRole('button', { name: 'Lưu thiết kế' }));
    await dialogsClosed();
    expect(screen.getByText('Đã lưu thiết kế phiếu lấy ý kiến.')).toBeTruthy();
    expect(fake.inputsOf('meetings.saveBallot')[1]).toEqual({
      ...fake.inputsOf('meetings.saveBallot')[0]!,
      meetingId: 9,
      otherOpinion: false,
      authentication: null,
      questions: [{ agendaItemId: 41, question: 'Mức đóng góp 500.000 đồng/hộ', choices: ['Đồng ý mức 500.000 đồng', 'Đồng ý mức 300.000 đồng', 'Không đồng ý'] }, design().questions[1]],
    });
  });

  it('prints one ballot per household by default, bounds the copies, and saves a changed design before printing', async () => {
    const fake = renderDocuments({ 'meetings.ballot': design(), 'meetings.saveBallot': (input) => design({ ...input, saved: true }) });
    const user = newUser();
    const dialog = await openDesign(user);
    const copies = within(dialog).getByLabelText('Số phiếu cần in');
    expect(copies).toHaveProperty('value', '120');
    await fill(user, copies, '2001');
    await user.click(within(dialog).getByRole('button', { name: 'In phiếu (PDF)' }));
    expect(await within(dialog).findByText('In nhiều nhất 2.000 phiếu một lần.')).toBeTruthy();
    await fill(user, copies, '40');
    await user.click(within(dialog).getByRole('button', { name: 'In phiếu (PDF)' }));
    await waitFor(() => expect(fake.inputsOf('meetings.exportBallots')).toEqual([{ meetingId: 9, format: 'pdf', copies: 40, firstNumber: 1 }]));
    expect(fake.inputsOf('meetings.saveBallot')).toEqual([]);

    await fill(user, within(dialog).getByLabelText('Tiêu đề phiếu'), 'PHIẾU XIN Ý KIẾN');
    await user.click(within(dialog).getByRole('button', { name: 'In phiếu (Word)' }));
    await waitFor(() => expect(fake.inputsOf('meetings.exportBallots')).toHaveLength(2));
    expect(fake.inputsOf('meetings.saveBallot')).toEqual([expect.objectContaining({ title: 'PHIẾU XIN Ý KIẾN' })]);
    expect(fake.inputsOf('meetings.exportBallots')[1]).toEqual({ meetingId: 9, format: 'docx', copies: 40, firstNumber: 1 });
  });

  it('prints a round of more than 2,000 households in numbered batches', async () => {
    const fake = renderDocuments({ 'meetings.ballot': design({ households: 3500 }) });
    const user = newUser();
    const dialog = await openDesign(user);
    const copies = within(dialog).getByLabelText('Số phiếu cần in');
    const firstNumber = within(dialog).getByLabelText('Từ phiếu số');
    expect(copies).toHaveProperty('value', '2000');
    expect(firstNumber).toHaveProperty('value', '1');
    expect(fieldOf(copies).textContent).toContain('Mỗi hộ một phiếu: 3.500 hộ. Còn 1.500 phiếu in đợt sau.');
    expect(fieldOf(firstNumber).textContent).toContain('In đợt sau: bắt đầu từ số tiếp theo.');
    await user.click(within(dialog).getByRole('button', { name: 'In phiếu (PDF)' }));
    await waitFor(() => expect(fake.inputsOf('meetings.exportBallots')).toEqual([{ meetingId: 9, format: 'pdf', copies: 2000, firstNumber: 1 }]));

    await user.clear(firstNumber);
    await user.click(within(dialog).getByRole('button', { name: 'In phiếu (PDF)' }));
    await waitFor(() => expect(fieldOf(firstNumber).textContent).toContain('Chưa nhập thông tin bắt buộc.'));
    await fill(user, firstNumber, '99999');
    await user.click(within(dialog).getByRole('button', { name: 'In phiếu (PDF)' }));
    await waitFor(() => expect(fieldOf(firstNumber).textContent).toContain('Số phiếu không được vượt quá 99.999 (phiếu cuối của lần in này mang số 101.998).'));
    await fill(user, firstNumber, '2001');
    await fill(user, copies, '1500');
    expect(fieldOf(copies).textContent).not.toContain('Còn');
    await user.click(within(dialog).getByRole('button', { name: 'In phiếu (PDF)' }));
    await waitFor(() => expect(fake.inputsOf('meetings.exportBallots')).toHaveLength(2));
    expect(fake.inputsOf('meetings.exportBallots')[1]).toEqual({ meetingId: 9, format: 'pdf', copies: 1500, firstNumber: 2001 });
  });

  it('warns before printing a deadline the meeting was moved past, and prints once it is corrected', async () => {
    const problem = 'Hạn gửi lại phiếu 12/03/2026 không sau ngày phát phiếu 20/03/2026: mở “Thiết kế phiếu lấy ý kiến” để sửa hạn trước khi in.';
    const fake = renderDocuments({ 'meetings.ballot': design({ saved: true, deadlineProblem: problem }), 'meetings.saveBallot': (input) => design({ ...input, saved: true }) });
    const user = newUser();
    const dialog = await openDesign(user);
    expect(within(dialog).getByText(problem).closest('[role="alert"]')).toBeTruthy();
    // The way autofill or paste reaches the date picker's hidden input.
    fireEvent.change(dialog.querySelector<HTMLInputElement>('input[name="deadline"]')!, { target: { value: '25/03/2026' } });
    await user.click(within(dialog).getByRole('button', { name: 'In phiếu (Word)' }));
    await waitFor(() => expect(fake.inputsOf('meetings.exportBallots')).toHaveLength(1));
    expect(fake.inputsOf('meetings.saveBallot')).toEqual([expect.objectContaining({ deadline: '2026-03-25' })]);
    expect(within(dialog).queryByText(problem)).toBeNull();
  });

  it('asks who authenticates the ballot when the meeting’s residential group is unknown', async () => {
    const fake = renderDocuments({
      'meetings.ballot': design({ authentication: null, authenticationDerived: false, authenticationNote: '' }),
      'meetings.saveBallot': (input) => design({ ...input, authenticationDerived: false, saved: true }),
    });
    const user = newUser();
    const dialog = await openDesign(user);
    await user.click(within(dialog).getByRole('button', { name: 'Lưu thiết kế' }));
    expect(await within(dialog).findByText('Chọn cách xác nhận phiếu.')).toBeTruthy();
    await user.selectOptions(within(dialog).getByLabelText('Xác nhận phiếu'), 'seal');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu thiết kế' }));
    await waitFor(() => expect(fake.inputsOf('meetings.saveBallot')).toEqual([expect.objectContaining({ authentication: 'seal' })]));
  });

  it('shows a locked design read-only, still printable', async () => {
    const fake = renderDocuments({ 'meetings.ballot': design({ saved: true, locked: 'Đã ghi kết quả kiểm phiếu nên không sửa được thiết kế phiếu.' }) });
    const user = newUser();
    const dialog = await openDesign(user);
    expect(within(dialog).getByText('Đã ghi kết quả kiểm phiếu nên không sửa được thiết kế phiếu.')).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Lưu thiết kế' })).toBeNull();
    expect(within(dialog).queryByLabelText('Tiêu đề phiếu')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'In phiếu (PDF)' }));
    await waitFor(() => expect(fake.inputsOf('meetings.exportBallots')).toEqual([{ meetingId: 9, format: 'pdf', copies: 120, firstNumber: 1 }]));
    await user.click(within(dialog).getByRole('button', { name: 'Đóng' }));
    await dialogsClosed();
  });

  it('lets a viewer print but not change the design', async () => {
    renderDocuments({ 'meetings.ballot': design() }, viewer);
    const dialog = await openDesign(newUser());
    expect(within(dialog).getByText('Bạn chỉ có quyền xem và in phiếu.')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'In phiếu (Word)' })).toBeTruthy();
  });
});
