import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { meetingRuleSet, type ConsultationComment, type GeneratedFile, type Meeting, type PreparationStep } from '../../main/api';
import type { WindowWithApi } from '../../renderer/api/transport';
import { PreparationPanel } from '../../renderer/meetings/preparation/PreparationPanel';
import meetingTypes from '../../resources/meetings/meeting-types.json';
import { dialogsClosed, fakeTransport, fill, newUser, renderScreen, type Replies } from './fakes';

const rules = meetingRuleSet.parse(meetingTypes).types.find((type) => type.key === 'staffConference')!;

const today = dayjs();
const iso = (date: dayjs.Dayjs) => date.format('YYYY-MM-DD');
const shown = (date: dayjs.Dayjs) => date.format('DD/MM/YYYY');
/** Twenty days ahead: the plan is agreed, the drafts went out late, comments are due within 14 days. */
const conferenceDate = today.add(20, 'day');
const planAgreedOn = today.subtract(27, 'day');

function preparation(): PreparationStep[] {
  return rules.preparationSteps.map((rule) => {
    const dueDate = iso(conferenceDate.add(rule.offsetDays, 'day').add(rule.offsetMonths, 'month'));
    const doneOn = rule.key === 'planAgreed' ? iso(planAgreedOn) : null;
    const note = rule.key === 'planAgreed' ? 'Kế hoạch số 12/KH-UBND-CĐ' : '';
    return { key: rule.key, label: rule.label, legalBasis: rule.legalBasis, dueDate, doneOn, note, overdue: doneOn === null && dueDate < iso(today) };
  });
}

const comments: ConsultationComment[] = [
  { id: 1, meetingId: 41, topic: 'workPlan', department: 'Văn phòng HĐND và UBND', summary: 'Bổ sung chỉ tiêu chuyển đổi số.', receivedOn: '2026-01-05' },
  { id: 2, meetingId: 41, topic: 'workPlan', department: 'Bộ phận một cửa', summary: 'Giao rõ thời hạn số hóa hồ sơ.', receivedOn: '2026-01-06' },
  { id: 3, meetingId: 41, topic: 'benefits', department: 'Bộ phận một cửa', summary: 'Đề nghị hỗ trợ tiền làm thêm giờ.', receivedOn: '2026-01-06' },
];

function staffConference(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 41,
    type: 'staffConference',
    title: 'Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026',
    subject: 'Tổng kết năm 2025, triển khai nhiệm vụ năm 2026',
    residentialGroupId: null,
    residentialGroupName: null,
    date: iso(conferenceDate),
    startTime: '08:00',
    endTime: '',
    place: 'Hội trường UBND phường',
    noticeDate: null,
    noticeWarning: null,
    chair: '',
    chairPosition: '',
    presidium: ['Trần Văn Bình - Chủ tịch UBND', 'Lê Thị Hoa - Chủ tịch Công đoàn cơ sở'],
    secretary: 'Phạm Thu Trang',
    secretaryPosition: 'Văn phòng - Thống kê',
    eligibleCount: 24,
    presentCount: null,
    documents: ['Báo cáo kết quả thực hiện nhiệm vụ năm 2025'],
    contact: '',
    participants: [],
    proceedings: '',
    conclusion: '',
    quorum: null,
    agenda: [],
    tasks: [],
    preparation: preparation(),
    consultation: comments,
    stage: 'planned',
    versions: [],
    deliveryDue: null,
    deliveredOn: null,
    invitationNumber: null,
    ...overrides,
  };
}

function withStep(meeting: Meeting, key: string, change: Partial<PreparationStep>): Meeting {
  return { ...meeting, preparation: meeting.preparation.map((step) => (step.key === key ? { ...step, ...change } : step)) };
}

/** The meeting page's part: keeps what each write returned and shows it. */
function Host({ initial, canWrite, changes }: { initial: Meeting; canWrite: boolean; changes: Meeting[] }) {
  const [meeting, setMeeting] = useState(initial);
  const onChange = (next: Meeting) => {
    changes.push(next);
    setMeeting(next);
  };
  return <PreparationPanel meeting={meeting} rules={rules} canWrite={canWrite} onChange={onChange} />;
}

function renderPanel(replies: Replies = {}, { meeting = staffConference(), canWrite = true } = {}) {
  const fake = fakeTransport(replies);
  const changes: Meeting[] = [];
  renderScreen(<Host initial={meeting} canWrite={canWrite} changes={changes} />, fake.transport);
  return { fake, changes };
}

