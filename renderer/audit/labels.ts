import { roleLabels } from '../accounts/labels';
import { mediaTypeLabels } from '../attachments/labels';
import { dayKindLabels } from '../calendar/labels';
import { employmentTypeLabels } from '../staff/labels';
import { authorityLabels, wardKindLabels } from '../ward/labels';

/** Vietnamese names of what main records in the change history; unknown names are shown as recorded. */
export const actionLabels: Record<string, string> = {
  create: 'Thêm mới',
  update: 'Sửa',
  delete: 'Xóa',
  resetPassword: 'Đặt lại mật khẩu',
  login: 'Đăng nhập',
  loginFailed: 'Đăng nhập sai',
  lockout: 'Tạm khóa do đăng nhập sai',
  setRole: 'Đặt nơi sử dụng',
  open: 'Mở năm ngân sách',
  import: 'Nhập bộ biểu',
  saveFigures: 'Nhập số liệu',
  addLine: 'Thêm dòng chi tiết',
  removeLine: 'Xóa dòng chi tiết',
  disclose: 'Ghi nhận công khai',
  startCorrection: 'Tạo bản điều chỉnh',
  carryOver: 'Chuyển số liệu sang',
  register: 'Cấp số văn bản',
  recordAttendance: 'Điểm danh',
  move: 'Đổi thứ tự',
  finalize: 'Hoàn thiện biên bản',
  refused: 'Bị từ chối (biên bản đã hoàn thiện)',
  recordDelivery: 'Ghi nhận gửi biên bản',
  closeYear: 'Tổng hợp kết quả cả năm',
};

export const entityLabels: Record<string, string> = {
  wardProfile: 'Thông tin đơn vị',
  signatory: 'Người ký',
  residentialGroup: 'Tổ dân phố',
  staffMember: 'Cán bộ',
  account: 'Tài khoản',
  calendarAdjustment: 'Điều chỉnh lịch',
  installation: 'Cài đặt chung',
  fiscalYear: 'Năm ngân sách',
  budgetStage: 'Giai đoạn công khai ngân sách',
  budgetReport: 'Báo cáo công khai ngân sách',
  budgetFormSet: 'Bộ biểu mẫu ngân sách',
  outgoingDocument: 'Sổ văn bản đi',
  attachment: 'Tệp đính kèm',
  meeting: 'Cuộc họp',
  agendaItem: 'Nội dung cuộc họp',
  meetingProceedings: 'Diễn biến cuộc họp',
  meetingTask: 'Việc được giao sau cuộc họp',
  meetingPreparation: 'Chuẩn bị hội nghị cán bộ',
  consultationComment: 'Ý kiến góp ý của cán bộ',
  evaluationPeriod: 'Kỳ đánh giá cán bộ',
  evaluationSheet: 'Phiếu đánh giá cán bộ',
  evaluationYear: 'Kết quả đánh giá cả năm',
};

export const fieldLabels: Record<string, string> = {
  name: 'Tên',
  kind: 'Loại',
  code: 'Mã',
  provinceName: 'Tỉnh, thành phố',
  address: 'Địa chỉ',
  phone: 'Điện thoại',
  email: 'Email',
  superiorName: 'Cơ quan cấp trên',
  superiorCode: 'Mã cơ quan cấp trên',
  superiorEmail: 'Email cơ quan cấp trên',
  fullName: 'Họ và tên',
  position: 'Chức vụ',
  authority: 'Thẩm quyền ký',
  isDefault: 'Người ký mặc định',
  householdCount: 'Số hộ',
  headName: 'Tổ trưởng',
  note: 'Ghi chú',
  department: 'Bộ phận',
  employmentType: 'Loại',
  activeFrom: 'Ngày bắt đầu công tác',
  activeTo: 'Ngày thôi công tác',
  username: 'Tên đăng nhập',
  role: 'Vai trò',
  disabled: 'Ngừng sử dụng',
  date: 'Ngày',
  attachedTo: 'Đính kèm vào',
  recordId: 'Mã hồ sơ',
  fileName: 'Tên tệp',
  mediaType: 'Loại tệp',
  sizeBytes: 'Dung lượng (byte)',
  sha256: 'Mã kiểm tra SHA-256',
};

/** Vietnamese names of the coded values some fields hold. */
export const valueLabels: Record<string, Record<string, string>> = {
  kind: { ...wardKindLabels, ...dayKindLabels },
  authority: authorityLabels,
  employmentType: employmentTypeLabels,
  role: roleLabels,
  attachedTo: entityLabels,
  mediaType: mediaTypeLabels,
};

export function labelOf(labels: Record<string, string>, key: string): string {
  return Object.hasOwn(labels, key) ? (labels[key] ?? key) : key;
}
