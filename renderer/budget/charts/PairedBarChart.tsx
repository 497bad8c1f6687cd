import { Box, Stack, Typography } from '@mui/material';
import { useId } from 'react';
import { formatAmount, unitLabels } from '../amountFormat';
import type { DisplayUnit } from '../../../main/api';
import type { PairedRow } from './chartData';
import { ChartFigure, colorAt } from './ChartFigure';

const WIDTH = 720;
const LABEL_WIDTH = 250;
const VALUE_WIDTH = 110;
const ROW_HEIGHT = 34;
const BAR_HEIGHT = 11;
const MAX_LABEL_CHARS = 38;

function shortLabel(label: string): string {
  return label.length > MAX_LABEL_CHARS ? `${label.slice(0, MAX_LABEL_CHARS - 1)}…` : label;
}

interface PairedBarChartProps {
  title: string;
  series: [string, string];
  rows: readonly PairedRow[];
  unit: DisplayUnit;
}

/** Two bars per line (estimate and execution, last year and this year), on one scale. */
export function PairedBarChart({ title, series, rows, unit }: PairedBarChartProps) {
  const captionId = useId();
  const titleId = useId();
  const largest = Math.max(0, ...rows.flatMap((row) => row.values.map((value) => value ?? 0)));
  const barArea = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const lengthOf = (value: number | null) => (largest > 0 && value !== null && value > 0 ? (value / largest) * barArea : 0);
  const height = rows.length * ROW_HEIGHT + 4;
  const describe = (row: PairedRow) =>
    `${row.label}: ${series[0]} ${formatAmount(row.values[0], unit) || 'không có'}, ${series[1]} ${formatAmount(row.values[1], unit) || 'không có'}`;

  const chart =
    rows.length === 0 ? (
      <Typography variant="body2" color="text.secondary">
        Chưa có số liệu để so sánh.
      </Typography>
    ) : (
      <>
        <Stack direction="row" spacing={2} aria-hidden sx={{ mb: 1, fontSize: '0.8125rem' }}>
          {series.map((name, index) => (
            <Stack key={name} direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
              <Box sx={{ width: 12, height: 12, bgcolor: colorAt(index), borderRadius: 0.5 }} />
              <span>{name}</span>
            </Stack>
          ))}
        </Stack>
        <Box component="svg" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId} sx={{ width: '100%', maxWidth: WIDTH, display: 'block' }}>
          <title id={titleId}>{`${title}. ${rows.map(describe).join('; ')}`}</title>
          {rows.map((row, index) => {
            const top = index * ROW_HEIGHT + 4;
            return (
              <g key={`${index}-${row.label}`}>
                <text x={0} y={top + ROW_HEIGHT / 2} dominantBaseline="middle" fontSize={12} fill="currentColor">
                  <title>{row.label}</title>
                  {shortLabel(row.label)}
                </text>
                {row.values.map((value, serie) => {
                  const y = top + 3 + serie * (BAR_HEIGHT + 2);
                  const length = lengthOf(value);
                  return (
                    <g key={serie}>
                      <rect x={LABEL_WIDTH} y={y} width={length} height={BAR_HEIGHT} fill={colorAt(serie)} rx={2} />
                      <text x={LABEL_WIDTH + length + 4} y={y + BAR_HEIGHT / 2} dominantBaseline="middle" fontSize={10} fill="currentColor">
                        {formatAmount(value, unit)}
                      </text>
                    </g>
                  );
                })}
              </g>
            );
          })}
        </Box>
      </>
    );

  return (
    <ChartFigure
      captionId={captionId}
      title={title}
      note={`Đơn vị: ${unitLabels[unit]}`}
      chart={chart}
      table={{
        headers: ['Nội dung', ...series],
        rows: rows.map((row, index) => ({ key: `${index}-${row.label}`, cells: [row.label, ...row.values.map((value) => formatAmount(value, unit))] })),
      }}
    />
  );
}
