/**
 * Sample meetings as main returns them (`meetings.get`), for tests of documents, lists and screens:
 * the annual staff conference of a ward (25 staff, 18 present, resolution adopted by 15, a 3-member
 * inspection board elected) and a residential group's vote on a contribution that fails at 65 of 100
 * households (Art. 15 item 1 needs ≥ 2/3 of all households).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  meetingRuleSet,
  type AgendaItem,
  type Meeting,
  type MeetingRuleSet,
  type MeetingSummary,
  type MeetingType,
  type MeetingTypeRules,
  type Participant,
} from '../../../main/api/meetings';
import type { WardProfile } from '../../../main/api/ward';
import { SAMPLE_PROFILE } from '../support/runtime';

export const ward: WardProfile = { ...SAMPLE_PROFILE, updatedAt: '2026-01-05T02:00:00.000Z' };

/** The shipped rule set, read and validated as main reads it. */
export const ruleSet: MeetingRuleSet = meetingRuleSet.parse(
  JSON.parse(readFileSync(path.resolve('resources/meetings/meeting-types.json'), 'utf8')),
);

export function rulesOf(type: MeetingType): MeetingTypeRules {
  const rules = ruleSet.types.find((t) => t.key === type);
  if (!rules) throw new Error(`No rules for ${type}`);
  return rules;
}

type WithId = Participant & { id: number };

/** [name, position, present] of the 25 staff summoned, in the staff registry's order. */
const staff: [string, string, boolean][] = [
  ['Nguyễn Văn An', 'Chủ tịch Ủy ban nhân dân phường', true],
  ['Trần Thị Bích', 'Phó Chủ tịch Ủy ban nhân dân phường', true],
  ['Lê Quang Minh', 'Phó Chủ tịch Ủy ban nhân dân phường', false],
  ['Phạm Thị Hạnh', 'Chủ tịch Công đoàn cơ sở, công chức Văn hóa - Xã hội', true],
  ['Lê Thu Trang', 'Công chức Văn phòng - Thống kê', true],
  ['Đỗ Minh Tuấn', 'Công chức Địa chính - Xây dựng', true],
  ['Vũ Thị Ngọc', 'Công chức Tài chính - Kế toán', true],
  ['Trịnh Văn Long', 'Công chức Tư pháp - Hộ tịch', true],
  ['Hoàng Thị Mai', 'Công chức Văn hóa - Xã hội', true],
  ['Đặng Thu Hà', 'Công chức Văn phòng - Thống kê', true],
  ['Bùi Văn Khánh', 'Công chức Địa chính - Xây dựng', true],
  ['Ngô Thị Lan', 'Công chức Tư pháp - Hộ tịch', true],
  ['Lý Văn Phúc', 'Chỉ huy trưởng Ban Chỉ huy quân sự', true],
  ['Cao Thị Thảo', 'Viên chức Trung tâm Phục vụ hành chính công', true],
  ['Đinh Công Hậu', 'Viên chức Trung tâm Phục vụ hành chính công', true],
  ['Phan Thị Yến', 'Công chức Văn hóa - Xã hội', true],
  ['Tạ Văn Quân', 'Người lao động, lái xe', true],
  ['Mai Thị Hồng', 'Người lao động, tạp vụ', true],
  ['Kiều Văn Thắng', 'Công chức Tài chính - Kế toán', true],
  ['Lương Thị Hoa', 'Kế toán trưởng', false],
  ['Hà Minh Đức', 'Công chức Địa chính - Xây dựng', false],
  ['Chu Thị Vân', 'Viên chức Trung tâm Phục vụ hành chính công', false],
  ['Dương Văn Toàn', 'Công chức Tư pháp - Hộ tịch', false],
  ['Quách Thị Liên', 'Người lao động, văn thư', false],
  ['Tống Văn Hải', 'Công chức Văn phòng - Thống kê', false],
];

const staffParticipants: WithId[] = staff.map(([name, detail, present], index) => ({
  id: 101 + index,
  kind: 'staff',
  staffMemberId: 1 + index,
  name,
  detail,
  present,
}));

