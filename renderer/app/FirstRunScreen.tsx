import { Alert, Button, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, Stack, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { contract, type InstallationRole } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { FormTextField } from '../ui/fields';
import { PasswordAgainField, passwordMismatch } from '../ui/PasswordAgainField';
import { useSchemaForm } from '../ui/schemaForm';
import { EntryLayout } from './EntryLayout';
import { useSession } from './session';
import { messageOf } from '../api/client';

const installationRoleLabels: Record<InstallationRole, string> = {
  ward: 'Phường/xã',
  superior: 'Cơ quan cấp trên',
};

export function FirstRunScreen() {
  const client = useClient();
  const { setStatus } = useSession();
  const form = useSchemaForm(contract['setup.createAdministrator'].input, {
    installationRole: 'ward',
    username: '',
    fullName: '',
    password: '',
  });
  const [passwordAgain, setPasswordAgain] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const administrator = form.parse(passwordMismatch(form.values.password, passwordAgain));
    if (!administrator) return;
    setBusy(true);
    setFailure(null);
    try {
      setStatus(await client.call('setup.createAdministrator', administrator));
    } catch (error) {
      if (!form.showApiError(error)) setFailure(messageOf(error, 'Không tạo được tài khoản.'));
      setBusy(false);
    }
  };

  return (
    <EntryLayout title="Chào mừng đến với Sổ Dân Chủ" width={560}>
      <Typography sx={{ mb: 2 }}>
        Sổ Dân Chủ giúp đơn vị lưu giữ hồ sơ thực hiện dân chủ ở cơ sở theo Luật số 10/2022/QH15. Dữ liệu được lưu ngay
        trên máy tính này. Trước tiên, hãy cho biết nơi sử dụng và tạo tài khoản quản trị.
      </Typography>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack spacing={2}>
          {failure ? <Alert severity="error">{failure}</Alert> : null}
          <FormControl>
            <FormLabel id="installation-role-label">Nơi sử dụng</FormLabel>
            <RadioGroup
              row
              aria-labelledby="installation-role-label"
              value={form.values.installationRole ?? 'ward'}
              onChange={(event) => form.set('installationRole', event.target.value as InstallationRole)}
            >
              {Object.entries(installationRoleLabels).map(([value, label]) => (
                <FormControlLabel key={value} value={value} control={<Radio />} label={label} />
              ))}
            </RadioGroup>
          </FormControl>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500 }}>
            Tài khoản quản trị
          </Typography>
          <FormTextField form={form} path="username" label="Tên đăng nhập" autoComplete="username" hint="Chữ không dấu, chữ số và . _ -" />
          <FormTextField form={form} path="fullName" label="Họ và tên" autoComplete="name" />
          <FormTextField form={form} path="password" label="Mật khẩu" type="password" autoComplete="new-password" hint="Ít nhất 8 ký tự." />
          <PasswordAgainField value={passwordAgain} onChange={setPasswordAgain} errors={form.errors} />
          <Button type="submit" variant="contained" size="large" disabled={busy}>
            Tạo tài khoản và bắt đầu
          </Button>
        </Stack>
      </form>
    </EntryLayout>
  );
}
