import EventAvailableOutlined from '@mui/icons-material/EventAvailableOutlined';
import LockOutlined from '@mui/icons-material/LockOutlined';
import { Alert, Button } from '@mui/material';
import dayjs from 'dayjs';
import { meetingsChannels, type Meeting } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { useConfirm } from '../ui/confirm';
import { FormDateField } from '../ui/DateField';
import { EditDialog } from '../ui/EditDialog';
import { FormTextField } from '../ui/fields';
import { useRecordDialog } from '../ui/useRecordDialog';
import { useMeetingWrite } from './section';

interface ActionProps {
  meeting: Meeting;
  onChange(meeting: Meeting): void;
}

/** Locks the minutes as the next version, after saying what that means. */
export function FinalizeAction({ meeting, onChange }: ActionProps) {
  const client = useClient();
  const confirm = useConfirm();
  const write = useMeetingWrite(onChange);
  const version = (meeting.versions.at(-1)?.version ?? 0) + 1;
  const finalize = async () => {
    const confirmed = await confirm({
      title: 'Hoàn thiện biên bản?',
      message: `Biên bản được khóa thành bản ${version}: kế hoạch, điểm danh, nội dung, diễn biến và việc giao của cuộc họp không sửa được nữa. Muốn sửa sau này phải đính chính và ghi rõ lý do; bản đã khóa vẫn được giữ nguyên để đối chiếu.`,
      confirmLabel: 'Hoàn thiện biên bản',
    });
    if (confirmed) await write(() => client.call('meetings.finalize', { meetingId: meeting.id }), `Đã hoàn thiện biên bản (bản ${version}).`);
  };
  return (
    <Button variant="contained" startIcon={<LockOutlined />} onClick={() => void finalize()}>
      Hoàn thiện biên bản
    </Button>
  );
}

/** Reopens finalized minutes for a correction, which becomes the next version with its reason. */
export function CorrectionAction({ meeting, onChange }: ActionProps) {
  const client = useClient();
  const dialog = useRecordDialog({
    schema: meetingsChannels['meetings.startCorrection'].input,
    empty: { meetingId: meeting.id, reason: '' },
    save: async (input) => onChange(await client.call('meetings.startCorrection', input)),
    savedMessage: 'Đã mở biên bản để đính chính.',
    onSaved: () => undefined,
  });
  return (
    <>
      <Button variant="outlined" onClick={() => dialog.start()}>
        Đính chính
      </Button>
      <EditDialog title="Đính chính biên bản" submitLabel="Đính chính" {...dialog.dialogProps}>
        <Alert severity="info">
          Bản đã hoàn thiện được giữ nguyên. Sau khi sửa, hoàn thiện lại để tạo bản đính chính mang lý do dưới đây.
        </Alert>
        <FormTextField form={dialog.form} path="reason" label="Lý do đính chính" multiline autoFocus />
      </EditDialog>
    </>
  );
}

/** The decision record reached the UBND and the front (Art. 20(3): within 5 working days). */
export function DeliveryAction({ meeting, onChange }: ActionProps) {
  const client = useClient();
  const dialog = useRecordDialog({
    schema: meetingsChannels['meetings.recordDelivery'].input,
    empty: { meetingId: meeting.id, deliveredOn: dayjs().format('YYYY-MM-DD') },
    save: async (input) => onChange(await client.call('meetings.recordDelivery', input)),
    savedMessage: 'Đã ghi nhận ngày gửi UBND và Mặt trận.',
    onSaved: () => undefined,
  });
  const { form } = dialog;
  return (
    <>
      <Button variant="outlined" startIcon={<EventAvailableOutlined />} onClick={() => dialog.start()}>
        Ghi nhận đã gửi UBND và Mặt trận
      </Button>
      <EditDialog title="Ghi nhận đã gửi UBND và Mặt trận" {...dialog.dialogProps}>
        <FormDateField form={form} path="deliveredOn" label="Ngày gửi UBND và Mặt trận" />
      </EditDialog>
    </>
  );
}
