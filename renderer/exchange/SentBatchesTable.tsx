import { Button } from '@mui/material';
import type { SentBatchView } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { useCan } from '../app/session';
import { EmptyState } from '../ui/EmptyState';
import { formatDateTime, formatNumber } from '../ui/format';
import { RecordTable, type Column } from '../ui/RecordTable';
import { useSaveFile } from '../ui/saveFile';
import { scopeText, type DatasetLabels } from './batchScope';
import { batchKindLabels } from './labels';
import { ReceiptStatusCell } from './ReceiptStatusCell';

const recordCount = (batch: SentBatchView) => Object.values(batch.counts).reduce((sum, count) => sum + count, 0);

const columnsWith = (labels: DatasetLabels): Column<SentBatchView>[] => [
  { header: 'Số lô', render: (batch) => batch.seq, align: 'right' },
  { header: 'Ngày ghi', render: (batch) => formatDateTime(batch.createdAt) },
  { header: 'Loại', render: (batch) => (batch.part ? `${batchKindLabels[batch.kind]}, phần ${batch.part.index}/${batch.part.count}` : batchKindLabels[batch.kind]) },
  { header: 'Phạm vi', render: (batch) => scopeText(batch.filter, labels) },
  { header: 'Số bản ghi', render: (batch) => formatNumber(recordCount(batch)), align: 'right' },
  { header: 'Biên nhận', render: (batch) => <ReceiptStatusCell batch={batch} /> },
];

const batchName = (batch: SentBatchView) => `lô số ${batch.seq}`;

/** The batches written so far; each can be written again (a lost USB stick) or attached to an e-mail draft. */
export function SentBatchesTable({ batches, labels, onRewrite }: { batches: readonly SentBatchView[]; labels: DatasetLabels; onRewrite(batch: SentBatchView): void }) {
  const client = useClient();
  const save = useSaveFile();
  const canWrite = useCan('ward.write');
  if (batches.length === 0) {
    return <EmptyState title="Chưa gửi lô dữ liệu nào" description="Ghi lô dữ liệu đầu tiên ra USB để gửi lên cấp trên." />;
  }
  return (
    <RecordTable
      label="Các lô dữ liệu đã gửi"
      rows={batches}
      columns={columnsWith(labels)}
      rowKey={(batch) => batch.seq}
      rowName={batchName}
      rowActions={
        canWrite
          ? (batch) => (
              <>
                <Button size="small" aria-label={`Ghi lại ${batchName(batch)}`} onClick={() => onRewrite(batch)}>
                  Ghi lại
                </Button>
                <Button
                  size="small"
                  aria-label={`Tạo thư điện tử cho ${batchName(batch)}`}
                  onClick={() => void save(() => client.call('exchange.emailDraft', { seq: batch.seq }))}
                >
                  Tạo thư điện tử
                </Button>
              </>
            )
          : undefined
      }
    />
  );
}
