import { render, screen, within } from '@testing-library/react';
import { scoringScheme, type YearResults } from '../../main/api';
import { CriteriaChart } from '../../renderer/evaluations/criteria/CriteriaChart';
import { GradeSummary } from '../../renderer/evaluations/GradeSummary';
import { YearResultsSection } from '../../renderer/evaluations/YearResultsSection';
import nd335 from '../../resources/evaluations/schemes/nd335-2025.json';
import { GROUP } from './evaluationFixtures';
import { dialogsClosed, fakeTransport, newUser, renderScreen } from './fakes';

const year = 2026;
const scheme = scoringScheme.parse(nd335);

function tableRows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => Array.from(row.children, (cell) => cell.textContent ?? ''));
}

const results: YearResults = {
  year,
  groupName: GROUP,
  schemeId: scheme.id,
  schemeName: scheme.name,
  rows: [
    {
      staffMemberId: 1,
      fullName: 'Trần Văn Bình',
      position: 'Công chức Tư pháp - Hộ tịch',
      periods: [
        { period: `${year}-Q2`, total: 91.5 },
        { period: `${year}-Q1`, total: 84.25 },
      ],
      score: 87.88,
      grade: 'good',
      gradeLabel: 'Hoàn thành tốt nhiệm vụ',
      explanation: 'Trung bình 2 kỳ: 87,88 điểm.',
    },
  ],
  quota: { counts: { excellent: 0, good: 1, satisfactory: 0, unsatisfactory: 0 }, limit: 0, exceeded: false, warning: null },
};

describe('evaluation charts', () => {
  it('draws each group’s grade distribution with the counts as bar labels and in its data table', async () => {
    const fake = fakeTransport({
      'evaluations.gradeSummary': [
        { groupName: GROUP, counts: { excellent: 2, good: 9, satisfactory: 1, unsatisfactory: 0 }, graded: 12, quotaWarning: null },
        { groupName: 'Người hoạt động không chuyên trách', counts: { excellent: 0, good: 3, satisfactory: 4, unsatisfactory: 1 }, graded: 8, quotaWarning: null },
      ],
    });
    renderScreen(<GradeSummary year={year} />, fake.transport);
    const title = `${GROUP}: số người theo mức xếp loại năm ${year}`;
    const chart = await screen.findByRole('img', { name: new RegExp(`^Biểu đồ cột – ${title}`) });
    expect(chart.getAttribute('aria-label')).toBe(`Biểu đồ cột – ${title}. Số người: HTXSNV 2; HTTNV 9; HTNV 1; KHTNV 0.`);
    expect(chart.querySelectorAll('.chart-bar')).toHaveLength(4);
    expect(Array.from(chart.querySelectorAll('.chart-bar + text'), (label) => label.textContent)).toEqual(['2', '9', '1', '0']);
    expect(tableRows(screen.getByRole('table', { name: title }))).toEqual([
      ['Mức xếp loại', 'Số người'],
      ['HTXSNV', '2'],
      ['HTTNV', '9'],
      ['HTNV', '1'],
      ['KHTNV', '0'],
    ]);
    expect(screen.getAllByRole('img', { name: /^Biểu đồ cột/ })).toHaveLength(2);
    expect(screen.getByRole('img', { name: /Người hoạt động không chuyên trách.*HTNV 4; KHTNV 1\.$/ })).toBeTruthy();
  });

  it('opens a person’s period totals in order against the scheme’s thresholds and their annual score', async () => {
    const fake = fakeTransport({ 'evaluations.yearResults': results, 'evaluations.listClosings': [], 'evaluations.schemes': [scheme] });
    renderScreen(<YearResultsSection year={year} groups={[GROUP]} />, fake.transport);
    const user = newUser();
    await user.click(await screen.findByRole('button', { name: 'Biểu đồ điểm các kỳ của Trần Văn Bình' }));
    const dialog = await screen.findByRole('dialog', { name: 'Biểu đồ điểm các kỳ của Trần Văn Bình' });
    const title = `Tổng điểm các kỳ năm ${year} của Trần Văn Bình`;
    const chart = await within(dialog).findByRole('img', { name: new RegExp(`^Biểu đồ đường – ${title}`) });
    expect(chart.querySelectorAll('.chart-point')).toHaveLength(2);
    expect(chart.getAttribute('aria-label')).toBe(
      `Biểu đồ đường – ${title}. Tổng điểm: Quý 1 84,25; Quý 2 91,5. Đường mốc: HTXSNV từ 90; HTTNV từ 70; HTNV từ 50; Điểm cả năm 87,88.`,
    );
    expect(tableRows(within(dialog).getByRole('table', { name: title }))).toEqual([
      ['Kỳ đánh giá', 'Tổng điểm'],
      ['Quý 1', '84,25'],
      ['Quý 2', '91,5'],
    ]);
    expect(fake.inputsOf('evaluations.schemes')).toEqual([{}]);

    await user.click(within(dialog).getByRole('button', { name: 'Đóng' }));
    await dialogsClosed();
  });

  it('compares each criterion with its maximum, and shows appraised and last year’s scores only when there are any', () => {
    const criteria = [
      { label: 'TC1', maxPoints: 20, selfSubtotal: 18, appraisedSubtotal: null, lastYear: 15.5 },
      { label: 'TC2', maxPoints: 30, selfSubtotal: 25, appraisedSubtotal: null, lastYear: null },
    ];
    const { container, unmount } = render(<CriteriaChart criteria={criteria} />);
    expect(container.querySelectorAll('.chart-bar')).toHaveLength(3);
    expect(container.querySelectorAll('.chart-maximum')).toHaveLength(2);
    expect(tableRows(screen.getByRole('table'))).toEqual([
      ['Tiêu chí', 'Tự chấm năm nay', 'Năm trước', 'Điểm tối đa'],
      ['TC1', '18', '15,5', '20'],
      ['TC2', '25', '—', '30'],
    ]);
    unmount();

    render(<CriteriaChart criteria={criteria.map((criterion) => ({ ...criterion, appraisedSubtotal: criterion.selfSubtotal - 1, lastYear: null }))} />);
    expect(tableRows(screen.getByRole('table'))[0]).toEqual(['Tiêu chí', 'Tự chấm năm nay', 'Điểm thẩm định', 'Điểm tối đa']);
  });
});
