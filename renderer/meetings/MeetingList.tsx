import { Box, Chip, Link, Stack } from '@mui/material';
import { NativeSelect } from '../ui/fields';
import type { ReactNode } from 'react';
import type { MeetingRuleSet, MeetingSummary, MeetingType } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { useChannel } from '../api/useChannel';
import { DateField } from '../ui/DateField';
import { EmptyState } from '../ui/EmptyState';
import { formatDate, formatNumber } from '../ui/format';
import { ListToolbar } from '../ui/ListToolbar';
import { LoadState } from '../ui/LoadState';
import { RecordTable, type Column } from '../ui/RecordTable';
import { ExportButtons, type ExportChoice } from '../ui/ExportButtons';
import { stageColors, stageLabels } from './labels';

export interface MeetingFilter {
  from: string;
  to: string;
  type: MeetingType | null;
}

export function thisYear(): MeetingFilter {
  const year = new Date().getFullYear();
  return { from: `${year}-01-01`, to: `${year}-12-31`, type: null };
}

const oneDecimal = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "18/25 (72,0 %)": present of eligible, households or staff. */
export function attendanceText(summary: Pick<MeetingSummary, 'presentCount' | 'eligibleCount' | 'attendancePercent'>): string {
  if (summary.presentCount === null) return 'Chưa điểm danh';
  const share = summary.attendancePercent === null ? '' : ` (${oneDecimal.format(summary.attendancePercent)} %)`;
  return `${formatNumber(summary.presentCount)}/${formatNumber(summary.eligibleCount)}${share}`;
}

function decisionsText(summary: MeetingSummary): string {
  return summary.decisionsTotal === 0 ? '—' : `${summary.decisionsPassed}/${summary.decisionsTotal} thông qua`;
}

interface MeetingListProps {
  ruleSet: MeetingRuleSet;
  filter: MeetingFilter;
  onFilterChange(filter: MeetingFilter): void;
  onOpen(meetingId: number): void;
  createButton: ReactNode;
}

export function MeetingList({ ruleSet, filter, onFilterChange, onOpen, createButton }: MeetingListProps) {
  const meetings = useChannel('meetings.list', filter);
  const typeLabel = (type: MeetingType) => ruleSet.types.find((entry) => entry.key === type)?.label ?? type;
  const columns: Column<MeetingSummary>[] = [
    { header: 'Ngày họp', render: (row) => formatDate(row.date) },
    { header: 'Loại', render: (row) => typeLabel(row.type) },
    {
      header: 'Tên cuộc họp',
      render: (row) => (
        <Link component="button" type="button" onClick={() => onOpen(row.id)} sx={{ textAlign: 'left' }}>
          {row.title}
        </Link>
      ),
    },
    { header: 'Tổ dân phố', render: (row) => row.residentialGroupName ?? '' },
    { header: 'Trạng thái', render: (row) => <Chip size="small" color={stageColors[row.stage]} label={stageLabels[row.stage]} /> },
    { header: 'Tham dự', render: attendanceText, align: 'right' },
    { header: 'Biểu quyết', render: decisionsText, align: 'right' },
  ];

  return (
    <Stack spacing={2}>
      <ListToolbar filters={<Filters ruleSet={ruleSet} filter={filter} onChange={onFilterChange} />} actions={<ExportButton filter={filter} />} />
      <LoadState source={meetings}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState
              title="Không có cuộc họp nào trong thời gian này"
              description={
                createButton
                  ? 'Tạo cuộc họp để lập kế hoạch, in giấy mời, điểm danh, ghi biểu quyết và hoàn thiện biên bản. Có thể chọn khoảng thời gian khác ở trên.'
                  : 'Chọn khoảng thời gian hoặc loại cuộc họp khác ở trên.'
              }
              action={createButton}
            />
          ) : (
            <RecordTable label="Danh sách cuộc họp" rows={rows} columns={columns} rowKey={(row) => row.id} rowName={(row) => row.title} />
          )
        }
      </LoadState>
    </Stack>
  );
}

function Filters({ ruleSet, filter, onChange }: { ruleSet: MeetingRuleSet; filter: MeetingFilter; onChange(filter: MeetingFilter): void }) {
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}>
      <Box sx={{ width: 180 }}>
        <DateField label="Từ ngày" name="from" value={filter.from} onChange={(from) => onChange({ ...filter, from: from ?? '' })} />
      </Box>
      <Box sx={{ width: 180 }}>
        <DateField label="Đến ngày" name="to" value={filter.to} onChange={(to) => onChange({ ...filter, to: to ?? '' })} />
      </Box>
      <NativeSelect
        size="small"
        label="Loại cuộc họp"
        value={filter.type ?? ''}
        options={[{ value: '', label: 'Tất cả các loại' }, ...ruleSet.types.map((entry) => ({ value: entry.key, label: entry.label }))]}
        onChange={(type) => onChange({ ...filter, type: (type || null) as MeetingType | null })}
        sx={{ width: 300 }}
      />
    </Stack>
  );
}

const listFormats: ExportChoice<'xlsx'>[] = [{ format: 'xlsx', label: 'Xuất Excel' }];

function ExportButton({ filter }: { filter: MeetingFilter }) {
  const client = useClient();
  return <ExportButtons choices={listFormats} produce={() => client.call('meetings.exportList', filter)} />;
}
