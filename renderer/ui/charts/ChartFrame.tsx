import { Box, Typography } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { useId, type ReactNode } from 'react';
import { formatNumber } from '../format';
import { truncateLabel, type Box as PlotBox } from './scale';

/** Theme colours a series may take. */
export type ChartColor = 'primary' | 'secondary' | 'success' | 'info' | 'warning' | 'error' | 'grey';

/** The drawing's coordinate system; the SVG scales it to the available width. */
export const VIEW = { width: 640, height: 280 } as const;
export const PLOT: PlotBox = { left: 48, top: 28, width: VIEW.width - 48 - 16, height: VIEW.height - 28 - 44 };
const FONT_SIZE = 12;

export function useChartColor(): (color: ChartColor) => string {
  const { palette } = useTheme();
  return (color) => (color === 'grey' ? palette.grey[500] : palette[color].main);
}

/** How a chart writes a value: vi-VN numbers unless the chart is given its own format (e.g. money amounts). */
export type ValueFormat = (value: number) => string;

/** A value as shown in labels and the data table: "95,5", or "—" when there is none. */
export const formatValue = (value: number | null | undefined, format: ValueFormat = formatNumber) =>
  value === null || value === undefined ? '—' : format(value);

/** "HTXSNV 3; HTTNV 10": semicolons, since the decimal separator is a comma. */
export function describeValues(labels: readonly string[], values: readonly (number | null)[], format?: ValueFormat): string {
  return labels.map((label, index) => `${label} ${formatValue(values[index], format)}`).join('; ');
}

interface LegendItem {
  label: string;
  color: string;
  /** Drawn as a dashed outline, like a maximum. */
  outline?: boolean;
}

interface DataTable {
  /** Header of the first column, naming what the rows are. */
  header: string;
  columns: readonly string[];
  /** Numbers are written with formatValue; text cells are already written. */
  rows: readonly { label: string; cells: readonly (number | string | null)[] }[];
}

const visuallyHidden = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const;

interface ChartFrameProps {
  title: string;
  /** The chart's accessible name, summarising its values in words. */
  summary: string;
  legend: readonly LegendItem[];
  table: DataTable;
  /** A line under the title, e.g. the unit of the values. */
  note?: string;
  /** Height of the drawing's coordinate system when it is not VIEW's, e.g. one row per category. */
  height?: number;
  /** Shown instead of the drawing, legend and table when the table has no rows. */
  emptyText?: string;
  /** The SVG drawing in VIEW coordinates. */
  children: ReactNode;
}

/** A captioned figure: the SVG drawing (one image for assistive technology), its legend, and the same values as a hidden table. */
export function ChartFrame({ title, summary, legend, table, note, height = VIEW.height, emptyText, children }: ChartFrameProps) {
  const captionId = useId();
  const empty = emptyText !== undefined && table.rows.length === 0;
  return (
    <Box component="figure" aria-labelledby={captionId} sx={{ m: 0, minWidth: 0 }}>
      <Typography id={captionId} component="figcaption" variant="subtitle2" sx={{ mb: 0.5 }}>
        {title}
      </Typography>
      {note ? (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mb: 0.5 }}>
          {note}
        </Typography>
      ) : null}
      {empty ? (
        <Typography variant="body2" color="text.secondary">
          {emptyText}
        </Typography>
      ) : (
        <Drawing title={title} summary={summary} legend={legend} table={table} height={height}>
          {children}
        </Drawing>
      )}
    </Box>
  );
}

