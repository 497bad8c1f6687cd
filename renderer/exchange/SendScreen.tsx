import { Alert, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { ExportOutcome, SentBatchView } from '../../main/api';
import { useChannel } from '../api/useChannel';
import { useCan } from '../app/session';
import { LoadState } from '../ui/LoadState';
import { PageLayout } from '../ui/PageLayout';
import { labelsOf } from './batchScope';
import { ExportBatchDialog } from './ExportBatchDialog';
import { SentBatchesTable } from './SentBatchesTable';
import { SigningKeyCard } from './SigningKeyCard';
import { SuperiorLinkCard } from './SuperiorLinkCard';
import { useFolderAction } from './useFolderAction';

/** Where a batch went: one file, or every part of a batch split in parts. */
function writtenText(paths: readonly string[]): string {
  return paths.length === 1 ? `Đã ghi lô dữ liệu vào ${paths[0]}.` : `Đã ghi lô dữ liệu thành ${paths.length} phần vào: ${paths.join('; ')}.`;
}

/** Ward installation: signs and writes batches of its records for the superior office. */
export function SendScreen() {
  const keyStatus = useChannel('exchange.keyStatus', {});
  const sent = useChannel('exchange.listSent', {});
  const datasets = useChannel('exchange.datasets', {});
  const runWithFolder = useFolderAction();
  const canWrite = useCan('ward.write');
  const [outcome, setOutcome] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(false);

  const written = (paths: readonly string[]) => {
    setOutcome(writtenText(paths));
    void sent.reload();
    // The key is created with the first batch when there was none.
    void keyStatus.reload();
  };

  const exported = (result: ExportOutcome) => {
    setChoosing(false);
    if (result.status === 'written') written((result.parts ?? [result]).map((part) => part.path));
    else setOutcome(result.message);
  };

  const rewrite = async (batch: SentBatchView) => {
    const result = await runWithFolder((client) => client.call('exchange.rewriteBatch', { seq: batch.seq }));
    if (result) written([result.path]);
  };

  return (
    <PageLayout
      title="Gửi dữ liệu lên cấp trên"
      description="Ghi lô dữ liệu đã ký ra USB (hoặc gửi bằng thư điện tử) để cấp trên tổng hợp."
      actions={
        canWrite ? (
          <Button variant="contained" onClick={() => setChoosing(true)}>
            Ghi lô dữ liệu…
          </Button>
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
        <LoadState source={sent}>
          {(batches) => <SentBatchesTable batches={batches} labels={labelsOf(datasets.data)} onRewrite={(batch) => void rewrite(batch)} />}
        </LoadState>
      </Stack>
      {choosing ? <ExportBatchDialog datasets={datasets.data ?? []} onClose={() => setChoosing(false)} onDone={exported} /> : null}
    </PageLayout>
  );
}
