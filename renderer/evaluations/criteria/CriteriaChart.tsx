import { BarChart, type BarSeries } from '../../ui/charts/BarChart';

interface CriterionScores {
  label: string;
  maxPoints: number;
  selfSubtotal: number;
  appraisedSubtotal: number | null;
  lastYear: number | null;
}

/** Per criterion: this year's self score, the appraised score and last year's score (each when there is any) within the criterion's maximum. */
export function CriteriaChart({ criteria }: { criteria: readonly CriterionScores[] }) {
  const appraised = criteria.map((criterion) => criterion.appraisedSubtotal);
  const lastYear = criteria.map((criterion) => criterion.lastYear);
  const series: BarSeries[] = [
    { label: 'Tự chấm năm nay', color: 'primary', values: criteria.map((criterion) => criterion.selfSubtotal) },
    ...(appraised.some((value) => value !== null) ? [{ label: 'Điểm thẩm định', color: 'success' as const, values: appraised }] : []),
    ...(lastYear.some((value) => value !== null) ? [{ label: 'Năm trước', color: 'grey' as const, values: lastYear }] : []),
  ];
  return (
    <BarChart
      title="Điểm theo tiêu chí so với điểm tối đa"
      categoryHeader="Tiêu chí"
      categories={criteria.map((criterion) => criterion.label)}
      series={series}
      maxima={{ label: 'Điểm tối đa', values: criteria.map((criterion) => criterion.maxPoints) }}
    />
  );
}
