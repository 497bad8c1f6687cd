import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useId, useState } from 'react';
import type { z } from 'zod';
import { BALLOT_COPIES_MAX, ballotDesignInput, ballotPrint, type BallotDesign, type BallotDesignInput } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { messageOf } from '../api/client';
import { useCan } from '../app/session';
import { FormDateField } from '../ui/DateField';
import { EditDialog } from '../ui/EditDialog';
import { FormCheckbox, FormSelectField, FormTextField } from '../ui/fields';
import { formatDate, formatNumber } from '../ui/format';
import { GenerateButton, GeneratingStatus, useFileGeneration } from '../ui/ExportButtons';
import { useNotify } from '../ui/notifications';
import { useSchemaForm, type Draft, type SchemaForm } from '../ui/schemaForm';
import { CountField } from './CountField';
import { LinesField } from './LinesField';

type Values = Draft<z.input<typeof ballotDesignInput>>;
type BallotForm = SchemaForm<Values, BallotDesignInput>;

const DIALOG_TITLE = 'Thiết kế phiếu lấy ý kiến';

const authenticationOptions = [
  { value: '', label: '— Chọn —' },
  { value: 'seal', label: 'Ủy ban nhân dân đóng dấu treo ở phía trên bên trái (việc chung của phường, xã)' },
  { value: 'groupHead', label: 'Tổ trưởng tổ dân phố (trưởng thôn) ký trực tiếp ở góc dưới bên phải' },
];

function draftOf(design: BallotDesign): Values {
  const { meetingId, title, subject, questions, guidance, otherOpinion, deadline, authentication } = design;
  return { meetingId, title, subject, questions, guidance, otherOpinion, deadline, authentication: design.authenticationDerived ? null : authentication };
}

interface BallotDialogProps {
  design: BallotDesign;
  onClose(): void;
}

/** The household ballot of a household-ballot meeting: its design (while it may change) and its printing. */
export function BallotDialog({ design, onClose }: BallotDialogProps) {
  const canWrite = useCan('meetings.write');
  return canWrite && design.locked === null ? <DesignDialog design={design} onClose={onClose} /> : <ReadOnlyDialog design={design} onClose={onClose} />;
}

function DesignDialog({ design, onClose }: BallotDialogProps) {
  const client = useClient();
  const notify = useNotify();
  const form = useSchemaForm(ballotDesignInput, draftOf(design));
  const [current, setCurrent] = useState(design);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);

  /** Saves what the form holds; null when it is invalid or main refused it (the reason shown). */
  const save = async (): Promise<BallotDesign | null> => {
    const value = form.parse(!current.authenticationDerived && !form.values.authentication ? { authentication: 'Chọn cách xác nhận phiếu.' } : {});
    if (!value) return null;
    setBusy(true);
    setFailure(undefined);
    try {
      const saved = await client.call('meetings.saveBallot', value);
      setCurrent(saved);
      return saved;
    } catch (error) {
      if (!form.showApiError(error)) setFailure(messageOf(error, 'Không lưu được thiết kế phiếu.'));
      return null;
    } finally {
      setBusy(false);
    }
  };
  const submit = async () => {
    if (!(await save())) return;
    notify.success('Đã lưu thiết kế phiếu lấy ý kiến.');
    onClose();
  };
  // Printing prints what the dialog shows: a changed design is saved first.
  const beforePrint = async () => JSON.stringify(form.values) === JSON.stringify(draftOf(current)) || (await save()) !== null;

  return (
    <EditDialog open title={DIALOG_TITLE} onClose={onClose} onSubmit={() => void submit()} busy={busy} submitLabel="Lưu thiết kế" formError={failure ?? form.errors['']} width="md">
      <FormTextField form={form} path="title" label="Tiêu đề phiếu" autoFocus />
      <FormTextField form={form} path="subject" label="Trích yếu (về việc)" hint="In dưới tiêu đề; không bắt buộc." />
      <QuestionFields form={form} />
      <FormTextField form={form} path="guidance" label="Hướng dẫn cách lựa chọn" multiline />
      <FormCheckbox form={form} path="otherOpinion" label="Có phần “Ý kiến khác” để hộ gia đình ghi ý kiến" />
      <FormDateField form={form} path="deadline" label="Hộ gia đình gửi lại phiếu trước ngày" hint={`Chọn từ ${formatDate(current.deadlineFrom)} đến ${formatDate(current.deadlineTo)}.`} />
      {current.authenticationDerived ? (
        <Alert severity="info">Xác nhận phiếu: {current.authenticationNote}</Alert>
      ) : (
        <FormSelectField form={form} path="authentication" label="Xác nhận phiếu" options={authenticationOptions} hint="Cuộc họp chưa ghi tổ dân phố nên cần chọn." />
      )}
      <BallotSummary values={form.values} note={current.authenticationDerived ? current.authenticationNote : null} />
      <PrintFields design={current} beforePrint={beforePrint} />
    </EditDialog>
  );
}

function ReadOnlyDialog({ design, onClose }: BallotDialogProps) {
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>{DIALOG_TITLE}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Alert severity="info">{design.locked ?? 'Bạn chỉ có quyền xem và in phiếu.'}</Alert>
          <BallotSummary values={draftOf(design)} note={design.authenticationNote} />
          <PrintFields design={design} beforePrint={async () => true} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Đóng</Button>
      </DialogActions>
    </Dialog>
  );
}

/** The first message about a question's choices: the list as a whole, or one choice of it. */
function choicesError(errors: Record<string, string>, index: number): string | undefined {
  const prefix = `questions.${index}.choices`;
  return errors[prefix] ?? Object.entries(errors).find(([path]) => path.startsWith(`${prefix}.`))?.[1];
}

