import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { Box, Button, Chip, IconButton, List, ListItem, ListItemText, Paper, Stack, Tooltip, Typography } from '@mui/material';
import { useId } from 'react';
import { meetingsChannels, type ConsultationComment, type Meeting, type MeetingTypeRules } from '../../../main/api';
import { useClient } from '../../api/ClientContext';
import { FormDateField } from '../../ui/DateField';
import { EditDialog } from '../../ui/EditDialog';
import { EmptyState } from '../../ui/EmptyState';
import { FormSelectField, FormTextField } from '../../ui/fields';
import { formatDate, formatNumber } from '../../ui/format';
import { useConfirmedDelete } from '../../ui/useConfirmedDelete';
import { useRecordDialog } from '../../ui/useRecordDialog';
import { groupComments, type TopicComments } from './consultationGroups';
import { SynthesisExport } from './SynthesisExport';
import { todayIso } from '../../ui/format';

interface ConsultationSectionProps {
  meeting: Meeting;
  rules: MeetingTypeRules;
  readOnly: boolean;
  onChange(meeting: Meeting): void;
}

interface CommentActions {
  onEdit(comment: ConsultationComment): void;
  onDelete(comment: ConsultationComment): void;
}

const commentName = (comment: ConsultationComment) => `ý kiến của ${comment.department} ngày ${formatDate(comment.receivedOn)}`;

/** The staff's comments on the Art. 53 items before the conference, by topic then department. */
export function ConsultationSection({ meeting, rules, readOnly, onChange }: ConsultationSectionProps) {
  const client = useClient();
  const confirmedDelete = useConfirmedDelete();
  const topicOptions = rules.consultationTopics.map((topic) => ({ value: topic.key, label: topic.label }));
  const dialog = useRecordDialog({
    schema: meetingsChannels['meetings.saveConsultationComment'].input,
    empty: { meetingId: meeting.id, topic: topicOptions[0]?.value ?? '', department: '', summary: '', receivedOn: todayIso() },
    save: async (input) => onChange(await client.call('meetings.saveConsultationComment', input)),
    savedMessage: 'Đã lưu ý kiến góp ý.',
    onSaved: () => undefined,
  });
  const { form } = dialog;
  const editing = form.values.id !== undefined;
  const groups = groupComments(meeting.consultation, rules.consultationTopics);

  const actions: CommentActions | null = readOnly
    ? null
    : {
        onEdit: ({ id, meetingId, topic, department, summary, receivedOn }) => dialog.start({ id, meetingId, topic, department, summary, receivedOn }),
        onDelete: (comment) =>
          void confirmedDelete({
            name: commentName(comment),
            consequence: 'Ý kiến này sẽ không còn trong bản tổng hợp ý kiến góp ý.',
            remove: async () => onChange(await client.call('meetings.deleteConsultationComment', { meetingId: meeting.id, commentId: comment.id })),
          }),
      };

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="body2" color="text.secondary">
          Tổng cộng {formatNumber(meeting.consultation.length)} ý kiến góp ý.
        </Typography>
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          {readOnly ? null : (
            <Button variant="contained" size="small" startIcon={<AddOutlined />} onClick={() => dialog.start()}>
              Thêm ý kiến
            </Button>
          )}
          <SynthesisExport meetingId={meeting.id} />
        </Stack>
      </Stack>
      {meeting.consultation.length === 0 ? (
        <EmptyState
          title="Chưa có ý kiến góp ý nào"
          description={readOnly ? undefined : 'Bấm “Thêm ý kiến” để ghi ý kiến của từng bộ phận về các nội dung được lấy ý kiến.'}
        />
      ) : (
        <TopicList groups={groups} actions={actions} />
      )}
      <EditDialog title={editing ? 'Sửa ý kiến góp ý' : 'Thêm ý kiến góp ý'} {...dialog.dialogProps}>
        <FormSelectField form={form} path="topic" label="Nội dung được lấy ý kiến" options={topicOptions} />
        <FormTextField form={form} path="department" label="Bộ phận góp ý" hint="Ví dụ: Văn phòng HĐND và UBND, Bộ phận một cửa." autoFocus />
        <FormTextField form={form} path="summary" label="Nội dung ý kiến" multiline />
        <FormDateField form={form} path="receivedOn" label="Ngày nhận ý kiến" />
      </EditDialog>
    </Stack>
  );
}

function TopicList({ groups, actions }: { groups: TopicComments[]; actions: CommentActions | null }) {
  const withComments = groups.filter((group) => group.count > 0);
  const without = groups.filter((group) => group.count === 0);
  return (
    <>
      {withComments.map((group) => (
        <TopicGroup key={group.key} group={group} actions={actions} />
      ))}
      {without.length > 0 ? (
        <Typography variant="body2" color="text.secondary">
          Chưa có ý kiến về: {without.map((group) => group.label).join('; ')}.
        </Typography>
      ) : null}
    </>
  );
}

function TopicGroup({ group, actions }: { group: TopicComments; actions: CommentActions | null }) {
  const headingId = useId();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {group.label}
        </Typography>
        <Chip size="small" color="primary" variant="outlined" label={`${formatNumber(group.count)} ý kiến`} />
      </Stack>
      {group.departments.map(({ department, comments }) => (
        <Box key={department} sx={{ mt: 1 }}>
          <Typography variant="body2" component="h4" sx={{ fontWeight: 600 }}>
            {department}
          </Typography>
          <List dense disablePadding aria-label={`Ý kiến của ${department}`}>
            {comments.map((comment) => (
              <ListItem key={comment.id} disableGutters secondaryAction={actions ? <CommentButtons comment={comment} actions={actions} /> : null}>
                <ListItemText
                  primary={comment.summary}
                  secondary={`Nhận ngày ${formatDate(comment.receivedOn)}`}
                  slotProps={{ primary: { sx: { whiteSpace: 'pre-wrap' } } }}
                  sx={{ pr: actions ? 10 : 0 }}
                />
              </ListItem>
            ))}
          </List>
        </Box>
      ))}
    </Paper>
  );
}

function CommentButtons({ comment, actions }: { comment: ConsultationComment; actions: CommentActions }) {
  const name = commentName(comment);
  return (
    <>
      <Tooltip title="Sửa">
        <IconButton size="small" aria-label={`Sửa ${name}`} onClick={() => actions.onEdit(comment)}>
          <EditOutlined fontSize="small" />
        </IconButton>
      </Tooltip>
      <Tooltip title="Xóa">
        <IconButton size="small" color="error" aria-label={`Xóa ${name}`} onClick={() => actions.onDelete(comment)}>
          <DeleteOutlined fontSize="small" />
        </IconButton>
      </Tooltip>
    </>
  );
}
