import { Alert, Divider, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { EvaluationSheet, Grade, ScoringScheme } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { ApiCallError, messageOf } from '../api/client';
import { EditDialog } from '../ui/EditDialog';
import { useNotify } from '../ui/notifications';
import type { FieldErrors } from '../ui/schemaForm';
import { CriteriaFields } from './CriteriaFields';
import { NativeSelect } from '../ui/fields';
import { draftOf, sheetInputOf, type SheetDraft } from './sheetDraft';
import { TaskTable } from './TaskTable';

interface SheetDialogProps {
  sheet: EvaluationSheet;
  scheme: ScoringScheme;
  onClose(): void;
  onSaved(sheet: EvaluationSheet): void;
}

type TextKey = 'selfAssessment' | 'collectiveOpinion' | 'headNote' | 'disciplineReference';

/** Paths of main's errors that have a field here; any other is shown above the form. */
function hasField(path: string): boolean {
  return /^(selfAssessment|collectiveOpinion|headNote|chosenGrade|discipline\.reference|generalScores\.\w+|tasks(\.\d+\.\w+)?)$/.test(path);
}

/** The head scores one person's sheet; main computes the total and grade and says how. */
export function SheetDialog({ sheet, scheme, onClose, onSaved }: SheetDialogProps) {
  const client = useClient();
  const notify = useNotify();
  const [draft, setDraft] = useState<SheetDraft>(() => draftOf(sheet));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const change = (next: Partial<SheetDraft>) => setDraft((previous) => ({ ...previous, ...next }));
  const textField = (key: TextKey, label: string, hint?: string) => {
    const path = key === 'disciplineReference' ? 'discipline.reference' : key;
    return (
      <TextField
        fullWidth
        multiline={key !== 'disciplineReference'}
        minRows={key === 'disciplineReference' ? undefined : 2}
        label={label}
        value={draft[key]}
        onChange={(event) => change({ [key]: event.target.value })}
        error={errors[path] !== undefined}
        helperText={errors[path] ?? hint}
        slotProps={{ htmlInput: { name: path } }}
      />
    );
  };

  const submit = async () => {
    const { input, errors: found } = sheetInputOf(sheet, scheme, draft);
    setErrors(found);
    setFailure(undefined);
    if (!input) return;
    setBusy(true);
    try {
      const saved = await client.call('evaluations.saveSheet', input);
      notify.success(`Đã lưu phiếu đánh giá của ${sheet.fullName}.`);
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiCallError && error.path && hasField(error.path)) setErrors({ [error.path]: error.message });
      else setFailure(messageOf(error, 'Không lưu được phiếu đánh giá.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <EditDialog
      open
      width="md"
      title={`Phiếu đánh giá ${sheet.periodLabel}: ${sheet.fullName}`}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      formError={failure ?? errors['']}
    >
      <Typography variant="body2" color="text.secondary">
        {[sheet.position, sheet.department].filter(Boolean).join(' – ')} · {scheme.name}
      </Typography>
      {Object.keys(errors).length > 0 ? <Alert severity="error">Phiếu còn chỗ chưa hợp lệ, xem các ô được đánh dấu đỏ.</Alert> : null}
      {textField('selfAssessment', 'Tự đánh giá của người được đánh giá')}
      {textField('collectiveOpinion', 'Ý kiến của tập thể')}
      <Divider />
      {scheme.kind === 'points' ? (
        <>
          <CriteriaFields
            scheme={scheme}
            scores={draft.generalScores}
            errors={errors}
            onChange={(key, text) => change({ generalScores: { ...draft.generalScores, [key]: text } })}
          />
          <TaskTable
            label={`${scheme.taskPart.label} (tối đa ${scheme.taskPart.maxPoints} điểm)`}
            tasks={draft.tasks}
            errors={errors}
            onChange={(tasks) => change({ tasks })}
          />
        </>
      ) : (
        <NativeSelect
          label="Mức xếp loại"
          name="chosenGrade"
          value={draft.chosenGrade}
          options={[{ value: '', label: 'Chưa chọn' }, ...scheme.grades.map((entry) => ({ value: entry.grade, label: entry.label }))]}
          onChange={(chosenGrade) => change({ chosenGrade: chosenGrade as Grade | '' })}
          error={errors.chosenGrade}
          hint={scheme.grades.find((entry) => entry.grade === draft.chosenGrade)?.description || undefined}
        />
      )}
      {textField('disciplineReference', 'Kết luận kỷ luật trong năm', 'Để trống nếu không bị kỷ luật. Ví dụ: Quyết định số 12/QĐ-UBND (khiển trách).')}
      {textField('headNote', 'Ý kiến của người đứng đầu')}
    </EditDialog>
  );
}