const steps = () => screen.getByRole('list', { name: 'Các bước chuẩn bị hội nghị' });
const step = (label: string) => within(steps()).getByRole('listitem', { name: label });
/** The picker's hidden input: what autofill or paste reaches, holding the dd/MM/yyyy text. */
const dateInput = (dialog: HTMLElement, name: string) => dialog.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
const topic = (label: string) => screen.getByRole('region', { name: label });

describe('staff conference preparation', () => {
  it('lists the steps with their legal basis and due dates, flagging overdue and soon-due ones', () => {
    renderPanel();
    expect(within(steps()).getAllByRole('listitem')).toHaveLength(rules.preparationSteps.length);

    const planAgreed = step('Người đứng đầu và Ban Chấp hành công đoàn thống nhất kế hoạch tổ chức hội nghị');
    expect(within(planAgreed).getByText(`Đã xong ngày ${shown(planAgreedOn)}`)).toBeTruthy();
    expect(within(planAgreed).getByText('Ghi chú: Kế hoạch số 12/KH-UBND-CĐ')).toBeTruthy();

    const drafts = step('Gửi dự thảo báo cáo, kế hoạch, quy chế để cán bộ góp ý');
    expect(within(drafts).getByText('Quá hạn')).toBeTruthy();
    expect(within(drafts).getByText(`Hạn: ${shown(conferenceDate.subtract(30, 'day'))}`)).toBeTruthy();
    expect(within(drafts).getByText('Điều 53')).toBeTruthy();

    expect(within(step('Thu thập ý kiến góp ý của các bộ phận')).getByText('Sắp đến hạn')).toBeTruthy();
    expect(within(step('Tổng hợp, tiếp thu, giải trình ý kiến góp ý')).getByText('Sắp đến hạn')).toBeTruthy();
    expect(within(step('Gửi giấy mời, tài liệu hội nghị')).getByText('Chưa đến hạn')).toBeTruthy();
    expect(within(step('Kiểm tra việc thực hiện Nghị quyết hội nghị cả năm')).getByText('Chưa đến hạn')).toBeTruthy();
  });

  it('marks a step done on today by default with a note, and shows the meeting main returns', async () => {
    const key = 'documentsForComment';
    const label = 'Gửi dự thảo báo cáo, kế hoạch, quy chế để cán bộ góp ý';
    const { fake, changes } = renderPanel({
      'meetings.savePreparationStep': ({ doneOn, note }) => withStep(staffConference(), key, { doneOn, note, overdue: false }),
    });
    const user = newUser();

    await user.click(within(step(label)).getByRole('button', { name: `Đánh dấu đã xong: ${label}` }));
    const dialog = await screen.findByRole('dialog', { name: `Đánh dấu đã xong: ${label}` });
    expect(dateInput(dialog, 'doneOn').value).toBe(shown(today));
    await fill(user, within(dialog).getByRole('textbox', { name: 'Ghi chú' }), 'Gửi qua hệ thống quản lý văn bản');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await dialogsClosed();

    expect(fake.inputsOf('meetings.savePreparationStep')).toEqual([
      { meetingId: 41, key, doneOn: iso(today), note: 'Gửi qua hệ thống quản lý văn bản' },
    ]);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.preparation.find((entry) => entry.key === key)!.doneOn).toBe(iso(today));
    expect(within(step(label)).getByText(`Đã xong ngày ${shown(today)} (muộn)`)).toBeTruthy();
    expect(within(step(label)).queryByText('Quá hạn')).toBeNull();
  });

  it('records another completion date typed in the picker', async () => {
    const label = 'Thu thập ý kiến góp ý của các bộ phận';
    const { fake } = renderPanel({ 'meetings.savePreparationStep': staffConference() });
    const user = newUser();
    await user.click(screen.getByRole('button', { name: `Đánh dấu đã xong: ${label}` }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(dateInput(dialog, 'doneOn'), { target: { value: '03/02/2026' } });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(fake.inputsOf('meetings.savePreparationStep')).toEqual([{ meetingId: 41, key: 'commentsCollected', doneOn: '2026-02-03', note: '' }]),
    );
  });

  it('un-marks a done step by sending no date', async () => {
    const label = 'Người đứng đầu và Ban Chấp hành công đoàn thống nhất kế hoạch tổ chức hội nghị';
    const undone = withStep(staffConference(), 'planAgreed', { doneOn: null });
    const { fake, changes } = renderPanel({ 'meetings.savePreparationStep': undone });
    await newUser().click(screen.getByRole('button', { name: `Bỏ đánh dấu: ${label}` }));
    await waitFor(() => expect(changes).toEqual([undone]));
    expect(fake.inputsOf('meetings.savePreparationStep')).toEqual([{ meetingId: 41, key: 'planAgreed', doneOn: null, note: 'Kế hoạch số 12/KH-UBND-CĐ' }]);
    expect(within(step(label)).getByRole('button', { name: `Đánh dấu đã xong: ${label}` })).toBeTruthy();
  });
});

