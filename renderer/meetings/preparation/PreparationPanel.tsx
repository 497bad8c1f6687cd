import { Alert, Paper, Stack, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import type { Meeting, MeetingTypeRules } from '../../../main/api';
import { EmptyState } from '../../ui/EmptyState';
import { formatDate } from '../../ui/format';
import { ConsultationSection } from './ConsultationSection';
import { PreparationTimeline } from './PreparationTimeline';

interface PreparationPanelProps {
  meeting: Meeting;
  rules: MeetingTypeRules;
  canWrite: boolean;
  /** Receives the whole meeting every write channel returns. */
  onChange(meeting: Meeting): void;
}

/** The union officer's checklist before the staff conference and the staff consultation on the Art. 53 items. */
export function PreparationPanel({ meeting, rules, canWrite, onChange }: PreparationPanelProps) {
  const finalized = meeting.stage === 'finalized';
  const readOnly = !canWrite || finalized;
  return (
    <Stack spacing={3}>
      {finalized ? <Alert severity="info">Biên bản đã hoàn tất và khóa: việc chuẩn bị và ý kiến góp ý chỉ để xem.</Alert> : null}
      {!finalized && !canWrite ? <Alert severity="info">Tài khoản của bạn chỉ được xem phần chuẩn bị hội nghị.</Alert> : null}
      <Section title="Các bước chuẩn bị hội nghị" description={`Hạn của từng bước tính từ ngày tổ chức hội nghị (${formatDate(meeting.date)}).`}>
        {meeting.preparation.length === 0 ? (
          <EmptyState title="Không có bước chuẩn bị nào" description="Loại cuộc họp này không có các bước chuẩn bị theo quy định." />
        ) : (
          <PreparationTimeline meeting={meeting} readOnly={readOnly} onChange={onChange} />
        )}
      </Section>
      {rules.consultationTopics.length > 0 || meeting.consultation.length > 0 ? (
        <Section
          title="Lấy ý kiến cán bộ, công chức, viên chức, người lao động"
          description="Ý kiến góp ý của các bộ phận về các nội dung phải lấy ý kiến trước hội nghị (Điều 53 Luật 10/2022/QH15)."
        >
          <ConsultationSection meeting={meeting} rules={rules} readOnly={readOnly} onChange={onChange} />
        </Section>
      ) : null}
    </Stack>
  );
}

function Section({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="h6" component="h2">
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {description}
      </Typography>
      {children}
    </Paper>
  );
}
