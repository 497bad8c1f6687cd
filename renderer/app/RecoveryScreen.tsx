import { Alert, AlertTitle, Button, Stack, Typography } from '@mui/material';
import { BackupTable } from '../backup/BackupTable';
import { useRestore } from '../backup/useRestore';
import { useChannel } from '../api/useChannel';
import { LoadState } from '../ui/LoadState';
import { EntryLayout } from './EntryLayout';
import { useSession } from './session';

/** Shown when the database failed its integrity check: the only way forward is a backup. */
export function RecoveryScreen() {
  const { status } = useSession();
  const backups = useChannel('backup.list', {});
  const { restoreEntry, restoreFromFile } = useRestore();

  return (
    <EntryLayout title="Cần khôi phục dữ liệu" width={820}>
      <Stack spacing={2}>
        <Alert severity="error">
          <AlertTitle>Dữ liệu trên máy này đang bị hỏng</AlertTitle>
          {status.problem ?? 'Tệp dữ liệu không vượt qua được bước kiểm tra toàn vẹn.'}
        </Alert>
        <Typography>
          Hãy chọn một bản sao lưu để khôi phục, thường là bản gần đây nhất. Tệp dữ liệu hỏng được giữ lại, không bị xóa.
        </Typography>
        <LoadState source={backups}>
          {(entries) => (
            <BackupTable
              entries={entries}
              actions={(entry) => (
                <Button size="small" onClick={() => void restoreEntry(entry)}>
                  Khôi phục bản sao lưu này
                </Button>
              )}
            />
          )}
        </LoadState>
        <div>
          <Button variant="outlined" onClick={() => void restoreFromFile()}>
            Khôi phục từ tệp…
          </Button>
        </div>
      </Stack>
    </EntryLayout>
  );
}