const inspectionBoard: AgendaItem = {
  id: 14,
  position: 4,
  title: 'Bầu Ban Thanh tra nhân dân của cơ quan nhiệm kỳ 2026 - 2028',
  presenter: 'Phạm Thị Hạnh - Chủ tịch Công đoàn cơ sở',
  content: 'Ban Chấp hành Công đoàn cơ sở giới thiệu 04 ứng cử viên để bầu 03 thành viên Ban Thanh tra nhân dân; Hội nghị thống nhất bầu bằng hình thức bỏ phiếu kín.',
  kind: 'election',
  matter: 'inspectionBoard',
  opinions: [],
  vote: { method: 'secretBallot', for: 17, against: 0, abstain: 0, invalid: 1, countingBoard: ['Vũ Thị Ngọc', 'Trịnh Văn Long', 'Hoàng Thị Mai'] },
  seats: 3,
  candidates: [
    { name: 'Đặng Thu Hà', staffMemberId: 10, position: 'Công chức Văn phòng - Thống kê', votes: 16 },
    { name: 'Bùi Văn Khánh', staffMemberId: 11, position: 'Công chức Địa chính - Xây dựng', votes: 15 },
    { name: 'Ngô Thị Lan', staffMemberId: 12, position: 'Công chức Tư pháp - Hộ tịch', votes: 12 },
    { name: 'Lý Văn Phúc', staffMemberId: 13, position: 'Chỉ huy trưởng Ban Chỉ huy quân sự', votes: 5 },
  ],
  conclusion: 'Ban Thanh tra nhân dân gồm 03 thành viên; đề nghị Ban Chấp hành Công đoàn cơ sở ra quyết định công nhận trong 05 ngày làm việc.',
  result: {
    passed: true,
    baseLabel: 'số người có mặt',
    baseCount: 18,
    required: 10,
    message: 'Trúng cử 3/3 thành viên: mỗi người trúng cử được quá nửa số người có mặt (ít nhất 10/18 phiếu).',
    elected: ['Đặng Thu Hà', 'Bùi Văn Khánh', 'Ngô Thị Lan'],
    tied: [],
  },
};

/** A report heard and discussed, without a vote. */
function report(id: number, title: string, presenter: string): AgendaItem {
  return { id, position: id - 10, title, presenter, content: '', kind: 'discussion', matter: null, opinions: [], vote: null, seats: null, candidates: [], conclusion: '', result: null };
}

