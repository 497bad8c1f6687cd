import { Button, Stack } from '@mui/material';
import { useClient } from '../api/ClientContext';
import { isApiCallError } from '../api/client';
import { useChannel } from '../api/useChannel';
import { useNotify } from '../ui/notifications';
import { LoadState } from '../ui/LoadState';
import { PageLayout } from '../ui/PageLayout';
import { useAction } from '../ui/useAction';
import { BackupTable } from './BackupTable';
import { useRestore } from './useRestore';

export function BackupScreen() {
  const client = useClient();
  const notify = useNotify();
  const run = useAction();
  const backups = useChannel('backup.list', {});
  const { restoreEntry, restoreFromFile } = useRestore();

  const backUpNow = async () => {
    const result = await run(() => client.call('backup.create', {}), 'Đã sao lưu dữ liệu.');
    if (result.ok) void backups.reload();
  };

  const exportCopy = async () => {
    try {
      const { savedAs } = await client.call('backup.exportCopy', {});
      notify.success(`Đã lưu bản sao vào ${savedAs}.`);
    } catch (error) {
      if (!isApiCallError(error, 'CANCELLED')) notify.error(error);
    }
  };

  return (
    <PageLayout
      title="Sao lưu và khôi phục"
      description="Ứng dụng tự sao lưu mỗi ngày. Nên lưu thêm một bản sao ra USB hoặc ổ đĩa khác mỗi tuần."
      actions={
        <>
          <Button variant="contained" onClick={() => void backUpNow()}>
            Sao lưu ngay
          </Button>
          <Button variant="outlined" onClick={() => void exportCopy()}>
            Lưu bản sao ra…
          </Button>
          <Button variant="outlined" color="error" onClick={() => void restoreFromFile()}>
            Khôi phục từ tệp…
          </Button>
        </>
      }
    >
      <Stack spacing={2}>
        <LoadState source={backups}>
          {(entries) => (
            <BackupTable
              entries={entries}
              actions={(entry) => (
                <Button size="small" color="error" onClick={() => void restoreEntry(entry)}>
                  Khôi phục
                </Button>
              )}
            />
          )}
        </LoadState>
      </Stack>
    </PageLayout>
  );
}
