import Add from '@mui/icons-material/Add';
import { Button, Stack, Typography } from '@mui/material';
import { residentialGroupInput, type ResidentialGroup } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { useChannel } from '../api/useChannel';
import { useCan } from '../app/session';
import { EditDialog } from '../ui/EditDialog';
import { EmptyState } from '../ui/EmptyState';
import { FormNumberField, FormTextField } from '../ui/fields';
import { formatNumber } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { RecordTable, type Column } from '../ui/RecordTable';
import { ListToolbar } from '../ui/ListToolbar';
import { useRecordList } from '../ui/useRecordList';

const columns: Column<ResidentialGroup>[] = [
  { header: 'Tên tổ dân phố', render: (group) => group.name },
  { header: 'Số hộ', render: (group) => formatNumber(group.householdCount), align: 'right' },
  { header: 'Tổ trưởng', render: (group) => group.headName },
  { header: 'Ghi chú', render: (group) => group.note },
];

const empty = { id: undefined, name: '', householdCount: undefined, headName: '', note: '' };

/** The residential groups (tổ dân phố, thôn, bản) with their household counts. */
export function ResidentialGroupsManager() {
  const client = useClient();
  const groups = useChannel('residentialGroups.list', {});
  const canWrite = useCan('ward.write');
  const { editor, remove } = useRecordList({
    source: groups,
    schema: residentialGroupInput,
    empty,
    save: (group) => client.call('residentialGroups.save', group),
    savedMessage: 'Đã lưu tổ dân phố.',
    nameOf: (group: ResidentialGroup) => group.name,
    deleteConsequence: 'Tổ dân phố sẽ bị xóa khỏi danh sách; thao tác được ghi vào lịch sử thay đổi.',
    delete: (group) => client.call('residentialGroups.delete', { id: group.id }),
  });

  return (
    <Stack spacing={2}>
      <ListToolbar
        actions={
          canWrite ? (
            <Button variant="contained" startIcon={<Add />} onClick={() => editor.start()}>
              Thêm tổ dân phố
            </Button>
          ) : null
        }
      />
      <LoadState source={groups}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title="Chưa có tổ dân phố nào" description="Thêm các tổ dân phố (thôn, bản) cùng số hộ của từng tổ." />
          ) : (
            <>
              <RecordTable
                label="Danh sách tổ dân phố"
                rows={rows}
                columns={columns}
                rowKey={(group) => group.id}
                rowName={(group) => group.name}
                onEdit={canWrite ? (group) => editor.start(group) : undefined}
                onDelete={canWrite ? (group) => void remove(group) : undefined}
              />
              <Typography variant="body2" color="text.secondary">
                Tổng cộng {formatNumber(rows.length)} tổ dân phố, {formatNumber(rows.reduce((sum, group) => sum + group.householdCount, 0))} hộ.
              </Typography>
            </>
          )
        }
      </LoadState>
      <EditDialog title={editor.form.values.id ? 'Sửa tổ dân phố' : 'Thêm tổ dân phố'} {...editor.dialogProps}>
        <FormTextField form={editor.form} path="name" label="Tên tổ dân phố" hint="Ví dụ: Tổ dân phố số 1, Thôn Đông" autoFocus />
        <FormNumberField form={editor.form} path="householdCount" label="Số hộ" />
        <FormTextField form={editor.form} path="headName" label="Tổ trưởng" hint="Không bắt buộc." />
        <FormTextField form={editor.form} path="note" label="Ghi chú" multiline hint="Không bắt buộc." />
      </EditDialog>
    </Stack>
  );
}
