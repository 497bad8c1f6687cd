import PlaylistAdd from '@mui/icons-material/PlaylistAdd';
import { Button } from '@mui/material';
import { useState } from 'react';
import type { Meeting } from '../../main/api';
import { useClient } from '../api/ClientContext';
import type { SectionProps } from './section';
import { useMeetingWrite } from './section';

/** Adds the type's standard order of business as discussion items, in order; the clerk then adjusts them. */
export function OrderOfBusinessButton({ meeting, rules, onChange }: Omit<SectionProps, 'editable'>) {
  const client = useClient();
  const write = useMeetingWrite(onChange);
  const [busy, setBusy] = useState(false);
  if (rules.orderOfBusiness.length === 0) return null;

  const addAll = async () => {
    setBusy(true);
    await write(async () => {
      let latest: Meeting = meeting;
      for (const title of rules.orderOfBusiness) {
        latest = await client.call('meetings.saveAgendaItem', { meetingId: meeting.id, title, kind: 'discussion' });
      }
      return latest;
    }, `Đã thêm ${rules.orderOfBusiness.length} nội dung theo trình tự quy định.`);
    setBusy(false);
  };

  return (
    <Button variant="outlined" startIcon={<PlaylistAdd />} disabled={busy} onClick={() => void addAll()}>
      Thêm các nội dung theo trình tự quy định
    </Button>
  );
}
