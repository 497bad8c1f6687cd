import { screen, waitFor, within } from '@testing-library/react';
import type { AttachmentInfo, Consultation, Disclosure, In } from '../../main/api';
import { builtInDisclosureRules } from '../../main/disclosures/rules';
import { DisclosuresScreen } from '../../renderer/disclosures/DisclosuresScreen';
import { dialogsClosed, fakeTransport, fill, newUser, renderScreen, status, viewer } from './fakes';

const WARNING = 'Nhóm K7 phải phát trên loa ít nhất 3 ngày liên tục; bản ghi này mới 2 ngày.';
const YEAR = new Date().getFullYear();
const QUARTER = Math.floor(new Date().getMonth() / 3) + 1;

const k7: Disclosure = {
  key: 'register:1',
  source: 'register',
  id: 1,
  group: 'K7',
  title: 'Danh sách hộ nghèo năm 2026',
  summary: '',
  decisionNumber: '',
  decisionDate: null,
  deadline: null,
  channels: ['posting', 'loudspeaker'],
  plannedOn: null,
  disclosedOn: '2026-03-02',
  postingFrom: null,
  postingTo: null,
  postingPermanent: false,
  loudspeakerDays: 2,
  postedAtHeadquarters: true,
  residentialGroupIds: [],
  residentialGroupNames: [],
  status: 'posted',
  replacesId: null,
  replacedById: null,
  consultationId: null,
  owner: '',
  note: '',
  budgetYear: null,
  warnings: [WARNING],
};

const budgetRow: Disclosure = { ...k7, key: 'budget:2026:estimateApproved:1', source: 'budget', id: null, group: 'K2', title: 'Công khai dự toán ngân sách năm 2026', budgetYear: 2026, warnings: [] };

const photo: AttachmentInfo = {
  id: 7,
  entity: 'disclosure',
  entityId: '1',
  fileName: 'Ảnh bảng tin.png',
  mediaType: 'image/png',
  sizeBytes: 1536,
  sha256: 'a'.repeat(64),
  note: '',
  createdAt: '2026-03-02T05:00:00Z',
  createdBy: 'Hoàng Thị Duyên',
};

const consultation: Consultation = {
  id: 4,
  subject: 'Dự thảo quy chế thực hiện dân chủ của phường',
  forms: ['meeting'],
  startDate: `${YEAR}-03-02`,
  endDate: `${YEAR}-03-31`,
  draftPublishedAt: '',
  synthesis: '',
  synthesisDate: null,
  note: '',
  opinions: [],
  disclosureId: null,
};

function renderDisclosures(saved: Disclosure[] = []) {
  const fake = fakeTransport({
    'attachments.list': [photo],
    'attachments.add': (input) => ({ ...photo, id: 8, fileName: input.fileName }),
    'disclosures.listConsultations': [consultation],
    'disclosures.exportConsultationReport': { fileName: 'bao-cao-tong-hop-y-kien-2026-4.docx', mediaType: 'application/octet-stream', contentBase64: 'UEs=' },
    'disclosures.rules': builtInDisclosureRules,
    'residentialGroups.list': [],
    'disclosures.list': () => [budgetRow, ...saved],
    'disclosures.save': () => {
      saved.push(k7);
      return k7;
    },
    'disclosures.exportQuarterList': { fileName: 'danh-muc-cong-khai-2026-q1.pdf', mediaType: 'application/pdf', contentBase64: 'JVBERg==' },
  });
  return fake;
}

