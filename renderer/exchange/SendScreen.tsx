import { Alert, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { SentBatchView } from '../../main/api';
import { useChannel } from '../api/useChannel';
import { useCan } from '../app/session';
import { LoadState } from '../ui/LoadState';
import { PageLayout } from '../ui/PageLayout';
import { SentBatchesTable } from './SentBatchesTable';
import { SigningKeyCard } from './SigningKeyCard';
import { SuperiorLinkCard } from './SuperiorLinkCard';
import { useFolderAction } from './useFolderAction';

/** Ward installation: signs and writes batches of its records for the superior office. */
export function SendScreen() {
  const keyStatus = useChannel('exchange.keyStatus', {});
  const sent = useChannel('exchange.listSent', {});
  const runWithFolder = useFolderAction();
  const canWrite = useCan('ward.write');
  const [outcome, setOutcome] = useState<string | null>(null);

  const written = (path: string) => {
    setOutcome(`Đã ghi lô dữ liệu vào ${path}.`);
    void sent.reload();
    // The key is created with the first batch when there was none.
    void keyStatus.reload();
  };

  const exportBatch = async (kind: 'delta' | 'snapshot') => {
    const result = await runWithFolder((client) => client.call('exchange.exportBatch', { kind }));
    if (result?.status === 'written') written(result.path);
    if (result?.status === 'nothingNew') setOutcome(result.message);
  };

  const rewrite = async (batch: SentBatchView) => {
    const result = await runWithFolder((client) => client.call('exchange.rewriteBatch', { seq: batch.seq }));
    if (result) written(result.path);
  };

  return (
    <PageLayout
      title="Gửi dữ liệu lên cấp trên"
      description="Ghi lô dữ liệu đã ký ra USB (hoặc gửi bằng thư điện tử) để cấp trên tổng hợp."
      actions={
        canWrite ? (
          <>
            <Button variant="contained" onClick={() => void exportBatch('delta')}>
              Ghi lô dữ liệu mới (các thay đổi)
            </Button>
            <Button variant="outlined" onClick={() => void exportBatch('snapshot')}>
              Ghi toàn bộ dữ liệu (bản đầy đủ)
            </Button>
          </>
        ) : null
      }
    >
      <Stack spacing={2}>
        {outcome ? (
          <Alert severity="info" role="status" onClose={() => setOutcome(null)}>
            {outcome}
          </Alert>
        ) : null}
        <SigningKeyCard keyStatus={keyStatus} />
        <SuperiorLinkCard onImported={() => void sent.reload()} />
        <Typography variant="h6" component="h2">
          Các lô đã gửi
        </Typography>
        <LoadState source={sent}>{(batches) => <SentBatchesTable batches={batches} onRewrite={(batch) => void rewrite(batch)} />}</LoadState>
      </Stack>
    </PageLayout>
  );
}
