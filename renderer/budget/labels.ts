import type { BudgetStage, disclosureChannels, StageReport, StageStatus } from '../../main/api';

export type DisclosureChannel = (typeof disclosureChannels)[number];
export type VersionStatus = StageReport['versions'][number]['status'];

export const stageLabels: Record<BudgetStage, string> = {
  estimateSubmitted: 'Dự toán trình HĐND',
  estimateApproved: 'Dự toán được HĐND quyết định',
  executionQ1: 'Thực hiện quý I',
  execution6m: 'Thực hiện 6 tháng',
  execution9m: 'Thực hiện 9 tháng',
  executionYear: 'Thực hiện cả năm',
  finalAccounts: 'Quyết toán được HĐND phê chuẩn',
};

export const stageStatusLabels: Record<StageStatus, string> = {
  notStarted: 'Chưa bắt đầu',
  draft: 'Đang nhập',
  disclosedOnTime: 'Đã công khai đúng hạn',
  disclosedLate: 'Công khai muộn',
  overdue: 'Quá hạn',
};

export const stageStatusColors: Record<StageStatus, 'default' | 'info' | 'success' | 'warning' | 'error'> = {
  notStarted: 'default',
  draft: 'info',
  disclosedOnTime: 'success',
  disclosedLate: 'warning',
  overdue: 'error',
};

export const disclosureChannelLabels: Record<DisclosureChannel, string> = {
  postingHeadquarters: 'Niêm yết tại trụ sở UBND',
  postingResidentialGroups: 'Niêm yết tại nhà văn hóa tổ dân phố',
  loudspeaker: 'Hệ thống loa truyền thanh',
  portal: 'Cổng/trang thông tin điện tử',
  noticeToPartyAndOrganisations: 'Văn bản gửi Đảng ủy, các tổ chức chính trị - xã hội',
  noticeToGroupHeads: 'Văn bản gửi trưởng thôn, tổ trưởng tổ dân phố',
  other: 'Hình thức khác',
};

export const versionStatusLabels: Record<VersionStatus, string> = {
  draft: 'Đang nhập',
  disclosed: 'Đã công khai',
  superseded: 'Đã được thay thế',
};

/** Which dates of a stage the clerk records; the execution periods run from fixed period ends. */
export const stageDateFields: Record<BudgetStage, 'resolution' | 'submission' | null> = {
  estimateSubmitted: 'submission',
  estimateApproved: 'resolution',
  executionQ1: null,
  execution6m: null,
  execution9m: null,
  executionYear: 'submission',
  finalAccounts: 'resolution',
};

/** Stages that report execution against the estimate. */
export const executionStages: readonly BudgetStage[] = ['executionQ1', 'execution6m', 'execution9m', 'executionYear', 'finalAccounts'];
