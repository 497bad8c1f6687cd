import { useState } from 'react';
import { contract } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { EditDialog } from '../ui/EditDialog';
import { FormTextField } from '../ui/fields';
import { PasswordAgainField, passwordMismatch } from '../ui/PasswordAgainField';
import { useNotify } from '../ui/notifications';
import { useSchemaForm } from '../ui/schemaForm';
import { messageOf } from '../api/client';

export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const client = useClient();
  const notify = useNotify();
  const form = useSchemaForm(contract['auth.changePassword'].input, { currentPassword: '', newPassword: '' });
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);

  const close = () => {
    form.reset({ currentPassword: '', newPassword: '' });
    setAgain('');
    setFailure(undefined);
    onClose();
  };

  const submit = async () => {
    const change = form.parse(passwordMismatch(form.values.newPassword, again));
    if (!change) return;
    setBusy(true);
    try {
      await client.call('auth.changePassword', change);
      notify.success('Đã đổi mật khẩu.');
      close();
    } catch (error) {
      if (!form.showApiError(error)) setFailure(messageOf(error, 'Không đổi được mật khẩu.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <EditDialog open={open} title="Đổi mật khẩu" onClose={close} onSubmit={() => void submit()} busy={busy} formError={failure} submitLabel="Đổi mật khẩu">
      <FormTextField form={form} path="currentPassword" label="Mật khẩu hiện tại" type="password" autoComplete="current-password" autoFocus />
      <FormTextField form={form} path="newPassword" label="Mật khẩu mới" type="password" autoComplete="new-password" hint="Ít nhất 8 ký tự." />
      <PasswordAgainField value={again} onChange={setAgain} errors={form.errors} label="Nhập lại mật khẩu mới" />
    </EditDialog>
  );
}
