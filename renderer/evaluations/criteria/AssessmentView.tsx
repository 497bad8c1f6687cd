import ArrowBack from '@mui/icons-material/ArrowBack';
import { Alert, Button, Stack } from '@mui/material';
import { useState } from 'react';
import type { CriteriaAssessment } from '../../../main/api';
import { useChannel } from '../../api/useChannel';
import { useCan } from '../../app/session';
import { LoadState } from '../../ui/LoadState';
import { AppraisalDialog } from './AppraisalDialog';
import { AssessmentExport } from './AssessmentExport';
import { AssessmentHeader } from './AssessmentHeader';
import { CriteriaChart } from './CriteriaChart';
import { IndicatorTable } from './IndicatorTable';

/** One year's assessment: result, the indicator table (editable until appraised), appraisal entry and the chart. */
export function AssessmentView({ id, onBack }: { id: number; onBack(): void }) {
  const source = useChannel('criteria.getAssessment', { id });
  return (
    <Stack spacing={2}>
      <div>
        <Button startIcon={<ArrowBack />} onClick={onBack}>
          Danh sách hồ sơ tự chấm
        </Button>
      </div>
      <LoadState source={source}>{(assessment) => <AssessmentContent assessment={assessment} onChanged={source.replace} />}</LoadState>
    </Stack>
  );
}

function AssessmentContent({ assessment, onChanged }: { assessment: CriteriaAssessment; onChanged(assessment: CriteriaAssessment): void }) {
  const canScore = useCan('criteria.score');
  const canAppraise = useCan('criteria.manage');
  const [appraising, setAppraising] = useState(false);
  const appraised = assessment.appraised !== null;
  return (
    <Stack spacing={2}>
      <AssessmentHeader assessment={assessment} />
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        {canAppraise ? (
          <Button variant="outlined" onClick={() => setAppraising(true)}>
            Nhập điểm thẩm định
          </Button>
        ) : null}
        <AssessmentExport assessmentId={assessment.id} />
      </Stack>
      {appraised && canScore ? <Alert severity="info">Cấp trên đã thẩm định hồ sơ này nên điểm tự chấm và minh chứng không sửa được nữa.</Alert> : null}
      {canScore && !appraised ? <Alert severity="info">Nhập điểm rồi nhấn Enter hoặc chuyển sang ô khác để lưu; điểm lẻ viết dấu phẩy, ví dụ 2,5.</Alert> : null}
      <IndicatorTable assessment={assessment} editable={canScore && !appraised} onChanged={onChanged} />
      <CriteriaChart criteria={assessment.criteria} />
      {appraising ? (
        <AppraisalDialog
          assessment={assessment}
          onClose={() => setAppraising(false)}
          onSaved={(saved) => {
            setAppraising(false);
            onChanged(saved);
          }}
        />
      ) : null}
    </Stack>
  );
}
