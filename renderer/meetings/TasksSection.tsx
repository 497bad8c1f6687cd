import Add from '@mui/icons-material/Add';
import { Button, Stack, TextField } from '@mui/material';
import { followUpTaskInput, type FollowUpTask } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { FormDateField } from '../ui/DateField';
import { EditDialog } from '../ui/EditDialog';
import { EmptyState } from '../ui/EmptyState';
import { FormTextField } from '../ui/fields';
import { formatDate } from '../ui/format';
import { RecordTable, type Column } from '../ui/RecordTable';
import { useRecordDialog } from '../ui/useRecordDialog';
import { useMeetingPartDelete, type SectionProps } from './section';

const columns: Column<FollowUpTask>[] = [
  { header: 'Công việc', render: (task) => task.description },
  { header: 'Người thực hiện', render: (task) => task.owner },
  { header: 'Hạn hoàn thành', render: (task) => (task.dueDate ? formatDate(task.dueDate) : '') },
  { header: 'Ngày hoàn thành', render: (task) => (task.doneOn ? formatDate(task.doneOn) : 'Chưa xong') },
  { header: 'Ghi chú', render: (task) => task.note },
];

/**
 * The follow-up tasks the meeting assigned, with their owners and due dates. Once the minutes are
 * finalized the tasks are part of them, but their progress (done on, note) is still followed.
 */
export function TasksSection({ meeting, editable, canWrite, onChange }: SectionProps & { canWrite: boolean }) {
  const progressOnly = !editable && canWrite;
  const client = useClient();
  const deletePart = useMeetingPartDelete(onChange);
  const empty = { id: undefined, meetingId: meeting.id, description: '', owner: '', dueDate: null, doneOn: null, note: '' };
  const dialog = useRecordDialog({
    schema: followUpTaskInput,
    empty,
    save: async (input) => onChange(await client.call('meetings.saveTask', input)),
    savedMessage: 'Đã lưu việc giao.',
    onSaved: () => undefined,
  });
  const { form } = dialog;

  const remove = (task: FollowUpTask) =>
    deletePart({
      name: `việc “${task.description}”`,
      consequence: 'Việc giao sẽ bị xóa khỏi cuộc họp.',
      remove: () => client.call('meetings.deleteTask', { meetingId: meeting.id, taskId: task.id }),
    });

  const addButton = editable ? (
    <Button variant="contained" startIcon={<Add />} onClick={() => dialog.start()}>
      Thêm việc giao
    </Button>
  ) : null;

  return (
    <Stack spacing={2}>
      {meeting.tasks.length === 0 ? (
        <EmptyState title="Chưa có việc giao" description={editable ? 'Ghi các việc cuộc họp giao, người thực hiện và hạn hoàn thành.' : undefined} action={addButton} />
      ) : (
        <>
          {addButton ? <Stack direction="row">{addButton}</Stack> : null}
          <RecordTable
            label="Việc giao"
            rows={meeting.tasks}
            columns={columns}
            rowKey={(task) => task.id}
            rowName={(task) => task.description}
            onEdit={editable || progressOnly ? (task) => dialog.start({ ...task }) : undefined}
            onDelete={editable ? (task) => void remove(task) : undefined}
          />
        </>
      )}
      <EditDialog title={progressOnly ? 'Cập nhật tiến độ việc giao' : form.values.id ? 'Sửa việc giao' : 'Thêm việc giao'} {...dialog.dialogProps}>
        <FormTextField form={form} path="description" label="Công việc" multiline autoFocus={!progressOnly} disabled={progressOnly} />
        <FormTextField form={form} path="owner" label="Người thực hiện" hint="Người hoặc bộ phận chịu trách nhiệm." disabled={progressOnly} />
        {progressOnly ? (
          <TextField
            fullWidth
            disabled
            label="Hạn hoàn thành"
            value={form.values.dueDate ? formatDate(form.values.dueDate) : ''}
            helperText="Biên bản đã hoàn thiện: chỉ cập nhật được ngày hoàn thành và ghi chú."
          />
        ) : (
          <FormDateField form={form} path="dueDate" label="Hạn hoàn thành" clearable />
        )}
        <FormDateField form={form} path="doneOn" label="Ngày hoàn thành"
          hint="Để trống khi chưa xong."
          clearable
        />
        <FormTextField form={form} path="note" label="Ghi chú" multiline hint="Không bắt buộc." />
      </EditDialog>
    </Stack>
  );
}
