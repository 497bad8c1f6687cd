import { Box, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { Disclosure } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { useChannel } from '../api/useChannel';
import { YearSelect } from '../evaluations/YearSelect';
import { DateField } from '../ui/DateField';
import { EditDialog } from '../ui/EditDialog';
import { EmptyState } from '../ui/EmptyState';
import { LoadState } from '../ui/LoadState';
import { RecordTable } from '../ui/RecordTable';
import { todayIso } from '../ui/format';
import { useAction } from '../ui/useAction';
import { formsText, optionalDate } from './labels';

const monthOf = (entry: Disclosure) => Number((entry.plannedOn ?? '').slice(5, 7));

/** The annual disclosure plan (Art. 14): the planned records of the year by month, each marked posted when done. */
export function PlanTab({ canWrite, year, onYear }: { canWrite: boolean; year: number; onYear(year: number): void }) {
  const client = useClient();
  const run = useAction();
  const plan = useChannel('disclosures.list', { year, status: 'planned' });
  const [posting, setPosting] = useState<Disclosure | null>(null);
  const [postedOn, setPostedOn] = useState<string | null>(todayIso());

  const markPosted = async () => {
    if (!posting || !postedOn) return;
    const done = await run(() => client.call('disclosures.markPosted', { id: posting.id!, disclosedOn: postedOn }), 'Đã đánh dấu đã công khai.');
    if (done.ok) {
      setPosting(null);
      void plan.reload();
    }
  };

  return (
    <Stack spacing={2}>
      <YearSelect year={year} onChange={onYear} />
      <LoadState source={plan}>
        {(entries) =>
          entries.length === 0 ? (
            <EmptyState title={`Kế hoạch công khai năm ${year} chưa có nội dung nào`} description="Thêm bản ghi ở Sổ công khai với trạng thái “Kế hoạch” và ngày dự kiến." />
          ) : (
            [...new Set(entries.map(monthOf))].map((month) => (
              <Box key={month}>
                <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
                  Tháng {month}
                </Typography>
                <RecordTable
                  label={`Kế hoạch công khai tháng ${month}`}
                  rows={entries.filter((entry) => monthOf(entry) === month)}
                  rowKey={(entry) => entry.key}
                  rowName={(entry) => entry.title}
                  columns={[
                    { header: 'Ngày dự kiến', render: (entry) => optionalDate(entry.plannedOn) },
                    { header: 'Nhóm', render: (entry) => entry.group },
                    { header: 'Nội dung', render: (entry) => entry.title },
                    { header: 'Hình thức', render: formsText },
                    { header: 'Người phụ trách', render: (entry) => entry.owner || '—' },
                    { header: 'Cảnh báo', render: (entry) => entry.warnings.join(' ') },
                  ]}
                  rowActions={(entry) =>
                    canWrite ? (
                      <Button size="small" aria-label={`Đánh dấu đã công khai ${entry.title}`} onClick={() => setPosting(entry)}>
                        Đánh dấu đã công khai
                      </Button>
                    ) : null
                  }
                />
              </Box>
            ))
          )
        }
      </LoadState>
      <EditDialog open={posting !== null} title={`Đã công khai: ${posting?.title ?? ''}`} onClose={() => setPosting(null)} onSubmit={() => void markPosted()} submitLabel="Xác nhận">
        <DateField label="Ngày công khai" value={postedOn} onChange={setPostedOn} />
      </EditDialog>
    </Stack>
  );
}
