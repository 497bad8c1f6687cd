import { Box, Paper, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import type { ComputedForm, StageReport } from '../../main/api';
import { useChannel } from '../api/useChannel';
import { EmptyState } from '../ui/EmptyState';
import { LoadState } from '../ui/LoadState';
import { balanceForm, executionRows, structureOf, yearOverYearRows, type Structure } from './charts/chartData';
import { PairedBarChart } from './charts/PairedBarChart';
import { ShareChart } from './charts/ShareChart';
import { executionStages } from './labels';

interface BudgetChartsProps {
  report: StageReport;
  previousYearOpen: boolean;
}

/** The "Biểu đồ" tab: revenue and expenditure structure, execution against the estimate, this year against last year. */
export function BudgetCharts({ report, previousYearOpen }: BudgetChartsProps) {
  const form = balanceForm(report.forms);
  if (!form) return <EmptyState title="Giai đoạn này không có biểu mẫu nào" />;
  const unit = form.form.displayUnit;
  const structures = [structureOf(form, 'thu'), structureOf(form, 'chi')].filter((entry): entry is Structure => entry !== null);
  const execution = executionStages.includes(report.stage) ? executionRows(form) : null;

  return (
    <Stack spacing={2}>
      {structures.length > 0 ? (
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
          {structures.map((structure) => (
            <ChartCard key={structure.total.code}>
              <ShareChart title={`Cơ cấu ${structure.total.label} (${structure.column.header})`} shares={structure.shares} unit={unit} />
            </ChartCard>
          ))}
        </Box>
      ) : null}
      {execution ? (
        <ChartCard>
          <PairedBarChart
            title={report.stage === 'finalAccounts' ? 'Quyết toán so với dự toán' : 'Thực hiện so với dự toán'}
            series={[execution.columns[0].header, execution.columns[1].header]}
            rows={execution.rows}
            unit={unit}
          />
        </ChartCard>
      ) : null}
      {previousYearOpen ? <YearComparison report={report} form={form} /> : null}
    </Stack>
  );
}

function YearComparison({ report, form }: { report: StageReport; form: ComputedForm }) {
  const previous = useChannel('budget.getReport', { year: report.year - 1, stage: report.stage });
  return (
    <LoadState source={previous}>
      {(last) => (
        <ChartCard>
          <PairedBarChart
            title={`Năm ${report.year} so với năm ${report.year - 1}`}
            series={[`Năm ${report.year - 1}`, `Năm ${report.year}`]}
            rows={yearOverYearRows(form, last.forms)}
            unit={form.form.displayUnit}
          />
        </ChartCard>
      )}
    </LoadState>
  );
}

function ChartCard({ children }: { children: ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 2, minWidth: 0 }}>
      {children}
    </Paper>
  );
}
