import { ChartFrame, VIEW } from '../../ui/charts/ChartFrame';
import { formatAmount, formatPercent, unitLabels } from '../amountFormat';
import type { DisplayUnit } from '../../../main/api';
import type { Share } from './chartData';

/** Okabe–Ito colours: told apart with the common colour-vision deficiencies and in greyscale print. */
const sliceColors = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];

const CENTER = { x: VIEW.width / 2, y: VIEW.height / 2 };
const OUTER = VIEW.height / 2 - 12;
const INNER = OUTER * 0.6;

function point(angle: number, radius: number): string {
  return `${(CENTER.x + radius * Math.sin(angle)).toFixed(2)} ${(CENTER.y - radius * Math.cos(angle)).toFixed(2)}`;
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
  const total = shares.reduce((sum, share) => sum + share.value, 0);
  const percentOf = (value: number) => formatPercent((value / total) * 100);
  let angle = 0;
  const slices = shares.map((share, index) => {
    const start = angle;
    angle += (share.value / total) * 2 * Math.PI;
    return { ...share, path: segment(start, angle), color: sliceColors[index % sliceColors.length]! };
  });

  return (
    <ChartFrame
      title={title}
      note={`Đơn vị: ${unitLabels[unit]}`}
      summary={`${title}: ${shares.map((share) => `${share.label} ${percentOf(share.value)} %`).join('; ')}`}
      legend={slices.map((slice) => ({ label: `${slice.label}: ${percentOf(slice.value)} %`, color: slice.color }))}
      table={{
        header: 'Nội dung',
        columns: [`Số tiền (${unitLabels[unit]})`, 'Tỷ trọng (%)'],
        rows: shares.map((share) => ({ label: share.label, cells: [formatAmount(share.value, unit), percentOf(share.value)] })),
      }}
      emptyText="Chưa có số liệu."
    >
      {slices.map((slice) => (
        <path key={slice.label} d={slice.path} fill={slice.color} stroke="#fff" strokeWidth={1} />
      ))}
    </ChartFrame>
  );
}
