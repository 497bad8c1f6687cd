import { Box, CardActionArea, Chip, Paper, Typography } from '@mui/material';
import { useId } from 'react';
import type { BudgetStage, FiscalYear, StageSummary } from '../../main/api';
import { formatDate } from '../ui/format';
import { stageLabels, stageStatusColors, stageStatusLabels } from './labels';

interface StageTimelineProps {
  fiscalYear: FiscalYear;
  selected: BudgetStage;
  onSelect(stage: BudgetStage): void;
}

/** The seven stages of the year in order, each with its status, deadline and the rule the deadline follows. */
export function StageTimeline({ fiscalYear, selected, onSelect }: StageTimelineProps) {
  return (
    <Box
      component="ol"
      aria-label={`Các giai đoạn công khai năm ${fiscalYear.year}`}
      sx={{
        listStyle: 'none',
        p: 0,
        m: 0,
        display: 'grid',
        gap: 1,
        gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', md: 'repeat(4, minmax(0, 1fr))', lg: 'repeat(7, minmax(0, 1fr))' },
      }}
    >
      {fiscalYear.stages.map((summary, index) => (
        <li key={summary.stage}>
          <StageCard summary={summary} order={index + 1} selected={summary.stage === selected} onSelect={() => onSelect(summary.stage)} />
        </li>
      ))}
    </Box>
  );
}

function StageCard({ summary, order, selected, onSelect }: { summary: StageSummary; order: number; selected: boolean; onSelect(): void }) {
  const nameId = useId();
  const detailsId = useId();
  return (
    <Paper
      variant="outlined"
      sx={{ height: '100%', borderWidth: 2, borderColor: selected ? 'primary.main' : 'transparent', outline: 1, outlineColor: 'divider' }}
    >
      <CardActionArea
        onClick={onSelect}
        aria-labelledby={nameId}
        aria-describedby={detailsId}
        aria-current={selected ? 'step' : undefined}
        sx={{ height: '100%', p: 1, display: 'flex', flexDirection: 'column', alignItems: 'stretch', justifyContent: 'flex-start', gap: 0.5 }}
      >
        <Typography variant="body2" sx={{ fontWeight: 700, lineHeight: 1.3 }}>
          <span aria-hidden>{order}. </span>
          <span id={nameId}>{stageLabels[summary.stage]}</span>
        </Typography>
        <Box id={detailsId} sx={{ display: 'flex', flexDirection: 'column', gap: 0.5, alignItems: 'flex-start' }}>
          <Chip
            size="small"
            label={stageStatusLabels[summary.status]}
            color={stageStatusColors[summary.status]}
            sx={{ height: 'auto', maxWidth: '100%', '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 } }}
          />
          <Typography variant="body2">Hạn: {summary.deadline ? formatDate(summary.deadline) : 'chưa xác định'}</Typography>
          <Typography
            variant="caption"
            color="text.secondary"
            title={summary.deadlineRule}
            sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', lineHeight: 1.3 }}
          >
            {summary.deadlineRule}
          </Typography>
        </Box>
      </CardActionArea>
    </Paper>
  );
}
