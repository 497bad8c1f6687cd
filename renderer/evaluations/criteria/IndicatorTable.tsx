import Add from '@mui/icons-material/Add';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import { alpha, Box, Button, type SxProps, type Theme, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { Fragment, useState, type ReactNode } from 'react';
import type { CriteriaAssessment, IndicatorRow } from '../../../main/api';
import { formatNumber } from '../../ui/format';
import { AddEvidenceDialog } from './AddEvidenceDialog';
import { EvidenceChips } from './EvidenceChips';
import { PassChip } from './PassChip';
import { ScoreWithNote, SelfScoreCell } from './SelfScoreCell';

type Criterion = CriteriaAssessment['criteria'][number];

interface IndicatorTableProps {
  assessment: CriteriaAssessment;
  /** Self-scores and evidence can change: the user may score and nothing has been appraised yet. */
  editable: boolean;
  onChanged(assessment: CriteriaAssessment): void;
}

const differs = (self: number | null, appraised: number | null) => self !== appraised;

/** The appraised score beside the self-score, and their difference, in words as well as colour. */
function ComparisonCells({ self, appraised, note }: { self: number | null; appraised: number | null; note?: string }) {
  const difference = self !== null && appraised !== null ? appraised - self : null;
  const signed = difference === null ? '—' : `${difference > 0 ? '+' : ''}${formatNumber(Math.round(difference * 100) / 100)}`;
  return (
    <>
      <TableCell align="right" sx={{ verticalAlign: 'top' }}>
        <ScoreWithNote score={appraised} note={note ?? ''} />
      </TableCell>
      <TableCell align="right" sx={{ verticalAlign: 'top' }}>
        {differs(self, appraised) ? (
          <>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {signed}
            </Typography>
            <Typography variant="caption">chênh lệch</Typography>
          </>
        ) : (
          '0'
        )}
      </TableCell>
    </>
  );
}

const highlight: SxProps<Theme> = (theme) => ({ bgcolor: alpha(theme.palette.warning.main, 0.14) });

function CriterionRow({ criterion, appraised }: { criterion: Criterion; appraised: boolean }) {
  const changed = appraised && differs(criterion.selfSubtotal, criterion.appraisedSubtotal);
  return (
    <TableRow sx={changed ? highlight : { bgcolor: 'action.hover' }}>
      <TableCell component="th" scope="row">
        <Typography variant="subtitle2">{criterion.label}</Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 0.5, flexWrap: 'wrap' }}>
          <Typography variant="caption">Tối thiểu để đạt: {formatNumber(criterion.required)} điểm</Typography>
          <PassChip passed={criterion.selfPassed} />
          {criterion.appraisedPassed === null ? null : (
            <Typography variant="caption">
              Thẩm định: <PassChip passed={criterion.appraisedPassed} />
            </Typography>
          )}
        </Stack>
      </TableCell>
      <TableCell align="right">{formatNumber(criterion.maxPoints)}</TableCell>
      <TableCell>
        <Typography variant="subtitle2">{formatNumber(criterion.selfSubtotal)}</Typography>
      </TableCell>
      {appraised ? <ComparisonCells self={criterion.selfSubtotal} appraised={criterion.appraisedSubtotal} /> : null}
      <TableCell />
    </TableRow>
  );
}

function IndicatorLabel({ indicator }: { indicator: IndicatorRow }) {
  return (
    <>
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
        <Typography variant="body2">{indicator.label}</Typography>
        {indicator.guidance ? (
          <Tooltip title={indicator.guidance}>
            <Box component="span" role="img" tabIndex={0} aria-label={`Hướng dẫn chấm: ${indicator.guidance}`} sx={{ display: 'inline-flex' }}>
              <InfoOutlined fontSize="small" color="action" />
            </Box>
          </Tooltip>
        ) : null}
      </Stack>
      {indicator.evidenceHints.length > 0 ? (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
          Minh chứng gợi ý: {indicator.evidenceHints.join('; ')}
        </Typography>
      ) : null}
    </>
  );
}

interface IndicatorLineProps extends IndicatorTableProps {
  indicator: IndicatorRow;
  onAddEvidence(): void;
}

function IndicatorLine({ assessment, indicator, editable, onChanged, onAddEvidence }: IndicatorLineProps) {
  const appraised = assessment.appraised !== null;
  const changed = appraised && differs(indicator.selfScore, indicator.appraisedScore);
  return (
    <TableRow sx={changed ? highlight : undefined}>
      <TableCell sx={{ pl: 4, verticalAlign: 'top' }}>
        <IndicatorLabel indicator={indicator} />
      </TableCell>
      <TableCell align="right" sx={{ verticalAlign: 'top' }}>
        {formatNumber(indicator.maxPoints)}
      </TableCell>
      <SelfScoreCell assessmentId={assessment.id} indicator={indicator} editable={editable} onSaved={onChanged} />
      {appraised ? <ComparisonCells self={indicator.selfScore} appraised={indicator.appraisedScore} note={indicator.appraisedNote} /> : null}
      <TableCell sx={{ verticalAlign: 'top' }}>
        <EvidenceChips assessmentId={assessment.id} evidence={indicator.evidence} editable={editable} onChanged={onChanged} />
        {editable ? (
          <Button size="small" startIcon={<Add />} aria-label={`Thêm minh chứng – ${indicator.label}`} onClick={onAddEvidence} sx={{ mt: 0.5 }}>
            Thêm minh chứng
          </Button>
        ) : null}
        {!editable && indicator.evidence.length === 0 ? '—' : null}
      </TableCell>
    </TableRow>
  );
}

function headerCells(appraised: boolean): ReactNode[] {
  return [
    <TableCell key="label">Tiêu chí, chỉ tiêu</TableCell>,
    <TableCell key="max" align="right">
      Điểm tối đa
    </TableCell>,
    <TableCell key="self">Điểm tự chấm</TableCell>,
    ...(appraised
      ? [
          <TableCell key="appraised" align="right">
            Điểm thẩm định
          </TableCell>,
          <TableCell key="difference" align="right">
            Chênh lệch
          </TableCell>,
        ]
      : []),
    <TableCell key="evidence">Minh chứng</TableCell>,
  ];
}

/** Criterion by criterion: its subtotal and pass, then its indicators with self-score, note, evidence and, once appraised, the comparison. */
export function IndicatorTable({ assessment, editable, onChanged }: IndicatorTableProps) {
  const [addingTo, setAddingTo] = useState<string | null>(null);
  const appraised = assessment.appraised !== null;
  const adding = assessment.indicators.find((indicator) => indicator.key === addingTo);
  return (
    <>
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={`Điểm theo tiêu chí năm ${assessment.year}`}>
          <TableHead>
            <TableRow>{headerCells(appraised)}</TableRow>
          </TableHead>
          <TableBody>
            {assessment.criteria.map((criterion) => (
              <Fragment key={criterion.key}>
                <CriterionRow criterion={criterion} appraised={appraised} />
                {assessment.indicators
                  .filter((indicator) => indicator.criterionKey === criterion.key)
                  .map((indicator) => (
                    <IndicatorLine
                      key={indicator.key}
                      assessment={assessment}
                      indicator={indicator}
                      editable={editable}
                      onChanged={onChanged}
                      onAddEvidence={() => setAddingTo(indicator.key)}
                    />
                  ))}
              </Fragment>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {adding ? <AddEvidenceDialog assessment={assessment} indicator={adding} onChanged={onChanged} onClose={() => setAddingTo(null)} /> : null}
    </>
  );
}
