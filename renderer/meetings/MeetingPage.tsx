import ArrowBack from '@mui/icons-material/ArrowBack';
import { Alert, Button, Chip, Paper, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import type { Meeting, MeetingRuleSet, MeetingTypeRules } from '../../main/api';
import { useChannel } from '../api/useChannel';
import { useCan } from '../app/session';
import { formatDateWithWeekday } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { PageLayout } from '../ui/PageLayout';
import { AgendaSection } from './AgendaSection';
import { AttendanceSection } from './AttendanceSection';
import { stageColors, stageLabels } from './labels';
import { MinutesSection } from './MinutesSection';
import { PlanSection } from './PlanSection';
import { PreparationPanel } from './preparation/PreparationPanel';
import { ProceedingsSection } from './ProceedingsSection';
import type { SectionProps } from './section';
import { TasksSection } from './TasksSection';

interface MeetingPageProps {
  meetingId: number;
  ruleSet: MeetingRuleSet;
  onBack(): void;
}

/** One meeting, from its plan to its finalized minutes. */
export function MeetingPage({ meetingId, ruleSet, onBack }: MeetingPageProps) {
  const source = useChannel('meetings.get', { id: meetingId });
  const backButton = (
    <Button startIcon={<ArrowBack />} onClick={onBack}>
      Danh sách cuộc họp
    </Button>
  );
  return (
    <PageLayout title={source.data?.title ?? 'Cuộc họp'} actions={backButton}>
      <LoadState source={source}>
        {(meeting) => (
          <MeetingView
            meeting={meeting}
            rules={ruleSet.types.find((entry) => entry.key === meeting.type) ?? ruleSet.types[0]!}
            ruleSet={ruleSet}
            onChange={source.replace}
            onDeleted={onBack}
          />
        )}
      </LoadState>
    </PageLayout>
  );
}

type TabKey = 'plan' | 'attendance' | 'agenda' | 'proceedings' | 'tasks' | 'preparation' | 'minutes';

interface MeetingViewProps {
  meeting: Meeting;
  rules: MeetingTypeRules;
  ruleSet: MeetingRuleSet;
  onChange(meeting: Meeting): void;
  onDeleted(): void;
}

function MeetingView({ meeting, rules, ruleSet, onChange, onDeleted }: MeetingViewProps) {
  const canWrite = useCan('meetings.write');
  const [tab, setTab] = useState<TabKey>('plan');
  const section: SectionProps = { meeting, rules, editable: canWrite && meeting.stage !== 'finalized', onChange };
  const tabs: { key: TabKey; label: string }[] = [
    { key: 'plan', label: 'Kế hoạch' },
    { key: 'attendance', label: 'Điểm danh' },
    { key: 'agenda', label: 'Nội dung' },
    { key: 'proceedings', label: 'Diễn biến và kết luận' },
    { key: 'tasks', label: 'Việc giao' },
    ...(rules.preparationSteps.length > 0 ? [{ key: 'preparation' as const, label: 'Chuẩn bị hội nghị' }] : []),
    { key: 'minutes', label: 'Biên bản' },
  ];
  return (
    <Stack spacing={2}>
      <MeetingHeader meeting={meeting} rules={rules} canWrite={canWrite} />
      <Tabs value={tab} onChange={(_event, value: TabKey) => setTab(value)} variant="scrollable" scrollButtons="auto" aria-label="Các phần của cuộc họp">
        {tabs.map((entry) => (
          <Tab key={entry.key} value={entry.key} label={entry.label} id={`meeting-tab-${entry.key}`} aria-controls="meeting-tabpanel" />
        ))}
      </Tabs>
      <Paper variant="outlined" sx={{ p: 2 }} role="tabpanel" id="meeting-tabpanel" aria-labelledby={`meeting-tab-${tab}`}>
        {tab === 'plan' ? <PlanSection {...section} ruleSet={ruleSet} canWrite={canWrite} onDeleted={onDeleted} /> : null}
        {tab === 'attendance' ? <AttendanceSection {...section} /> : null}
        {tab === 'agenda' ? <AgendaSection {...section} /> : null}
        {tab === 'proceedings' ? <ProceedingsSection {...section} /> : null}
        {tab === 'tasks' ? <TasksSection {...section} canWrite={canWrite} /> : null}
        {tab === 'preparation' ? <PreparationPanel meeting={meeting} rules={rules} canWrite={canWrite} onChange={onChange} /> : null}
        {tab === 'minutes' ? <MinutesSection {...section} canWrite={canWrite} /> : null}
      </Paper>
    </Stack>
  );
}

function MeetingHeader({ meeting, rules, canWrite }: { meeting: Meeting; rules: MeetingTypeRules; canWrite: boolean }) {
  const when = `${meeting.startTime}${meeting.endTime ? `–${meeting.endTime}` : ''}, ${formatDateWithWeekday(meeting.date)}`;
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="subtitle1" component="p" sx={{ fontWeight: 500 }}>
          {rules.label}
        </Typography>
        <Chip size="small" color={stageColors[meeting.stage]} label={stageLabels[meeting.stage]} />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {[when, meeting.place, meeting.residentialGroupName].filter(Boolean).join(' · ')}
      </Typography>
      {meeting.noticeWarning ? <Alert severity="warning">{meeting.noticeWarning}</Alert> : null}
      <ReadOnlyNotice meeting={meeting} canWrite={canWrite} />
    </Stack>
  );
}

/** Why nothing can be edited, or that a correction is being prepared. */
function ReadOnlyNotice({ meeting, canWrite }: { meeting: Meeting; canWrite: boolean }) {
  const latest = meeting.versions.at(-1);
  if (!canWrite) return <Alert severity="info">Bạn chỉ có quyền xem cuộc họp này.</Alert>;
  if (meeting.stage === 'finalized') {
    return (
      <Alert severity="info">
        Biên bản đã hoàn thiện{latest ? ` (bản ${latest.version})` : ''} nên cuộc họp chỉ để xem. Muốn sửa, vào phần Biên bản, bấm “Đính chính” và ghi rõ lý
        do.
      </Alert>
    );
  }
  if (meeting.stage === 'correcting') {
    return (
      <Alert severity="warning">
        Đang đính chính biên bản đã hoàn thiện{latest ? ` (bản ${latest.version})` : ''}. Sửa xong, vào phần Biên bản và bấm “Hoàn thiện biên bản” để khóa bản
        mới.
      </Alert>
    );
  }
  return null;
}
