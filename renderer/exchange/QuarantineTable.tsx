import type { Out } from '../../main/api';
import { EmptyState } from '../ui/EmptyState';
import { formatDateTime } from '../ui/format';
import { RecordTable, type Column } from '../ui/RecordTable';

type QuarantinedFile = Out<'exchange.quarantine'>[number];

const columns: Column<QuarantinedFile>[] = [
  { header: 'Tệp', render: (file) => file.fileName },
  { header: 'Thời điểm', render: (file) => formatDateTime(file.at) },
  { header: 'Lý do', render: (file) => file.message },
];

/** Files set aside with their reason; they can be tried again once the cause is fixed (a key registered, the app upgraded). */
export function QuarantineTable({ files }: { files: readonly QuarantinedFile[] }) {
  if (files.length === 0) return <EmptyState title="Không có tệp nào trong khu cách ly" />;
  return (
    <RecordTable label="Các tệp trong khu cách ly" rows={files} columns={columns} rowKey={(file) => file.fileSha256} rowName={(file) => file.fileName} />
  );
}
