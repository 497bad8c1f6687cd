import type { BackupEntry } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { isApiCallError } from '../api/client';
import { useSession } from '../app/session';
import { useConfirm } from '../ui/confirm';
import { formatDateTime } from '../ui/format';
import { useNotify } from '../ui/notifications';

const safetyNote =
  'Trước khi khôi phục, dữ liệu hiện tại được tự động sao lưu (lý do "Trước khi khôi phục"), nên vẫn có thể quay lại. ' +
  'Sau khi khôi phục, mọi người phải đăng nhập lại.';

/** Restores a backup after confirmation, then returns to the start (login) with the restored data. */
export function useRestore() {
  const client = useClient();
  const confirm = useConfirm();
  const notify = useNotify();
  const { refreshStatus } = useSession();

  const run = async (restore: () => Promise<unknown>) => {
    try {
      await restore();
      notify.success('Đã khôi phục dữ liệu. Vui lòng đăng nhập lại.');
      await refreshStatus();
    } catch (error) {
      if (!isApiCallError(error, 'CANCELLED')) notify.error(error);
    }
  };

  return {
    async restoreEntry(entry: BackupEntry) {
      const confirmed = await confirm({
        title: 'Khôi phục bản sao lưu này?',
        message: `Dữ liệu sẽ được thay bằng bản sao lưu lúc ${formatDateTime(entry.createdAt)}. ${safetyNote}`,
        confirmLabel: 'Khôi phục',
        destructive: true,
      });
      if (confirmed) await run(() => client.call('backup.restore', { fileName: entry.fileName }));
    },
    async restoreFromFile() {
      const confirmed = await confirm({
        title: 'Khôi phục từ tệp sao lưu?',
        message: `Bạn sẽ chọn một tệp sao lưu; dữ liệu hiện tại sẽ được thay bằng nội dung của tệp đó. ${safetyNote}`,
        confirmLabel: 'Chọn tệp và khôi phục',
        destructive: true,
      });
      if (confirmed) await run(() => client.call('backup.restoreFromFile', {}));
    },
  };
}
