import Add from '@mui/icons-material/Add';
import { Button } from '@mui/material';
import { boardPlanInput, boardReportInput, periodLabel, type BoardPlan, type BoardReport } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { LinesField } from '../meetings/LinesField';
import { FormDateField } from '../ui/DateField';
import { EditDialog } from '../ui/EditDialog';
import { EmptyState } from '../ui/EmptyState';
import { FormNumberField, FormSelectField, FormTextField } from '../ui/fields';
import { formatDate, todayIso } from '../ui/format';
import { RecordTable } from '../ui/RecordTable';
import type { SchemaForm } from '../ui/schemaForm';
import { useRecordList } from '../ui/useRecordList';
import { Section, type SectionProps } from './BoardPage';
import { optionsOf, planKindLabels } from './labels';
import { NumberChoiceField } from './NumberChoiceField';

const partOptions = [
  { value: 1, label: 'Quý I / 6 tháng đầu năm' },
  { value: 2, label: 'Quý II / 6 tháng cuối năm' },
  { value: 3, label: 'Quý III' },
  { value: 4, label: 'Quý IV' },
];

interface PeriodValues {
  kind: BoardPlan['kind'] | undefined;
  year: number | undefined;
  part: number | null | undefined;
}

function PeriodFields<V extends PeriodValues>({ form }: { form: SchemaForm<V, unknown> }) {
  return (
    <>
      <FormSelectField form={form as SchemaForm<PeriodValues, unknown>} path="kind" label="Kỳ" options={optionsOf(planKindLabels)} />
      <FormNumberField form={form as SchemaForm<PeriodValues, unknown>} path="year" label="Năm" />
      <NumberChoiceField form={form as SchemaForm<PeriodValues, unknown>} path="part" label="Quý / 6 tháng" noneLabel="(Kỳ năm: để trống)" options={partOptions} />
    </>
  );
}

const thisYear = () => Number(todayIso().slice(0, 4));

export function PeriodSections(props: SectionProps) {
  return (
    <>
      <PlansSection {...props} canWrite={props.canWrite && !props.board.dissolved} />
      <ReportsSection {...props} />
    </>
  );
}

function PlansSection({ board, canWrite, reload }: SectionProps) {
  const client = useClient();
  const { editor, remove } = useRecordList({
    source: { reload },
    schema: boardPlanInput,
    empty: { id: undefined, boardId: board.id, kind: 'quarter', year: thisYear(), part: 1, items: [] },
    save: (value) => client.call('boards.savePlan', value),
    savedMessage: 'Đã lưu kế hoạch.',
    nameOf: (plan: BoardPlan) => `kế hoạch ${periodLabel(plan)}`,
    deleteConsequence: 'Các nội dung của kế hoạch sẽ bị xóa.',
    delete: (plan) => client.call('boards.deletePlan', { id: plan.id }),
  });
  const { form } = editor;
  return (
    <Section title="Kế hoạch hoạt động" actions={canWrite ? <Button startIcon={<Add />} onClick={() => editor.start()}>Thêm kế hoạch</Button> : null}>
      {board.plans.length === 0 ? (
        <EmptyState title="Chưa có kế hoạch nào" description="Ban lập kế hoạch theo quý, 6 tháng và năm." />
      ) : (
        <RecordTable
          label="Danh sách kế hoạch"
          rows={board.plans}
          columns={[
            { header: 'Kỳ', render: (row) => periodLabel(row) },
            { header: 'Nội dung', render: (plan) => plan.items.join('; ') },
          ]}
          rowKey={(plan) => plan.id}
          rowName={(plan) => `kế hoạch ${periodLabel(plan)}`}
          onEdit={canWrite ? (plan) => editor.start(plan) : undefined}
          onDelete={canWrite ? (plan) => void remove(plan) : undefined}
        />
      )}
      <EditDialog title={form.values.id ? 'Sửa kế hoạch' : 'Thêm kế hoạch'} {...editor.dialogProps}>
        <PeriodFields form={form} />
        <LinesField label="Nội dung kế hoạch" hint="Mỗi dòng một nội dung." name="items" value={form.values.items ?? []} onChange={(items) => form.set('items', items)} error={form.errors.items} />
      </EditDialog>
    </Section>
  );
}

function ReportsSection({ board, canWrite, reload }: SectionProps) {
  const client = useClient();
  const { editor, remove } = useRecordList({
    source: { reload },
    schema: boardReportInput,
    empty: { id: undefined, boardId: board.id, kind: 'quarter', year: thisYear(), part: 1, reportedOn: todayIso(), summary: '' },
    save: (value) => client.call('boards.saveReport', value),
    savedMessage: 'Đã lưu báo cáo.',
    nameOf: (report: BoardReport) => `báo cáo ${periodLabel(report)}`,
    deleteConsequence: 'Nội dung báo cáo sẽ bị xóa.',
    delete: (report) => client.call('boards.deleteReport', { id: report.id }),
  });
  const { form } = editor;
  return (
    <Section title="Báo cáo định kỳ" actions={canWrite ? <Button startIcon={<Add />} onClick={() => editor.start()}>Thêm báo cáo</Button> : null}>
      {board.reports.length === 0 ? (
        <EmptyState title="Chưa có báo cáo nào" />
      ) : (
        <RecordTable
          label="Danh sách báo cáo"
          rows={board.reports}
          columns={[
            { header: 'Kỳ', render: (row) => periodLabel(row) },
            { header: 'Ngày báo cáo', render: (report) => formatDate(report.reportedOn) },
            { header: 'Tóm tắt', render: (report) => report.summary },
          ]}
          rowKey={(report) => report.id}
          rowName={(report) => `báo cáo ${periodLabel(report)}`}
          onEdit={canWrite ? (report) => editor.start(report) : undefined}
          onDelete={canWrite ? (report) => void remove(report) : undefined}
        />
      )}
      <EditDialog title={form.values.id ? 'Sửa báo cáo' : 'Thêm báo cáo'} {...editor.dialogProps}>
        <PeriodFields form={form} />
        <FormDateField form={form} path="reportedOn" label="Ngày báo cáo" />
        <FormTextField form={form} path="summary" label="Tóm tắt kết quả" multiline />
      </EditDialog>
    </Section>
  );
}
