import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { wardProfileInput, type WardKind, type WardProfile, type WardProfileInput } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { useIsSuperior } from '../app/session';
import { FormSelectField, FormTextField } from '../ui/fields';
import { useNotify } from '../ui/notifications';
import { useSchemaForm, type Draft } from '../ui/schemaForm';
import { wardKindLabels } from './labels';
import { messageOf } from '../api/client';

const localKinds: WardKind[] = ['ward', 'commune', 'specialZone'];
const kindOptions = localKinds.map((kind) => ({ value: kind, label: wardKindLabels[kind] }));

function draftOf(profile: WardProfile | null, superior: boolean): Draft<WardProfileInput> {
  if (profile) {
    const { updatedAt: _updatedAt, ...fields } = profile;
    return fields;
  }
  return {
    name: '',
    kind: superior ? 'superiorOffice' : 'ward',
    code: '',
    provinceName: '',
    address: '',
    phone: '',
    email: '',
    superiorName: '',
    superiorCode: '',
    superiorEmail: '',
  };
}

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 } as const;

interface ProfileFormProps {
  profile: WardProfile | null;
  onSaved(profile: WardProfile): void;
  submitLabel: string;
  readOnly?: boolean;
}

/** The unit's identity and its superior; the superior is whatever office the province names, never a hard-coded district. */
export function ProfileForm({ profile, onSaved, submitLabel, readOnly = false }: ProfileFormProps) {
  const client = useClient();
  const notify = useNotify();
  const superior = useIsSuperior();
  const form = useSchemaForm(wardProfileInput, draftOf(profile, superior));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = form.parse();
    if (!value) return;
    setBusy(true);
    setFailure(null);
    try {
      const saved = await client.call('ward.saveProfile', value);
      notify.success(superior ? 'Đã lưu thông tin cơ quan.' : 'Đã lưu thông tin đơn vị.');
      onSaved(saved);
    } catch (error) {
      if (!form.showApiError(error)) setFailure(messageOf(error, 'Không lưu được.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={superior ? 'Thông tin cơ quan' : 'Thông tin đơn vị'}>
      <fieldset disabled={readOnly} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
        <Stack spacing={2}>
          {failure || form.errors[''] ? <Alert severity="error">{failure ?? form.errors['']}</Alert> : null}
          <Box sx={grid}>
            <FormTextField form={form} path="name" label={superior ? 'Tên cơ quan' : 'Tên đơn vị'} hint={superior ? 'Ví dụ: Sở Nội vụ tỉnh Hà Tĩnh' : 'Ví dụ: Phường Đống Đa'} />
            {superior ? (
              <TextField fullWidth label="Loại đơn vị" value={wardKindLabels.superiorOffice} disabled />
            ) : (
              <FormSelectField form={form} path="kind" label="Loại đơn vị" options={kindOptions} />
            )}
            <FormTextField
              form={form}
              path="code"
              label={superior ? 'Mã cơ quan' : 'Mã đơn vị hành chính'}
              hint={superior ? 'Chữ không dấu, chữ số, dấu chấm hoặc gạch ngang.' : 'Gồm 5 chữ số, ví dụ 00004.'}
              inputMode={superior ? 'text' : 'numeric'}
            />
            <FormTextField form={form} path="provinceName" label="Tỉnh, thành phố" hint="Ví dụ: Thành phố Hà Nội" />
          </Box>
          <FormTextField form={form} path="address" label="Địa chỉ trụ sở" />
          <Box sx={grid}>
            <FormTextField form={form} path="phone" label="Điện thoại" type="tel" hint="Không bắt buộc." />
            <FormTextField form={form} path="email" label="Email" type="email" hint="Không bắt buộc." />
          </Box>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500, pt: 1 }}>
            Cơ quan cấp trên
          </Typography>
          <Typography variant="body2" color="text.secondary">
            Nơi nhận báo cáo và dữ liệu tổng hợp của đơn vị, ví dụ Sở Nội vụ hoặc Ủy ban nhân dân tỉnh.
          </Typography>
          <Box sx={grid}>
            <FormTextField form={form} path="superiorName" label="Tên cơ quan cấp trên" hint="Ví dụ: Sở Nội vụ tỉnh Hà Tĩnh" />
            <FormTextField form={form} path="superiorCode" label="Mã cơ quan cấp trên" />
          </Box>
          <FormTextField form={form} path="superiorEmail" label="Email cơ quan cấp trên" type="email" hint="Không bắt buộc." />
          {readOnly ? null : (
            <div>
              <Button type="submit" variant="contained" disabled={busy}>
                {submitLabel}
              </Button>
            </div>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