function Drawing({ title, summary, legend, table, height, children }: Omit<ChartFrameProps, 'note' | 'emptyText'> & { height: number }) {
  const theme = useTheme();
  return (
    <>
      <svg
        viewBox={`0 0 ${VIEW.width} ${height}`}
        width="100%"
        role="img"
        aria-label={summary}
        style={{ display: 'block', fontFamily: theme.typography.fontFamily, fontSize: FONT_SIZE }}
      >
        <title>{title}</title>
        {children}
      </svg>
      <Legend items={legend} />
      <Box component="table" sx={visuallyHidden}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{table.header}</th>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, cellIndex) => (
                <td key={cellIndex}>{typeof cell === 'string' ? cell : formatValue(cell)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </Box>
    </>
  );
}

/** Repeats what the hidden table already says, so assistive technology skips it. */
function Legend({ items }: { items: readonly LegendItem[] }) {
  return (
    <Box aria-hidden sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mt: 0.5, justifyContent: 'center' }}>
      {items.map((item) => (
        <Box key={item.label} sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
          <Box
            sx={{
              width: 12,
              height: 12,
              borderRadius: 0.5,
              ...(item.outline ? { border: `2px dashed ${item.color}` } : { bgcolor: item.color }),
            }}
          />
          <Typography variant="caption">{item.label}</Typography>
        </Box>
      ))}
    </Box>
  );
}

interface AxisProps {
  ticks: readonly number[];
  plot?: PlotBox;
  format?: ValueFormat;
}

/** Horizontal grid lines with their values on the left of the plot, and the base line at 0. */
export function YAxis({ y, ...props }: AxisProps & { y: (value: number) => number }) {
  return <ValueAxis at={y} {...props} />;
}

/** Grid lines at the ticks, with the base line at 0: horizontal ones labelled on the left, or with `across` (values growing rightwards) vertical ones labelled below. */
export function ValueAxis({ ticks, at, plot = PLOT, format = formatNumber, across = false }: AxisProps & { at: (value: number) => number; across?: boolean }) {
  const { palette } = useTheme();
  const bottom = plot.top + plot.height;
  return (
    <g>
      {ticks.map((tick) => (
        <g key={tick}>
          {across ? (
            <line x1={at(tick)} x2={at(tick)} y1={plot.top} y2={bottom} stroke={tick === 0 ? palette.text.secondary : palette.divider} />
          ) : (
            <line x1={plot.left} x2={plot.left + plot.width} y1={at(tick)} y2={at(tick)} stroke={tick === 0 ? palette.text.secondary : palette.divider} />
          )}
          <text
            x={across ? at(tick) : plot.left - 6}
            y={across ? bottom + 16 : at(tick)}
            textAnchor={across ? 'middle' : 'end'}
            dominantBaseline={across ? undefined : 'middle'}
            fill={palette.text.secondary}
          >
            {format(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** A small value label drawn over lines and bars, with a halo in the paper colour so that it stays readable. */
export function ValueLabel({ x, y, children, fill, anchor = 'middle' }: { x: number; y: number; children: ReactNode; fill?: string; anchor?: 'start' | 'middle' }) {
  const { palette } = useTheme();
  return (
    <text x={x} y={y} textAnchor={anchor} fontSize={11} fill={fill ?? palette.text.primary} stroke={palette.background.paper} strokeWidth={3} paintOrder="stroke">
      {children}
    </text>
  );
}

/** Category labels under the plot, cut to fit their slot; the full label shows on hover. */
export function XLabels({ labels, centers, slotWidth }: { labels: readonly string[]; centers: readonly number[]; slotWidth: number }) {
  const baseline = PLOT.top + PLOT.height + 18;
  return (
    <g>
      {labels.map((label, index) => (
        <CategoryLabel key={index} label={label} x={centers[index]!} y={baseline} width={slotWidth} />
      ))}
    </g>
  );
}

/** A label cut to fit `width`; the full label shows on hover. */
export function CategoryLabel({ label, x, y, width, anchor = 'middle' }: { label: string; x: number; y: number; width: number; anchor?: 'middle' | 'end' }) {
  const { palette } = useTheme();
  const maxChars = Math.max(1, Math.floor(width / (FONT_SIZE * 0.55)));
  return (
    <text x={x} y={y} textAnchor={anchor} fill={palette.text.primary}>
      <title>{label}</title>
      {truncateLabel(label, maxChars)}
    </text>
  );
}
