import { Stack } from '@mui/material';
import { useState } from 'react';
import { useCan } from '../app/session';
import { PageLayout } from '../ui/PageLayout';
import { GradeSummary } from './GradeSummary';
import { HeadWork } from './HeadWork';
import { OwnResults } from './OwnResults';
import { YearSelect } from './YearSelect';

/** Civil servants' evaluation: the head scores each period and closes the year; everyone else sees only the grade counts. Each person also sees their own results. */
export function EvaluationsScreen() {
  const canManage = useCan('evaluations.manage');
  const [year, setYear] = useState(() => new Date().getFullYear());
  return (
    <PageLayout
      title="Đánh giá, xếp loại"
      description="Đánh giá, xếp loại chất lượng cán bộ, công chức theo tháng, quý và cả năm."
      actions={<YearSelect year={year} onChange={setYear} />}
    >
      <Stack spacing={4}>
        {canManage ? <HeadWork key={year} year={year} /> : <GradeSummary year={year} />}
        <OwnResults year={year} />
      </Stack>
    </PageLayout>
  );
}
