import type { ImportReportView, SentBatchView } from '../../main/api';

type FileResult = ImportReportView['files'][number]['result'];
type ReportCounts = ImportReportView['files'][number]['counts'];

export const batchKindLabels: Record<SentBatchView['kind'], string> = {
  delta: 'Các thay đổi',
  snapshot: 'Bản đầy đủ',
};

export const receiptStatusLabels: Record<SentBatchView['receiptStatus'], string> = {
  notAcknowledged: 'Chưa có biên nhận',
  received: 'Cấp trên đã nhận',
  partial: 'Cấp trên nhận một phần',
};

export const fileResultLabels: Record<FileResult, string> = {
  applied: 'Nhập được',
  duplicate: 'Trùng tệp đã nhập',
  alreadyReceived: 'Đã nhận trước đây',
  quarantined: 'Đưa vào khu cách ly',
  rejected: 'Bị từ chối',
};

export const countLabels: Record<keyof ReportCounts, string> = {
  new: 'Mới',
  updated: 'Cập nhật',
  unchanged: 'Không đổi',
  stale: 'Cũ hơn',
  rejected: 'Bị từ chối',
  conflict: 'Xung đột',
};

export const keyStatusLabels = { active: 'Đang dùng', revoked: 'Đã thu hồi' } as const;

/** "lô 3, 5" for the sequence numbers missing between batches received. */
export function gapsText(gaps: readonly number[]): string {
  return gaps.length === 0 ? 'không thiếu lô nào' : `thiếu lô ${gaps.join(', ')}`;
}
