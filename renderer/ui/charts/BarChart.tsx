import { useTheme } from '@mui/material/styles';
import {
  CategoryLabel,
  ChartFrame,
  describeValues,
  formatValue,
  PLOT,
  ValueAxis,
  ValueLabel,
  VIEW,
  XLabels,
  useChartColor,
  type ChartColor,
  type ValueFormat,
} from './ChartFrame';
import { bandLayout, linearScale, niceTicks, type Box } from './scale';

export interface BarSeries {
  label: string;
  color: ChartColor;
  /** One value per category; null draws no bar. */
  values: readonly (number | null)[];
}

interface BarChartProps {
  title: string;
  categories: readonly string[];
  series: readonly BarSeries[];
  /** Header of the data table's first column, naming the categories. */
  categoryHeader?: string;
  /** A ceiling per category, drawn as a dashed outline around the category's bars. */
  maxima?: { label: string; values: readonly number[] };
  /** Whole-number axis ticks, for counts. */
  integer?: boolean;
  /** How values read in bar labels, axis ticks, the summary and the table, e.g. money amounts; vi-VN numbers by default. */
  formatValue?: ValueFormat;
  /** A line under the title, e.g. the unit of the values. */
  note?: string;
  /** Bars running rightwards, one row per category: for many or long category labels. */
  horizontal?: boolean;
  /** Shown instead of the chart when there are no categories. */
  emptyText?: string;
}

/** Horizontal bars: room for the category labels on the left and the value labels on the right. */
const ROW_HEIGHT = 34;
const LABEL_WIDTH = 230;
const VALUE_GUTTER = 110;
const AXIS_HEIGHT = 24;

/** The plot, the value scale along it and the bands of the categories across it. */
function geometry(horizontal: boolean, categoryCount: number, seriesCount: number, top: number) {
  if (!horizontal) {
    return {
      plot: PLOT,
      height: VIEW.height,
      value: linearScale(0, top, PLOT.top + PLOT.height, PLOT.top),
      layout: bandLayout(categoryCount, seriesCount, PLOT),
    };
  }
  const plot: Box = { left: LABEL_WIDTH, top: 4, width: VIEW.width - LABEL_WIDTH - VALUE_GUTTER, height: Math.max(1, categoryCount) * ROW_HEIGHT };
  return {
    plot,
    height: plot.top + plot.height + AXIS_HEIGHT,
    value: linearScale(0, top, plot.left, plot.left + plot.width),
    layout: bandLayout(categoryCount, seriesCount, { left: plot.top, width: plot.height }),
  };
}

/** A rectangle from `base` to `end` along the value axis, over [start, start + size] across it. */
function barBox(horizontal: boolean, start: number, size: number, base: number, end: number) {
  const low = Math.min(base, end);
  const length = Math.abs(end - base);
  return horizontal ? { x: low, y: start, width: length, height: size } : { x: start, y: low, width: size, height: length };
}

/** Vertical grouped bars: one group per category, one bar per series, each labelled with its value. */
export function BarChart(props: BarChartProps) {
  const { title, categories, series, categoryHeader = 'Mục', maxima, integer = false, formatValue: format, note, horizontal = false, emptyText } = props;
  const colorOf = useChartColor();
  const { palette } = useTheme();
  const values = [...series.flatMap((entry) => entry.values), ...(maxima?.values ?? [])].filter((value): value is number => value !== null);
  // Money amounts are long: fewer ticks keep their labels apart.
  const ticks = niceTicks(Math.max(0, ...values), { integer, count: horizontal ? 3 : 5 });
  const { plot, height, value: at, layout } = geometry(horizontal, categories.length, series.length, ticks[ticks.length - 1]!);
  const summary = [
    `Biểu đồ cột – ${title}`,
    ...series.map((entry) => `${entry.label}: ${describeValues(categories, entry.values, format)}`),
    ...(maxima ? [`${maxima.label}: ${describeValues(categories, maxima.values, format)}`] : []),
  ].join('. ');
  const cell = (value: number | null | undefined) => (format ? formatValue(value, format) : (value ?? null));
  return (
    <ChartFrame
      title={title}
      summary={`${summary}.`}
      note={note}
      height={height}
      emptyText={emptyText}
      legend={[
        ...series.map((entry) => ({ label: entry.label, color: colorOf(entry.color) })),
        ...(maxima ? [{ label: maxima.label, color: palette.text.secondary, outline: true }] : []),
      ]}
      table={{
        header: categoryHeader,
        columns: [...series.map((entry) => entry.label), ...(maxima ? [maxima.label] : [])],
        rows: categories.map((label, index) => ({
          label,
          cells: [...series.map((entry) => cell(entry.values[index])), ...(maxima ? [cell(maxima.values[index])] : [])],
        })),
      }}
    >
      <ValueAxis ticks={ticks} at={at} plot={plot} format={format} across={horizontal} />
      {maxima?.values.map((maximum, category) => (
        <rect
          key={category}
          className="chart-maximum"
          {...barBox(horizontal, layout.groupX(category) - 2, layout.groupWidth + 4, at(0), at(maximum))}
          fill="none"
          stroke={palette.text.secondary}
          strokeDasharray="4 3"
        />
      ))}
      {series.map((entry, seriesIndex) =>
        entry.values.map((value, category) =>
          value === null ? null : (
            <g key={`${seriesIndex}-${category}`}>
              <rect
                className="chart-bar"
                {...barBox(horizontal, layout.barX(category, seriesIndex) + 1, Math.max(1, layout.barWidth - 2), at(0), at(value))}
                fill={colorOf(entry.color)}
              />
              {horizontal ? (
                // +4 centres the 11-unit text on its bar.
                <ValueLabel x={at(value) + 4} y={layout.barX(category, seriesIndex) + layout.barWidth / 2 + 4} anchor="start">
                  {formatValue(value, format)}
                </ValueLabel>
              ) : (
                <ValueLabel x={layout.barX(category, seriesIndex) + layout.barWidth / 2} y={at(value) - 4}>
                  {formatValue(value, format)}
                </ValueLabel>
              )}
            </g>
          ),
        ),
      )}
      {horizontal ? (
        categories.map((label, index) => <CategoryLabel key={index} label={label} x={plot.left - 8} y={layout.center(index) + 4} width={LABEL_WIDTH - 8} anchor="end" />)
      ) : (
        <XLabels labels={categories} centers={categories.map((_, index) => layout.center(index))} slotWidth={layout.band} />
      )}
    </ChartFrame>
  );
}
