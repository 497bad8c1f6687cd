import type { ReactNode } from 'react';
import type { BackupEntry } from '../../main/api';
import { EmptyState } from '../ui/EmptyState';
import { formatDateTime, formatFileSize } from '../ui/format';
import { RecordTable, type Column } from '../ui/RecordTable';
import { backupReasonLabels } from './labels';

const columns: Column<BackupEntry>[] = [
  { header: 'Thời điểm sao lưu', render: (entry) => formatDateTime(entry.createdAt) },
  { header: 'Lý do', render: (entry) => backupReasonLabels[entry.reason] },
  { header: 'Dung lượng', render: (entry) => formatFileSize(entry.sizeBytes), align: 'right' },
];

export function backupName(entry: BackupEntry): string {
  return `bản sao lưu lúc ${formatDateTime(entry.createdAt)}`;
}

export function BackupTable({ entries, actions }: { entries: readonly BackupEntry[]; actions?: (entry: BackupEntry) => ReactNode }) {
  if (entries.length === 0) {
    return <EmptyState title="Chưa có bản sao lưu nào" description="Ứng dụng tự sao lưu mỗi ngày; bạn cũng có thể sao lưu ngay." />;
  }
  return (
    <RecordTable
      label="Danh sách bản sao lưu"
      rows={entries}
      columns={columns}
      rowKey={(entry) => entry.fileName}
      rowName={backupName}
      rowActions={actions}
    />
  );
}
