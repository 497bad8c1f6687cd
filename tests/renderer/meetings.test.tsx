import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { meetingRuleSet, type AgendaItem, type GeneratedFile, type Meeting, type MeetingSummary, type QuorumStatus } from '../../main/api';
import type { WindowWithApi } from '../../renderer/api/transport';
import { navigationFor } from '../../renderer/app/navigation';
import { MeetingsScreen } from '../../renderer/meetings/MeetingsScreen';
import { useOpenMeeting } from '../../renderer/meetings/openMeeting';
import meetingTypes from '../../resources/meetings/meeting-types.json';
import { dialogsClosed, fail, fakeTransport, fill, newUser, renderScreen, status, type Replies, staffMember, viewer } from './fakes';

const ruleSet = meetingRuleSet.parse(meetingTypes);
const year = new Date().getFullYear();

const staff = [
  staffMember(1, 'Trần Văn Bình', 'Chủ tịch UBND'),
  staffMember(2, 'Lê Thị Hoa', 'Chủ tịch Công đoàn cơ sở'),
  staffMember(3, 'Ngô Văn Dũng', 'Công chức Tư pháp - Hộ tịch'),
];
const participants: Meeting['participants'] = staff.map((member) => ({
  id: member.id + 100,
  kind: 'staff',
  staffMemberId: member.id,
  name: member.fullName,
  detail: member.position,
  present: null,
}));

const notRecorded: QuorumStatus = { recorded: false, valid: false, present: 0, eligible: 3, required: 2, missing: 2, message: 'Chưa điểm danh.' };

function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 7,
    type: 'staffConference',
    title: 'Hội nghị cán bộ, công chức năm 2026',
    subject: 'Tổng kết năm 2025',
    residentialGroupId: null,
    residentialGroupName: null,
    date: '2026-01-20',
    startTime: '08:00',
    endTime: '',
    place: 'Hội trường UBND phường',
    noticeDate: '2026-01-12',
    noticeWarning: null,
    chair: 'Trần Văn Bình',
    chairPosition: 'Chủ tịch UBND',
    presidium: [],
    secretary: 'Ngô Văn Dũng',
    secretaryPosition: '',
    eligibleCount: 3,
    presentCount: null,
    documents: [],
    contact: '',
    participants,
    proceedings: '',
    conclusion: '',
    quorum: notRecorded,
    agenda: [],
    tasks: [],
    preparation: [],
    consultation: [],
    stage: 'planned',
    versions: [],
    deliveryDue: null,
    deliveredOn: null,
    invitationNumber: null,
    ...overrides,
  };
}

function summary(overrides: Partial<MeetingSummary> = {}): MeetingSummary {
  return {
    id: 7,
    type: 'staffConference',
    title: 'Hội nghị cán bộ, công chức năm 2026',
    date: '2026-01-20',
    residentialGroupName: null,
    stage: 'planned',
    eligibleCount: 3,
    presentCount: null,
    attendancePercent: null,
    decisionsPassed: 0,
    decisionsTotal: 0,
    ...overrides,
  };
}

function voteItem(overrides: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id: 31,
    position: 1,
    title: 'Thông qua Nghị quyết hội nghị',
    presenter: 'Trần Văn Bình',
    content: '',
    kind: 'vote',
    matter: 'resolution',
    opinions: [],
    vote: null,
    seats: null,
    candidates: [],
    conclusion: '',
    result: null,
    ...overrides,
  };
}

function renderMeetings(replies: Replies = {}, account = status().account) {
  const fake = fakeTransport({
    'meetings.rules': ruleSet,
    'meetings.list': [summary()],
    'meetings.get': meeting(),
    'staff.list': staff,
    'residentialGroups.list': [
      { id: 4, name: 'Tổ dân phố số 4', householdCount: 120, headName: '', note: '' },
      { id: 5, name: 'Tổ dân phố số 5', householdCount: 95, headName: '', note: '' },
    ],
    'attachments.list': [],
    ...replies,
  });
  renderScreen(<MeetingsScreen />, fake.transport, { status: status({ account }) });
  return fake;
}


/** Opens the meeting from the list, the way the clerk does. */
async function openFromList(user: ReturnType<typeof newUser>, title = 'Hội nghị cán bộ, công chức năm 2026') {
  await user.click(await screen.findByRole('button', { name: title }));
  return screen.findByRole('heading', { name: title });
}

async function openTab(user: ReturnType<typeof newUser>, name: string) {
  await user.click(await screen.findByRole('tab', { name }));
  return screen.getByRole('tabpanel');
}