/** One question per matter voted on, with its choices typed one per line. */
function QuestionFields({ form }: { form: BallotForm }) {
  const questions = form.values.questions ?? [];
  const change = (index: number, patch: Partial<BallotDesignInput['questions'][number]>) =>
    form.set(
      'questions',
      questions.map((question, at) => (at === index ? { ...question, ...patch } : question)),
    );
  if (questions.length === 0) {
    return <Alert severity="warning">{form.errors.questions ?? 'Đợt lấy ý kiến chưa có nội dung biểu quyết: thêm nội dung ở phần “Nội dung” trước khi thiết kế phiếu.'}</Alert>;
  }
  return (
    <>
      {form.errors.questions ? <Alert severity="error">{form.errors.questions}</Alert> : null}
      {questions.map((question, index) => (
        <Box key={question.agendaItemId} component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0 }}>
          <Typography component="legend" variant="subtitle2" sx={{ px: 0.5 }}>
            Nội dung {index + 1}
          </Typography>
          <Stack spacing={2}>
            <TextField
              fullWidth
              multiline
              label={`Nội dung lấy ý kiến ${index + 1}`}
              value={question.question}
              onChange={(event) => change(index, { question: event.target.value })}
              error={form.errors[`questions.${index}.question`] !== undefined}
              helperText={form.errors[`questions.${index}.question`]}
              slotProps={{ htmlInput: { name: `questions.${index}.question` } }}
            />
            <LinesField
              label={`Các lựa chọn của nội dung ${index + 1}`}
              name={`questions.${index}.choices`}
              value={question.choices}
              onChange={(choices) => change(index, { choices })}
              error={choicesError(form.errors, index)}
              hint="Mỗi dòng một lựa chọn, từ 2 đến 5 lựa chọn; mỗi lựa chọn in kèm một ô để đánh dấu."
            />
          </Stack>
        </Box>
      ))}
    </>
  );
}

/** What the printed ballot will hold, as the clerk edits it. */
function BallotSummary({ values, note }: { values: Values; note: string | null }) {
  const questions = values.questions ?? [];
  const parts = [
    `Phiếu “${values.title ?? ''}” có ${questions.length} nội dung lấy ý kiến (${questions.map((q) => `${q.choices.length} lựa chọn`).join(', ') || 'chưa có'})`,
    values.otherOpinion ? 'có phần ý kiến khác' : 'không có phần ý kiến khác',
    values.deadline ? `gửi lại phiếu trước ngày ${formatDate(values.deadline)}` : 'chưa có hạn gửi lại phiếu',
  ];
  return (
    <Alert severity="success" icon={false} role="status" aria-live="polite" aria-label="Tóm tắt phiếu">
      {`${parts.join('; ')}.`}
      {note ? ` ${note}` : ''}
    </Alert>
  );
}

/** The print run to ask main for, or the first message of each field that is wrong. */
function checkPrintRun(copies: number | undefined, firstNumber: number | undefined): { copies?: string; firstNumber?: string; run?: { copies: number; firstNumber: number } } {
  const checked = ballotPrint.safeParse({ copies, firstNumber });
  if (checked.success) return { run: checked.data };
  const first = (field: string) => checked.error.issues.find((issue) => issue.path[0] === field)?.message;
  return { copies: first('copies'), firstNumber: first('firstNumber') };
}

/** "Mỗi hộ một phiếu: 3.500 hộ. Còn 1.500 phiếu in đợt sau." while this print leaves households without a ballot. */
function copiesHint(households: number, copies: number | undefined, firstNumber: number | undefined): string {
  const remaining = households - (firstNumber ?? 1) + 1 - (copies ?? 0);
  return `Mỗi hộ một phiếu: ${formatNumber(households)} hộ.${remaining > 0 ? ` Còn ${formatNumber(remaining)} phiếu in đợt sau.` : ''}`;
}

/**
 * How many ballots to print (one per household, at most 2,000 a print) and from which number, and the PDF and Word
 * buttons. A deadline the meeting was moved past is shown here; the buttons stay, as correcting the deadline above
 * saves it before printing (and main refuses to print it unchanged).
 */
function PrintFields({ design, beforePrint }: { design: BallotDesign; beforePrint(): Promise<boolean> }) {
  const client = useClient();
  const { busy, generate } = useFileGeneration();
  const [copies, setCopies] = useState<number | undefined>(Math.min(BALLOT_COPIES_MAX, Math.max(1, design.households)));
  const [firstNumber, setFirstNumber] = useState<number | undefined>(1);
  const [errors, setErrors] = useState<ReturnType<typeof checkPrintRun>>({});

  const print = async (format: 'pdf' | 'docx') => {
    const checked = checkPrintRun(copies, firstNumber);
    setErrors(checked);
    const { run } = checked;
    if (!run || !(await beforePrint())) return;
    await generate(format, () => client.call('meetings.exportBallots', { meetingId: design.meetingId, format, ...run }));
  };

  return (
    <Stack spacing={1}>
      {design.deadlineProblem ? <Alert severity="error">{design.deadlineProblem}</Alert> : null}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}>
        <CountField label="Số phiếu cần in" name="copies" value={copies} onChange={setCopies} error={errors.copies} hint={copiesHint(design.households, copies, firstNumber)} width={220} />
        <CountField label="Từ phiếu số" name="firstNumber" value={firstNumber} onChange={setFirstNumber} error={errors.firstNumber} hint="In đợt sau: bắt đầu từ số tiếp theo." width={220} />
        <GenerateButton label="In phiếu (PDF)" busy={busy} own="pdf" onClick={() => void print('pdf')} />
        <GenerateButton label="In phiếu (Word)" busy={busy} own="docx" onClick={() => void print('docx')} />
        <GeneratingStatus busy={busy} />
      </Stack>
    </Stack>
  );
}
