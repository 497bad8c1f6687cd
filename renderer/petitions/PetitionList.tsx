import { Box, Checkbox, Chip, FormControlLabel, Link, Pagination, Stack, TextField, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { petitionSourceLabels, petitionStatusLabels, type Petition, type PetitionFilter, type LedgerRules, type PetitionSource, type PetitionStatus, type StaffMember } from '../../main/api';
import { useClient } from '../api/ClientContext';
import type { ChannelData } from '../api/useChannel';
import { NativeSelect } from '../ui/fields';
import { DateField } from '../ui/DateField';
import { EmptyState } from '../ui/EmptyState';
import { ExportButtons, type ExportChoice } from '../ui/ExportButtons';
import { formatDate, formatNumber } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { RecordTable, type Column } from '../ui/RecordTable';
import { anyOption, categoryOptions, HIDDEN_PERSON, sourceOptions, statusColors, statusOptions } from './labels';

export type ListFilter = Required<Omit<PetitionFilter, 'page'>> & { page: number };

export function thisYear(): ListFilter {
  const year = new Date().getFullYear();
  return { from: `${year}-01-01`, to: `${year}-12-31`, status: null, source: null, category: null, assigneeId: null, overdueOnly: false, query: '', page: 1 };
}

interface PetitionListProps {
  rules: LedgerRules;
  staff: readonly StaffMember[];
  filter: ListFilter;
  onFilterChange(filter: ListFilter): void;
  page: ChannelData<{ rows: Petition[]; total: number; pageSize: number }>;
  onOpen(entry: Petition): void;
  emptyAction: ReactNode;
}

export function PetitionList({ rules, staff, filter, onFilterChange, page, onOpen, emptyAction }: PetitionListProps) {
  const columns: Column<Petition>[] = [
    { header: 'Ngày nhận', render: (row) => formatDate(row.receivedOn) },
    { header: 'Nguồn', render: (row) => petitionSourceLabels[row.source] },
    { header: 'Người gửi', render: (row) => (row.person ? row.person.name || 'Không ghi tên' : HIDDEN_PERSON) },
    {
      header: 'Nội dung',
      render: (row) => (
        <Link component="button" type="button" onClick={() => onOpen(row)} sx={{ textAlign: 'left' }}>
          {row.content.length > 120 ? `${row.content.slice(0, 120)}…` : row.content}
        </Link>
      ),
    },
    { header: 'Lĩnh vực', render: (row) => row.categoryLabel },
    { header: 'Người xử lý', render: (row) => row.assigneeName ?? '' },
    { header: 'Hạn trả lời', render: (row) => (row.overdue ? <Typography variant="body2" color="error">{formatDate(row.dueOn)} (quá hạn)</Typography> : formatDate(row.dueOn)) },
    { header: 'Trạng thái', render: (row) => <Chip size="small" color={statusColors[row.status]} label={petitionStatusLabels[row.status]} /> },
  ];
  const set = (changes: Partial<ListFilter>) => onFilterChange({ ...filter, ...changes, page: changes.page ?? 1 });

  return (
    <Stack spacing={2}>
      <Filters rules={rules} staff={staff} filter={filter} set={set} />
      <LoadState source={page}>
        {({ rows, total, pageSize }) =>
          rows.length === 0 ? (
            <EmptyState
              title="Không có kiến nghị, phản ánh nào theo điều kiện đã chọn"
              description="Ghi vào sổ các ý kiến nhận qua hòm thư, đường dây nóng, thư điện tử, trực tiếp hoặc tại hội nghị. Có thể chọn khoảng thời gian hoặc điều kiện khác ở trên."
              action={emptyAction}
            />
          ) : (
            <Stack spacing={1}>
              <Typography variant="body2" color="text.secondary" role="status">
                {formatNumber(total)} kiến nghị, phản ánh
              </Typography>
              <RecordTable label="Sổ theo dõi ý kiến, kiến nghị" rows={rows} columns={columns} rowKey={(row) => row.id} rowName={(row) => row.content.slice(0, 40)} />
              {total > pageSize ? (
                <Pagination count={Math.ceil(total / pageSize)} page={filter.page} onChange={(_, next) => set({ page: next })} aria-label="Trang" />
              ) : null}
            </Stack>
          )
        }
      </LoadState>
    </Stack>
  );
}

const listFormats: ExportChoice<'xlsx'>[] = [{ format: 'xlsx', label: 'Xuất Excel' }];

function Filters({ rules, staff, filter, set }: { rules: LedgerRules; staff: readonly StaffMember[]; filter: ListFilter; set(changes: Partial<ListFilter>): void }) {
  const client = useClient();
  const { page: _page, ...exported } = filter;
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1.5 }}>
        <Box sx={{ width: 170 }}>
          <DateField label="Từ ngày" name="from" value={filter.from} onChange={(from) => set({ from: from ?? '' })} />
        </Box>
        <Box sx={{ width: 170 }}>
          <DateField label="Đến ngày" name="to" value={filter.to} onChange={(to) => set({ to: to ?? '' })} />
        </Box>
        <TextField
          size="small"
          label="Tìm (gõ có dấu hoặc không dấu)"
          value={filter.query}
          onChange={(event) => set({ query: event.target.value })}
          slotProps={{ htmlInput: { name: 'query' } }}
          sx={{ width: 280 }}
        />
        <ExportButtons choices={listFormats} produce={() => client.call('petitions.exportList', exported)} />
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1.5 }}>
        <Box sx={{ width: 190 }}>
          <NativeSelect size="small" label="Trạng thái" name="status" value={filter.status ?? ''} options={[anyOption('Tất cả'), ...statusOptions]} onChange={(value) => set({ status: (value || null) as PetitionStatus | null })} />
        </Box>
        <Box sx={{ width: 220 }}>
          <NativeSelect size="small" label="Nguồn" name="source" value={filter.source ?? ''} options={[anyOption('Tất cả'), ...sourceOptions]} onChange={(value) => set({ source: (value || null) as PetitionSource | null })} />
        </Box>
        <Box sx={{ width: 190 }}>
          <NativeSelect size="small" label="Lĩnh vực" name="category" value={filter.category ?? ''} options={[anyOption('Tất cả'), ...categoryOptions(rules)]} onChange={(value) => set({ category: value || null })} />
        </Box>
        <Box sx={{ width: 220 }}>
          <NativeSelect
            size="small"
            label="Người xử lý"
            name="assigneeId"
            value={filter.assigneeId === null ? '' : String(filter.assigneeId)}
            options={[anyOption('Tất cả'), ...staff.map((member) => ({ value: String(member.id), label: member.fullName }))]}
            onChange={(value) => set({ assigneeId: value ? Number(value) : null })}
          />
        </Box>
        <FormControlLabel label="Chỉ quá hạn" control={<Checkbox checked={filter.overdueOnly} onChange={(event) => set({ overdueOnly: event.target.checked })} />} />
      </Stack>
    </Stack>
  );
}
