import { Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { ImportReportView } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { useChannel, type ChannelData } from '../api/useChannel';
import { useCan } from '../app/session';
import { useConfirm } from '../ui/confirm';
import { LoadState } from '../ui/LoadState';
import { useNotify } from '../ui/notifications';
import { PageLayout } from '../ui/PageLayout';
import { useAction } from '../ui/useAction';
import { ImportDropZone, type UploadedBatch } from './ImportDropZone';
import { ImportReportDialog } from './ImportReportDialog';
import { QuarantineTable } from './QuarantineTable';
import { RegisterUnitButton } from './RegisterUnitButton';
import { SendCriteriaSetsButton } from './SendCriteriaSetsButton';
import { SigningKeyCard } from './SigningKeyCard';
import { UnitsTable, type RegisteredUnit } from './UnitsTable';
import { useFolderAction } from './useFolderAction';

interface ShownReport {
  title: string;
  report: ImportReportView;
  /** Set for a dry run still waiting to be applied. */
  token: string | null;
}

/**
 * Superior installation: the office's key, the registered wards with their receipts, importing batch files and the
 * quarantine. Everyone here may import and write receipts (ward.write); registering and revoking keys needs settings.manage.
 */
export function ReceiveScreen() {
  const units = useChannel('exchange.units', {});
  const keyStatus = useChannel('exchange.keyStatus', {});
  return (
    <PageLayout
      title="Nhận dữ liệu từ xã, phường"
      description="Nhập các lô dữ liệu đã ký do xã, phường gửi lên; mỗi lô được kiểm tra thử trước khi áp dụng."
      actions={<SendCriteriaSetsButton />}
    >
      <Stack spacing={2}>
        <SigningKeyCard keyStatus={keyStatus} verifier="wards" />
        <RegisteredUnits units={units} />
        <ImportAndQuarantine onImported={() => void units.reload()} />
      </Stack>
    </PageLayout>
  );
}

function RegisteredUnits({ units }: { units: ChannelData<RegisteredUnit[]> }) {
  const client = useClient();
  const run = useAction();
  const confirm = useConfirm();
  const runWithFolder = useFolderAction();
  const notify = useNotify();
  const canManage = useCan('settings.manage');

  const revoke = async (fingerprint: string, unitName: string) => {
    const confirmed = await confirm({
      title: 'Thu hồi khóa này?',
      message: `Sau khi thu hồi, các lô dữ liệu ký bằng khóa ${fingerprint} của ${unitName} sẽ không được nhận nữa. Chỉ thu hồi khi dấu vân tay không khớp với phiếu, khóa bị lộ hoặc máy bị mất.`,
      confirmLabel: 'Thu hồi khóa',
      destructive: true,
    });
    if (!confirmed) return;
    const result = await run(() => client.call('exchange.revokeKey', { fingerprint }), 'Đã thu hồi khóa.');
    if (result.ok) void units.reload();
  };

  const writeReceipt = async (unit: RegisteredUnit) => {
    const result = await runWithFolder((caller) => caller.call('exchange.writeReceipt', { unitCode: unit.unitCode }));
    if (result) notify.success(`Đã ghi biên nhận vào ${result.path}.`);
  };

  return (
    <>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2">
          Các xã, phường đã đăng ký
        </Typography>
        {canManage ? <RegisterUnitButton onChanged={() => void units.reload()} onRevoke={revoke} /> : null}
      </Stack>
      <LoadState source={units}>
        {(list) => (
          <UnitsTable
            units={list}
            onRevoke={canManage ? (fingerprint, name) => void revoke(fingerprint, name) : undefined}
            onWriteReceipt={(unit) => void writeReceipt(unit)}
          />
        )}
      </LoadState>
    </>
  );
}

function ImportAndQuarantine({ onImported }: { onImported(): void }) {
  const client = useClient();
  const run = useAction();
  const runWithFolder = useFolderAction();
  const quarantine = useChannel('exchange.quarantine', {});
  const [shown, setShown] = useState<ShownReport | null>(null);

  const imported = (title: string, report: ImportReportView) => {
    setShown({ title, report, token: null });
    onImported();
    void quarantine.reload();
  };

  const showPreview = (result: { token: string; report: ImportReportView }) =>
    setShown({ title: 'Kiểm tra lô dữ liệu trước khi nhập', report: result.report, token: result.token });

  const preview = async (source: 'files' | 'folder') => {
    const result = await runWithFolder((caller) => caller.call('exchange.importPreview', { source }));
    if (result) showPreview(result);
  };

  const previewDropped = async (files: UploadedBatch[]) => {
    const result = await run(() => client.call('exchange.importPreviewUpload', { files }));
    if (result.ok) showPreview(result.value);
  };

  const apply = async (token: string) => {
    setShown(null);
    const result = await run(() => client.call('exchange.importApply', { token }), 'Đã áp dụng lô dữ liệu.');
    if (result.ok) imported('Kết quả nhập lô dữ liệu', result.value);
  };

  const retry = async () => {
    const result = await run(() => client.call('exchange.retryQuarantined', {}));
    if (result.ok) imported('Kết quả thử lại các tệp cách ly', result.value);
  };

  const token = shown?.token ?? null;
  return (
    <Stack spacing={2}>
      <Typography variant="h6" component="h2">
        Nhập lô dữ liệu
      </Typography>
      <ImportDropZone onPick={(source) => void preview(source)} onDropped={previewDropped} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2">
          Khu cách ly
        </Typography>
        <Button variant="outlined" onClick={() => void retry()}>
          Thử lại
        </Button>
      </Stack>
      <LoadState source={quarantine}>{(files) => <QuarantineTable files={files} />}</LoadState>
      <ImportReportDialog
        title={shown?.title ?? ''}
        report={shown?.report ?? null}
        onClose={() => setShown(null)}
        onApply={token ? () => void apply(token) : undefined}
      />
    </Stack>
  );
}