describe('staff consultation (Art. 53)', () => {
  it('groups the comments by topic then department, with a count per topic', () => {
    renderPanel();
    const workPlan = topic('Kế hoạch công tác năm của cơ quan');
    expect(within(workPlan).getByText('2 ý kiến')).toBeTruthy();
    const departments = within(workPlan)
      .getAllByRole('heading', { level: 4 })
      .map((heading) => heading.textContent);
    expect(departments).toEqual(['Bộ phận một cửa', 'Văn phòng HĐND và UBND']);
    expect(within(within(workPlan).getByRole('list', { name: 'Ý kiến của Bộ phận một cửa' })).getByText('Giao rõ thời hạn số hóa hồ sơ.')).toBeTruthy();

    const benefits = topic('Chế độ, chính sách đối với cán bộ, công chức, viên chức, người lao động');
    expect(within(benefits).getByText('1 ý kiến')).toBeTruthy();
    expect(screen.getByText(/^Chưa có ý kiến về: Kế hoạch thi đua, khen thưởng; Báo cáo sơ kết, tổng kết;/)).toBeTruthy();
    expect(screen.getByText('Tổng cộng 3 ý kiến góp ý.')).toBeTruthy();
  });

  it('adds a comment on a chosen topic and shows it under that topic', async () => {
    const added: ConsultationComment = {
      id: 4,
      meetingId: 41,
      topic: 'spendingRules',
      department: 'Bộ phận Tài chính - Kế toán',
      summary: 'Nâng mức chi hỗ trợ công tác phí.',
      receivedOn: iso(today),
    };
    const { fake, changes } = renderPanel({ 'meetings.saveConsultationComment': staffConference({ consultation: [...comments, added] }) });
    const user = newUser();

    await user.click(screen.getByRole('button', { name: 'Thêm ý kiến' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm ý kiến góp ý' });
    await user.selectOptions(within(dialog).getByLabelText('Nội dung được lấy ý kiến'), 'Quy chế chi tiêu nội bộ, quy chế quản lý tài sản công');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Bộ phận góp ý' }), added.department);
    await fill(user, within(dialog).getByRole('textbox', { name: 'Nội dung ý kiến' }), added.summary);
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await dialogsClosed();

    expect(fake.inputsOf('meetings.saveConsultationComment')).toEqual([
      { meetingId: 41, topic: 'spendingRules', department: added.department, summary: added.summary, receivedOn: iso(today) },
    ]);
    expect(changes).toHaveLength(1);
    const spending = topic('Quy chế chi tiêu nội bộ, quy chế quản lý tài sản công');
    expect(within(spending).getByText('1 ý kiến')).toBeTruthy();
    expect(within(spending).getByText(added.summary)).toBeTruthy();
  });

  it('refuses a comment without its department or content before sending it', async () => {
    const { fake } = renderPanel({ 'meetings.saveConsultationComment': staffConference() });
    const user = newUser();
    await user.click(screen.getByRole('button', { name: 'Thêm ý kiến' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm ý kiến góp ý' });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(within(dialog).getAllByText('Không được để trống.')).toHaveLength(2);
    expect(fake.inputsOf('meetings.saveConsultationComment')).toEqual([]);
  });

  it('edits a comment with its id and deletes one after confirmation', async () => {
    const { fake, changes } = renderPanel({
      'meetings.saveConsultationComment': staffConference(),
      'meetings.deleteConsultationComment': staffConference({ consultation: comments.slice(0, 2) }),
    });
    const user = newUser();

    await user.click(screen.getByRole('button', { name: 'Sửa ý kiến của Văn phòng HĐND và UBND ngày 05/01/2026' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa ý kiến góp ý' });
    await fill(user, within(dialog).getByRole('textbox', { name: 'Nội dung ý kiến' }), 'Bổ sung chỉ tiêu chuyển đổi số và cải cách hành chính.');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await dialogsClosed();
    expect(fake.inputsOf('meetings.saveConsultationComment')).toEqual([
      {
        id: 1,
        meetingId: 41,
        topic: 'workPlan',
        department: 'Văn phòng HĐND và UBND',
        summary: 'Bổ sung chỉ tiêu chuyển đổi số và cải cách hành chính.',
        receivedOn: '2026-01-05',
      },
    ]);

    const benefits = topic('Chế độ, chính sách đối với cán bộ, công chức, viên chức, người lao động');
    await user.click(within(benefits).getByRole('button', { name: 'Xóa ý kiến của Bộ phận một cửa ngày 06/01/2026' }));
    const confirmation = await screen.findByRole('dialog', { name: 'Xóa ý kiến của Bộ phận một cửa ngày 06/01/2026?' });
    expect(fake.inputsOf('meetings.deleteConsultationComment')).toEqual([]);
    await user.click(within(confirmation).getByRole('button', { name: 'Xóa' }));
    await waitFor(() => expect(fake.inputsOf('meetings.deleteConsultationComment')).toEqual([{ meetingId: 41, commentId: 3 }]));
    await waitFor(() => expect(changes).toHaveLength(2));
    expect(screen.queryByRole('region', { name: 'Chế độ, chính sách đối với cán bộ, công chức, viên chức, người lao động' })).toBeNull();
  });

  describe('synthesis document', () => {
    const docx: GeneratedFile = {
      fileName: 'tong-hop-y-kien-gop-y.docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      contentBase64: 'UEsDBA==',
    };
    const desktop = window as WindowWithApi;
    afterEach(() => {
      delete desktop.api;
    });

    it('generates the Word synthesis and saves it through main', async () => {
      desktop.api = { invoke: async () => ({ ok: false, error: { code: 'INTERNAL', message: 'không dùng' } }) };
      const { fake } = renderPanel({
        'meetings.exportDocument': docx,
        'files.save': { savedAs: 'C:\\Users\\congdoan\\Documents\\tong-hop-y-kien-gop-y.docx' },
      });
      await newUser().click(screen.getByRole('button', { name: 'Tải bản tổng hợp (Word)' }));
      expect(await screen.findByText('Đã lưu tệp vào C:\\Users\\congdoan\\Documents\\tong-hop-y-kien-gop-y.docx.')).toBeTruthy();
      expect(fake.inputsOf('meetings.exportDocument')).toEqual([{ meetingId: 41, kind: 'consultationSynthesis', format: 'docx' }]);
      expect(fake.inputsOf('files.save')).toEqual([{ fileName: docx.fileName, contentBase64: docx.contentBase64 }]);
    });
  });
});

describe('read-only preparation', () => {
  const writeButtons = [/^Đánh dấu đã xong/, /^Bỏ đánh dấu/, /^Sửa/, /^Xóa/, /^Thêm ý kiến$/];

  it('offers no change once the minutes are finalized, but still shows everything and the synthesis', () => {
    renderPanel({}, { meeting: staffConference({ stage: 'finalized' }) });
    expect(screen.getByText('Biên bản đã hoàn tất và khóa: việc chuẩn bị và ý kiến góp ý chỉ để xem.')).toBeTruthy();
    for (const name of writeButtons) expect(screen.queryAllByRole('button', { name })).toEqual([]);
    expect(within(step('Gửi dự thảo báo cáo, kế hoạch, quy chế để cán bộ góp ý')).getByText('Quá hạn')).toBeTruthy();
    expect(within(topic('Kế hoạch công tác năm của cơ quan')).getByText('Bổ sung chỉ tiêu chuyển đổi số.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tải bản tổng hợp (PDF)' })).toBeTruthy();
  });

  it('offers no change to an account without the right to write', () => {
    renderPanel({}, { canWrite: false });
    expect(screen.getByText('Tài khoản của bạn chỉ được xem phần chuẩn bị hội nghị.')).toBeTruthy();
    for (const name of writeButtons) expect(screen.queryAllByRole('button', { name })).toEqual([]);
  });
});