/** Types a dd/MM/yyyy date the way autofill or paste reaches the picker's hidden input. */
function enterDate(container: HTMLElement, name: string, text: string) {
  const input = container.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!input) throw new Error(`No date input named ${name}`);
  fireEvent.change(input, { target: { value: text } });
}

describe('meeting list', () => {
  it('lists this year’s meetings with type, stage, attendance and decisions, filters by type and exports to Excel', async () => {
    const desktop = window as WindowWithApi;
    desktop.api = { invoke: async () => ({ ok: false, error: { code: 'INTERNAL', message: 'không dùng' } }) };
    const workbook: GeneratedFile = { fileName: 'cuoc-hop.xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', contentBase64: 'UEs=' };
    try {
      const fake = renderMeetings({
        'meetings.list': [
          summary({ stage: 'held', presentCount: 18, eligibleCount: 25, attendancePercent: 72, decisionsPassed: 1, decisionsTotal: 2 }),
          summary({ id: 8, type: 'residentsMeeting', title: 'Họp bàn đóng góp làm đường', date: '2026-03-05', residentialGroupName: 'Tổ dân phố số 4', stage: 'finalized' }),
        ],
        'meetings.exportList': workbook,
        'files.save': { savedAs: 'D:\\cuoc-hop.xlsx' },
      });
      const user = newUser();
      const table = await screen.findByRole('table', { name: 'Danh sách cuộc họp' });
      const rows = within(table).getAllByRole('row').slice(1).map((row) => row.textContent);
      expect(rows).toEqual([
        '20/01/2026Hội nghị cán bộ, công chức, viên chức, người lao độngHội nghị cán bộ, công chức năm 2026Đã họp18/25 (72,0 %)1/2 thông qua',
        '05/03/2026Cuộc họp cộng đồng dân cư bàn và quyết địnhHọp bàn đóng góp làm đườngTổ dân phố số 4Đã hoàn thiện biên bảnChưa điểm danh—',
      ]);
      expect(fake.inputsOf('meetings.list')).toEqual([{ from: `${year}-01-01`, to: `${year}-12-31`, type: null }]);

      await user.selectOptions(screen.getByLabelText('Loại cuộc họp'), 'residentsMeeting');
      await waitFor(() => expect(fake.inputsOf('meetings.list')).toHaveLength(2));
      expect(fake.inputsOf('meetings.list')[1]).toEqual({ from: `${year}-01-01`, to: `${year}-12-31`, type: 'residentsMeeting' });

      await user.click(screen.getByRole('button', { name: 'Xuất Excel' }));
      expect(await screen.findByText('Đã lưu tệp vào D:\\cuoc-hop.xlsx.')).toBeTruthy();
      expect(fake.inputsOf('meetings.exportList')).toEqual([{ from: `${year}-01-01`, to: `${year}-12-31`, type: 'residentsMeeting' }]);
    } finally {
      delete desktop.api;
    }
  });

  it('offers a clerk to create the first meeting, and a viewer only the list', async () => {
    renderMeetings({ 'meetings.list': [] });
    expect(await screen.findByText('Không có cuộc họp nào trong thời gian này')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Tạo cuộc họp' })).toHaveLength(2);
  });

  it('shows a viewer the meetings without a create button', async () => {
    renderMeetings({}, viewer);
    expect(await screen.findByRole('table', { name: 'Danh sách cuộc họp' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tạo cuộc họp' })).toBeNull();
  });

  it('puts both meeting screens in a ward’s navigation, not in a superior office’s', () => {
    const labels = (groups: ReturnType<typeof navigationFor>) => groups.flatMap((group) => group.items.map((item) => item.label));
    expect(labels(navigationFor('ward', 'unionOfficer'))).toEqual(expect.arrayContaining(['Cuộc họp, hội nghị', 'Tìm trong biên bản']));
    expect(labels(navigationFor('superior', 'administrator'))).not.toContain('Cuộc họp, hội nghị');
  });
});

describe('planning a meeting', () => {
  it('creates a staff conference inviting the checked staff and guests, then opens it with main’s notice warning', async () => {
    const warning = 'Giấy mời gửi ngày 19/01/2026, muộn hơn thời hạn thông báo trước 2 ngày.';
    const fake = renderMeetings({ 'meetings.savePlan': meeting({ noticeWarning: warning }), 'meetings.get': meeting({ noticeWarning: warning }) });
    const user = newUser();
    await user.click((await screen.findAllByRole('button', { name: 'Tạo cuộc họp' }))[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'Tạo cuộc họp' });

    await user.selectOptions(within(dialog).getByLabelText('Loại cuộc họp'), 'staffConference');
    expect(within(dialog).getByLabelText('Quy định của loại cuộc họp').textContent).toContain(
      'Người triệu tập: Người đứng đầu cơ quan phối hợp với Ban Chấp hành công đoàn cơ sở.',
    );
    expect(await within(dialog).findByText('Cán bộ được mời (3/3)')).toBeTruthy();
    await user.click(within(dialog).getByLabelText('Ngô Văn Dũng – Công chức Tư pháp - Hộ tịch'));
    expect(within(dialog).getByText('Cán bộ được mời (2/3)')).toBeTruthy();

    await fill(user, within(dialog).getByLabelText('Tên cuộc họp'), 'Hội nghị cán bộ, công chức năm 2026');
    enterDate(dialog, 'date', '20/01/2026');
    enterDate(dialog, 'noticeDate', '19/01/2026');
    await fill(user, within(dialog).getByLabelText('Địa điểm'), 'Hội trường UBND phường');
    await fill(user, within(dialog).getByLabelText('Đoàn Chủ tịch'), 'Trần Văn Bình - Chủ tịch UBND\nLê Thị Hoa - Chủ tịch Công đoàn cơ sở');
    await fill(user, within(dialog).getByLabelText('Khách mời'), 'Hoàng Văn Nam - Chủ tịch Ủy ban MTTQ phường');
    await user.click(within(dialog).getByRole('button', { name: 'Tạo cuộc họp' }));

    await waitFor(() => expect(fake.inputsOf('meetings.savePlan')).toHaveLength(1));
    expect(fake.inputsOf('meetings.savePlan')[0]).toEqual({
      id: undefined,
      type: 'staffConference',
      title: 'Hội nghị cán bộ, công chức năm 2026',
      subject: '',
      residentialGroupId: null,
      date: '2026-01-20',
      startTime: '08:00',
      place: 'Hội trường UBND phường',
      noticeDate: '2026-01-19',
      chair: '',
      chairPosition: '',
      presidium: ['Trần Văn Bình - Chủ tịch UBND', 'Lê Thị Hoa - Chủ tịch Công đoàn cơ sở'],
      secretary: '',
      secretaryPosition: '',
      eligibleCount: 2,
      documents: [],
      contact: '',
      participants: [
        { kind: 'staff', staffMemberId: 1, name: 'Trần Văn Bình', detail: 'Chủ tịch UBND', present: null },
        { kind: 'staff', staffMemberId: 2, name: 'Lê Thị Hoa', detail: 'Chủ tịch Công đoàn cơ sở', present: null },
        { kind: 'guest', staffMemberId: null, name: 'Hoàng Văn Nam', detail: 'Chủ tịch Ủy ban MTTQ phường', present: null },
      ],
    });
    await dialogsClosed();
    expect(await screen.findByRole('heading', { name: 'Hội nghị cán bộ, công chức năm 2026' })).toBeTruthy();
    expect(screen.getByText(warning)).toBeTruthy();
  });

  it('takes the household count of the chosen residential group and shows main’s refusal in the dialog', async () => {
    const fake = renderMeetings({ 'meetings.savePlan': fail('BAD_INPUT', 'Ngày thông báo phải trước ngày họp.', 'noticeDate') });
    const user = newUser();
    await user.click((await screen.findAllByRole('button', { name: 'Tạo cuộc họp' }))[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'Tạo cuộc họp' });
    expect((within(dialog).getByLabelText('Loại cuộc họp') as HTMLSelectElement).value).toBe('residentsMeeting');
    await user.selectOptions(await within(dialog).findByLabelText('Tổ dân phố'), 'Tổ dân phố số 4');
    expect((within(dialog).getByLabelText('Tổng số hộ') as HTMLInputElement).value).toBe('120');
    await fill(user, within(dialog).getByLabelText('Tổng số hộ'), '118');
    expect(within(dialog).queryByText(/Cán bộ được mời/)).toBeNull();

    await fill(user, within(dialog).getByLabelText('Tên cuộc họp'), 'Họp bàn đóng góp làm đường');
    enterDate(dialog, 'date', '05/03/2026');
    enterDate(dialog, 'noticeDate', '06/03/2026');
    await fill(user, within(dialog).getByLabelText('Địa điểm'), 'Nhà văn hóa tổ 4');
    await user.click(within(dialog).getByRole('button', { name: 'Tạo cuộc họp' }));

    expect(await within(dialog).findByText('Ngày thông báo phải trước ngày họp.')).toBeTruthy();
    expect(fake.inputsOf('meetings.savePlan')[0]).toMatchObject({ type: 'residentsMeeting', residentialGroupId: 4, eligibleCount: 118, participants: [] });
  });

  it('adds the standard order of business of the type as agenda items, in order', async () => {
    const rules = ruleSet.types.find((type) => type.key === 'staffConference')!;
    const fake = renderMeetings({ 'meetings.saveAgendaItem': () => meeting({ agenda: [voteItem()] }) });
    const user = newUser();
    await openFromList(user);
    const panel = await openTab(user, 'Nội dung');
    await user.click(within(panel).getByRole('button', { name: 'Thêm các nội dung theo trình tự quy định' }));
    await waitFor(() => expect(fake.inputsOf('meetings.saveAgendaItem')).toHaveLength(rules.orderOfBusiness.length));
    expect(fake.inputsOf('meetings.saveAgendaItem')).toEqual(rules.orderOfBusiness.map((title) => ({ meetingId: 7, title, kind: 'discussion' })));
    expect(await within(panel).findByRole('heading', { name: '1. Thông qua Nghị quyết hội nghị' })).toBeTruthy();
  });
});

describe('attendance', () => {
  it('records each tick at once and shows the quorum main computes', async () => {
    const short = 'Hội nghị không hợp lệ: có mặt 1/3 người, cần ít nhất 2 người (2/3); còn thiếu 1 người.';
    const valid = 'Hội nghị hợp lệ: có mặt 3/3 người (100 %), đạt tối thiểu 2/3.';
    const fake = renderMeetings({
      'meetings.recordAttendance': (input) => {
        const present = new Map((input.present ?? []).map((entry) => [entry.participantId, entry.present]));
        const count = [...present.values()].filter(Boolean).length;
        return meeting({
          participants: participants.map((participant) => ({ ...participant, present: present.get(participant.id) ?? participant.present })),
          presentCount: count,
          quorum: { recorded: true, valid: count >= 2, present: count, eligible: 3, required: 2, missing: Math.max(0, 2 - count), message: count >= 2 ? valid : short },
        });
      },
    });
    const user = newUser();
    await openFromList(user);
    const panel = await openTab(user, 'Điểm danh');
    expect(within(panel).getByText('Chưa điểm danh.')).toBeTruthy();

    within(panel).getByLabelText('Trần Văn Bình – Chủ tịch UBND').focus();
    await user.keyboard(' ');
    await waitFor(() => expect(fake.inputsOf('meetings.recordAttendance')).toHaveLength(1));
    expect(fake.inputsOf('meetings.recordAttendance')[0]).toEqual({
      meetingId: 7,
      presentCount: null,
      endTime: '',
      present: [
        { participantId: 101, present: true },
        { participantId: 102, present: false },
        { participantId: 103, present: false },
      ],
    });
    expect(await within(panel).findByText(short)).toBeTruthy();
    expect(within(panel).getByText('Có mặt 1/3 người')).toBeTruthy();

    await user.click(within(panel).getByRole('button', { name: 'Tất cả có mặt' }));
    expect(await within(panel).findByText(valid)).toBeTruthy();
    expect(fake.inputsOf('meetings.recordAttendance')[1]).toMatchObject({
      present: [101, 102, 103].map((participantId) => ({ participantId, present: true })),
    });
    expect((within(panel).getByLabelText('Ngô Văn Dũng – Công chức Tư pháp - Hộ tịch') as HTMLInputElement).checked).toBe(true);
  });

  it('counts the households represented at a residents’ meeting, with the end time', async () => {
    const residents = meeting({ type: 'residentsMeeting', title: 'Họp bàn đóng góp làm đường', participants: [], eligibleCount: 120, quorum: null });
    const fake = renderMeetings({
      'meetings.list': [summary({ type: 'residentsMeeting', title: residents.title })],
      'meetings.get': residents,
      'meetings.recordAttendance': { ...residents, presentCount: 80, endTime: '10:30' },
    });
    const user = newUser();
    await openFromList(user, residents.title);
    const panel = await openTab(user, 'Điểm danh');
    expect(within(panel).getByText('Tổng số hộ của tổ: 120.')).toBeTruthy();
    await fill(user, within(panel).getByLabelText('Số hộ có đại diện tham dự'), '80');
    await fill(user, within(panel).getByLabelText('Giờ kết thúc'), '10:30');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(fake.inputsOf('meetings.recordAttendance')).toEqual([{ meetingId: 7, presentCount: 80, present: [], endTime: '10:30' }]));
  });
});

describe('agenda', () => {
  it('records a vote, shows main’s refusal next to the form, then the result main computed', async () => {
    const refusal = 'Tổng số phiếu đồng ý, không đồng ý và không có ý kiến (4) lớn hơn số người có mặt (3).';
    const passed = 'Thông qua: 2/3 người có mặt (66,67 %) đồng ý; cần quá 1/2 số người có mặt.';
    let attempts = 0;
    const fake = renderMeetings({
      'meetings.get': meeting({ agenda: [voteItem()] }),
      'meetings.saveAgendaItem': (input) => {
        attempts += 1;
        if (attempts === 1) return fail('BAD_INPUT', refusal);
        return meeting({ agenda: [voteItem({ vote: { method: 'showOfHands', for: 2, against: 1, abstain: 0, invalid: 0, countingBoard: [] }, result: { passed: true, baseLabel: 'người có mặt', baseCount: 3, required: 2, message: passed, elected: [], tied: [] }, opinions: input.opinions as AgendaItem['opinions'] })] });
      },
    });
    const user = newUser();
    await openFromList(user);
    const panel = await openTab(user, 'Nội dung');
    await user.click(within(panel).getByRole('button', { name: 'Sửa “Thông qua Nghị quyết hội nghị”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa nội dung' });

    await user.selectOptions(within(dialog).getByLabelText('Loại nội dung'), 'vote');
    expect((within(dialog).getByLabelText('Vấn đề biểu quyết') as HTMLSelectElement).value).toBe('resolution');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu nội dung' }));
    expect(within(dialog).getAllByText('Chưa nhập thông tin bắt buộc.')).toHaveLength(3);

    await fill(user, within(dialog).getByLabelText('Số đồng ý'), '3');
    await fill(user, within(dialog).getByLabelText('Số không đồng ý'), '1');
    await fill(user, within(dialog).getByLabelText('Số không có ý kiến'), '0');
    await user.click(within(dialog).getByRole('button', { name: 'Thêm ý kiến' }));
    const opinion = within(dialog).getByRole('group', { name: 'Ý kiến 1' });
    await fill(user, within(opinion).getByLabelText('Người phát biểu'), 'Lê Thị Hoa');
    await fill(user, within(opinion).getByLabelText('Tóm tắt ý kiến'), 'Đề nghị bổ sung chỉ tiêu đóng góp quỹ.');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu nội dung' }));
    expect(await within(dialog).findByText(refusal)).toBeTruthy();

    await fill(user, within(dialog).getByLabelText('Số đồng ý'), '2');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu nội dung' }));
    await dialogsClosed();
    expect(fake.inputsOf('meetings.saveAgendaItem')[1]).toEqual({
      id: 31,
      meetingId: 7,
      title: 'Thông qua Nghị quyết hội nghị',
      presenter: 'Trần Văn Bình',
      content: '',
      kind: 'vote',
      matter: 'resolution',
      opinions: [{ speaker: 'Lê Thị Hoa', summary: 'Đề nghị bổ sung chỉ tiêu đóng góp quỹ.', answeredBy: '', answer: '' }],
      vote: { method: 'showOfHands', for: 2, against: 1, abstain: 0, invalid: 0, countingBoard: [] },
      seats: null,
      candidates: [],
      conclusion: '',
    });
    expect(within(panel).getByText(passed)).toBeTruthy();
    expect(within(panel).getByText('Đồng ý: 2 · Không đồng ý: 1 · Không ý kiến: 0')).toBeTruthy();
  });

  it('elects candidates picked from the staff register and shows who is elected and who tied', async () => {
    const election = voteItem({ id: 32, title: 'Bầu Ban Thanh tra nhân dân', kind: 'election', matter: 'inspectionBoard', seats: 3 });
    const result = {
      passed: true,
      baseLabel: 'người có mặt',
      baseCount: 3,
      required: 2,
      message: 'Bầu được 2/3 thành viên; cần bầu lại 1 người.',
      elected: ['Lê Thị Hoa', 'Ngô Văn Dũng'],
      tied: ['Phan Thị Mai', 'Đinh Văn Tú'],
    };
    const fake = renderMeetings({
      'meetings.get': meeting({ agenda: [election] }),
      'meetings.saveAgendaItem': meeting({ agenda: [{ ...election, result }] }),
    });
    const user = newUser();
    await openFromList(user);
    const panel = await openTab(user, 'Nội dung');
    await user.click(within(panel).getByRole('button', { name: 'Sửa “Bầu Ban Thanh tra nhân dân”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa nội dung' });
    expect(within(dialog).getByText('Từ 3 đến 9 người.')).toBeTruthy();
    await user.selectOptions(await within(dialog).findByLabelText('Thêm cán bộ ứng cử'), 'Lê Thị Hoa – Chủ tịch Công đoàn cơ sở');
    await user.click(within(dialog).getByRole('button', { name: 'Thêm người ngoài danh sách' }));
    const typed = within(dialog).getByRole('group', { name: 'Người ứng cử 2' });
    await fill(user, within(typed).getByLabelText('Họ và tên'), 'Phan Thị Mai');
    await fill(user, within(within(dialog).getByRole('group', { name: 'Người ứng cử 1' })).getByLabelText('Số phiếu bầu'), '3');
    await fill(user, within(typed).getByLabelText('Số phiếu bầu'), '1');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu nội dung' }));
    await dialogsClosed();

    expect(fake.inputsOf('meetings.saveAgendaItem')[0]).toMatchObject({
      kind: 'election',
      matter: 'inspectionBoard',
      seats: 3,
      vote: null,
      candidates: [
        { name: 'Lê Thị Hoa', staffMemberId: 2, position: 'Chủ tịch Công đoàn cơ sở', votes: 3 },
        { name: 'Phan Thị Mai', staffMemberId: null, position: '', votes: 1 },
      ],
    });
    expect(within(panel).getByText('Bằng phiếu ở vị trí cuối: Phan Thị Mai, Đinh Văn Tú. Cần bầu lại giữa những người này.')).toBeTruthy();
  });

  it('moves an item and deletes one after a confirmation', async () => {
    const first = voteItem({ id: 31, title: 'Báo cáo kết quả năm 2025', kind: 'discussion', matter: null });
    const second = voteItem({ id: 32, position: 2 });
    const fake = renderMeetings({
      'meetings.get': meeting({ agenda: [first, second] }),
      'meetings.moveAgendaItem': meeting({ agenda: [second, first] }),
      'meetings.deleteAgendaItem': meeting({ agenda: [second] }),
    });
    const user = newUser();
    await openFromList(user);
    const panel = await openTab(user, 'Nội dung');
    expect(within(panel).getByRole('button', { name: 'Chuyển lên “Báo cáo kết quả năm 2025”' }).hasAttribute('disabled')).toBe(true);
    await user.click(within(panel).getByRole('button', { name: 'Chuyển xuống “Báo cáo kết quả năm 2025”' }));
    expect(await within(panel).findByRole('heading', { name: '2. Báo cáo kết quả năm 2025' })).toBeTruthy();
    expect(fake.inputsOf('meetings.moveAgendaItem')).toEqual([{ meetingId: 7, agendaItemId: 31, direction: 'down' }]);

    await user.click(within(panel).getByRole('button', { name: 'Xóa “Báo cáo kết quả năm 2025”' }));
    await user.click(await screen.findByRole('button', { name: 'Xóa' }));
    await waitFor(() => expect(fake.inputsOf('meetings.deleteAgendaItem')).toEqual([{ meetingId: 7, agendaItemId: 31 }]));
    await waitFor(() => expect(within(panel).queryByText(/Báo cáo kết quả năm 2025/)).toBeNull());
  });
});

describe('proceedings and follow-up tasks', () => {
  it('saves the course and conclusion of the meeting, then assigns a task and deletes it', async () => {
    const task = { id: 61, meetingId: 7, description: 'Hoàn thiện quy chế chi tiêu nội bộ', owner: 'Văn phòng - Thống kê', dueDate: '2026-02-28', doneOn: null, note: '' };
    const fake = renderMeetings({
      'meetings.saveProceedings': (input) => meeting({ proceedings: input.proceedings, conclusion: input.conclusion }),
      'meetings.saveTask': meeting({ tasks: [task] }),
      'meetings.deleteTask': meeting({ tasks: [] }),
    });
    const user = newUser();
    await openFromList(user);
    let panel = await openTab(user, 'Diễn biến và kết luận');
    await fill(user, within(panel).getByLabelText('Diễn biến cuộc họp'), 'Chủ tọa khai mạc hội nghị lúc 8 giờ.');
    await fill(user, within(panel).getByLabelText('Kết luận cuộc họp'), 'Hội nghị thống nhất các chỉ tiêu năm 2026.');
    await user.click(within(panel).getByRole('button', { name: 'Lưu diễn biến và kết luận' }));
    await waitFor(() =>
      expect(fake.inputsOf('meetings.saveProceedings')).toEqual([
        { meetingId: 7, proceedings: 'Chủ tọa khai mạc hội nghị lúc 8 giờ.', conclusion: 'Hội nghị thống nhất các chỉ tiêu năm 2026.' },
      ]),
    );

    panel = await openTab(user, 'Việc giao');
    await user.click(within(panel).getByRole('button', { name: 'Thêm việc giao' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm việc giao' });
    await fill(user, within(dialog).getByLabelText('Công việc'), task.description);
    await fill(user, within(dialog).getByLabelText('Người thực hiện'), task.owner);
    enterDate(dialog, 'dueDate', '28/02/2026');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await dialogsClosed();
    expect(fake.inputsOf('meetings.saveTask')).toEqual([{ ...task, id: undefined }]);
    const table = within(panel).getByRole('table', { name: 'Việc giao' });
    expect(within(table).getAllByRole('row')[1]!.textContent).toBe('Hoàn thiện quy chế chi tiêu nội bộVăn phòng - Thống kê28/02/2026Chưa xong');

    await user.click(within(table).getByRole('button', { name: `Xóa ${task.description}` }));
    await user.click(await screen.findByRole('button', { name: 'Xóa' }));
    await waitFor(() => expect(fake.inputsOf('meetings.deleteTask')).toEqual([{ meetingId: 7, taskId: 61 }]));
    expect(await within(panel).findByText('Chưa có việc giao')).toBeTruthy();
  });
});

describe('minutes', () => {
  const version = { version: 1, finalizedAt: '2026-01-21T03:00:00Z', finalizedBy: 'Nguyễn Văn An', reason: '', minutesNumber: '05/BB-UBND', resolutionNumber: '01/NQ-HNCC' };
  const finalized = meeting({ stage: 'finalized', versions: [version], agenda: [voteItem({ vote: { method: 'secretBallot', for: 2, against: 1, abstain: 0, invalid: 0, countingBoard: ['Lê Thị Hoa'] } })] });

  it('finalizes after a confirmation that explains the lock', async () => {
    const fake = renderMeetings({ 'meetings.finalize': finalized });
    const user = newUser();
    await openFromList(user);
    const panel = await openTab(user, 'Biên bản');
    await user.click(within(panel).getByRole('button', { name: 'Hoàn thiện biên bản' }));
    const confirmation = await screen.findByRole('dialog', { name: 'Hoàn thiện biên bản?' });
    expect(confirmation.textContent).toContain('Biên bản được khóa thành bản 1');
    await user.click(within(confirmation).getByRole('button', { name: 'Hoàn thiện biên bản' }));
    await waitFor(() => expect(fake.inputsOf('meetings.finalize')).toEqual([{ meetingId: 7 }]));
    await dialogsClosed();
    expect(await screen.findByText(/Biên bản đã hoàn thiện \(bản 1\) nên cuộc họp chỉ để xem/)).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Đính chính' })).toBeTruthy();
  });

  it('keeps a finalized meeting read-only, offers a correction with a reason, and prints the locked version', async () => {
    const desktop = window as WindowWithApi;
    desktop.api = { invoke: async () => ({ ok: false, error: { code: 'INTERNAL', message: 'không dùng' } }) };
    const pdf: GeneratedFile = { fileName: 'bien-ban.pdf', mediaType: 'application/pdf', contentBase64: 'JVBERi0=' };
    try {
      const fake = renderMeetings({
        'meetings.get': finalized,
        'meetings.startCorrection': { ...finalized, stage: 'correcting' },
        'meetings.exportDocument': pdf,
        'files.save': { savedAs: 'D:\\bien-ban.pdf' },
      });
      const user = newUser();
      await openFromList(user);
      expect(screen.getByText(/Biên bản đã hoàn thiện \(bản 1\) nên cuộc họp chỉ để xem/)).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Sửa kế hoạch' })).toBeNull();
      expect(screen.queryByRole('button', { name: 'Xóa cuộc họp' })).toBeNull();

      let panel = await openTab(user, 'Điểm danh');
      expect(within(panel).getAllByRole('checkbox').every((box) => (box as HTMLInputElement).disabled)).toBe(true);
      expect(within(panel).queryByRole('button', { name: 'Tất cả có mặt' })).toBeNull();
      panel = await openTab(user, 'Nội dung');
      expect(within(panel).queryByRole('button', { name: /^Sửa/ })).toBeNull();
      expect(within(panel).queryByRole('button', { name: 'Thêm nội dung' })).toBeNull();

      panel = await openTab(user, 'Biên bản');
      expect(within(panel).queryByRole('button', { name: 'Hoàn thiện biên bản' })).toBeNull();
      const versions = within(panel).getByRole('table', { name: 'Các bản biên bản đã hoàn thiện' });
      expect(within(versions).getAllByRole('row')[1]!.textContent).toContain('05/BB-UBND');
      const documents = within(panel).getByRole('table', { name: 'Văn bản của cuộc họp' });
      expect(within(documents).getAllByRole('row').map((row) => (row as HTMLTableRowElement).cells[0]!.textContent)).toEqual([
        'Giấy mời',
        'Danh sách điểm danh',
        'Biên bản',
        'Nghị quyết',
        'Biên bản kiểm phiếu',
        'Tổng hợp ý kiến',
      ]);
      await user.click(within(documents).getByRole('button', { name: 'Biên bản (PDF)' }));
      expect(await screen.findByText('Đã lưu tệp vào D:\\bien-ban.pdf.')).toBeTruthy();
      await user.click(within(documents).getByRole('button', { name: 'Giấy mời (Word)' }));
      await waitFor(() => expect(fake.inputsOf('meetings.exportDocument')).toHaveLength(2));
      expect(fake.inputsOf('meetings.exportDocument')).toEqual([
        { meetingId: 7, kind: 'minutes', format: 'pdf', version: 1 },
        { meetingId: 7, kind: 'invitation', format: 'docx' },
      ]);

      await user.click(within(panel).getByRole('button', { name: 'Đính chính' }));
      const dialog = await screen.findByRole('dialog', { name: 'Đính chính biên bản' });
      await fill(user, within(dialog).getByLabelText('Lý do đính chính'), 'Ghi nhầm số phiếu đồng ý');
      await user.click(within(dialog).getByRole('button', { name: 'Đính chính' }));
      await waitFor(() => expect(fake.inputsOf('meetings.startCorrection')).toEqual([{ meetingId: 7, reason: 'Ghi nhầm số phiếu đồng ý' }]));
      expect(await screen.findByText(/Đang đính chính biên bản đã hoàn thiện \(bản 1\)/)).toBeTruthy();
    } finally {
      delete desktop.api;
    }
  });

  it('shows the deadline of a residents’ decision record and records its delivery', async () => {
    const residents = meeting({ type: 'residentsMeeting', title: 'Họp bàn đóng góp làm đường', participants: [], quorum: null, stage: 'finalized', versions: [version], deliveryDue: '2999-03-12' });
    const fake = renderMeetings({
      'meetings.list': [summary({ type: 'residentsMeeting', title: residents.title })],
      'meetings.get': residents,
      'meetings.recordDelivery': { ...residents, deliveredOn: '2026-03-09' },
    });
    const user = newUser();
    await openFromList(user, residents.title);
    const panel = await openTab(user, 'Biên bản');
    expect(within(panel).getByText(/Hạn gửi biên bản cho UBND và Ủy ban Mặt trận Tổ quốc: 12\/03\/2999/)).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Biên bản cuộc họp của cộng đồng dân cư (Mẫu 03) (PDF)' })).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: 'Ghi nhận đã gửi UBND và Mặt trận' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ghi nhận đã gửi UBND và Mặt trận' });
    enterDate(dialog, 'deliveredOn', '09/03/2026');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(fake.inputsOf('meetings.recordDelivery')).toEqual([{ meetingId: 7, deliveredOn: '2026-03-09' }]));
    expect(await within(panel).findByText('Đã gửi biên bản cho UBND và Ủy ban Mặt trận Tổ quốc ngày 09/03/2026.')).toBeTruthy();
  });

  it('lets a viewer read a meeting being planned but change nothing', async () => {
    renderMeetings({}, viewer);
    const user = newUser();
    await openFromList(user);
    expect(screen.getByText('Bạn chỉ có quyền xem cuộc họp này.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sửa kế hoạch' })).toBeNull();
    const panel = await openTab(user, 'Biên bản');
    expect(within(panel).queryByRole('button', { name: 'Hoàn thiện biên bản' })).toBeNull();
    expect(within(panel).queryByRole('button', { name: 'Đính kèm ảnh/bản chụp…' })).toBeNull();
  });
});

describe('opening a meeting from elsewhere', () => {
  function SearchHit() {
    const open = useOpenMeeting();
    return (
      <button type="button" onClick={() => open(9)}>
        Mở cuộc họp tìm thấy
      </button>
    );
  }

  it('navigates to the meetings screen, which opens the requested meeting once', async () => {
    const navigate = vi.fn();
    const fake = fakeTransport({ 'meetings.rules': ruleSet, 'meetings.get': meeting({ id: 9, title: 'Hội nghị đối thoại năm 2026' }), 'meetings.list': [] });
    const { unmount } = renderScreen(<SearchHit />, fake.transport, { navigate });
    await newUser().click(screen.getByRole('button', { name: 'Mở cuộc họp tìm thấy' }));
    expect(navigate).toHaveBeenCalledWith('meetings');
    unmount();

    const first = renderScreen(<MeetingsScreen />, fake.transport);
    expect(await screen.findByRole('heading', { name: 'Hội nghị đối thoại năm 2026' })).toBeTruthy();
    expect(fake.inputsOf('meetings.get')).toEqual([{ id: 9 }]);
    first.unmount();

    renderScreen(<MeetingsScreen />, fake.transport);
    expect(await screen.findByRole('heading', { name: 'Cuộc họp, hội nghị' })).toBeTruthy();
  });
});
