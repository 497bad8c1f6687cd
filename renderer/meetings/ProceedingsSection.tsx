import { Stack } from '@mui/material';
import { meetingsChannels } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { FormTextField } from '../ui/fields';
import { useRecordDialog } from '../ui/useRecordDialog';
import { Facts } from './Facts';
import { InlineForm } from './InlineForm';
import type { SectionProps } from './section';

/** The course of the meeting as the secretary writes it, and its closing conclusions. */
export function ProceedingsSection({ meeting, editable, onChange }: SectionProps) {
  const client = useClient();
  const dialog = useRecordDialog({
    schema: meetingsChannels['meetings.saveProceedings'].input,
    empty: { meetingId: meeting.id, proceedings: meeting.proceedings, conclusion: meeting.conclusion },
    save: async (input) => onChange(await client.call('meetings.saveProceedings', input)),
    savedMessage: 'Đã lưu diễn biến và kết luận.',
    onSaved: () => undefined,
  });
  if (!editable) {
    return (
      <Facts
        label="Diễn biến và kết luận"
        facts={[
          ['Diễn biến cuộc họp', meeting.proceedings || 'Chưa ghi.'],
          ['Kết luận cuộc họp', meeting.conclusion || 'Chưa ghi.'],
        ]}
      />
    );
  }
  return (
    <InlineForm dialogProps={dialog.dialogProps} submitLabel="Lưu diễn biến và kết luận">
      <Stack spacing={2}>
        <FormTextField form={dialog.form} path="proceedings" label="Diễn biến cuộc họp" multiline hint="Ghi theo trình tự diễn ra cuộc họp." />
        <FormTextField form={dialog.form} path="conclusion" label="Kết luận cuộc họp" multiline />
      </Stack>
    </InlineForm>
  );
}
