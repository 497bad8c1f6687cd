import Add from '@mui/icons-material/Add';
import { Button } from '@mui/material';
import { useState } from 'react';
import type { Meeting } from '../../main/api';
import { useChannel } from '../api/useChannel';
import { useCan } from '../app/session';
import { LoadState } from '../ui/LoadState';
import { PageLayout } from '../ui/PageLayout';
import { MeetingList, thisYear, type MeetingFilter } from './MeetingList';
import { MeetingPage } from './MeetingPage';
import { takeRequestedMeeting } from './openMeeting';
import { PlanDialog } from './PlanDialog';

/** Meetings and conferences: the list of a period, and one meeting from its plan to its finalized minutes. */
export function MeetingsScreen() {
  const ruleSet = useChannel('meetings.rules', {});
  const canWrite = useCan('meetings.write');
  const [selected, setSelected] = useState<number | null>(takeRequestedMeeting);
  const [filter, setFilter] = useState<MeetingFilter>(thisYear);
  const [creating, setCreating] = useState(false);

  const created = (meeting: Meeting) => {
    setCreating(false);
    setSelected(meeting.id);
  };

  if (selected !== null) {
    return (
      <LoadState source={ruleSet}>
        {(rules) => <MeetingPage key={selected} meetingId={selected} ruleSet={rules} onBack={() => setSelected(null)} />}
      </LoadState>
    );
  }

  const createButton =
    canWrite && ruleSet.data ? (
      <Button variant="contained" startIcon={<Add />} onClick={() => setCreating(true)}>
        Tạo cuộc họp
      </Button>
    ) : null;

  return (
    <PageLayout
      title="Cuộc họp, hội nghị"
      description="Kế hoạch, điểm danh, biểu quyết và biên bản các cuộc họp, hội nghị theo Luật Thực hiện dân chủ ở cơ sở."
      actions={createButton}
    >
      <LoadState source={ruleSet}>
        {(rules) => <MeetingList ruleSet={rules} filter={filter} onFilterChange={setFilter} onOpen={setSelected} createButton={createButton} />}
      </LoadState>
      {creating && ruleSet.data ? <PlanDialog ruleSet={ruleSet.data} onClose={() => setCreating(false)} onSaved={created} /> : null}
    </PageLayout>
  );
}
