import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { Alert, Button, Stack } from '@mui/material';
import { useState } from 'react';
import type { Meeting, MeetingRuleSet, MeetingTypeRules } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { formatDate, formatDateWithWeekday, formatNumber } from '../ui/format';
import { useConfirmedDelete } from '../ui/useConfirmedDelete';
import { Facts } from './Facts';
import { OrderOfBusinessButton } from './OrderOfBusinessButton';
import { PlanDialog } from './PlanDialog';
import type { SectionProps } from './section';

interface PlanSectionProps extends SectionProps {
  ruleSet: MeetingRuleSet;
  canWrite: boolean;
  onDeleted(): void;
}

const withPosition = (name: string, position: string) => (name && position ? `${name} – ${position}` : name);

function planFacts(meeting: Meeting, rules: MeetingTypeRules): [string, string][] {
  const staff = meeting.participants.filter((participant) => participant.kind === 'staff');
  const guests = meeting.participants.filter((participant) => participant.kind === 'guest');
  return [
    ['Loại cuộc họp', rules.label],
    ['Căn cứ', rules.legalBasis],
    ['Về việc', meeting.subject],
    ['Tổ dân phố', meeting.residentialGroupName ?? ''],
    ['Tổng số hộ', rules.participants === 'households' ? formatNumber(meeting.eligibleCount) : ''],
    ['Thời gian', `${meeting.startTime}, ${formatDateWithWeekday(meeting.date)}`],
    ['Địa điểm', meeting.place],
    ['Ngày thông báo', meeting.noticeDate ? formatDate(meeting.noticeDate) : 'Chưa ghi'],
    ['Chủ trì', withPosition(meeting.chair, meeting.chairPosition)],
    ['Đoàn Chủ tịch', meeting.presidium.join('\n')],
    ['Thư ký', withPosition(meeting.secretary, meeting.secretaryPosition)],
    ['Cán bộ được mời', staff.length > 0 ? `${formatNumber(staff.length)} người` : ''],
    ['Khách mời', guests.map((guest) => withPosition(guest.name, guest.detail)).join('\n')],
    ['Tài liệu gửi kèm', meeting.documents.join('\n')],
    ['Đầu mối liên hệ', meeting.contact],
  ];
}

export function PlanSection({ meeting, rules, editable, onChange, ruleSet, canWrite, onDeleted }: PlanSectionProps) {
  const client = useClient();
  const confirmedDelete = useConfirmedDelete();
  const [editing, setEditing] = useState(false);

  const remove = async () => {
    const removed = await confirmedDelete({
      name: `cuộc họp “${meeting.title}”`,
      consequence: 'Kế hoạch, điểm danh, nội dung và việc giao của cuộc họp sẽ bị xóa. Chỉ xóa được cuộc họp chưa hoàn thiện biên bản.',
      remove: () => client.call('meetings.delete', { id: meeting.id }),
    });
    if (removed) onDeleted();
  };

  return (
    <Stack spacing={2}>
      {editable || (canWrite && meeting.versions.length === 0) ? (
        <Stack direction="row" spacing={1}>
          {editable ? (
            <Button variant="contained" startIcon={<EditOutlined />} onClick={() => setEditing(true)}>
              Sửa kế hoạch
            </Button>
          ) : null}
          {canWrite && meeting.versions.length === 0 ? (
            <Button color="error" startIcon={<DeleteOutlined />} onClick={() => void remove()}>
              Xóa cuộc họp
            </Button>
          ) : null}
        </Stack>
      ) : null}
      <Facts label="Kế hoạch cuộc họp" facts={planFacts(meeting, rules)} />
      {editable && meeting.agenda.length === 0 && rules.orderOfBusiness.length > 0 ? (
        <Alert severity="info" action={<OrderOfBusinessButton meeting={meeting} rules={rules} onChange={onChange} />}>
          Cuộc họp chưa có nội dung. Có thể thêm các nội dung theo trình tự quy định của loại cuộc họp này rồi sửa lại.
        </Alert>
      ) : null}
      {editing ? (
        <PlanDialog
          ruleSet={ruleSet}
          meeting={meeting}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            onChange(saved);
          }}
        />
      ) : null}
    </Stack>
  );
}
