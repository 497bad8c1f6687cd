import { Box, Button, Chip, Stack, Typography } from '@mui/material';
import { answerInput, recommendationInput, type BoardActivity, type Recommendation } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { FormDateField } from '../ui/DateField';
import { EditDialog } from '../ui/EditDialog';
import { FormTextField } from '../ui/fields';
import { formatDate, todayIso } from '../ui/format';
import { useConfirmedDelete } from '../ui/useConfirmedDelete';
import { useRecordDialog } from '../ui/useRecordDialog';

/** The add-recommendation and answer dialogs, shared by every activity row. */
export function useRecommendationDialogs(reload: () => Promise<void>) {
  const client = useClient();
  const onSaved = () => void reload();
  const recommendation = useRecordDialog({
    schema: recommendationInput,
    empty: { id: undefined, activityId: undefined, content: '' },
    save: (value) => client.call('boards.saveRecommendation', value),
    savedMessage: 'Đã lưu kiến nghị.',
    onSaved,
  });
  const answer = useRecordDialog({
    schema: answerInput,
    empty: { id: undefined, answeredOn: undefined, answer: '' },
    save: (value) => client.call('boards.answerRecommendation', value),
    savedMessage: 'Đã ghi trả lời của phường.',
    onSaved,
  });
  const confirmedDelete = useConfirmedDelete();
  const remove = async (r: Recommendation) => {
    if (await confirmedDelete({ name: 'kiến nghị', consequence: `"${r.content}" sẽ bị xóa khỏi hoạt động.`, remove: () => client.call('boards.deleteRecommendation', { id: r.id }) })) onSaved();
  };
  const element = (
    <>
      <EditDialog title="Kiến nghị của Ban" {...recommendation.dialogProps}>
        <FormTextField form={recommendation.form} path="content" label="Nội dung kiến nghị" multiline autoFocus />
      </EditDialog>
      <EditDialog title="Trả lời của phường" {...answer.dialogProps}>
        <FormDateField form={answer.form} path="answeredOn" label="Ngày trả lời" />
        <FormTextField form={answer.form} path="answer" label="Nội dung trả lời" multiline />
      </EditDialog>
    </>
  );
  return { recommendation, answer, remove, element };
}

type Dialogs = ReturnType<typeof useRecommendationDialogs>;

function Status({ r }: { r: Recommendation }) {
  if (r.answeredOn) return <Chip size="small" color="success" label={`Đã trả lời ${formatDate(r.answeredOn)}`} />;
  return <Chip size="small" color={r.overdue ? 'error' : 'default'} label={`${r.overdue ? 'Quá hạn trả lời' : 'Chờ trả lời'}, hạn ${formatDate(r.dueDate)}`} />;
}

export function Recommendations({ activity, canWrite, canAdd, dialogs }: { activity: BoardActivity; canWrite: boolean; canAdd: boolean; dialogs: Dialogs }) {
  return (
    <Stack spacing={1}>
      {activity.recommendations.map((r) => (
        <Box key={r.id}>
          <Typography variant="body2">{r.content}</Typography>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Status r={r} />
            {canWrite ? (
              <Button size="small" onClick={() => dialogs.answer.start({ id: r.id, answeredOn: r.answeredOn ?? todayIso(), answer: r.answer })}>
                {r.answeredOn ? 'Sửa trả lời' : 'Ghi trả lời'}
              </Button>
            ) : null}
            {canWrite && !r.answeredOn ? (
              <Button size="small" color="error" onClick={() => void dialogs.remove(r)}>
                Xóa
              </Button>
            ) : null}
          </Stack>
          {r.answer ? <Typography variant="body2" color="text.secondary">{r.answer}</Typography> : null}
        </Box>
      ))}
      {canAdd ? (
        <Button size="small" sx={{ alignSelf: 'flex-start' }} onClick={() => dialogs.recommendation.start({ id: undefined, activityId: activity.id, content: '' })}>
          Thêm kiến nghị
        </Button>
      ) : null}
    </Stack>
  );
}
