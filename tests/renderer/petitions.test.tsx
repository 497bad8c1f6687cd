import { screen, waitFor, within } from '@testing-library/react';
import type { In, LedgerRules, Petition } from '../../main/api';
import { OpinionLedgerButton } from '../../renderer/petitions/OpinionLedgerButton';
import { PetitionsScreen } from '../../renderer/petitions/PetitionsScreen';
import rulesFile from '../../resources/petitions/petition-rules.json';
import { dialogsClosed, fail, fakeTransport, fill, newUser, renderScreen, status, staffMember, viewer, type Replies } from './fakes';

const rules: LedgerRules = { ...rulesFile, settings: { answerWorkingDays: 10 } };
const staff = [staffMember(4, 'Lê Thị Hoa', 'Công chức Địa chính - Xây dựng')];

const petition = (overrides: Partial<Petition> = {}): Petition => ({
  id: 7,
  source: 'hotline',
  sourceNote: '',
  boxOpeningId: null,
  meetingId: null,
  receivedOn: '2026-02-13',
  person: { name: 'Nguyễn Văn Bình', address: 'Số 12 ngõ 5', phone: '0912 345 678', residentialGroupId: null, residentialGroupName: null },
  personHidden: false,
  content: 'Đề nghị xử lý việc đổ rác thải sai nơi quy định.',
  category: 'environment',
  categoryLabel: 'Môi trường',
  assigneeId: null,
  assigneeName: null,
  dueOn: '2026-03-06',
  status: 'received',
  overdue: true,
  answer: '',
  answeredOn: null,
  forwardedTo: '',
  forwardedOn: null,
  closedOn: null,
  closingNote: '',
  actions: ['edit', 'assign', 'answer', 'forward', 'close'],
  ...overrides,
});

const page = (rows: Petition[], personHidden = false) => ({ rows, total: rows.length, page: 1, pageSize: 50, personHidden });

function start(overrides: Replies = {}, account = status().account) {
  const fake = fakeTransport({
    'petitions.rules': rules,
    'petitions.list': page([petition()]),
    'staff.list': staff,
    'residentialGroups.list': [],
    'attachments.list': [],
    ...overrides,
  });
  renderScreen(<PetitionsScreen />, fake.transport, { status: status({ account }) });
  return fake;
}

