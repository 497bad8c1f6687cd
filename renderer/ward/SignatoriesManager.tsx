import Add from '@mui/icons-material/Add';
import { Button, Chip, Stack } from '@mui/material';
import { signatoryInput, signingAuthorities, type Signatory } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { useChannel } from '../api/useChannel';
import { useCan } from '../app/session';
import { EditDialog } from '../ui/EditDialog';
import { EmptyState } from '../ui/EmptyState';
import { FormCheckbox, FormSelectField, FormTextField } from '../ui/fields';
import { LoadState } from '../ui/LoadState';
import { RecordTable, type Column } from '../ui/RecordTable';
import { ListToolbar } from '../ui/ListToolbar';
import { useRecordList } from '../ui/useRecordList';
import { authorityLabels } from './labels';

const columns: Column<Signatory>[] = [
  { header: 'Họ và tên', render: (person) => person.fullName },
  { header: 'Chức vụ', render: (person) => person.position },
  { header: 'Thẩm quyền ký', render: (person) => authorityLabels[person.authority] },
  { header: 'Mặc định', render: (person) => (person.isDefault ? <Chip size="small" color="primary" label="Người ký mặc định" /> : null) },
];

const authorityOptions = signingAuthorities.map((authority) => ({ value: authority, label: authorityLabels[authority] }));
const empty = { id: undefined, fullName: '', position: '', authority: 'TM' as const, isDefault: false };

/** Who signs the unit's documents and with which authority (TM., KT., TL., TUQ.). */
export function SignatoriesManager() {
  const client = useClient();
  const signatories = useChannel('signatories.list', {});
  const canWrite = useCan('ward.write');
  const { editor, remove } = useRecordList({
    source: signatories,
    schema: signatoryInput,
    empty,
    save: (person) => client.call('signatories.save', person),
    savedMessage: 'Đã lưu người ký.',
    nameOf: (person: Signatory) => person.fullName,
    deleteConsequence: 'Người này sẽ không còn trong danh sách người ký; các văn bản đã lập không thay đổi.',
    delete: (person) => client.call('signatories.delete', { id: person.id }),
  });

  return (
    <Stack spacing={2}>
      <ListToolbar
        actions={
          canWrite ? (
            <Button variant="contained" startIcon={<Add />} onClick={() => editor.start()}>
              Thêm người ký
            </Button>
          ) : null
        }
      />
      <LoadState source={signatories}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title="Chưa có người ký nào" description="Thêm Chủ tịch, các Phó Chủ tịch và người được ủy quyền ký văn bản." />
          ) : (
            <RecordTable
              label="Danh sách người ký"
              rows={rows}
              columns={columns}
              rowKey={(person) => person.id}
              rowName={(person) => person.fullName}
              onEdit={canWrite ? (person) => editor.start(person) : undefined}
              onDelete={canWrite ? (person) => void remove(person) : undefined}
            />
          )
        }
      </LoadState>
      <EditDialog title={editor.form.values.id ? 'Sửa người ký' : 'Thêm người ký'} {...editor.dialogProps}>
        <FormTextField form={editor.form} path="fullName" label="Họ và tên" autoFocus />
        <FormTextField form={editor.form} path="position" label="Chức vụ" hint="Ví dụ: Chủ tịch, Phó Chủ tịch" />
        <FormSelectField
          form={editor.form}
          path="authority"
          label="Thẩm quyền ký"
          options={authorityOptions}
          hint="TM. khi ký thay mặt tập thể; KT. khi cấp phó ký thay cấp trưởng."
        />
        <FormCheckbox form={editor.form} path="isDefault" label="Người ký mặc định" />
      </EditDialog>
    </Stack>
  );
}
