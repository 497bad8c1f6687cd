import { Alert, AlertTitle, Box, Paper, Stack, Typography } from '@mui/material';
import { useId } from 'react';
import type { CriteriaAssessment } from '../../../main/api';
import { formatDate, formatNumber } from '../../ui/format';
import { PassChip } from './PassChip';

type ColumnResult = CriteriaAssessment['self'];

function ResultPanel({ title, result, maxPoints, detail }: { title: string; result: ColumnResult; maxPoints: number; detail?: string }) {
  const headingId = useId();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2, flex: 1, minWidth: 260 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography id={headingId} variant="subtitle1" component="h3">
          {title}
        </Typography>
        <PassChip passed={result.passed} />
      </Stack>
      {detail ? (
        <Typography variant="body2" color="text.secondary">
          {detail}
        </Typography>
      ) : null}
      <Typography variant="h6" component="p" sx={{ mt: 1 }}>
        {formatNumber(result.total)} / {formatNumber(maxPoints)} điểm
      </Typography>
      <Typography variant="body2">Còn cách điểm tối đa {formatNumber(result.gap)} điểm.</Typography>
      {result.rating ? <Typography variant="body2">Xếp hạng: {result.rating}</Typography> : null}
      {result.unscored > 0 ? <Typography variant="body2">Còn {result.unscored} chỉ tiêu chưa chấm (tính 0 điểm).</Typography> : null}
      {result.reasons.length > 0 ? (
        <Box component="ul" aria-label={`Lý do chưa đạt – ${title}`} sx={{ my: 1, pl: 3 }}>
          {result.reasons.map((reason) => (
            <Typography key={reason} component="li" variant="body2">
              {reason}
            </Typography>
          ))}
        </Box>
      ) : null}
    </Paper>
  );
}

/** The set, the year, the pass rule and the self (then appraised) result of an assessment. */
export function AssessmentHeader({ assessment }: { assessment: CriteriaAssessment }) {
  return (
    <Stack spacing={2}>
      <Box>
        <Typography variant="h6" component="h2">
          {assessment.setName}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Phiên bản {assessment.setVersion} · Năm {assessment.year}
        </Typography>
      </Box>
      {assessment.example ? (
        <Alert severity="warning">
          <AlertTitle>Bộ tiêu chí mẫu, điểm chưa được cấp trên xác nhận</AlertTitle>
          {assessment.note}
        </Alert>
      ) : null}
      <Typography variant="body2">{assessment.passRuleText}</Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <ResultPanel title="Kết quả tự chấm" result={assessment.self} maxPoints={assessment.maxPoints} />
        {assessment.appraised ? (
          <ResultPanel
            title="Kết quả thẩm định"
            result={assessment.appraised}
            maxPoints={assessment.maxPoints}
            detail={[assessment.appraisedOn ? `Ngày thẩm định ${formatDate(assessment.appraisedOn)}` : '', assessment.appraiser].filter(Boolean).join(' · ')}
          />
        ) : null}
      </Stack>
    </Stack>
  );
}
