import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useId } from 'react';
import type { ScoringScheme, YearResults } from '../../main/api';
import { useChannel } from '../api/useChannel';
import { LineChart, type ReferenceLine } from '../ui/charts/LineChart';
import { formatNumber } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { gradeAbbreviations, gradeColors } from './labels';

type ResultRow = YearResults['rows'][number];

interface PersonScoresChartProps {
  person: ResultRow;
  year: number;
  /** The scheme the group was scored by, whose bands give the threshold lines. */
  schemeId: string;
  /** "2026-03" → "Tháng 3". */
  periodLabel(period: string): string;
  onClose(): void;
}

/** The lower bound of every band above 0 ("HTXSNV từ 90"), and the person's annual score. */
function referenceLines(scheme: ScoringScheme | undefined, score: number | null): ReferenceLine[] {
  const bands = (scheme?.grades ?? []).filter((band) => band.min !== undefined && band.min > 0);
  return [
    ...bands.map((band) => {
      const color = gradeColors[band.grade];
      return { value: band.min!, label: `${gradeAbbreviations[band.grade]} từ ${formatNumber(band.min!)}`, color: color === 'default' ? ('grey' as const) : color };
    }),
    ...(score === null ? [] : [{ value: score, label: `Điểm cả năm ${formatNumber(score)}`, color: 'secondary' as const }]),
  ];
}

/** A dialog with one person's period totals over the year against the grade thresholds and their annual score. */
export function PersonScoresChart({ person, year, schemeId, periodLabel, onClose }: PersonScoresChartProps) {
  const titleId = useId();
  const schemes = useChannel('evaluations.schemes', {});
  const periods = [...person.periods].sort((a, b) => a.period.localeCompare(b.period));
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>Biểu đồ điểm các kỳ của {person.fullName}</DialogTitle>
      <DialogContent>
        <LoadState source={schemes}>
          {(list) => (
            <LineChart
              title={`Tổng điểm các kỳ năm ${year} của ${person.fullName}`}
              xHeader="Kỳ đánh giá"
              xLabels={periods.map((entry) => periodLabel(entry.period))}
              series={[{ label: 'Tổng điểm', color: 'primary', values: periods.map((entry) => entry.total) }]}
              references={referenceLines(
                list.find((scheme) => scheme.id === schemeId),
                person.score,
              )}
            />
          )}
        </LoadState>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Đóng</Button>
      </DialogActions>
    </Dialog>
  );
}
