import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import RadioButtonUnchecked from '@mui/icons-material/RadioButtonUnchecked';
import Schedule from '@mui/icons-material/Schedule';
import { Box, Button, Chip, Stack, Typography } from '@mui/material';
import { useId, useState, type ReactNode } from 'react';
import { isoDate, meetingsChannels, type Meeting, type PreparationStep } from '../../../main/api';
import { useClient } from '../../api/ClientContext';
import { FormDateField } from '../../ui/DateField';
import { EditDialog } from '../../ui/EditDialog';
import { FormTextField } from '../../ui/fields';
import { formatDate } from '../../ui/format';
import { useAction } from '../../ui/useAction';
import { useRecordDialog } from '../../ui/useRecordDialog';
import { todayIso } from '../../ui/format';
import { stepStatus, stepStatusColors, stepStatusLabels, type StepStatus } from './stepStatus';

/** Marking a step done needs its date; un-marking goes through its own button. */
const completionSchema = meetingsChannels['meetings.savePreparationStep'].input.extend({ doneOn: isoDate });

const statusIcons: Record<StepStatus, typeof CheckCircle> = {
  done: CheckCircle,
  overdue: ErrorOutline,
  dueSoon: Schedule,
  upcoming: RadioButtonUnchecked,
};

interface PreparationTimelineProps {
  meeting: Meeting;
  readOnly: boolean;
  onChange(meeting: Meeting): void;
}

/** The preparation steps in order of their due dates, each with its legal basis and whether it is done. */
export function PreparationTimeline({ meeting, readOnly, onChange }: PreparationTimelineProps) {
  const client = useClient();
  const run = useAction();
  const [editing, setEditing] = useState<PreparationStep | null>(null);
  const dialog = useRecordDialog({
    schema: completionSchema,
    empty: { meetingId: meeting.id, key: '', doneOn: todayIso(), note: '' },
    save: async (input) => onChange(await client.call('meetings.savePreparationStep', input)),
    savedMessage: 'Đã ghi nhận bước chuẩn bị.',
    onSaved: () => undefined,
  });
  const { form } = dialog;
  const today = todayIso();

  const startCompletion = (step: PreparationStep) => {
    setEditing(step);
    dialog.start({ meetingId: meeting.id, key: step.key, doneOn: step.doneOn ?? today, note: step.note });
  };

  const undo = async (step: PreparationStep) => {
    const input = { meetingId: meeting.id, key: step.key, doneOn: null, note: step.note };
    const result = await run(() => client.call('meetings.savePreparationStep', input), `Đã bỏ đánh dấu: ${step.label}.`);
    if (result.ok) onChange(result.value);
  };

  return (
    <>
      <Box component="ol" aria-label="Các bước chuẩn bị hội nghị" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {meeting.preparation.map((step, index) => (
          <StepItem
            key={step.key}
            step={step}
            status={stepStatus(step, today)}
            last={index === meeting.preparation.length - 1}
            actions={
              readOnly ? null : (
                <StepActions step={step} onComplete={() => startCompletion(step)} onUndo={() => void undo(step)} />
              )
            }
          />
        ))}
      </Box>
      <EditDialog title={editing?.doneOn ? `Sửa: ${editing.label}` : `Đánh dấu đã xong: ${editing?.label ?? ''}`} {...dialog.dialogProps}>
        {editing ? (
          <Typography variant="body2" color="text.secondary">
            {editing.legalBasis} · Hạn {formatDate(editing.dueDate)}
          </Typography>
        ) : null}
        <FormDateField form={form} path="doneOn" label="Ngày hoàn thành" />
        <FormTextField form={form} path="note" label="Ghi chú" multiline hint="Không bắt buộc. Ví dụ: số văn bản, nơi lưu hồ sơ." />
      </EditDialog>
    </>
  );
}

function StepActions({ step, onComplete, onUndo }: { step: PreparationStep; onComplete(): void; onUndo(): void }) {
  if (!step.doneOn) {
    return (
      <Button size="small" variant="outlined" onClick={onComplete} aria-label={`Đánh dấu đã xong: ${step.label}`}>
        Đánh dấu đã xong
      </Button>
    );
  }
  return (
    <>
      <Button size="small" onClick={onComplete} aria-label={`Sửa ngày hoàn thành: ${step.label}`}>
        Sửa
      </Button>
      <Button size="small" onClick={onUndo} aria-label={`Bỏ đánh dấu: ${step.label}`}>
        Bỏ đánh dấu
      </Button>
    </>
  );
}

interface StepItemProps {
  step: PreparationStep;
  status: StepStatus;
  /** The last step draws no line down to a next one. */
  last: boolean;
  actions: ReactNode;
}

function StepItem({ step, status, last, actions }: StepItemProps) {
  const labelId = useId();
  const Icon = statusIcons[status];
  const color = stepStatusColors[status] === 'default' ? 'action' : stepStatusColors[status];
  return (
    <Box component="li" aria-labelledby={labelId} sx={{ display: 'grid', gridTemplateColumns: '32px 1fr', columnGap: 1.5 }}>
      <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
        <Icon color={color} aria-hidden sx={{ mt: 0.25 }} />
        {last ? null : <Box sx={{ flexGrow: 1, width: 2, my: 0.5, bgcolor: status === 'done' ? 'success.light' : 'divider' }} />}
      </Box>
      <Box sx={{ pb: last ? 0 : 2.5 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
          <Typography id={labelId} sx={{ fontWeight: 600 }}>
            {step.label}
          </Typography>
          <Chip
            size="small"
            color={stepStatusColors[status]}
            variant={status === 'upcoming' ? 'outlined' : 'filled'}
            label={status === 'done' && step.doneOn ? `Đã xong ngày ${formatDate(step.doneOn)}${step.doneOn > step.dueDate ? ' (muộn)' : ''}` : stepStatusLabels[status]}
          />
        </Stack>
        <Typography variant="body2" color={status === 'overdue' ? 'error' : 'text.primary'}>
          Hạn: {formatDate(step.dueDate)}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="p">
          {step.legalBasis}
        </Typography>
        {step.note ? (
          <Typography variant="body2" sx={{ mt: 0.5, whiteSpace: 'pre-wrap' }}>
            Ghi chú: {step.note}
          </Typography>
        ) : null}
        {actions ? (
          <Stack direction="row" spacing={1} sx={{ mt: 0.5 }}>
            {actions}
          </Stack>
        ) : null}
      </Box>
    </Box>
  );
}
