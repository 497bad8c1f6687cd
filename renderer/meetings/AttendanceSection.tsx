import { Alert, Stack, Typography } from '@mui/material';
import { meetingsChannels, type In, type Meeting, type QuorumStatus } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { FormNumberField, FormTextField } from '../ui/fields';
import { formatNumber } from '../ui/format';
import { useRecordDialog } from '../ui/useRecordDialog';
import { CheckList } from '../ui/CheckList';
import { InlineForm } from './InlineForm';
import { useMeetingWrite, type SectionProps } from './section';

type Presence = In<'meetings.recordAttendance'>['present'];
type Participant = Meeting['participants'][number];

const nameWithDetail = (participant: Participant) => (participant.detail ? `${participant.name} – ${participant.detail}` : participant.name);

/** Who came: people ticked one by one (saved at once), households counted, and the quorum main computes from it. */
export function AttendanceSection({ meeting, rules, editable, onChange }: SectionProps) {
  const counted = rules.participants === 'households' || meeting.participants.length === 0;
  // A staff meeting's count comes from the ticks; only a counted attendance sends its number.
  const presentCount = counted ? meeting.presentCount : null;
  return (
    <Stack spacing={2}>
      <QuorumAlert quorum={meeting.quorum} />
      {meeting.participants.length > 0 ? (
        <PresenceList
          meeting={meeting}
          presentCount={presentCount}
          legend={rules.participants === 'households' ? 'Đại biểu, khách mời có mặt' : 'Có mặt'}
          editable={editable}
          onChange={onChange}
        />
      ) : null}
      <AttendanceForm key={meeting.id} meeting={meeting} counted={counted} households={rules.participants === 'households'} editable={editable} onChange={onChange} />
    </Stack>
  );
}

function QuorumAlert({ quorum }: { quorum: QuorumStatus | null }) {
  if (quorum === null) return <Alert severity="info">Loại cuộc họp này không có quy định về số người dự tối thiểu.</Alert>;
  if (!quorum.recorded) return <Alert severity="info">{quorum.message || 'Chưa điểm danh.'}</Alert>;
  return (
    <Alert severity={quorum.valid ? 'success' : 'error'} role="status">
      {quorum.message}
    </Alert>
  );
}

interface PresenceListProps extends Pick<SectionProps, 'meeting' | 'editable' | 'onChange'> {
  presentCount: number | null;
  legend: string;
}

function PresenceList({ meeting, presentCount, legend, editable, onChange }: PresenceListProps) {
  const client = useClient();
  const write = useMeetingWrite(onChange);
  const { participants } = meeting;
  const ticked = participants.filter((participant) => participant.present === true).length;

  /** The first tick takes the roll: everyone not yet marked is recorded absent. */
  const record = (changed: Presence) => {
    const changedIds = new Set(changed?.map((entry) => entry.participantId));
    const unmarked = participants.filter((participant) => participant.present === null && !changedIds.has(participant.id));
    return write(() =>
      client.call('meetings.recordAttendance', {
        meetingId: meeting.id,
        presentCount,
        endTime: meeting.endTime,
        present: [...(changed ?? []), ...unmarked.map((participant) => ({ participantId: participant.id, present: false }))],
      }),
    );
  };

  return (
    <CheckList
      legend={`${legend} ${formatNumber(ticked)}/${formatNumber(participants.length)} người`}
      items={participants}
      keyOf={(participant) => participant.id}
      labelOf={nameWithDetail}
      isChecked={(participant) => participant.present === true}
      onToggle={(participant, present) => void record([{ participantId: participant.id, present }])}
      allLabel="Tất cả có mặt"
      onAll={() => void record(participants.map((participant) => ({ participantId: participant.id, present: true })))}
      disabled={!editable}
    />
  );
}

interface AttendanceFormProps extends Pick<SectionProps, 'meeting' | 'editable' | 'onChange'> {
  /** Attendance is a number (households, or people not listed by name). */
  counted: boolean;
  households: boolean;
}

function AttendanceForm({ meeting, counted, households, editable, onChange }: AttendanceFormProps) {
  const client = useClient();
  const countLabel = households ? 'Số hộ có đại diện tham dự' : 'Số người tham dự';
  const dialog = useRecordDialog({
    schema: meetingsChannels['meetings.recordAttendance'].input,
    empty: { meetingId: meeting.id, presentCount: counted ? meeting.presentCount : null, present: [], endTime: meeting.endTime },
    save: async (input) => onChange(await client.call('meetings.recordAttendance', input)),
    savedMessage: 'Đã lưu điểm danh.',
    onSaved: () => undefined,
  });
  if (!editable) {
    return (
      <Typography variant="body2">
        {counted ? `${countLabel}: ${meeting.presentCount === null ? 'chưa ghi' : formatNumber(meeting.presentCount)}. ` : ''}
        Giờ kết thúc: {meeting.endTime || 'chưa ghi'}.
      </Typography>
    );
  }
  return (
    <InlineForm dialogProps={dialog.dialogProps} submitLabel="Lưu điểm danh">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', maxWidth: 600 }}>
        {counted ? (
          <FormNumberField
            form={dialog.form}
            path="presentCount"
            label={countLabel}
            hint={households ? `Tổng số hộ của tổ: ${formatNumber(meeting.eligibleCount)}.` : undefined}
          />
        ) : null}
        <FormTextField form={dialog.form} path="endTime" label="Giờ kết thúc" hint="Dạng giờ:phút, ví dụ 10:30." />
      </Stack>
    </InlineForm>
  );
}
