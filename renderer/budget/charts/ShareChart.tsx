import { Box, Stack, Typography } from '@mui/material';
import { useId } from 'react';
import { formatAmount, formatPercent, unitLabels } from '../amountFormat';
import type { DisplayUnit } from '../../../main/api';
import type { Share } from './chartData';
import { ChartFigure, colorAt } from './ChartFigure';

const SIZE = 200;
const CENTER = SIZE / 2;
const OUTER = 92;
const INNER = 56;

function point(angle: number, radius: number): string {
  return `${(CENTER + radius * Math.sin(angle)).toFixed(2)} ${(CENTER - radius * Math.cos(angle)).toFixed(2)}`;
}

/** A ring segment between two angles, measured clockwise from twelve o'clock. */
function segment(start: number, end: number): string {
  // A whole ring would start and end on the same point, which draws nothing.
  const stop = Math.min(end, start + 2 * Math.PI - 1e-4);
  const large = stop - start > Math.PI ? 1 : 0;
  return [
    `M ${point(start, OUTER)}`,
    `A ${OUTER} ${OUTER} 0 ${large} 1 ${point(stop, OUTER)}`,
    `L ${point(stop, INNER)}`,
    `A ${INNER} ${INNER} 0 ${large} 0 ${point(start, INNER)}`,
    'Z',
  ].join(' ');
}

interface ShareChartProps {
  title: string;
  shares: readonly Share[];
  unit: DisplayUnit;
}

/** A ring chart of the parts of a total, with a legend giving each part's share. */
export function ShareChart({ title, shares, unit }: ShareChartProps) {
  const captionId = useId();
  const titleId = useId();
  const total = shares.reduce((sum, share) => sum + share.value, 0);
  const percentOf = (value: number) => `${formatPercent((value / total) * 100)} %`;
  let angle = 0;
  const slices = shares.map((share, index) => {
    const start = angle;
    angle += (share.value / total) * 2 * Math.PI;
    return { ...share, path: segment(start, angle), color: colorAt(index) };
  });

  const chart =
    total === 0 ? (
      <Typography variant="body2" color="text.secondary">
        Chưa có số liệu.
      </Typography>
    ) : (
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Box component="svg" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby={titleId} sx={{ width: 160, height: 160, flexShrink: 0 }}>
          <title id={titleId}>{`${title}: ${shares.map((share) => `${share.label} ${percentOf(share.value)}`).join('; ')}`}</title>
          {slices.map((slice) => (
            <path key={slice.label} d={slice.path} fill={slice.color} stroke="#fff" strokeWidth={1} />
          ))}
        </Box>
        <Box component="ul" aria-hidden sx={{ listStyle: 'none', m: 0, p: 0, minWidth: 0 }}>
          {slices.map((slice) => (
            <Box component="li" key={slice.label} sx={{ display: 'flex', gap: 1, alignItems: 'baseline', fontSize: '0.8125rem', mb: 0.5 }}>
              <Box sx={{ width: 10, height: 10, flexShrink: 0, bgcolor: slice.color, borderRadius: 0.5 }} />
              <span>
                {slice.label}: <strong>{percentOf(slice.value)}</strong>
              </span>
            </Box>
          ))}
        </Box>
      </Stack>
    );

  return (
    <ChartFigure
      captionId={captionId}
      title={title}
      note={`Đơn vị: ${unitLabels[unit]}`}
      chart={chart}
      table={{
        headers: ['Nội dung', `Số tiền (${unitLabels[unit]})`, 'Tỷ trọng (%)'],
        rows: shares.map((share) => ({
          key: share.label,
          cells: [share.label, formatAmount(share.value, unit), formatPercent((share.value / total) * 100)],
        })),
      }}
    />
  );
}
