import Add from '@mui/icons-material/Add';
import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import type { AgendaItem } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { EmptyState } from '../ui/EmptyState';
import { AgendaItemDialog } from './AgendaItemDialog';
import { AgendaItemView } from './AgendaItemView';
import { OrderOfBusinessButton } from './OrderOfBusinessButton';
import { useMeetingPartDelete, useMeetingWrite, type SectionProps } from './section';

/** The items of the meeting in order, each with its opinions, vote or election, result and conclusion. */
export function AgendaSection({ meeting, rules, editable, onChange }: SectionProps) {
  const client = useClient();
  const write = useMeetingWrite(onChange);
  const deletePart = useMeetingPartDelete(onChange);
  const [editing, setEditing] = useState<AgendaItem | 'new' | null>(null);
  const ref = (item: AgendaItem) => ({ meetingId: meeting.id, agendaItemId: item.id });

  const move = (item: AgendaItem, direction: 'up' | 'down') => void write(() => client.call('meetings.moveAgendaItem', { ...ref(item), direction }));
  const remove = (item: AgendaItem) =>
    deletePart({
      name: `nội dung “${item.title}”`,
      consequence: 'Các ý kiến, kết quả biểu quyết hoặc bầu cử của nội dung này cũng bị xóa.',
      remove: () => client.call('meetings.deleteAgendaItem', ref(item)),
    });

  const addButton = (
    <Button variant="contained" startIcon={<Add />} onClick={() => setEditing('new')}>
      Thêm nội dung
    </Button>
  );

  return (
    <Stack spacing={2}>
      {editable && meeting.agenda.length > 0 ? <Stack direction="row">{addButton}</Stack> : null}
      {meeting.agenda.length === 0 ? (
        <EmptyState
          title="Cuộc họp chưa có nội dung"
          description={editable ? 'Thêm từng nội dung, hoặc thêm các nội dung theo trình tự quy định của loại cuộc họp rồi sửa lại.' : undefined}
          action={
            editable ? (
              <Stack direction="row" spacing={1} sx={{ justifyContent: 'center' }}>
                {addButton}
                <OrderOfBusinessButton meeting={meeting} rules={rules} onChange={onChange} />
              </Stack>
            ) : null
          }
        />
      ) : (
        <Stack component="ol" spacing={1.5} aria-label="Nội dung cuộc họp" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {meeting.agenda.map((item, index) => (
            <AgendaItemView
              key={item.id}
              item={item}
              number={index + 1}
              rules={rules}
              actions={
                editable
                  ? {
                      onEdit: () => setEditing(item),
                      onMoveUp: index > 0 ? () => move(item, 'up') : undefined,
                      onMoveDown: index < meeting.agenda.length - 1 ? () => move(item, 'down') : undefined,
                      onDelete: () => void remove(item),
                    }
                  : undefined
              }
            />
          ))}
        </Stack>
      )}
      {editing !== null ? (
        <AgendaItemDialog
          meeting={meeting}
          rules={rules}
          item={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            onChange(saved);
          }}
        />
      ) : null}
    </Stack>
  );
}
