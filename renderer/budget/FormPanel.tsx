import { Box, Stack, Typography } from '@mui/material';
import { useCallback, useId } from 'react';
import { budgetChannels, type ComputedForm } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { EditDialog } from '../ui/EditDialog';
import { FormTextField } from '../ui/fields';
import { useConfirmedDelete } from '../ui/useConfirmedDelete';
import { useRecordDialog } from '../ui/useRecordDialog';
import { unitLabels } from './amountFormat';
import { FormGrid } from './FormGrid';
import type { ComputedLine, FigureChange } from './gridModel';
import type { StageRef } from './StageActions';
import { WorkbookImport } from './WorkbookImport';

interface FormPanelProps extends StageRef {
  computed: ComputedForm;
  readOnly: boolean;
  /** Takes the form main returned after a write. */
  onChanged(computed: ComputedForm): void;
}

/** One form of the stage: its title, the Excel tools and the grid. */
export function FormPanel({ year, stage, computed, readOnly, onChanged }: FormPanelProps) {
  const client = useClient();
  const numberId = useId();
  const titleId = useId();
  const confirmedDelete = useConfirmedDelete();
  const { form } = computed;
  const formRef = { year, stage, formCode: form.code };

  const save = useCallback(
    async (changes: FigureChange[]) => onChanged(await client.call('budget.saveFigures', { year, stage, formCode: form.code, changes })),
    [client, year, stage, form.code, onChanged],
  );

  const adder = useRecordDialog({
    schema: budgetChannels['budget.addLine'].input,
    empty: { ...formRef, parent: '', label: '' },
    save: async (input) => onChanged(await client.call('budget.addLine', input)),
    savedMessage: 'Đã thêm dòng.',
    onSaved: () => undefined,
  });
  const parentLabel = computed.lines.find((line) => line.code === adder.form.values.parent)?.label ?? '';

  const removeLine = (line: ComputedLine) =>
    void confirmedDelete({
      name: `dòng "${line.label}"`,
      consequence: 'Dòng chi tiết này và số liệu đã nhập của nó sẽ bị xóa; các dòng tổng được tính lại.',
      remove: async () => onChanged(await client.call('budget.removeLine', { ...formRef, lineCode: line.code })),
    });

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-end', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Box>
          <Typography id={numberId} variant="caption" color="text.secondary">
            {form.formNumber}
          </Typography>
          <Typography id={titleId} variant="subtitle1" component="h3" sx={{ fontWeight: 700, lineHeight: 1.3 }}>
            {form.title}
          </Typography>
          {form.subtitle ? (
            <Typography variant="body2" sx={{ fontStyle: 'italic' }}>
              {form.subtitle}
            </Typography>
          ) : null}
        </Box>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          {readOnly ? null : <WorkbookImport year={year} stage={stage} formCode={form.code} onApplied={onChanged} />}
          <Typography variant="body2" sx={{ fontStyle: 'italic' }}>
            Đơn vị tính: {unitLabels[form.displayUnit]}
          </Typography>
        </Stack>
      </Stack>
      <FormGrid
        computed={computed}
        labelledBy={`${numberId} ${titleId}`}
        readOnly={readOnly}
        save={save}
        onAddLine={readOnly ? undefined : (line) => adder.start({ ...formRef, parent: line.code, label: '' })}
        onRemoveLine={readOnly ? undefined : removeLine}
      />
      {readOnly ? null : (
        <Typography variant="caption" color="text.secondary">
          Gõ số (hoặc chữ ở cột địa điểm, thời gian, ghi chú) hoặc bấm Enter để nhập, Enter để lưu và xuống dòng, Tab sang cột bên phải, Esc để hủy, Delete để xóa số. Có thể dán
          cả vùng số liệu từ Excel (Ctrl+V). Ô nền xám được tính tự động.
        </Typography>
      )}
      <EditDialog title={`Thêm dòng vào "${parentLabel}"`} submitLabel="Thêm dòng" {...adder.dialogProps}>
        <FormTextField form={adder.form} path="label" label="Nội dung dòng" hint="Ví dụ: tên dự án, tên khoản chi." autoFocus />
      </EditDialog>
    </Stack>
  );
}
