import { useState } from 'react';
import { criteriaChannels, type CriteriaAssessment } from '../../../main/api';
import { useClient } from '../../api/ClientContext';
import { ApiCallError, messageOf } from '../../api/client';
import { FormDateField } from '../../ui/DateField';
import { EditDialog } from '../../ui/EditDialog';
import { FormTextField } from '../../ui/fields';
import { todayIso } from '../../ui/format';
import { useNotify } from '../../ui/notifications';
import { useSchemaForm, type FieldErrors } from '../../ui/schemaForm';
import { CriterionFieldset, PointsField } from '../PointsField';
import { parseScore, scoreText, showScore } from './scoreText';

const headerSchema = criteriaChannels['criteria.saveAppraisal'].input.pick({ appraisedOn: true, appraiser: true });

type Scores = Record<string, number | null>;

/** Each typed score parsed, or the message to show under its box. */
function parseScores(assessment: CriteriaAssessment, texts: Record<string, string>): { scores: Scores; errors: FieldErrors } {
  const scores: Scores = {};
  const errors: FieldErrors = {};
  for (const indicator of assessment.indicators) {
    const parsed = parseScore(texts[indicator.key] ?? '', indicator.maxPoints);
    if (parsed.ok) scores[indicator.key] = parsed.score;
    else errors[indicator.key] = parsed.message;
  }
  return { scores, errors };
}

interface AppraisalDialogProps {
  assessment: CriteriaAssessment;
  onClose(): void;
  onSaved(assessment: CriteriaAssessment): void;
}

/** The superior's appraised scores, typed from its appraisal result: one box per indicator, the date and the appraiser. */
export function AppraisalDialog({ assessment, onClose, onSaved }: AppraisalDialogProps) {
  const client = useClient();
  const notify = useNotify();
  const form = useSchemaForm(headerSchema, { appraisedOn: assessment.appraisedOn ?? todayIso(), appraiser: assessment.appraiser });
  const [texts, setTexts] = useState(() => Object.fromEntries(assessment.indicators.map((indicator) => [indicator.key, scoreText(indicator.appraisedScore)])));
  const [scoreErrors, setScoreErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const { scores, errors } = parseScores(assessment, texts);
    setScoreErrors(errors);
    const header = form.parse();
    if (!header || Object.keys(errors).length > 0) return;
    const notes = Object.fromEntries(assessment.indicators.filter((indicator) => indicator.appraisedNote).map((indicator) => [indicator.key, indicator.appraisedNote]));
    setBusy(true);
    setFailure(undefined);
    try {
      onSaved(await client.call('criteria.saveAppraisal', { assessmentId: assessment.id, ...header, scores, notes }));
      notify.success(`Đã lưu điểm thẩm định năm ${assessment.year}.`);
    } catch (error) {
      if (error instanceof ApiCallError && error.path?.startsWith('scores.')) setScoreErrors({ [error.path.slice('scores.'.length)]: error.message });
      else if (!form.showApiError(error)) setFailure(messageOf(error, 'Không lưu được điểm thẩm định.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <EditDialog open width="md" title={`Nhập điểm thẩm định năm ${assessment.year}`} busy={busy} onClose={onClose} onSubmit={() => void submit()} formError={failure}>
      <FormDateField form={form} path="appraisedOn" label="Ngày thẩm định" />
      <FormTextField form={form} path="appraiser" label="Cơ quan, người thẩm định" />
      {assessment.criteria.map((criterion) => (
        <CriterionFieldset key={criterion.key} label={criterion.label} maxPoints={criterion.maxPoints}>
          {assessment.indicators
            .filter((indicator) => indicator.criterionKey === criterion.key)
            .map((indicator) => (
              <PointsField
                key={indicator.key}
                fullWidth
                label={indicator.label}
                name={`scores.${indicator.key}`}
                value={texts[indicator.key] ?? ''}
                maxPoints={indicator.maxPoints}
                onChange={(text) => setTexts({ ...texts, [indicator.key]: text })}
                error={scoreErrors[indicator.key]}
                hint={`Tự chấm: ${showScore(indicator.selfScore)}`}
              />
            ))}
        </CriterionFieldset>
      ))}
    </EditDialog>
  );
}
