import type { WardKind } from '../../main/api';

export const wardKindLabels: Record<WardKind, string> = {
  ward: 'Phường',
  commune: 'Xã',
  specialZone: 'Đặc khu',
  superiorOffice: 'Cơ quan cấp trên',
};

export const authorityLabels = {
  TM: 'TM. (Thay mặt)',
  KT: 'KT. (Ký thay)',
  TL: 'TL. (Thừa lệnh)',
  TUQ: 'TUQ. (Thừa ủy quyền)',
  none: 'Ký trực tiếp',
} as const;
