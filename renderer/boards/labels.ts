import type { ActivityKind, BoardKind, MemberRole, PlanKind } from '../../main/api';

export const boardKindLabels: Record<BoardKind, string> = { inspection: 'Ban Thanh tra nhân dân', investmentSupervision: 'Ban Giám sát đầu tư của cộng đồng' };
export const roleLabels: Record<MemberRole, string> = { head: 'Trưởng ban', deputy: 'Phó Trưởng ban', member: 'Thành viên' };
export const activityKindLabels: Record<ActivityKind, string> = { inspection: 'Kiểm tra', supervision: 'Giám sát' };
export const planKindLabels: Record<PlanKind, string> = { quarter: 'Quý', halfYear: '6 tháng', year: 'Năm' };

export const optionsOf = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
