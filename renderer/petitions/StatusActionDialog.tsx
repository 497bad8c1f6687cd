import { TextField } from '@mui/material';
import { useState } from 'react';
import { petitionsChannels, type Petition, type StaffMember } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { ApiCallError, messageOf } from '../api/client';
import { NativeSelect } from '../ui/fields';
import { useConfirm } from '../ui/confirm';
import { DateField } from '../ui/DateField';
import { EditDialog } from '../ui/EditDialog';
import { todayIso } from '../ui/format';
import { useNotify } from '../ui/notifications';
import { issuesToErrors, type FieldErrors } from '../ui/schemaForm';
import { anyOption } from './labels';

export type StatusAction = 'assign' | 'answer' | 'forward' | 'close';

const channelOf = { assign: 'petitions.assign', answer: 'petitions.answer', forward: 'petitions.forward', close: 'petitions.close' } as const;

const texts: Record<StatusAction, { title: string; submit: string; done: string }> = {
  assign: { title: 'Giao xử lý', submit: 'Giao', done: 'Đã giao xử lý.' },
  answer: { title: 'Ghi kết quả trả lời', submit: 'Lưu trả lời', done: 'Đã ghi kết quả trả lời.' },
  forward: { title: 'Chuyển cơ quan có thẩm quyền', submit: 'Chuyển', done: 'Đã ghi việc chuyển đơn.' },
  close: { title: 'Đóng phản ánh', submit: 'Đóng', done: 'Đã đóng phản ánh.' },
};

interface Values {
  assigneeId: string;
  text: string;
  date: string | null;
}

/** What each action sends: the same three boxes mean the officer, the answer/authority/note and the date. */
function inputOf(action: StatusAction, id: number, values: Values): unknown {
  if (action === 'assign') return { id, assigneeId: values.assigneeId ? Number(values.assigneeId) : undefined };
  if (action === 'answer') return { id, answer: values.text, answeredOn: values.date };
  if (action === 'forward') return { id, forwardedTo: values.text, forwardedOn: values.date };
  return { id, note: values.text, closedOn: values.date };
}

/** Field names in main's messages, to show each under its box. */
const boxOf: Record<string, keyof Values> = { assigneeId: 'assigneeId', answer: 'text', forwardedTo: 'text', note: 'text', answeredOn: 'date', forwardedOn: 'date', closedOn: 'date' };

interface StatusActionDialogProps {
  entry: Petition;
  action: StatusAction;
  staff: readonly StaffMember[];
  onClose(): void;
  onDone(entry: Petition): void;
}

export function StatusActionDialog({ entry, action, staff, onClose, onDone }: StatusActionDialogProps) {
  const client = useClient();
  const notify = useNotify();
  const confirm = useConfirm();
  const [values, setValues] = useState<Values>({ assigneeId: entry.assigneeId === null ? '' : String(entry.assigneeId), text: '', date: todayIso() });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const set = (changes: Partial<Values>) => setValues((previous) => ({ ...previous, ...changes }));
  const errorOf = (box: keyof Values) => Object.entries(errors).find(([path]) => boxOf[path] === box)?.[1];

  const submit = async () => {
    const parsed = petitionsChannels[channelOf[action]].input.safeParse(inputOf(action, entry.id, values));
    setFailure(undefined);
    if (!parsed.success) return setErrors(issuesToErrors(parsed.error.issues));
    setErrors({});
    if (action === 'close') {
      const sure = await confirm({
        title: 'Đóng phản ánh này?',
        message: 'Sau khi đóng, phản ánh không sửa, trả lời hay chuyển đi được nữa.',
        confirmLabel: 'Đóng phản ánh',
        destructive: true,
      });
      if (!sure) return;
    }
    setBusy(true);
    try {
      const done = await client.call(channelOf[action], parsed.data as never);
      notify.success(texts[action].done);
      onDone(done);
    } catch (error) {
      if (error instanceof ApiCallError && error.path) setErrors({ [error.path]: error.message });
      else setFailure(messageOf(error, 'Không thực hiện được.'));
    } finally {
      setBusy(false);
    }
  };

  const textLabel = action === 'answer' ? 'Nội dung trả lời' : action === 'forward' ? 'Chuyển đến cơ quan' : 'Ghi chú khi đóng';
  const dateLabel = action === 'answer' ? 'Ngày trả lời' : action === 'forward' ? 'Ngày chuyển' : 'Ngày đóng';
  return (
    <EditDialog open title={texts[action].title} submitLabel={texts[action].submit} busy={busy} onClose={onClose} onSubmit={() => void submit()} formError={failure}>
      {action === 'assign' ? (
        <NativeSelect
          label="Người được giao"
          name="assigneeId"
          value={values.assigneeId}
          options={[anyOption('Chọn cán bộ'), ...staff.map((member) => ({ value: String(member.id), label: member.fullName }))]}
          onChange={(assigneeId) => set({ assigneeId })}
          error={errorOf('assigneeId')}
          autoFocus
        />
      ) : (
        <>
          <TextField
            fullWidth
            autoFocus
            multiline={action !== 'forward'}
            minRows={action === 'forward' ? undefined : 3}
            label={textLabel}
            value={values.text}
            onChange={(event) => set({ text: event.target.value })}
            error={errorOf('text') !== undefined}
            helperText={errorOf('text')}
            slotProps={{ htmlInput: { name: 'text' } }}
          />
          <DateField label={dateLabel} name="date" value={values.date} onChange={(date) => set({ date })} error={errorOf('date')} />
        </>
      )}
    </EditDialog>
  );
}
