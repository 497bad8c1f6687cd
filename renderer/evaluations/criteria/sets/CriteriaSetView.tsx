import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useId } from 'react';
import type { CriteriaSet, CriteriaSetSummary, Criterion } from '../../../../main/api';
import { useChannel } from '../../../api/useChannel';
import { formatNumber } from '../../../ui/format';
import { LoadState } from '../../../ui/LoadState';
import { originLabels, passRuleText, setTitle, statusLabels } from './labels';

/** A stored set as the ward will score it: criteria, their indicators with points, guidance and evidence hints, bands and the pass rule. */
export function CriteriaSetView({ set, onClose }: { set: CriteriaSetSummary | null; onClose(): void }) {
  const titleId = useId();
  return (
    <Dialog open={set !== null} onClose={onClose} aria-labelledby={titleId} maxWidth="lg" fullWidth>
      <DialogTitle id={titleId}>{set ? setTitle(set) : ''}</DialogTitle>
      <DialogContent>{set ? <StoredSet summary={set} /> : null}</DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Đóng</Button>
      </DialogActions>
    </Dialog>
  );
}

function StoredSet({ summary }: { summary: CriteriaSetSummary }) {
  const stored = useChannel('criteria.getSet', { setId: summary.id, version: summary.version });
  return (
    <LoadState source={stored}>
      {({ definition }) => (
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {originLabels[summary.origin]} · {statusLabels[summary.status]} · Mã {definition.id}
          </Typography>
          <SetFacts set={definition} />
          {definition.criteria.map((entry, index) => (
            <CriterionTable key={entry.key} criterion={entry} position={index + 1} />
          ))}
        </Stack>
      )}
    </LoadState>
  );
}

function SetFacts({ set }: { set: CriteriaSet }) {
  return (
    <Stack spacing={1}>
      {set.example ? <Alert severity="warning">Đây là bản mẫu: cấp trên phải xác nhận điểm trước khi dùng để chấm chính thức. {set.note}</Alert> : null}
      {!set.example && set.note ? <Typography variant="body2">{set.note}</Typography> : null}
      <Typography variant="body2">Cơ quan ban hành: {set.issuer}</Typography>
      <Typography variant="body2">Căn cứ: {set.legalBasis}</Typography>
      <Typography variant="body2">Tổng điểm: {formatNumber(set.maxPoints)}</Typography>
      <Typography variant="body2">{passRuleText(set.passRule)}</Typography>
      {set.ratingBands.length > 0 ? (
        <Box>
          <Typography variant="body2">Mức xếp hạng:</Typography>
          <Box component="ul" sx={{ my: 0 }}>
            {set.ratingBands.map((band) => (
              <li key={band.key}>
                <Typography variant="body2">
                  {band.label}: từ {formatNumber(band.min)} điểm
                </Typography>
              </li>
            ))}
          </Box>
        </Box>
      ) : null}
    </Stack>
  );
}

function CriterionTable({ criterion, position }: { criterion: Criterion; position: number }) {
  const heading = `${criterion.label} (${formatNumber(criterion.maxPoints)} điểm)`;
  return (
    <Box component="section" aria-label={criterion.label}>
      <Typography variant="subtitle1" component="h3">
        {heading}
      </Typography>
      {criterion.guidance ? <Typography variant="body2">{criterion.guidance}</Typography> : null}
      <Table size="small" aria-label={`Các chỉ tiêu của tiêu chí ${position}`}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ fontWeight: 700 }}>Chỉ tiêu</TableCell>
            <TableCell sx={{ fontWeight: 700 }} align="right">
              Điểm tối đa
            </TableCell>
            <TableCell sx={{ fontWeight: 700 }}>Hướng dẫn chấm</TableCell>
            <TableCell sx={{ fontWeight: 700 }}>Gợi ý minh chứng</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {criterion.indicators.map((item) => (
            <TableRow key={item.key}>
              <TableCell>{item.label}</TableCell>
              <TableCell align="right">{formatNumber(item.maxPoints)}</TableCell>
              <TableCell sx={{ whiteSpace: 'pre-line' }}>{item.guidance}</TableCell>
              <TableCell>
                {item.evidenceHints.length > 0 ? (
                  <Box component="ul" sx={{ my: 0, pl: 2 }}>
                    {item.evidenceHints.map((hint, index) => (
                      <li key={`${index}-${hint}`}>{hint}</li>
                    ))}
                  </Box>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
