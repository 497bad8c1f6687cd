import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { ConsolidatedTables, ConsolidationView } from '../../main/api';
import { useChannel } from '../api/useChannel';
import { formatDate, formatNumber } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { RecordTable, type Column } from '../ui/RecordTable';
import { ViewExport } from './ViewExport';

type Row<K extends keyof Omit<ConsolidatedTables, 'year'>> = ConsolidatedTables[K][number];
const unitColumn = <T extends { unitCode: string; unitName: string }>(): Column<T> => ({ header: 'Xã, phường', render: (row) => `${row.unitName} (${row.unitCode})` });
const count = <T,>(header: string, value: (row: T) => number | null): Column<T> => ({ header, align: 'right', render: (row) => (value(row) === null ? '—' : formatNumber(value(row)!)) });

const budgetColumns: Column<Row<'budget'>>[] = [
  unitColumn(),
  { header: 'Giai đoạn', render: (row) => row.stageLabel },
  { header: 'Số nghị quyết', render: (row) => row.resolutionNumber || '—' },
  { header: 'Công khai', render: (row) => (row.disclosed ? `Đã công khai${row.postedOn ? ` ngày ${formatDate(row.postedOn)}` : ''}` : 'Chưa công khai') },
  count('Tổng thu (đồng)', (row) => row.totalRevenue),
  count('Tổng chi (đồng)', (row) => row.totalExpenditure),
];
const meetingColumns: Column<Row<'meetings'>>[] = [
  unitColumn(),
  { header: 'Loại cuộc họp', render: (row) => row.typeLabel },
  count('Số cuộc họp', (row) => row.held),
  count('Nội dung biểu quyết', (row) => row.decisions),
  count('Được thông qua', (row) => row.passed),
];
const gradeColumns: Column<Row<'grades'>>[] = [
  unitColumn(),
  count('Số nhóm', (row) => row.groups),
  count('HTXSNV', (row) => row.excellent),
  count('HTTNV', (row) => row.good),
  count('HTNV', (row) => row.satisfactory),
  count('KHTNV', (row) => row.unsatisfactory),
  { header: 'Vượt tỷ lệ', render: (row) => (row.quotaExceeded ? 'Có' : '—') },
];
const criteriaColumns: Column<Row<'criteria'>>[] = [
  unitColumn(),
  { header: 'Bộ tiêu chí', render: (row) => row.setName },
  count('Tự chấm (điểm)', (row) => row.selfTotal),
  count('Thẩm định (điểm)', (row) => row.appraisedTotal),
  { header: 'Ngày thẩm định', render: (row) => (row.appraisedOn ? formatDate(row.appraisedOn) : '—') },
];

function Section({ title, view, year, empty, children }: { title: string; view: ConsolidationView; year: number; empty: boolean; children: ReactNode }) {
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2">
          {title}
        </Typography>
        <ViewExport view={view} year={year} quarter={null} />
      </Stack>
      {empty ? (
        <Typography variant="body2" color="text.secondary">
          Chưa nhận được dữ liệu năm {year}.
        </Typography>
      ) : (
        children
      )}
    </Stack>
  );
}

/** The wards' budget stages, meetings, grades and criteria scores of the year, side by side. */
export function ConsolidatedTablesPanel({ year }: { year: number }) {
  const tables = useChannel('consolidation.tables', { year });
  return (
    <LoadState source={tables}>
      {(t) => (
        <Stack spacing={4}>
          <Section title="Công khai ngân sách" view="budget" year={year} empty={t.budget.length === 0}>
            <RecordTable label="Công khai ngân sách theo xã, phường" rows={t.budget} columns={budgetColumns} rowKey={(r) => `${r.unitCode} ${r.stage}`} rowName={(r) => `${r.unitName} ${r.stageLabel}`} />
          </Section>
          <Section title="Cuộc họp, hội nghị" view="meetings" year={year} empty={t.meetings.length === 0}>
            <RecordTable label="Cuộc họp theo xã, phường" rows={t.meetings} columns={meetingColumns} rowKey={(r) => `${r.unitCode} ${r.type}`} rowName={(r) => `${r.unitName} ${r.typeLabel}`} />
          </Section>
          <Section title="Xếp loại cán bộ, công chức" view="grades" year={year} empty={t.grades.length === 0}>
            <RecordTable label="Xếp loại theo xã, phường" rows={t.grades} columns={gradeColumns} rowKey={(r) => r.unitCode} rowName={(r) => r.unitName} />
          </Section>
          <Section title="Chấm điểm tiêu chí" view="criteria" year={year} empty={t.criteria.length === 0}>
            <RecordTable label="Điểm tiêu chí theo xã, phường" rows={t.criteria} columns={criteriaColumns} rowKey={(r) => `${r.unitCode} ${r.setId}`} rowName={(r) => `${r.unitName} ${r.setName}`} />
          </Section>
        </Stack>
      )}
    </LoadState>
  );
}
