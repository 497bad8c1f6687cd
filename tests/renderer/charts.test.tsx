import { render, screen, within } from '@testing-library/react';
import { BarChart } from '../../renderer/ui/charts/BarChart';
import { LineChart } from '../../renderer/ui/charts/LineChart';
import { bandLayout, linearScale, niceStep, niceTicks, pointPositions, spreadLabels, truncateLabel } from '../../renderer/ui/charts/scale';

/** The hidden data table's rows as their cells' texts. */
function tableRows(name: string): string[][] {
  const table = screen.getByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .map((row) => Array.from(row.children, (cell) => cell.textContent ?? ''));
}

describe('chart scales', () => {
  it('maps values linearly, upside down for a y axis, and a flat domain to the range start', () => {
    const y = linearScale(0, 100, 200, 0);
    expect([y(0), y(50), y(100)]).toEqual([200, 100, 0]);
    expect(linearScale(5, 5, 10, 20)(5)).toBe(10);
  });

  it('picks round steps, whole ones for counts', () => {
    expect(niceStep(0.6)).toBe(1);
    expect(niceStep(2.4)).toBe(2.5);
    expect(niceStep(2.4, true)).toBe(5);
    expect(niceStep(0.3, true)).toBe(1);
    expect(niceStep(17)).toBe(20);
    expect(niceStep(0)).toBe(1);
  });

  it('ticks from 0 to the first round value at or above the maximum', () => {
    expect(niceTicks(100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(14, { integer: true })).toEqual([0, 5, 10, 15]);
    expect(niceTicks(3, { integer: true })).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0, { integer: true })).toEqual([0, 1]);
    expect(niceTicks(1.5)).toEqual([0, 0.5, 1, 1.5]);
    expect(niceTicks(0.7)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });

  it('lays grouped bars side by side in the middle of each category slot', () => {
    const layout = bandLayout(2, 2, { left: 10, width: 200 }, 0.2);
    expect(layout.band).toBe(100);
    expect(layout.groupWidth).toBe(80);
    expect(layout.barWidth).toBe(40);
    expect([layout.barX(0, 0), layout.barX(0, 1), layout.barX(1, 0)]).toEqual([20, 60, 120]);
    expect(layout.center(1)).toBe(160);
    expect(pointPositions(4, { left: 0, width: 400 })).toEqual([50, 150, 250, 350]);
    expect(pointPositions(0, { left: 0, width: 400 })).toEqual([]);
  });

  it('pushes crowded labels apart in their order, leaving distant ones where they are', () => {
    expect(spreadLabels([50, 30, 55, 100], 13)).toEqual([50, 30, 63, 100]);
    expect(spreadLabels([40, 45, 48], 10)).toEqual([40, 50, 60]);
    expect(spreadLabels([], 10)).toEqual([]);
  });

  it('cuts long labels with an ellipsis', () => {
    expect(truncateLabel('Tiêu chí 1', 20)).toBe('Tiêu chí 1');
    expect(truncateLabel('Tiêu chí về dân chủ', 9)).toBe('Tiêu chí…');
    expect(truncateLabel('Tiêu chí', 1)).toBe('…');
  });
});

describe('BarChart', () => {
  const props = {
    title: 'Điểm theo tiêu chí',
    categoryHeader: 'Tiêu chí',
    categories: ['TC1', 'TC2', 'TC3'],
    series: [
      { label: 'Năm nay', color: 'primary' as const, values: [12.5, 20, 8] },
      { label: 'Năm trước', color: 'grey' as const, values: [10, null, 7.25] },
    ],
    maxima: { label: 'Điểm tối đa', values: [15, 20, 10] },
  };

  it('draws a bar per known value, an outline per maximum, and the values with decimal commas', () => {
    const { container } = render(<BarChart {...props} />);
    expect(container.querySelectorAll('.chart-bar')).toHaveLength(5);
    expect(container.querySelectorAll('.chart-maximum')).toHaveLength(3);
    const svg = screen.getByRole('img');
    expect(svg.querySelector('title')?.textContent).toBe('Điểm theo tiêu chí');
    expect(svg.textContent).toContain('12,5');
    expect(svg.textContent).toContain('7,25');
  });

  it('names the image with a Vietnamese summary and repeats every value in a hidden table', () => {
    render(<BarChart {...props} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Biểu đồ cột – Điểm theo tiêu chí. Năm nay: TC1 12,5; TC2 20; TC3 8. Năm trước: TC1 10; TC2 —; TC3 7,25. Điểm tối đa: TC1 15; TC2 20; TC3 10.',
    );
    expect(tableRows('Điểm theo tiêu chí')).toEqual([
      ['Tiêu chí', 'Năm nay', 'Năm trước', 'Điểm tối đa'],
      ['TC1', '12,5', '10', '15'],
      ['TC2', '20', '—', '20'],
      ['TC3', '8', '7,25', '10'],
    ]);
  });

  it('scales bars to the axis: a bar of the top tick fills the plot, twice the value is twice as tall', () => {
    const { container } = render(<BarChart title="Số người" categories={['A', 'B']} series={[{ label: 'Số người', color: 'primary', values: [5, 10] }]} integer />);
    const heights = Array.from(container.querySelectorAll('.chart-bar'), (bar) => Number(bar.getAttribute('height')));
    expect(heights[1]).toBeCloseTo(heights[0]! * 2);
    expect(screen.getByRole('img').textContent).toMatch(/^Số người0246810/);
  });
});

describe('LineChart', () => {
  const props = {
    title: 'Tổng điểm các kỳ',
    xHeader: 'Kỳ',
    xLabels: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4'],
    series: [{ label: 'Tổng điểm', color: 'primary' as const, values: [72.5, null, 91.25, 88] }],
    references: [
      { value: 90, label: 'HTXSNV từ 90', color: 'success' as const },
      { value: 70, label: 'HTTNV từ 70' },
    ],
  };

  it('draws a point per known value, a line per reference, and breaks the line at a gap', () => {
    const { container } = render(<LineChart {...props} />);
    expect(container.querySelectorAll('.chart-point')).toHaveLength(3);
    expect(container.querySelectorAll('.chart-reference')).toHaveLength(2);
    expect(container.querySelector('path')?.getAttribute('d')?.match(/M/g)).toHaveLength(2);
    const svg = screen.getByRole('img');
    expect(svg.textContent).toContain('HTXSNV từ 90');
    expect(svg.textContent).toContain('91,25');
  });

  it('runs the y axis from 0 to 100 by default and names the image with its values', () => {
    render(<LineChart {...props} />);
    const svg = screen.getByRole('img');
    expect(svg.textContent).toMatch(/^Tổng điểm các kỳ020406080100/);
    expect(svg.getAttribute('aria-label')).toBe(
      'Biểu đồ đường – Tổng điểm các kỳ. Tổng điểm: Tháng 1 72,5; Tháng 2 —; Tháng 3 91,25; Tháng 4 88. Đường mốc: HTXSNV từ 90; HTTNV từ 70.',
    );
    expect(tableRows('Tổng điểm các kỳ')).toEqual([
      ['Kỳ', 'Tổng điểm'],
      ['Tháng 1', '72,5'],
      ['Tháng 2', '—'],
      ['Tháng 3', '91,25'],
      ['Tháng 4', '88'],
    ]);
  });
});
