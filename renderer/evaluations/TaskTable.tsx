import Add from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { Button, Checkbox, FormHelperText, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import type { FieldErrors } from '../ui/schemaForm';
import { emptyTask, type TaskDraft } from './sheetDraft';

interface TaskTableProps {
  label: string;
  tasks: TaskDraft[];
  errors: FieldErrors;
  onChange(tasks: TaskDraft[]): void;
}

/** The tasks assigned in the period: done or not, quality failures and delays, each costing part of the task's points. */
export function TaskTable({ label, tasks, errors, onChange }: TaskTableProps) {
  const update = (index: number, change: Partial<TaskDraft>) => onChange(tasks.map((task, at) => (at === index ? { ...task, ...change } : task)));
  const countField = (index: number, field: 'qualityFailures' | 'delays', name: string) => (
    <TextField
      size="small"
      value={tasks[index]![field]}
      onChange={(event) => update(index, { [field]: event.target.value })}
      error={errors[`tasks.${index}.${field}`] !== undefined}
      helperText={errors[`tasks.${index}.${field}`]}
      slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-label': `${name} nhiệm vụ ${index + 1}`, name: `tasks.${index}.${field}` } }}
      sx={{ width: 90 }}
    />
  );

  return (
    <Stack spacing={1} component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="subtitle2">
        {label}
      </Typography>
      {errors.tasks ? <FormHelperText error>{errors.tasks}</FormHelperText> : null}
      {tasks.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          Chưa có nhiệm vụ nào được giao trong kỳ.
        </Typography>
      ) : (
        <Table size="small" aria-label="Nhiệm vụ được giao">
          <TableHead>
            <TableRow>
              <TableCell>Nhiệm vụ</TableCell>
              <TableCell align="center">Hoàn thành</TableCell>
              <TableCell>Lỗi chất lượng</TableCell>
              <TableCell>Lần chậm</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {tasks.map((task, index) => (
              <TableRow key={index}>
                <TableCell>
                  <TextField
                    size="small"
                    fullWidth
                    value={task.title}
                    onChange={(event) => update(index, { title: event.target.value })}
                    error={errors[`tasks.${index}.title`] !== undefined}
                    helperText={errors[`tasks.${index}.title`]}
                    slotProps={{ htmlInput: { 'aria-label': `Tên nhiệm vụ ${index + 1}`, name: `tasks.${index}.title` } }}
                  />
                </TableCell>
                <TableCell align="center">
                  <Checkbox
                    checked={task.done}
                    onChange={(event) => update(index, { done: event.target.checked })}
                    slotProps={{ input: { 'aria-label': `Hoàn thành nhiệm vụ ${index + 1}` } }}
                  />
                </TableCell>
                <TableCell>{countField(index, 'qualityFailures', 'Số lỗi chất lượng')}</TableCell>
                <TableCell>{countField(index, 'delays', 'Số lần chậm')}</TableCell>
                <TableCell>
                  <IconButton aria-label={`Xóa nhiệm vụ ${index + 1}`} size="small" color="error" onClick={() => onChange(tasks.filter((_, at) => at !== index))}>
                    <DeleteOutlined fontSize="small" />
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Button size="small" startIcon={<Add />} onClick={() => onChange([...tasks, emptyTask()])} sx={{ alignSelf: 'flex-start' }}>
        Thêm nhiệm vụ
      </Button>
    </Stack>
  );
}
