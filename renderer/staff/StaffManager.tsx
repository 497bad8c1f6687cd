import Add from '@mui/icons-material/Add';
import { Button, Chip, FormControlLabel, Stack, Switch } from '@mui/material';
import { useState } from 'react';
import { employmentTypes, staffMemberInput, type StaffMember } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { useChannel } from '../api/useChannel';
import { useCan } from '../app/session';
import { FormDateField } from '../ui/DateField';
import { EditDialog } from '../ui/EditDialog';
import { EmptyState } from '../ui/EmptyState';
import { FormSelectField, FormTextField } from '../ui/fields';
import { formatDate } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { RecordTable, type Column } from '../ui/RecordTable';
import { ListToolbar } from '../ui/ListToolbar';
import { useRecordList } from '../ui/useRecordList';
import { employmentTypeLabels } from './labels';

const columns: Column<StaffMember>[] = [
  { header: 'Họ và tên', render: (member) => member.fullName },
  { header: 'Chức vụ', render: (member) => member.position },
  { header: 'Bộ phận', render: (member) => member.department },
  { header: 'Loại', render: (member) => employmentTypeLabels[member.employmentType] },
  {
    header: 'Thời gian công tác',
    render: (member) => (
      <>
        {formatDate(member.activeFrom)} – {member.activeTo ? formatDate(member.activeTo) : 'nay'}
        {member.activeTo ? <Chip size="small" label="Đã thôi công tác" sx={{ ml: 1 }} /> : null}
      </>
    ),
  },
];

const typeOptions = employmentTypes.map((type) => ({ value: type, label: employmentTypeLabels[type] }));
const empty = {
  id: undefined,
  fullName: '',
  position: '',
  department: '',
  employmentType: 'civilServant' as const,
  activeFrom: undefined,
  activeTo: null,
  note: '',
};

/** The register of cadres, civil servants, public employees and workers of the unit. */
export function StaffManager() {
  const client = useClient();
  const [includeInactive, setIncludeInactive] = useState(false);
  const staff = useChannel('staff.list', { includeInactive });
  const canWrite = useCan('staff.write');
  const { editor, remove } = useRecordList({
    source: staff,
    schema: staffMemberInput,
    empty,
    save: (member) => client.call('staff.save', member),
    savedMessage: 'Đã lưu thông tin cán bộ.',
    nameOf: (member: StaffMember) => member.fullName,
    deleteConsequence: 'Chỉ nên xóa khi nhập nhầm. Người đã nghỉ thì ghi ngày thôi công tác để giữ lại hồ sơ.',
    delete: (member) => client.call('staff.delete', { id: member.id }),
  });
  const { form } = editor;

  return (
    <Stack spacing={2}>
      <ListToolbar
        filters={
          <FormControlLabel
            control={<Switch checked={includeInactive} onChange={(event) => setIncludeInactive(event.target.checked)} />}
            label="Hiện cả người đã thôi công tác"
          />
        }
        actions={
          canWrite ? (
            <Button variant="contained" startIcon={<Add />} onClick={() => editor.start()}>
              Thêm cán bộ
            </Button>
          ) : null
        }
      />
      <LoadState source={staff}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState
              title={includeInactive ? 'Chưa có cán bộ nào' : 'Chưa có cán bộ nào đang công tác'}
              description="Danh sách dùng để chọn người dự họp, người ký và thành phần các ban."
            />
          ) : (
            <RecordTable
              label="Danh sách cán bộ, công chức"
              rows={rows}
              columns={columns}
              rowKey={(member) => member.id}
              rowName={(member) => member.fullName}
              onEdit={canWrite ? (member) => editor.start(member) : undefined}
              onDelete={canWrite ? (member) => void remove(member) : undefined}
            />
          )
        }
      </LoadState>
      <EditDialog title={form.values.id ? 'Sửa thông tin cán bộ' : 'Thêm cán bộ'} {...editor.dialogProps}>
        <FormTextField form={form} path="fullName" label="Họ và tên" autoFocus />
        <FormTextField form={form} path="position" label="Chức vụ" hint="Ví dụ: Công chức Văn phòng - Thống kê" />
        <FormTextField form={form} path="department" label="Bộ phận" hint="Không bắt buộc." />
        <FormSelectField form={form} path="employmentType" label="Loại" options={typeOptions} />
        <FormDateField form={form} path="activeFrom" label="Ngày bắt đầu công tác" />
        <FormDateField form={form} path="activeTo" label="Ngày thôi công tác"
          hint="Để trống nếu đang công tác."
          clearable
        />
        <FormTextField form={form} path="note" label="Ghi chú" multiline hint="Không bắt buộc." />
      </EditDialog>
    </Stack>
  );
}
