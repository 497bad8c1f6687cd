/** Pure geometry of the charts: value scales, axis ticks, bar bands and point positions. */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Maps a value of [domainMin, domainMax] linearly onto [rangeStart, rangeEnd]; a zero-width domain maps to rangeStart. */
export function linearScale(domainMin: number, domainMax: number, rangeStart: number, rangeEnd: number): (value: number) => number {
  const span = domainMax - domainMin;
  return (value) => (span === 0 ? rangeStart : rangeStart + ((value - domainMin) / span) * (rangeEnd - rangeStart));
}

const NICE_STEPS = [1, 2, 2.5, 5, 10];

/** The smallest "round" step (1, 2, 2,5 or 5 × 10ⁿ) not below `rough`; whole numbers only when `integer`. */
export function niceStep(rough: number, integer = false): number {
  if (!(rough > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const steps = integer ? NICE_STEPS.filter((step) => Number.isInteger(step * magnitude)) : NICE_STEPS;
  const step = steps.find((candidate) => candidate * magnitude >= rough - 1e-9) ?? 10;
  return integer ? Math.max(1, step * magnitude) : step * magnitude;
}

/** Ticks from 0 up to the first round value ≥ `max`, about `count` steps: 14 → 0, 5, 10, 15. */
export function niceTicks(max: number, { count = 5, integer = false }: { count?: number; integer?: boolean } = {}): number[] {
  const step = niceStep(max / count, integer);
  const steps = Math.max(1, Math.ceil(max / step - 1e-9));
  // Rounded to kill floating-point dust such as 0.30000000000000004.
  return Array.from({ length: steps + 1 }, (_, index) => Math.round(index * step * 1e6) / 1e6);
}

interface BandLayout {
  /** Width of one category's slot. */
  band: number;
  /** Width of one bar. */
  barWidth: number;
  /** Left edge of a category's group of bars. */
  groupX(category: number): number;
  /** Width of a category's group of bars. */
  groupWidth: number;
  /** Left edge of one bar of a group. */
  barX(category: number, series: number): number;
  /** Centre of a category's slot, where its label goes. */
  center(category: number): number;
}

/** Splits the plot's width into one slot per category, each holding `seriesCount` adjacent bars with padding around the group. */
export function bandLayout(categoryCount: number, seriesCount: number, plot: Pick<Box, 'left' | 'width'>, padding = 0.2): BandLayout {
  const band = plot.width / Math.max(1, categoryCount);
  const groupWidth = band * (1 - padding);
  const barWidth = groupWidth / Math.max(1, seriesCount);
  const groupX = (category: number) => plot.left + category * band + (band - groupWidth) / 2;
  return {
    band,
    barWidth,
    groupWidth,
    groupX,
    barX: (category, series) => groupX(category) + series * barWidth,
    center: (category) => plot.left + (category + 0.5) * band,
  };
}

/** Centres of `count` evenly spaced slots over the plot's width. */
export function pointPositions(count: number, plot: Pick<Box, 'left' | 'width'>): number[] {
  const { center } = bandLayout(count, 1, plot);
  return Array.from({ length: count }, (_, index) => center(index));
}

/** Moves label baselines apart, keeping their order, so that no two are closer than `minGap`; the topmost stays put. */
export function spreadLabels(positions: readonly number[], minGap: number): number[] {
  const order = positions.map((_, index) => index).sort((a, b) => positions[a]! - positions[b]!);
  const spread = [...positions];
  order.forEach((index, rank) => {
    if (rank > 0) spread[index] = Math.max(positions[index]!, spread[order[rank - 1]!]! + minGap);
  });
  return spread;
}

/** Cuts a label to `maxChars` characters with an ellipsis so that it fits its slot. */
export function truncateLabel(label: string, maxChars: number): string {
  if (label.length <= maxChars) return label;
  return maxChars <= 1 ? '…' : `${label.slice(0, maxChars - 1).trimEnd()}…`;
}