export const staffConference: Meeting = {
  id: 1,
  type: 'staffConference',
  title: 'Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026',
  subject: 'Tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026',
  residentialGroupId: null,
  residentialGroupName: null,
  date: '2026-03-12',
  startTime: '08:00',
  endTime: '11:30',
  place: 'Hội trường Ủy ban nhân dân phường Đống Đa',
  noticeDate: '2026-03-05',
  noticeWarning: null,
  chair: 'Nguyễn Văn An',
  chairPosition: 'Chủ tịch Ủy ban nhân dân phường',
  presidium: ['Nguyễn Văn An - Chủ tịch Ủy ban nhân dân phường', 'Phạm Thị Hạnh - Chủ tịch Công đoàn cơ sở'],
  secretary: 'Lê Thu Trang',
  secretaryPosition: 'Công chức Văn phòng - Thống kê',
  eligibleCount: 25,
  presentCount: 18,
  documents: [
    'Báo cáo kết quả thực hiện nhiệm vụ năm 2025 và phương hướng, nhiệm vụ năm 2026',
    'Dự thảo Quy chế chi tiêu nội bộ năm 2026',
    'Dự thảo Nghị quyết Hội nghị',
  ],
  contact: 'Bà Lê Thu Trang, Văn phòng HĐND và UBND phường, điện thoại 024 3851 1111',
  participants: [
    ...staffParticipants,
    { id: 130, kind: 'guest', staffMemberId: null, name: 'Nguyễn Thị Thanh', detail: 'Phó Chủ tịch Liên đoàn Lao động thành phố', present: true },
  ],
  proceedings:
    'Đồng chí Phạm Thị Hạnh, Chủ tịch Công đoàn cơ sở, tuyên bố lý do, giới thiệu đại biểu và thông qua chương trình Hội nghị; Hội nghị biểu quyết thống nhất Đoàn Chủ tịch gồm 02 đồng chí và cử đồng chí Lê Thu Trang làm thư ký.\nHội nghị đã nghe các báo cáo, thảo luận và quyết định các nội dung sau.',
  conclusion: 'Hội nghị đã hoàn thành chương trình đề ra; giao Văn phòng hoàn thiện Nghị quyết theo ý kiến tại Hội nghị và thông báo đến toàn thể cán bộ, công chức, viên chức, người lao động.',
  quorum: { recorded: true, valid: true, present: 18, eligible: 25, required: 17, missing: 0, message: 'Hội nghị hợp lệ: 18/25 người có mặt (72 %), đủ ít nhất 2/3 (17 người).' },
  agenda: [
    {
      id: 11,
      position: 1,
      title: 'Báo cáo kết quả thực hiện nhiệm vụ năm 2025 và phương hướng, nhiệm vụ năm 2026',
      presenter: 'Nguyễn Văn An - Chủ tịch Ủy ban nhân dân phường',
      content: 'Năm 2025, Ủy ban nhân dân phường hoàn thành 18/20 chỉ tiêu; thu ngân sách đạt 108,5 % dự toán; giải quyết đúng hạn 98,7 % hồ sơ thủ tục hành chính.',
      kind: 'discussion',
      matter: null,
      opinions: [
        {
          speaker: 'Đỗ Minh Tuấn - Công chức Địa chính - Xây dựng',
          summary: 'Đề nghị bổ sung nhiệm vụ số hóa hồ sơ địa chính vào kế hoạch năm 2026 và bố trí kinh phí.',
          answeredBy: 'Nguyễn Văn An',
          answer: 'Tiếp thu; giao công chức Địa chính - Xây dựng xây dựng kế hoạch, hoàn thành trong quý III năm 2026.',
        },
        { speaker: 'Cao Thị Thảo - Viên chức Trung tâm Phục vụ hành chính công', summary: 'Đề nghị trang bị thêm máy quét tài liệu cho bộ phận một cửa.', answeredBy: '', answer: '' },
      ],
      vote: null,
      seats: null,
      candidates: [],
      conclusion: '',
      result: null,
    },
    report(12, 'Báo cáo hoạt động của Ban Chấp hành Công đoàn cơ sở và kết quả giám sát thực hiện dân chủ năm 2025', 'Phạm Thị Hạnh - Chủ tịch Công đoàn cơ sở'),
    report(13, 'Báo cáo hoạt động của Ban Thanh tra nhân dân năm 2025 và chương trình năm 2026', 'Đặng Thu Hà - Trưởng ban Thanh tra nhân dân'),
    inspectionBoard,
    {
      id: 15,
      position: 5,
      title: 'Mức đóng góp Quỹ tương trợ của cán bộ, công chức, viên chức, người lao động năm 2026: 100.000 đồng/người/năm',
      presenter: 'Vũ Thị Ngọc - Công chức Tài chính - Kế toán',
      content: '',
      kind: 'vote',
      matter: 'staffFund',
      opinions: [],
      vote: { method: 'showOfHands', for: 14, against: 3, abstain: 1, invalid: 0, countingBoard: [] },
      seats: null,
      candidates: [],
      conclusion: '',
      result: { passed: true, baseLabel: 'số người có mặt', baseCount: 18, required: 10, message: 'Thông qua: 14/18 người có mặt (77,8 %) tán thành; cần quá nửa số người có mặt (ít nhất 10 người).', elected: [], tied: [] },
    },
    {
      id: 16,
      position: 6,
      title: 'Thông qua Nghị quyết Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026',
      presenter: 'Lê Thu Trang - Thư ký Hội nghị',
      content: '',
      kind: 'vote',
      matter: 'resolution',
      opinions: [],
      vote: { method: 'showOfHands', for: 15, against: 2, abstain: 1, invalid: 0, countingBoard: [] },
      seats: null,
      candidates: [],
      conclusion: '',
      result: { passed: true, baseLabel: 'số người có mặt', baseCount: 18, required: 10, message: 'Thông qua: 15/18 người có mặt (83,3 %) tán thành; cần quá nửa số người có mặt (ít nhất 10 người).', elected: [], tied: [] },
    },
  ],
  tasks: [
    { id: 21, meetingId: 1, description: 'Hoàn thiện và ban hành Quy chế chi tiêu nội bộ năm 2026 theo ý kiến góp ý tại Hội nghị', owner: 'Văn phòng HĐND và UBND phường', dueDate: '2026-03-31', doneOn: null, note: '' },
    { id: 22, meetingId: 1, description: 'Xây dựng kế hoạch số hóa hồ sơ địa chính', owner: 'Công chức Địa chính - Xây dựng', dueDate: '2026-09-30', doneOn: null, note: '' },
    { id: 23, meetingId: 1, description: 'Kiểm tra việc thực hiện Nghị quyết Hội nghị 6 tháng đầu năm', owner: 'Chủ tịch UBND phường và Ban Chấp hành Công đoàn cơ sở', dueDate: '2026-09-12', doneOn: null, note: '' },
  ],
  preparation: [
    { key: 'planAgreed', label: 'Người đứng đầu và Ban Chấp hành công đoàn thống nhất kế hoạch tổ chức hội nghị', legalBasis: 'Khoản 2 Điều 51', dueDate: '2026-01-26', doneOn: '2026-01-23', note: '', overdue: false },
    { key: 'documentsForComment', label: 'Gửi dự thảo báo cáo, kế hoạch, quy chế để cán bộ góp ý', legalBasis: 'Điều 53', dueDate: '2026-02-10', doneOn: '2026-02-09', note: '', overdue: false },
    { key: 'commentsCollected', label: 'Thu thập ý kiến góp ý của các bộ phận', legalBasis: 'Điều 53', dueDate: '2026-02-25', doneOn: '2026-02-25', note: '', overdue: false },
    { key: 'commentsSynthesis', label: 'Tổng hợp, tiếp thu, giải trình ý kiến góp ý', legalBasis: 'Điều 53', dueDate: '2026-03-02', doneOn: '2026-03-02', note: '', overdue: false },
    { key: 'invitations', label: 'Gửi giấy mời, tài liệu hội nghị', legalBasis: 'Khoản 2 Điều 51', dueDate: '2026-03-07', doneOn: '2026-03-05', note: '', overdue: false },
    { key: 'conferenceHeld', label: 'Tổ chức hội nghị', legalBasis: 'Khoản 1 Điều 51', dueDate: '2026-03-12', doneOn: '2026-03-12', note: '', overdue: false },
    { key: 'resolutionAdopted', label: 'Thông qua Nghị quyết hội nghị', legalBasis: 'Điểm c khoản 2 Điều 51', dueDate: '2026-03-12', doneOn: '2026-03-12', note: '', overdue: false },
    { key: 'emulationPledge', label: 'Ký giao ước thi đua giữa người đứng đầu và Chủ tịch công đoàn', legalBasis: 'Khoản 4 Điều 51', dueDate: '2026-03-12', doneOn: '2026-03-12', note: '', overdue: false },
    { key: 'review6m', label: 'Kiểm tra việc thực hiện Nghị quyết hội nghị 6 tháng', legalBasis: 'Điều 52', dueDate: '2026-09-12', doneOn: null, note: '', overdue: false },
    { key: 'review12m', label: 'Kiểm tra việc thực hiện Nghị quyết hội nghị cả năm', legalBasis: 'Điều 52', dueDate: '2027-03-12', doneOn: null, note: '', overdue: false },
  ],
  consultation: [
    { id: 31, meetingId: 1, topic: 'spendingRules', department: 'Tài chính - Kế toán', summary: 'Đề nghị nâng mức hỗ trợ công tác phí khoán từ 300.000 đồng lên 400.000 đồng/người/tháng.', receivedOn: '2026-02-20' },
    { id: 32, meetingId: 1, topic: 'workPlan', department: 'Văn phòng - Thống kê', summary: 'Bổ sung chỉ tiêu tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt 80 %.', receivedOn: '2026-02-18' },
    { id: 33, meetingId: 1, topic: 'spendingRules', department: 'Địa chính - Xây dựng', summary: 'Quy định rõ định mức văn phòng phẩm cho bộ phận một cửa.', receivedOn: '2026-02-23' },
    { id: 34, meetingId: 1, topic: 'emulation', department: 'Văn hóa - Xã hội', summary: 'Đề nghị bổ sung danh hiệu "Lao động tiên tiến" cho người lao động hợp đồng.', receivedOn: '2026-02-24' },
    { id: 35, meetingId: 1, topic: 'spendingRules', department: 'Địa chính - Xây dựng', summary: 'Bổ sung mức chi hỗ trợ đo đạc hiện trường ngoài giờ.', receivedOn: '2026-02-19' },
  ],
  stage: 'finalized',
  versions: [{ version: 1, finalizedAt: '2026-03-13T03:00:00.000Z', finalizedBy: 'Lê Thu Trang', reason: '', minutesNumber: '05/BB-UBND', resolutionNumber: '01/NQ-HNCB' }],
  deliveryDue: null,
  deliveredOn: null,
  invitationNumber: null,
};

