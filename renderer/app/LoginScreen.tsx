import { Alert, Button, Stack } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { contract } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { FormTextField } from '../ui/fields';
import { useSchemaForm } from '../ui/schemaForm';
import { EntryLayout } from './EntryLayout';
import { useSession } from './session';
import { messageOf } from '../api/client';

export function LoginScreen() {
  const client = useClient();
  const { status, refreshStatus } = useSession();
  const form = useSchemaForm(contract['auth.login'].input, { username: '', password: '' });
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const credentials = form.parse();
    if (!credentials) return;
    setBusy(true);
    setFailure(null);
    try {
      await client.call('auth.login', credentials);
      await refreshStatus();
    } catch (error) {
      setFailure(messageOf(error, 'Không đăng nhập được.'));
      setBusy(false);
    }
  };

  return (
    <EntryLayout title="Đăng nhập" subtitle={status.unitName}>
      {status.isDemo ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          Đây là dữ liệu mẫu của một phường giả định. Đăng nhập bằng tên <strong>admin</strong>, mật khẩu{' '}
          <strong>demo1234</strong> để dùng thử.
        </Alert>
      ) : null}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack spacing={2}>
          {failure ? (
            <Alert severity="error" role="alert">
              {failure}
            </Alert>
          ) : null}
          <FormTextField form={form} path="username" label="Tên đăng nhập" autoComplete="username" autoFocus />
          <FormTextField form={form} path="password" label="Mật khẩu" type="password" autoComplete="current-password" />
          <Button type="submit" variant="contained" size="large" disabled={busy}>
            Đăng nhập
          </Button>
        </Stack>
      </form>
    </EntryLayout>
  );
}