describe('Công khai thông tin', () => {
  it('records a K7 disclosure broadcast 2 days and shows the warning main computed', async () => {
    const user = newUser();
    const fake = renderDisclosures();
    renderScreen(<DisclosuresScreen />, fake.transport);
    expect(await screen.findByText('Công khai dự toán ngân sách năm 2026')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Xem ở màn hình Công khai ngân sách' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Sửa Công khai dự toán/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Thêm bản ghi công khai' }));
    const dialog = await screen.findByRole('dialog');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Nhóm nội dung' }), 'K7');
    expect(within(dialog).getByText(/phát trên loa ít nhất 3 ngày liên tục/)).toBeTruthy();
    await fill(user, within(dialog).getByRole('textbox', { name: 'Nội dung công khai' }), 'Danh sách hộ nghèo năm 2026');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Trạng thái' }), 'posted');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Số ngày phát trên loa liên tục' }), '2');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await dialogsClosed();

    const [input] = fake.inputsOf('disclosures.save') as In<'disclosures.save'>[];
    expect(input).toMatchObject({ group: 'K7', title: 'Danh sách hộ nghèo năm 2026', status: 'posted', loudspeakerDays: 2 });
    expect(input!.channels).toEqual(['posting', 'loudspeaker', 'groupHeads']);
    expect(await screen.findByText(WARNING)).toBeTruthy();
  });

  it('generates the quarterly list of what was disclosed as a PDF', async () => {
    const user = newUser();
    const fake = renderDisclosures();
    renderScreen(<DisclosuresScreen />, fake.transport);
    await screen.findByText('Công khai dự toán ngân sách năm 2026');
    await user.click(screen.getByRole('button', { name: 'PDF' }));
    expect(await screen.findByText('Đã tải xuống tệp danh-muc-cong-khai-2026-q1.pdf.')).toBeTruthy();
    expect(fake.inputsOf('disclosures.exportQuarterList')).toEqual([{ year: YEAR, quarter: QUARTER, format: 'pdf' }]);
  });

  it('offers a viewer no writing', async () => {
    const fake = renderDisclosures([k7]);
    renderScreen(<DisclosuresScreen />, fake.transport, { status: status({ account: viewer }) });
    expect(await screen.findByText(WARNING)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Thêm bản ghi công khai' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Sửa Danh sách/ })).toBeNull();
  });

  it("fills in the group's default forms until the clerk picks the forms by hand", async () => {
    const user = newUser();
    renderScreen(<DisclosuresScreen />, renderDisclosures().transport);
    await user.click(await screen.findByRole('button', { name: 'Thêm bản ghi công khai' }));
    const dialog = await screen.findByRole('dialog');
    const form = (name: string) => within(dialog).getByRole<HTMLInputElement>('checkbox', { name });
    const group = within(dialog).getByRole('combobox', { name: 'Nhóm nội dung' });
    expect([form('Niêm yết').checked, form('Cổng thông tin điện tử').checked, form('Loa truyền thanh').checked]).toEqual([true, true, false]);
    await user.selectOptions(group, 'K7');
    expect([form('Cổng thông tin điện tử').checked, form('Loa truyền thanh').checked, form('Qua Tổ trưởng tổ dân phố').checked]).toEqual([false, true, true]);
    await user.click(form('Mạng xã hội, tin nhắn'));
    await user.selectOptions(group, 'K14');
    expect([form('Niêm yết').checked, form('Loa truyền thanh').checked, form('Mạng xã hội, tin nhắn').checked, form('Cổng thông tin điện tử').checked]).toEqual([true, true, true, false]);
  });

  it('attaches a photo of the posting to a register record', async () => {
    const user = newUser();
    const fake = renderDisclosures([k7]);
    renderScreen(<DisclosuresScreen />, fake.transport);
    await user.click(await screen.findByRole('button', { name: 'Tệp đính kèm Danh sách hộ nghèo năm 2026' }));
    const files = await screen.findByRole('dialog', { name: 'Tệp đính kèm: Danh sách hộ nghèo năm 2026' });
    expect(await within(files).findByText('Ảnh bảng tin.png')).toBeTruthy();
    expect(within(files).getByRole('button', { name: 'Xóa Ảnh bảng tin.png' })).toBeTruthy();
    expect(fake.inputsOf('attachments.list')).toEqual([{ entity: 'disclosure', entityId: '1' }]);
    expect(screen.queryByRole('button', { name: 'Tệp đính kèm Công khai dự toán ngân sách năm 2026' })).toBeNull();
    await user.upload(screen.getByLabelText<HTMLInputElement>('Chọn ảnh hoặc bản chụp để đính kèm'), new File(['x'], 'Ảnh loa.png', { type: 'image/png' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Đính kèm tệp' })).getByRole('button', { name: 'Đính kèm' }));
    await waitFor(() => expect(fake.inputsOf('attachments.add')).toHaveLength(1));
    expect(fake.inputsOf('attachments.add')[0]).toMatchObject({ entity: 'disclosure', entityId: '1', fileName: 'Ảnh loa.png' });
  });

  it('keeps the photos of an ended disclosure: no deleting', async () => {
    const user = newUser();
    renderScreen(<DisclosuresScreen />, renderDisclosures([{ ...k7, status: 'ended' }]).transport);
    await user.click(await screen.findByRole('button', { name: 'Tệp đính kèm Danh sách hộ nghèo năm 2026' }));
    const files = await screen.findByRole('dialog', { name: 'Tệp đính kèm: Danh sách hộ nghèo năm 2026' });
    expect(await within(files).findByText('Ảnh bảng tin.png')).toBeTruthy();
    expect(within(files).queryByRole('button', { name: 'Xóa Ảnh bảng tin.png' })).toBeNull();
  });

  it("exports the consultation's synthesis-and-explanation report", async () => {
    const user = newUser();
    const fake = renderDisclosures();
    renderScreen(<DisclosuresScreen />, fake.transport);
    await user.click(await screen.findByRole('tab', { name: 'Lấy ý kiến' }));
    await user.click(await screen.findByRole('button', { name: 'Báo cáo tổng hợp (DOCX)' }));
    expect(await screen.findByText('Đã tải xuống tệp bao-cao-tong-hop-y-kien-2026-4.docx.')).toBeTruthy();
    expect(fake.inputsOf('disclosures.exportConsultationReport')).toEqual([{ consultationId: 4, format: 'docx' }]);
  });

  it('offers a viewer no report export: exporting takes a number', async () => {
    const user = newUser();
    renderScreen(<DisclosuresScreen />, renderDisclosures().transport, { status: status({ account: viewer }) });
    await user.click(await screen.findByRole('tab', { name: 'Lấy ý kiến' }));
    expect(await screen.findByText(consultation.subject)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Báo cáo tổng hợp (PDF)' })).toBeNull();
  });
});