const contribution: AgendaItem = {
  id: 43,
  position: 3,
  title: 'Chủ trương và mức đóng góp xây dựng, cải tạo đường ngõ 12 và rãnh thoát nước: 1.500.000 đồng/hộ',
  presenter: 'Hoàng Văn Dũng - Tổ trưởng tổ dân phố',
  content: 'Tổng dự toán 350.000.000 đồng; ngân sách phường hỗ trợ 200.000.000 đồng; phần còn lại do các hộ gia đình đóng góp, mỗi hộ 1.500.000 đồng, nộp trong 2 đợt.',
  kind: 'vote',
  matter: 'art15item1',
  opinions: [
    { speaker: 'Ông Đinh Văn Sơn, số nhà 12/7', summary: 'Đồng ý chủ trương nhưng đề nghị giảm mức đóng góp cho hộ nghèo, hộ cận nghèo.', answeredBy: 'Hoàng Văn Dũng', answer: 'Tiếp thu; Tổ dân phố sẽ đề xuất miễn đóng góp cho 4 hộ nghèo trong phương án sửa đổi.' },
    { speaker: 'Bà Mai Thị Yến, số nhà 12/21', summary: 'Đề nghị công khai dự toán chi tiết và danh sách hộ đã đóng góp tại nhà văn hóa.', answeredBy: '', answer: '' },
  ],
  vote: { method: 'secretBallot', for: 65, against: 5, abstain: 2, invalid: 0, countingBoard: ['Nguyễn Thị Hòa', 'Đinh Văn Sơn', 'Mai Thị Yến'] },
  seats: null,
  candidates: [],
  conclusion: 'Chưa đủ 2/3 tổng số hộ đồng ý; Tổ dân phố hoàn thiện phương án theo ý kiến các hộ và tổ chức lấy ý kiến lại.',
  result: { passed: false, baseLabel: 'tổng số hộ gia đình', baseCount: 100, required: 67, message: 'Không thông qua: 65/100 hộ (65 %) đồng ý; cần ít nhất 67 hộ (2/3 tổng số hộ).', elected: [], tied: [] },
};

