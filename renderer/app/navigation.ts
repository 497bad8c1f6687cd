import { createContext, useContext } from 'react';
import type { AccountRole, InstallationRole } from '../../main/api';
import { roleCan } from './permissions';

export type Screen =
  | 'home'
  | 'profile'
  | 'signatories'
  | 'residentialGroups'
  | 'staff'
  | 'accounts'
  | 'backup'
  | 'calendar'
  | 'audit'
  | 'budget'
  | 'meetings'
  | 'meetingSearch'
  | 'evaluations'
  | 'criteria'
  | 'disclosures'
  | 'boards'
  | 'petitions'
  | 'quarterlyReport'
  | 'exchangeSend'
  | 'exchangeReceive'
  | 'consolidation';

export interface NavItem {
  screen: Screen;
  label: string;
}

export interface NavGroup {
  /** Heading above the items; null for a group of one top-level item. */
  label: string | null;
  items: NavItem[];
}

/** The left navigation, shaped by what the installation is and what the account may do. */
export function navigationFor(installationRole: InstallationRole | null, accountRole: AccountRole | undefined): NavGroup[] {
  const superior = installationRole === 'superior';
  const unit: NavGroup = superior
    ? { label: 'Thông tin cơ quan', items: [{ screen: 'profile', label: 'Thông tin cơ quan' }, { screen: 'signatories', label: 'Người ký' }] }
    : {
        label: 'Đơn vị',
        items: [
          { screen: 'profile', label: 'Thông tin đơn vị' },
          { screen: 'signatories', label: 'Người ký' },
          { screen: 'residentialGroups', label: 'Tổ dân phố' },
        ],
      };
  const settings: NavItem[] = [
    ...(roleCan(accountRole, 'accounts.manage') ? [{ screen: 'accounts' as const, label: 'Tài khoản' }] : []),
    ...(roleCan(accountRole, 'backup.manage') ? [{ screen: 'backup' as const, label: 'Sao lưu' }] : []),
    { screen: 'calendar', label: 'Lịch nghỉ lễ' },
    ...(roleCan(accountRole, 'audit.read') ? [{ screen: 'audit' as const, label: 'Lịch sử thay đổi' }] : []),
  ];
  const wardWork: NavGroup[] = [
    { label: null, items: [{ screen: 'budget', label: 'Công khai ngân sách' }] },
    { label: null, items: [{ screen: 'disclosures', label: 'Công khai thông tin' }] },
    {
      label: 'Cuộc họp',
      items: [
        { screen: 'meetings', label: 'Cuộc họp, hội nghị' },
        { screen: 'meetingSearch', label: 'Tìm trong biên bản' },
      ],
    },
    { label: null, items: [{ screen: 'petitions', label: 'Ý kiến, kiến nghị' }] },
    {
      label: 'Đánh giá',
      items: [
        { screen: 'evaluations', label: 'Đánh giá, xếp loại' },
        { screen: 'criteria', label: 'Tự chấm bộ tiêu chí' },
      ],
    },
    { label: null, items: [{ screen: 'boards', label: 'Ban Thanh tra, Giám sát cộng đồng' }] },
    { label: null, items: [{ screen: 'quarterlyReport', label: 'Báo cáo quý' }] },
    { label: null, items: [{ screen: 'exchangeSend', label: 'Gửi dữ liệu lên cấp trên' }] },
  ];
  const superiorWork: NavGroup[] = [
    { label: null, items: [{ screen: 'criteria', label: 'Bộ tiêu chí' }] },
    { label: null, items: [{ screen: 'consolidation', label: 'Tổng hợp' }] },
    ...(roleCan(accountRole, 'ward.write') ? [{ label: null, items: [{ screen: 'exchangeReceive' as const, label: 'Nhận dữ liệu từ xã, phường' }] }] : []),
  ];
  return [
    { label: null, items: [{ screen: 'home', label: 'Trang chủ' }] },
    unit,
    { label: null, items: [{ screen: 'staff', label: 'Cán bộ' }] },
    ...(superior ? superiorWork : wardWork),
    { label: 'Cài đặt', items: settings },
  ];
}

export interface Navigation {
  screen: Screen;
  navigate(screen: Screen): void;
}

export const NavigationContext = createContext<Navigation>({ screen: 'home', navigate: () => undefined });

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}
