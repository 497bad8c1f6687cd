import { Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import { useChannel } from '../api/useChannel';
import { useCan } from '../app/session';
import { LoadState } from '../ui/LoadState';
import { PageLayout } from '../ui/PageLayout';
import { ConsultationsTab } from './ConsultationsTab';
import { PlanTab } from './PlanTab';
import { RegisterTab } from './RegisterTab';

type TabKey = 'register' | 'plan' | 'consultations';

/** "Công khai thông tin": the register (with the budget's K2 rows), the annual plan, and consultations. */
export function DisclosuresScreen() {
  const canWrite = useCan('disclosures.write');
  const rules = useChannel('disclosures.rules', {});
  const groups = useChannel('residentialGroups.list', {});
  const [tab, setTab] = useState<TabKey>('register');
  const [year, setYear] = useState(() => new Date().getFullYear());
  return (
    <PageLayout title="Công khai thông tin" description="Công khai theo Điều 11–14 và lấy ý kiến Nhân dân theo Điều 25–28 Luật Thực hiện dân chủ ở cơ sở.">
      <Tabs value={tab} onChange={(_event, value: TabKey) => setTab(value)} aria-label="Các phần của công khai thông tin" sx={{ mb: 2 }}>
        <Tab value="register" label="Sổ công khai" />
        <Tab value="plan" label="Kế hoạch năm" />
        <Tab value="consultations" label="Lấy ý kiến" />
      </Tabs>
      {tab === 'register' ? (
        <LoadState source={rules}>{(loaded) => <RegisterTab rules={loaded} groups={groups.data ?? []} canWrite={canWrite} year={year} onYear={setYear} />}</LoadState>
      ) : null}
      {tab === 'plan' ? <PlanTab canWrite={canWrite} year={year} onYear={setYear} /> : null}
      {tab === 'consultations' ? <ConsultationsTab canWrite={canWrite} year={year} onYear={setYear} /> : null}
    </PageLayout>
  );
}