export const residentsMeeting: Meeting = {
  id: 2,
  type: 'residentsMeeting',
  title: 'Họp tổ dân phố 5 bàn và quyết định việc đóng góp xây dựng đường ngõ 12',
  subject: 'Chủ trương và mức đóng góp xây dựng, cải tạo đường ngõ 12',
  residentialGroupId: 5,
  residentialGroupName: 'Tổ dân phố 5',
  date: '2026-03-15',
  startTime: '19:30',
  endTime: '21:15',
  place: 'Nhà văn hóa tổ dân phố 5',
  noticeDate: '2026-03-12',
  noticeWarning: null,
  chair: 'Hoàng Văn Dũng',
  chairPosition: 'Tổ trưởng tổ dân phố',
  presidium: [],
  secretary: 'Trần Thị Thu',
  secretaryPosition: 'Đại diện hộ gia đình, số nhà 12/3',
  eligibleCount: 100,
  presentCount: 72,
  documents: ['Phương án xây dựng, cải tạo đường ngõ 12 và dự toán kinh phí', 'Dự kiến mức đóng góp của hộ gia đình'],
  contact: 'Ông Hoàng Văn Dũng, Tổ trưởng tổ dân phố 5, điện thoại 0912 345 678',
  participants: [
    { id: 201, kind: 'guest', staffMemberId: null, name: 'Lương Văn Bình', detail: 'Trưởng ban công tác Mặt trận tổ dân phố 5', present: true },
    { id: 202, kind: 'guest', staffMemberId: 11, name: 'Bùi Văn Khánh', detail: 'Công chức Địa chính - Xây dựng UBND phường', present: true },
  ],
  proceedings: 'Ông Hoàng Văn Dũng, Tổ trưởng tổ dân phố, tuyên bố lý do, giới thiệu thành phần và nội dung cuộc họp.',
  conclusion: 'Tổ dân phố tiếp thu ý kiến của các hộ, hoàn thiện phương án và tổ chức lấy ý kiến lại trong tháng 4 năm 2026.',
  quorum: null,
  agenda: [
    {
      id: 41,
      position: 1,
      title: 'Biểu quyết cử thư ký cuộc họp',
      presenter: '',
      content: 'Chủ trì giới thiệu bà Trần Thị Thu làm thư ký cuộc họp.',
      kind: 'vote',
      matter: 'secretary',
      opinions: [],
      vote: { method: 'showOfHands', for: 70, against: 0, abstain: 2, invalid: 0, countingBoard: [] },
      seats: null,
      candidates: [],
      conclusion: '',
      result: { passed: true, baseLabel: 'số hộ có mặt', baseCount: 72, required: 37, message: 'Thông qua: 70/72 hộ có mặt (97,2 %) tán thành; cần quá nửa số hộ có mặt (ít nhất 37 hộ).', elected: [], tied: [] },
    },
    {
      id: 42,
      position: 2,
      title: 'Thông qua Ban kiểm phiếu gồm 03 người',
      presenter: '',
      content: 'Ban kiểm phiếu gồm bà Nguyễn Thị Hòa (Tổ trưởng), ông Đinh Văn Sơn, bà Mai Thị Yến.',
      kind: 'vote',
      matter: 'countingBoard',
      opinions: [],
      vote: { method: 'showOfHands', for: 68, against: 0, abstain: 4, invalid: 0, countingBoard: [] },
      seats: null,
      candidates: [],
      conclusion: '',
      result: { passed: true, baseLabel: 'số hộ có mặt', baseCount: 72, required: 37, message: 'Thông qua: 68/72 hộ có mặt (94,4 %) tán thành; cần quá nửa số hộ có mặt (ít nhất 37 hộ).', elected: [], tied: [] },
    },
    contribution,
  ],
  tasks: [{ id: 51, meetingId: 2, description: 'Hoàn thiện phương án đóng góp, miễn đóng góp cho hộ nghèo, hộ cận nghèo', owner: 'Tổ trưởng tổ dân phố 5', dueDate: '2026-04-15', doneOn: null, note: '' }],
  preparation: [],
  consultation: [],
  stage: 'finalized',
  versions: [{ version: 1, finalizedAt: '2026-03-16T01:00:00.000Z', finalizedBy: 'Trần Thị Thu', reason: '', minutesNumber: null, resolutionNumber: null }],
  deliveryDue: '2026-03-20',
  deliveredOn: null,
  invitationNumber: null,
};

