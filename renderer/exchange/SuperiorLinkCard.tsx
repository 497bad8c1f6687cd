import { Paper, Stack, Typography } from '@mui/material';
import type { PinnedSuperiorView } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { isApiCallError } from '../api/client';
import { useChannel } from '../api/useChannel';
import { useCan } from '../app/session';
import { useConfirm } from '../ui/confirm';
import { FilePickButton } from '../ui/FilePickButton';
import { formatDateTime } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { useNotify } from '../ui/notifications';
import { Fingerprint } from './Fingerprint';
import { ImportFromSuperiorButton } from './ImportFromSuperiorButton';

/**
 * The superior office whose key this ward trusts: pinned once from its enrolment file and compared with its signed
 * paper form. Files from the superior (receipts, criteria sets) are checked against this key only.
 */
export function SuperiorLinkCard({ onImported }: { onImported(): void }) {
  const superior = useChannel('exchange.superiorStatus', {});
  return (
    <Paper variant="outlined" component="section" aria-labelledby="superior-link-title" sx={{ p: 2 }}>
      <Typography id="superior-link-title" variant="h6" component="h2" gutterBottom>
        Cơ quan cấp trên
      </Typography>
      <LoadState source={superior}>
        {(pinned) => (
          <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
            <PinnedDetails pinned={pinned} />
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
              <PinButton pinned={pinned} onPinned={superior.replace} />
              <ImportFromSuperiorButton disabled={pinned === null} onImported={onImported} />
            </Stack>
          </Stack>
        )}
      </LoadState>
    </Paper>
  );
}

function PinnedDetails({ pinned }: { pinned: PinnedSuperiorView | null }) {
  if (!pinned) {
    return (
      <Typography variant="body2">
        Chưa ghi nhận khóa của cơ quan cấp trên. Hãy nhập phiếu đăng ký khóa (.json) cấp trên gửi, rồi đối chiếu dấu vân tay với phiếu giấy có chữ
        ký, đóng dấu.
      </Typography>
    );
  }
  return (
    <>
      <Typography variant="body2">
        {pinned.unitName} (mã {pinned.unitCode}). Đối chiếu từng nhóm ký tự dưới đây với phiếu đăng ký khóa có chữ ký, đóng dấu của cấp trên:
      </Typography>
      <Fingerprint value={pinned.fingerprint} label="Dấu vân tay khóa cấp trên" />
      <Typography variant="body2" color="text.secondary">
        Ghi nhận lúc {formatDateTime(pinned.pinnedAt)} bởi {pinned.pinnedBy}
      </Typography>
    </>
  );
}

/** Pins from the file; a different key than the pinned one is replaced only after an explicit confirmation. */
function PinButton({ pinned, onPinned }: { pinned: PinnedSuperiorView | null; onPinned(pinned: PinnedSuperiorView): void }) {
  const client = useClient();
  const notify = useNotify();
  const confirm = useConfirm();
  const canManage = useCan('settings.manage');
  if (!canManage) return null;

  const pinWith = async (content: string, replace: boolean) => {
    const result = await client.call('exchange.pinSuperior', { content, replace });
    onPinned(result);
    notify.success(result.alreadyPinned ? `Khóa của ${result.unitName} đã được ghi nhận từ trước.` : `Đã ghi nhận khóa của ${result.unitName}. Hãy đối chiếu dấu vân tay với phiếu.`);
  };

  const askToReplace = (message: string) =>
    confirm({ title: 'Thay khóa cơ quan cấp trên?', message: `${message} Các tệp ký bằng khóa cũ sẽ không được nhận nữa.`, confirmLabel: 'Thay khóa cấp trên', destructive: true });

  const pin = async (file: File) => {
    const content = await file.text();
    try {
      await pinWith(content, false);
    } catch (error) {
      if (!isApiCallError(error, 'CONFLICT') || !pinned) return notify.error(error);
      if (await askToReplace(error.message)) await pinWith(content, true).catch(notify.error);
    }
  };

  return (
    <FilePickButton variant={pinned ? 'outlined' : 'contained'} accept=".json,application/json" inputLabel="Chọn phiếu đăng ký khóa của cấp trên (.json)" onPick={(file) => void pin(file)}>
      {pinned ? 'Thay khóa cấp trên' : 'Ghi nhận khóa cấp trên từ tệp'}
    </FilePickButton>
  );
}
