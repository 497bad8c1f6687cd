import { ChartFrame, describeValues, formatValue, PLOT, ValueLabel, XLabels, YAxis, useChartColor, type ChartColor } from './ChartFrame';
import { linearScale, niceTicks, pointPositions, spreadLabels } from './scale';

interface LineSeries {
  label: string;
  color: ChartColor;
  /** One value per x label; null leaves a gap in the line. */
  values: readonly (number | null)[];
}

export interface ReferenceLine {
  value: number;
  /** Shown above the line, e.g. "HTXSNV từ 90". */
  label: string;
  color?: ChartColor;
}

/** Room on the right of the plot for the reference lines' labels. */
const LABEL_GUTTER = 116;

interface LineChartProps {
  title: string;
  /** Ordered positions along the x axis, e.g. "Tháng 1", "Tháng 2". */
  xLabels: readonly string[];
  series: readonly LineSeries[];
  /** Header of the data table's first column, naming the x labels. */
  xHeader?: string;
  /** Top of the y axis unless a value goes higher. */
  yMax?: number;
  references?: readonly ReferenceLine[];
}

/** "M x y L x y …", starting a new stroke after each missing value. */
function linePath(xs: readonly number[], values: readonly (number | null)[], y: (value: number) => number): string {
  let path = '';
  let pen = 'M';
  values.forEach((value, index) => {
    if (value === null) {
      pen = 'M';
      return;
    }
    path += `${pen}${xs[index]} ${y(value)} `;
    pen = 'L';
  });
  return path.trim();
}

/** One or more series over ordered labels, with each point's value and optional labelled horizontal reference lines. */
export function LineChart({ title, xLabels, series, xHeader = 'Mốc', yMax = 100, references = [] }: LineChartProps) {
  const colorOf = useChartColor();
  const values = series.flatMap((entry) => entry.values).filter((value): value is number => value !== null);
  const ticks = niceTicks(Math.max(yMax, ...values, ...references.map((line) => line.value)));
  const y = linearScale(0, ticks[ticks.length - 1]!, PLOT.top + PLOT.height, PLOT.top);
  const plot = references.length > 0 ? { ...PLOT, width: PLOT.width - LABEL_GUTTER } : PLOT;
  const xs = pointPositions(xLabels.length, plot);
  const labelYs = spreadLabels(references.map((line) => y(line.value)), 13);
  const summary = [
    `Biểu đồ đường – ${title}`,
    ...series.map((entry) => `${entry.label}: ${describeValues(xLabels, entry.values)}`),
    ...(references.length > 0 ? [`Đường mốc: ${references.map((line) => line.label).join('; ')}`] : []),
  ].join('. ');
  return (
    <ChartFrame
      title={title}
      summary={`${summary}.`}
      legend={series.map((entry) => ({ label: entry.label, color: colorOf(entry.color) }))}
      table={{
        header: xHeader,
        columns: series.map((entry) => entry.label),
        rows: xLabels.map((label, index) => ({ label, cells: series.map((entry) => entry.values[index] ?? null) })),
      }}
    >
      <YAxis ticks={ticks} y={y} plot={plot} />
      {references.map((line, index) => {
        const color = colorOf(line.color ?? 'grey');
        return (
          <g key={line.label} className="chart-reference">
            <line x1={plot.left} x2={plot.left + plot.width} y1={y(line.value)} y2={y(line.value)} stroke={color} strokeDasharray="6 4" />
            {/* +4 centres the 11-unit text on its line. */}
            <ValueLabel x={plot.left + plot.width + 6} y={labelYs[index]! + 4} anchor="start" fill={color}>
              {line.label}
            </ValueLabel>
          </g>
        );
      })}
      {series.map((entry, seriesIndex) => (
        <g key={seriesIndex}>
          <path d={linePath(xs, entry.values, y)} fill="none" stroke={colorOf(entry.color)} strokeWidth={2} />
          {entry.values.map((value, index) =>
            value === null ? null : (
              <g key={index}>
                <circle className="chart-point" cx={xs[index]} cy={y(value)} r={4} fill={colorOf(entry.color)} />
                <ValueLabel x={xs[index]!} y={y(value) - 8}>
                  {formatValue(value)}
                </ValueLabel>
              </g>
            ),
          )}
        </g>
      ))}
      <XLabels labels={xLabels} centers={xs} slotWidth={plot.width / Math.max(1, xLabels.length)} />
    </ChartFrame>
  );
}