/** The group head's name from the ward's residential groups (Tổ dân phố 5). */
export const groupHead = 'Hoàng Văn Dũng';

/** `meetings.list` for the first quarter of 2026: the two meetings above, a dialogue and a planned meeting. */
export const firstQuarterSummaries: MeetingSummary[] = [
  {
    id: 2,
    type: 'residentsMeeting',
    title: residentsMeeting.title,
    date: '2026-03-15',
    residentialGroupName: 'Tổ dân phố 5',
    stage: 'finalized',
    eligibleCount: 100,
    presentCount: 72,
    attendancePercent: 72,
    decisionsPassed: 2,
    decisionsTotal: 3,
  },
  {
    id: 1,
    type: 'staffConference',
    title: staffConference.title,
    date: '2026-03-12',
    residentialGroupName: null,
    stage: 'finalized',
    eligibleCount: 25,
    presentCount: 18,
    attendancePercent: 72,
    decisionsPassed: 3,
    decisionsTotal: 3,
  },
  {
    id: 3,
    type: 'dialogue',
    title: 'Hội nghị đối thoại với Nhân dân về chỉnh trang đô thị năm 2026',
    date: '2026-02-05',
    residentialGroupName: null,
    stage: 'held',
    eligibleCount: 150,
    presentCount: 138,
    attendancePercent: 92,
    decisionsPassed: 0,
    decisionsTotal: 0,
  },
  {
    id: 4,
    type: 'residentsMeeting',
    title: 'Họp tổ dân phố 2 bàn về hương ước, quy ước',
    date: '2026-03-28',
    residentialGroupName: 'Tổ dân phố 2',
    stage: 'planned',
    eligibleCount: 156,
    presentCount: null,
    attendancePercent: null,
    decisionsPassed: 0,
    decisionsTotal: 0,
  },
];
