import { Alert, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { petitionInput, type Petition, type PetitionInput, type LedgerRules, type PetitionSource, type ResidentialGroup, type StaffMember } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { ApiCallError, messageOf } from '../api/client';
import { NativeSelect } from '../ui/fields';
import { DateField } from '../ui/DateField';
import { EditDialog } from '../ui/EditDialog';
import { todayIso } from '../ui/format';
import { useNotify } from '../ui/notifications';
import { issuesToErrors, type FieldErrors } from '../ui/schemaForm';
import { anyOption, categoryOptions, sourceOptions } from './labels';

type Draft = Required<Omit<PetitionInput, 'id' | 'person'>> & { person: { name: string; address: string; phone: string; residentialGroupId: number | null } };

function draftOf(entry: Petition | null): Draft {
  if (!entry) {
    return { source: 'inPerson', sourceNote: '', receivedOn: todayIso(), person: { name: '', address: '', phone: '', residentialGroupId: null }, content: '', category: 'other', assigneeId: null, dueOn: null };
  }
  const { name = '', address = '', phone = '', residentialGroupId = null } = entry.person ?? {};
  return { ...entry, person: { name, address, phone, residentialGroupId } };
}

interface PetitionDialogProps {
  /** Null for a new entry. */
  entry: Petition | null;
  rules: LedgerRules;
  staff: readonly StaffMember[];
  groups: readonly ResidentialGroup[];
  onClose(): void;
  onSaved(entry: Petition): void;
}

/** Records a petition or corrects one; the deadline is computed by main unless typed here. */
export function PetitionDialog({ entry, rules, staff, groups, onClose, onSaved }: PetitionDialogProps) {
  const client = useClient();
  const notify = useNotify();
  const [draft, setDraft] = useState<Draft>(() => draftOf(entry));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const set = (changes: Partial<Draft>) => setDraft((previous) => ({ ...previous, ...changes }));
  const setPerson = (changes: Partial<Draft['person']>) => setDraft((previous) => ({ ...previous, person: { ...previous.person, ...changes } }));
  // Someone who may not see the person's data cannot edit it either: main would not have sent it.
  const personHidden = entry?.personHidden ?? false;

  const submit = async () => {
    const { person, ...rest } = draft;
    const parsed = petitionInput.safeParse({ ...(entry ? { id: entry.id } : {}), ...rest, ...(personHidden ? {} : { person }) });
    setFailure(undefined);
    if (!parsed.success) return setErrors(issuesToErrors(parsed.error.issues));
    setErrors({});
    setBusy(true);
    try {
      const saved = await client.call('petitions.save', parsed.data);
      notify.success(entry ? 'Đã lưu thay đổi.' : 'Đã ghi vào sổ theo dõi.');
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiCallError && error.path) setErrors({ [error.path]: error.message });
      else setFailure(messageOf(error, 'Không lưu được.'));
    } finally {
      setBusy(false);
    }
  };

  const text = (label: string, value: string, onChange: (value: string) => void, name: string, multiline = false) => (
    <TextField
      fullWidth
      label={label}
      value={value}
      multiline={multiline}
      minRows={multiline ? 3 : undefined}
      onChange={(event) => onChange(event.target.value)}
      error={errors[name] !== undefined}
      helperText={errors[name]}
      slotProps={{ htmlInput: { name } }}
    />
  );

  return (
    <EditDialog open width="md" title={entry ? 'Sửa kiến nghị, phản ánh' : 'Ghi kiến nghị, phản ánh vào sổ'} busy={busy} onClose={onClose} onSubmit={() => void submit()} formError={failure}>
      <Stack direction="row" spacing={2}>
        <NativeSelect label="Nguồn" name="source" value={draft.source} options={sourceOptions} onChange={(source) => set({ source: source as PetitionSource })} error={errors.source} autoFocus />
        <DateField label="Ngày tiếp nhận" name="receivedOn" value={draft.receivedOn} onChange={(receivedOn) => set({ receivedOn: receivedOn ?? '' })} error={errors.receivedOn} />
      </Stack>
      {text('Ghi chú nguồn (nơi, người chuyển đến)', draft.sourceNote, (sourceNote) => set({ sourceNote }), 'sourceNote')}
      {text('Nội dung', draft.content, (content) => set({ content }), 'content', true)}
      <Stack direction="row" spacing={2}>
        <NativeSelect label="Lĩnh vực" name="category" value={draft.category} options={categoryOptions(rules)} onChange={(category) => set({ category })} error={errors.category} />
        <NativeSelect
          label="Người được giao xử lý"
          name="assigneeId"
          value={draft.assigneeId === null ? '' : String(draft.assigneeId)}
          options={[anyOption('Chưa giao'), ...staff.map((member) => ({ value: String(member.id), label: member.fullName }))]}
          onChange={(value) => set({ assigneeId: value ? Number(value) : null })}
          error={errors.assigneeId}
        />
      </Stack>
      <DateField
        label="Hạn trả lời"
        name="dueOn"
        clearable
        value={draft.dueOn}
        onChange={(dueOn) => set({ dueOn })}
        error={errors.dueOn}
        hint={`Để trống: tự tính ${rules.settings.answerWorkingDays} ngày làm việc kể từ ngày tiếp nhận (mặc định nội bộ, không phải thời hạn luật định).`}
      />
      <Typography variant="subtitle2" component="h3">
        Người gửi (thông tin cá nhân, có thể để trống)
      </Typography>
      {personHidden ? (
        <Alert severity="info">Tài khoản của bạn không được xem thông tin người gửi.</Alert>
      ) : (
        <>
          <Stack direction="row" spacing={2}>
            {text('Họ và tên', draft.person.name, (name) => setPerson({ name }), 'person.name')}
            {text('Số điện thoại', draft.person.phone, (phone) => setPerson({ phone }), 'person.phone')}
          </Stack>
          <Stack direction="row" spacing={2}>
            {text('Địa chỉ', draft.person.address, (address) => setPerson({ address }), 'person.address')}
            <NativeSelect
              label="Tổ dân phố"
              name="person.residentialGroupId"
              value={draft.person.residentialGroupId === null ? '' : String(draft.person.residentialGroupId)}
              options={[anyOption('Không rõ'), ...groups.map((group) => ({ value: String(group.id), label: group.name }))]}
              onChange={(value) => setPerson({ residentialGroupId: value ? Number(value) : null })}
              error={errors['person.residentialGroupId']}
            />
          </Stack>
        </>
      )}
    </EditDialog>
  );
}
