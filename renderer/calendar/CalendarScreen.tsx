import Add from '@mui/icons-material/Add';
import { Button, Chip, Stack } from '@mui/material';
import { useState } from 'react';
import { contract, type CalendarDay } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { useChannel } from '../api/useChannel';
import { useCan } from '../app/session';
import { useConfirm } from '../ui/confirm';
import { FormDateField } from '../ui/DateField';
import { EditDialog } from '../ui/EditDialog';
import { EmptyState } from '../ui/EmptyState';
import { FormSelectField, FormTextField, NativeSelect } from '../ui/fields';
import { formatDate, formatDateWithWeekday } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { PageLayout } from '../ui/PageLayout';
import { RecordTable, type Column } from '../ui/RecordTable';
import { ListToolbar } from '../ui/ListToolbar';
import { useAction } from '../ui/useAction';
import { useRecordDialog } from '../ui/useRecordDialog';
import { dayKindLabels, daySourceLabels } from './labels';

const columns: Column<CalendarDay>[] = [
  { header: 'Ngày', render: (day) => formatDateWithWeekday(day.date) },
  { header: 'Tên', render: (day) => day.name },
  {
    header: 'Loại',
    render: (day) => <Chip size="small" color={day.kind === 'off' ? 'success' : 'warning'} variant="outlined" label={dayKindLabels[day.kind]} />,
  },
  { header: 'Nguồn', render: (day) => daySourceLabels[day.source] },
];

const kindOptions = (['off', 'working'] as const).map((kind) => ({ value: kind, label: dayKindLabels[kind] }));

function yearChoices(around: number): number[] {
  return Array.from({ length: 7 }, (_, index) => around - 3 + index);
}

/** Days off and make-up working days used to count working-day deadlines; the ward may adjust them. */
export function CalendarScreen() {
  const client = useClient();
  const confirm = useConfirm();
  const run = useAction();
  const canAdjust = useCan('settings.manage');
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const days = useChannel('calendar.getYear', { year });

  const editor = useRecordDialog({
    schema: contract['calendar.saveAdjustment'].input,
    empty: { date: undefined, kind: 'off', name: '' },
    save: async (adjustment) => {
      const savedYear = Number(adjustment.date.slice(0, 4));
      const updated = await client.call('calendar.saveAdjustment', adjustment);
      if (savedYear === year) days.replace(updated);
      else setYear(savedYear);
    },
    savedMessage: 'Đã lưu điều chỉnh lịch.',
    onSaved: () => undefined,
  });

  const removeAdjustment = async (day: CalendarDay) => {
    const confirmed = await confirm({
      title: `Bỏ điều chỉnh ngày ${formatDate(day.date)}?`,
      message: 'Ngày này sẽ trở lại như lịch theo luật và lịch chính thức.',
      confirmLabel: 'Bỏ điều chỉnh',
      destructive: true,
    });
    if (!confirmed) return;
    const result = await run(() => client.call('calendar.deleteAdjustment', { date: day.date }), 'Đã bỏ điều chỉnh.');
    if (result.ok) days.replace(result.value);
  };

  return (
    <PageLayout
      title="Lịch nghỉ lễ"
      description="Ngày nghỉ lễ, Tết và ngày làm việc bù dùng để tính thời hạn theo ngày làm việc."
    >
      <Stack spacing={2}>
        <ListToolbar
          filters={
            <NativeSelect
              label="Năm"
              value={String(year)}
              options={yearChoices(thisYear).map((choice) => ({ value: String(choice), label: String(choice) }))}
              onChange={(chosen) => setYear(Number(chosen))}
              sx={{ width: 140 }}
            />
          }
          actions={
            canAdjust ? (
              <Button variant="contained" startIcon={<Add />} onClick={() => editor.start()}>
                Thêm điều chỉnh
              </Button>
            ) : null
          }
        />
        <LoadState source={days}>
          {(rows) =>
            rows.length === 0 ? (
              <EmptyState title={`Chưa có ngày nghỉ nào trong năm ${year}`} />
            ) : (
              <RecordTable
                label={`Lịch nghỉ năm ${year}`}
                rows={rows}
                columns={columns}
                rowKey={(day) => `${day.date}-${day.source}`}
                rowName={(day) => `ngày ${formatDate(day.date)}`}
                rowActions={
                  canAdjust
                    ? (day) =>
                        day.source === 'ward' ? (
                          <Button size="small" color="error" onClick={() => void removeAdjustment(day)}>
                            Bỏ điều chỉnh
                          </Button>
                        ) : null
                    : undefined
                }
              />
            )
          }
        </LoadState>
      </Stack>
      <EditDialog title="Thêm điều chỉnh lịch" {...editor.dialogProps}>
        <FormDateField form={editor.form} path="date" label="Ngày" />
        <FormSelectField form={editor.form} path="kind" label="Loại ngày" options={kindOptions} />
        <FormTextField form={editor.form} path="name" label="Tên hoặc lý do" hint="Ví dụ: Nghỉ bù Quốc khánh theo thông báo của tỉnh" />
      </EditDialog>
    </PageLayout>
  );
}
