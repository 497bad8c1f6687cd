import Add from '@mui/icons-material/Add';
import { Alert, Button, Stack } from '@mui/material';
import { NativeSelect } from '../ui/fields';
import { useState, type ReactNode } from 'react';
import type { BudgetStage, FiscalYear } from '../../main/api';
import { useChannel } from '../api/useChannel';
import { useCan } from '../app/session';
import { EmptyState } from '../ui/EmptyState';
import { LoadState } from '../ui/LoadState';
import { PageLayout } from '../ui/PageLayout';
import { OpenYearDialog } from './OpenYearDialog';
import { StagePanel } from './StagePanel';
import { StageTimeline } from './StageTimeline';

type OpenedYear = { year: number; formSetName: string };

/** The year shown first: this calendar year when it is open, else the latest open year. */
function defaultYear(years: readonly OpenedYear[]): number | undefined {
  if (years.length === 0) return undefined;
  const current = new Date().getFullYear();
  return years.some((entry) => entry.year === current) ? current : Math.max(...years.map((entry) => entry.year));
}

/** Budget disclosure (TT 343/2016): the stages of a fiscal year, their forms, disclosure records and documents. */
export function BudgetScreen() {
  const years = useChannel('budget.listYears', {});
  const canWrite = useCan('budget.write');
  const [picked, setPicked] = useState<number | undefined>(undefined);
  const [opening, setOpening] = useState(false);

  const opened = async (fiscalYear: FiscalYear) => {
    setOpening(false);
    setPicked(fiscalYear.year);
    await years.reload();
  };

  const openButton = canWrite ? (
    <Button variant="contained" startIcon={<Add />} onClick={() => setOpening(true)}>
      Mở năm ngân sách
    </Button>
  ) : null;

  const list = years.data ?? [];
  const year = picked !== undefined && list.some((entry) => entry.year === picked) ? picked : defaultYear(list);

  return (
    <PageLayout
      title="Công khai ngân sách"
      description="Dự toán, tình hình thực hiện và quyết toán ngân sách xã được công khai theo Thông tư 343/2016/TT-BTC."
      actions={year === undefined ? null : openButton}
    >
      <LoadState source={years}>
        {() =>
          year === undefined ? (
            <EmptyState
              title="Chưa mở năm ngân sách nào"
              description={
                canWrite
                  ? 'Mở một năm ngân sách để theo dõi hạn công khai của từng giai đoạn, nhập số liệu các biểu mẫu và in tài liệu niêm yết.'
                  : 'Cán bộ phụ trách cần mở năm ngân sách trước; sau đó số liệu và hạn công khai sẽ hiện ở đây.'
              }
              action={openButton}
            />
          ) : (
            <YearView
              key={year}
              year={year}
              previousYearOpen={list.some((entry) => entry.year === year - 1)}
              picker={
                <NativeSelect
                  label="Năm ngân sách"
                  value={String(year)}
                  options={list.map((entry) => ({ value: String(entry.year), label: `${entry.year} – ${entry.formSetName}` }))}
                  onChange={(chosen) => setPicked(Number(chosen))}
                  sx={{ width: 300, flexShrink: 0 }}
                />
              }
            />
          )
        }
      </LoadState>
      {opening ? <OpenYearDialog openedYears={list.map((entry) => entry.year)} onClose={() => setOpening(false)} onOpened={opened} /> : null}
    </PageLayout>
  );
}

/** The stage worked on first: the earliest one not yet disclosed, else the last. */
function firstOpenStage(fiscalYear: FiscalYear): BudgetStage {
  const pending = fiscalYear.stages.find((summary) => summary.status !== 'disclosedOnTime' && summary.status !== 'disclosedLate');
  return (pending ?? fiscalYear.stages.at(-1))?.stage ?? 'estimateSubmitted';
}

function YearView({ year, previousYearOpen, picker }: { year: number; previousYearOpen: boolean; picker: ReactNode }) {
  const fiscal = useChannel('budget.getYear', { year });
  const [selected, setSelected] = useState<BudgetStage | null>(null);
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        {picker}
        {fiscal.data && !fiscal.data.formSetVerified ? (
          <Alert severity="warning" sx={{ py: 0, flexGrow: 1 }}>
            Bộ biểu mẫu “{fiscal.data.formSetName}” chưa đối chiếu với phụ lục chính thức. Hãy kiểm tra tên cột, tên dòng trước khi in và
            niêm yết.
          </Alert>
        ) : null}
      </Stack>
      <LoadState source={fiscal}>
        {(fiscalYear) => {
          const stage = selected ?? firstOpenStage(fiscalYear);
          const summary = fiscalYear.stages.find((entry) => entry.stage === stage);
          return (
            <>
              <StageTimeline fiscalYear={fiscalYear} selected={stage} onSelect={setSelected} />
              {summary ? (
                <StagePanel
                  key={stage}
                  fiscalYear={fiscalYear}
                  summary={summary}
                  previousYearOpen={previousYearOpen}
                  onYearChanged={fiscal.replace}
                  reloadYear={fiscal.reload}
                />
              ) : null}
            </>
          );
        }}
      </LoadState>
    </Stack>
  );
}
