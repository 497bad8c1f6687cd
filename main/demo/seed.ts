import type { Db } from '../db/database';
import type { Clock } from '../runtime/ports';
import type { WriteContext } from '../audit/audit';
import { createAccount } from '../accounts/service';
import { ensureInstallation, setInstallationRole } from '../installation/service';
import { saveProfile, saveResidentialGroup, saveSignatory } from '../ward/service';
import { saveStaffMember } from '../staff/service';
import type { EmploymentType } from '../api/staff';
import { seedDemoMeetings } from './meetings';
import { seedDemoEvaluations } from './evaluations';
import { seedDemoPetitions } from './petitions';
import { seedDemoBoards } from './boards';
import { seedDemoDisclosures } from './disclosures';
import { seedDemoReports } from './reports';

/** Demo accounts share one password, shown on the login screen in demo mode. */
export const DEMO_PASSWORD = 'demo1234';

const groups: [string, number, string][] = [
  ['Tổ dân phố 1', 182, 'Nguyễn Văn Hùng'],
  ['Tổ dân phố 2', 156, 'Lê Thị Hoa'],
  ['Tổ dân phố 3', 203, 'Trần Đức Thắng'],
  ['Tổ dân phố 4', 174, 'Phạm Thị Lan'],
  ['Tổ dân phố 5', 191, 'Hoàng Văn Dũng'],
  ['Tổ dân phố 6', 148, 'Đỗ Thị Mai'],
  ['Tổ dân phố 7', 167, 'Vũ Quang Huy'],
  ['Tổ dân phố 8', 210, 'Bùi Thị Thu'],
  ['Tổ dân phố 9', 139, 'Đặng Văn Lợi'],
  ['Tổ dân phố 10', 185, 'Ngô Thị Hằng'],
  ['Tổ dân phố 11', 162, 'Dương Văn Tiến'],
  ['Tổ dân phố 12', 177, 'Lý Thị Ngọc'],
];

const staff: [string, string, string, EmploymentType, string][] = [
  ['Nguyễn Văn An', 'Chủ tịch UBND phường', 'Lãnh đạo UBND', 'cadre', '2021-07-01'],
  ['Trần Thị Bích', 'Phó Chủ tịch UBND phường', 'Lãnh đạo UBND', 'cadre', '2021-07-01'],
  ['Lê Minh Châu', 'Phó Chủ tịch UBND phường', 'Lãnh đạo UBND', 'cadre', '2025-07-01'],
  ['Phạm Quốc Đạt', 'Chánh Văn phòng HĐND và UBND', 'Văn phòng HĐND và UBND', 'civilServant', '2025-07-01'],
  ['Hoàng Thị Duyên', 'Công chức Văn phòng - Thống kê', 'Văn phòng HĐND và UBND', 'civilServant', '2019-03-15'],
  ['Vũ Thị Giang', 'Công chức Tài chính - Kế toán', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'civilServant', '2018-09-01'],
  ['Đỗ Văn Hải', 'Công chức Tư pháp - Hộ tịch', 'Văn phòng HĐND và UBND', 'civilServant', '2020-01-02'],
  ['Bùi Thị Hạnh', 'Công chức Văn hóa - Xã hội', 'Phòng Văn hóa - Xã hội', 'civilServant', '2017-05-10'],
  ['Đặng Quang Khải', 'Công chức Địa chính - Xây dựng', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'civilServant', '2016-11-01'],
  ['Ngô Thị Liên', 'Chủ tịch Công đoàn cơ sở', 'Văn phòng HĐND và UBND', 'civilServant', '2015-08-20'],
  ['Dương Văn Minh', 'Chỉ huy trưởng Ban Chỉ huy Quân sự', 'Ban Chỉ huy Quân sự', 'civilServant', '2019-02-01'],
  ['Lý Thị Nga', 'Viên chức Trung tâm Phục vụ hành chính công', 'Trung tâm Phục vụ hành chính công', 'publicEmployee', '2025-07-01'],
  ['Trịnh Văn Phúc', 'Nhân viên bảo vệ', 'Văn phòng HĐND và UBND', 'employee', '2022-04-01'],
];

/** A fictional ward with realistic content, so a newcomer sees a living app. Clearly marked as demo. */
export async function seedDemoWard(db: Db, clock: Clock): Promise<void> {
  ensureInstallation(db, clock, true);
  const admin = await createAccount({ db, clock, actorId: null }, { username: 'admin', fullName: 'Quản trị (dữ liệu mẫu)', role: 'administrator', password: DEMO_PASSWORD });
  const ctx: WriteContext = { db, clock, actorId: admin.id };
  const members = staff.map(([fullName, position, department, employmentType, activeFrom]) =>
    saveStaffMember(ctx, { fullName, position, department, employmentType, activeFrom, activeTo: null, note: '' }),
  );
  // The clerk and the union chair are staff members too: linked, each sees her own evaluation results.
  const memberId = (fullName: string) => members.find((member) => member.fullName === fullName)!.id;
  await createAccount(ctx, { username: 'vanthu', fullName: 'Hoàng Thị Duyên', role: 'clerk', password: DEMO_PASSWORD, staffMemberId: memberId('Hoàng Thị Duyên') });
  await createAccount(ctx, { username: 'congdoan', fullName: 'Ngô Thị Liên', role: 'unionOfficer', password: DEMO_PASSWORD, staffMemberId: memberId('Ngô Thị Liên') });
  await createAccount(ctx, { username: 'xem', fullName: 'Người xem', role: 'viewer', password: DEMO_PASSWORD });
  setInstallationRole(ctx, 'ward');
  saveProfile(ctx, {
    name: 'Phường Hòa An (dữ liệu mẫu)',
    kind: 'ward',
    code: '99901',
    provinceName: 'Tỉnh Minh Sơn (giả định)',
    address: 'Số 12 đường Lê Lợi, phường Hòa An, tỉnh Minh Sơn',
    phone: '0203 3812 345',
    email: 'ubnd.hoaan@example.vn',
    superiorName: 'Sở Nội vụ tỉnh Minh Sơn',
    superiorCode: '99',
    superiorEmail: 'sonoivu@example.vn',
  });
  saveSignatory(ctx, { fullName: 'Nguyễn Văn An', position: 'Chủ tịch', authority: 'TM', isDefault: true });
  saveSignatory(ctx, { fullName: 'Trần Thị Bích', position: 'Phó Chủ tịch', authority: 'KT', isDefault: false });
  for (const [name, householdCount, headName] of groups) {
    saveResidentialGroup(ctx, { name, householdCount, headName, note: '' });
  }
  saveStaffMember(ctx, {
    fullName: 'Cao Văn Quý',
    position: 'Công chức Địa chính - Xây dựng',
    department: 'Phòng Kinh tế, Hạ tầng và Đô thị',
    employmentType: 'civilServant',
    activeFrom: '2012-03-01',
    activeTo: '2025-06-30',
    note: 'Nghỉ hưu',
  });
  seedDemoMeetings(ctx);
  seedDemoEvaluations(ctx);
  seedDemoBoards(ctx);
  seedDemoDisclosures(ctx);
  seedDemoPetitions(ctx);
  seedDemoReports(ctx);
}
