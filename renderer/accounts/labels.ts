import type { AccountRole } from '../../main/api';

export const roleLabels: Record<AccountRole, string> = {
  administrator: 'Quản trị viên',
  clerk: 'Văn thư/Cán bộ nghiệp vụ',
  unionOfficer: 'Cán bộ công đoàn',
  viewer: 'Chỉ xem',
};