describe('the petitions ledger screen', () => {
  it('lists the entries with the overdue deadline marked, and sends each filter to main', async () => {
    const user = newUser();
    const fake = start();
    const table = await screen.findByRole('table', { name: 'Sổ theo dõi ý kiến, kiến nghị' });
    expect(within(table).getByText('Nguyễn Văn Bình')).toBeTruthy();
    expect(within(table).getByText('06/03/2026 (quá hạn)')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Trạng thái'), 'inProgress');
    await user.selectOptions(screen.getByLabelText('Lĩnh vực'), 'land');
    await user.click(screen.getByLabelText('Chỉ quá hạn'));
    await fill(user, screen.getByLabelText('Tìm (gõ có dấu hoặc không dấu)'), 'rac thai');
    await waitFor(() => expect(fake.inputsOf('petitions.list').at(-1)).toMatchObject({ status: 'inProgress', category: 'land', overdueOnly: true, query: 'rac thai', page: 1 }));
  });

  it('shows a viewer that the sender is hidden and offers no changes', async () => {
    start({ 'petitions.list': page([petition({ person: null, personHidden: true })], true) }, viewer);
    const table = await screen.findByRole('table', { name: 'Sổ theo dõi ý kiến, kiến nghị' });
    expect(within(table).getByText('Ẩn (thông tin cá nhân)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mở hòm thư góp ý' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Thời hạn trả lời' })).toBeNull();
    await newUser().click(within(table).getByRole('button', { name: /Đề nghị xử lý/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Thông tin người gửi được ẩn với tài khoản của bạn.')).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Trả lời' })).toBeNull();
  });

  it('shows an empty ledger with the button to record the first entry', async () => {
    start({ 'petitions.list': page([]) });
    expect(await screen.findByText('Không có kiến nghị, phản ánh nào theo điều kiện đã chọn')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Ghi kiến nghị mới' })).toHaveLength(2);
  });

  it('records a suggestion-box opening with each letter typed, and shows main’s refusal under the witnesses', async () => {
    const user = newUser();
    let refused = false;
    const fake = start({
      'petitions.openBox': (input: In<'petitions.openBox'>) => {
        if (!refused) return ((refused = true), fail('BAD_INPUT', 'Việc mở hòm thư cần ít nhất 2 người chứng kiến khác nhau.', 'witnesses'));
        return { id: 1, openedOn: input.openedOn, place: input.place, witnesses: input.witnesses ?? [], letterCount: 2, note: '', petitionIds: [8, 9] };
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Mở hòm thư góp ý' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mở hòm thư góp ý' });
    await fill(user, within(dialog).getByLabelText('Người chứng kiến (mỗi người một dòng)'), 'Phạm Văn Dũng');
    await user.click(within(dialog).getByRole('button', { name: 'Thêm thư' }));
    await user.click(within(dialog).getByRole('button', { name: 'Thêm thư' }));
    await fill(user, within(dialog).getByLabelText('Nội dung thư số 1'), 'Phản ánh tiếng ồn karaoke.');
    await fill(user, within(dialog).getByLabelText('Nội dung thư số 2'), 'Đề nghị sửa mương thoát nước.');
    await user.selectOptions(within(dialog).getByLabelText('Lĩnh vực thư số 2'), 'environment');
    expect(within(dialog).getByText('Số thư tìm thấy: 2')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Ghi vào sổ' }));
    expect(await within(dialog).findByText('Việc mở hòm thư cần ít nhất 2 người chứng kiến khác nhau.')).toBeTruthy();
    await fill(user, within(dialog).getByLabelText('Người chứng kiến (mỗi người một dòng)'), 'Phạm Văn Dũng\nHoàng Thị Lan');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi vào sổ' }));
    await dialogsClosed();
    expect(fake.inputsOf('petitions.openBox').at(-1)).toMatchObject({
      witnesses: ['Phạm Văn Dũng', 'Hoàng Thị Lan'],
      letterCount: 2,
      letters: [
        { content: 'Phản ánh tiếng ồn karaoke.', category: 'other' },
        { content: 'Đề nghị sửa mương thoát nước.', category: 'environment' },
      ],
    });
    expect(await screen.findByText('Đã ghi 2 thư vào sổ theo dõi.')).toBeTruthy();
  });

  it('changes the ward’s default answer deadline, refusing 0 days, and shows the new one in the next entry', async () => {
    const user = newUser();
    let saved = rules.settings;
    const fake = start({
      'petitions.rules': () => ({ ...rules, settings: saved }),
      'petitions.saveSettings': (input: In<'petitions.saveSettings'>) => (saved = input),
    });
    await user.click(await screen.findByRole('button', { name: 'Thời hạn trả lời' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thời hạn trả lời mặc định' });
    const days = within(dialog).getByLabelText('Số ngày làm việc kể từ ngày tiếp nhận');
    expect((days as HTMLInputElement).value).toBe('10');
    await fill(user, days, '0');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Thời hạn phải từ 1 ngày làm việc.')).toBeTruthy();
    expect(fake.inputsOf('petitions.saveSettings')).toEqual([]);
    await fill(user, days, '15');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await dialogsClosed();
    expect(fake.inputsOf('petitions.saveSettings')).toEqual([{ answerWorkingDays: 15 }]);
    await user.click((await screen.findAllByRole('button', { name: 'Ghi kiến nghị mới' }))[0]!);
    expect(within(await screen.findByRole('dialog', { name: 'Ghi kiến nghị, phản ánh vào sổ' })).getByText(/tự tính 15 ngày làm việc/)).toBeTruthy();
  });

  it('records a new entry with its sender, leaving the deadline for main to compute', async () => {
    const user = newUser();
    const fake = start({ 'petitions.save': (input: In<'petitions.save'>) => petition({ id: 12, content: input.content, source: input.source }) });
    await user.click((await screen.findAllByRole('button', { name: 'Ghi kiến nghị mới' }))[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'Ghi kiến nghị, phản ánh vào sổ' });
    expect(within(dialog).getByText(/tự tính 10 ngày làm việc/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Không được để trống.')).toBeTruthy();
    await user.selectOptions(within(dialog).getByLabelText('Nguồn'), 'email');
    await fill(user, within(dialog).getByLabelText('Nội dung'), 'Đèn đường ngõ 7 bị hỏng.');
    await user.selectOptions(within(dialog).getByLabelText('Người được giao xử lý'), '4');
    await fill(user, within(dialog).getByLabelText('Họ và tên'), 'Trần Thị Cúc');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByRole('dialog', { name: /Kiến nghị, phản ánh nhận ngày/ })).toBeTruthy();
    expect(fake.inputsOf('petitions.save')).toEqual([
      expect.objectContaining({ source: 'email', content: 'Đèn đường ngõ 7 bị hỏng.', assigneeId: 4, dueOn: null, person: { name: 'Trần Thị Cúc', address: '', phone: '', residentialGroupId: null } }),
    ]);
  });

  it('answers an entry, and closes one only after a confirmation, showing main’s refusal', async () => {
    const user = newUser();
    const fake = start({
      'petitions.answer': (input: In<'petitions.answer'>) => petition({ status: 'answered', answer: input.answer, answeredOn: input.answeredOn, overdue: false, actions: ['edit', 'close'] }),
      'petitions.close': fail('CONFLICT', 'Phản ánh này đã đóng rồi.'),
    });
    await user.click(await screen.findByRole('button', { name: /Đề nghị xử lý/ }));
    const detail = await screen.findByRole('dialog');
    expect(within(detail).getByText('Đã quá hạn trả lời (06/03/2026).')).toBeTruthy();
    await user.click(within(detail).getByRole('button', { name: 'Trả lời' }));
    const answer = await screen.findByRole('dialog', { name: 'Ghi kết quả trả lời' });
    await fill(user, within(answer).getByLabelText('Nội dung trả lời'), 'Đã yêu cầu thu gom.');
    await user.click(within(answer).getByRole('button', { name: 'Lưu trả lời' }));
    const answered = await screen.findByRole('dialog', { name: /Kiến nghị, phản ánh nhận ngày 13\/02\/2026/ });
    expect(fake.inputsOf('petitions.answer')).toEqual([{ id: 7, answer: 'Đã yêu cầu thu gom.', answeredOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);
    expect(within(answered).queryByRole('button', { name: 'Trả lời' })).toBeNull();

    await user.click(within(answered).getByRole('button', { name: 'Đóng phản ánh' }));
    const closing = await screen.findByRole('dialog', { name: 'Đóng phản ánh' });
    await user.click(within(closing).getByRole('button', { name: 'Đóng' }));
    const confirm = await screen.findByRole('dialog', { name: 'Đóng phản ánh này?' });
    await user.click(within(confirm).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Đóng phản ánh này?' })).toBeNull());
    expect(fake.inputsOf('petitions.close')).toEqual([]);
    await user.click(await within(closing).findByRole('button', { name: 'Đóng' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Đóng phản ánh này?' })).getByRole('button', { name: 'Đóng phản ánh' }));
    expect(await within(closing).findByText('Phản ánh này đã đóng rồi.')).toBeTruthy();
  });
});

describe('the button that moves a meeting opinion into the ledger', () => {
  it('looks up the opinion’s current id at the click and shows main’s refusal of a second entry', async () => {
    const user = newUser();
    const fake = fakeTransport({
      'petitions.opinionLinks': [
        { opinionId: 31, position: 1, petitionId: null },
        { opinionId: 32, position: 2, petitionId: 5 },
      ],
      'petitions.fromOpinion': fail('CONFLICT', 'Ý kiến này đã được chuyển vào sổ.'),
    });
    renderScreen(<OpinionLedgerButton agendaItemId={3} position={2} speaker="Bà Lý Thị Mai" />, fake.transport);
    await user.click(await screen.findByRole('button', { name: 'Chuyển ý kiến của Bà Lý Thị Mai vào sổ theo dõi' }));
    expect(await screen.findByText('Ý kiến này đã được chuyển vào sổ.')).toBeTruthy();
    expect(fake.inputsOf('petitions.opinionLinks')).toEqual([{ agendaItemId: 3 }]);
    expect(fake.inputsOf('petitions.fromOpinion')).toEqual([{ opinionId: 32 }]);
  });

  it('is not offered to an account that cannot write the ledger', async () => {
    renderScreen(<OpinionLedgerButton agendaItemId={3} position={1} speaker="Bà Lý Thị Mai" />, fakeTransport({}).transport, { status: status({ account: viewer }) });
    await waitFor(() => expect(screen.queryByRole('button')).toBeNull());
  });
});
