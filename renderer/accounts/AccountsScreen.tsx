import Add from '@mui/icons-material/Add';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import { Button, Chip, IconButton, Stack, Tooltip } from '@mui/material';
import { accountRoles, contract, type Account, type StaffMember } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { useChannel } from '../api/useChannel';
import { EditDialog } from '../ui/EditDialog';
import { FormCheckbox, FormSelectField, FormTextField, NativeSelect } from '../ui/fields';
import { formatDateTime } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { PageLayout } from '../ui/PageLayout';
import { RecordTable, type Column } from '../ui/RecordTable';
import { ListToolbar } from '../ui/ListToolbar';
import { useRecordDialog } from '../ui/useRecordDialog';
import { roleLabels } from './labels';

const roleOptions = accountRoles.map((role) => ({ value: role, label: roleLabels[role] }));

function accountState(account: Account) {
  if (account.disabled) return <Chip size="small" label="Ngừng sử dụng" />;
  if (account.lockedUntil && new Date(account.lockedUntil) > new Date()) {
    return <Chip size="small" color="warning" label={`Tạm khóa đến ${formatDateTime(account.lockedUntil)}`} />;
  }
  return <Chip size="small" color="success" variant="outlined" label="Đang dùng" />;
}

const columnsFor = (staffNames: ReadonlyMap<number, string>): Column<Account>[] => [
  { header: 'Tên đăng nhập', render: (account) => account.username },
  { header: 'Họ và tên', render: (account) => account.fullName },
  { header: 'Vai trò', render: (account) => roleLabels[account.role] },
  { header: 'Cán bộ tương ứng', render: (account) => (account.staffMemberId === null ? '—' : (staffNames.get(account.staffMemberId) ?? '…')) },
  { header: 'Trạng thái', render: accountState },
  { header: 'Đăng nhập gần nhất', render: (account) => (account.lastLoginAt ? formatDateTime(account.lastLoginAt) : 'Chưa đăng nhập') },
];

interface StaffMemberSelectProps {
  staff: readonly StaffMember[];
  value: number | null | undefined;
  error: string | undefined;
  onChange(staffMemberId: number | null): void;
}

/** The staff member the account belongs to, so that the person sees their own evaluation results. */
function StaffMemberSelect({ staff, value, error, onChange }: StaffMemberSelectProps) {
  const options = [{ value: '', label: '— Không gắn —' }, ...staff.map((member) => ({ value: String(member.id), label: `${member.fullName} – ${member.position}` }))];
  return (
    <NativeSelect
      label="Cán bộ tương ứng"
      name="staffMemberId"
      value={value == null ? '' : String(value)}
      options={options}
      onChange={(selected) => onChange(selected === '' ? null : Number(selected))}
      error={error}
      hint="Người dùng là cán bộ nào trong danh sách: họ xem được kết quả đánh giá của chính mình."
    />
  );
}

export function AccountsScreen() {
  const client = useClient();
  const accounts = useChannel('accounts.list', {});
  const staff = useChannel('staff.list', { includeInactive: true });
  const staffList = staff.data ?? [];
  const columns = columnsFor(new Map(staffList.map((member) => [member.id, member.fullName])));
  const reload = () => void accounts.reload();
  const creator = useRecordDialog({
    schema: contract['accounts.create'].input,
    empty: { username: '', fullName: '', role: 'clerk', password: '', staffMemberId: null },
    save: (account) => client.call('accounts.create', account),
    savedMessage: 'Đã tạo tài khoản.',
    onSaved: reload,
  });
  const editor = useRecordDialog({
    schema: contract['accounts.update'].input,
    empty: { id: undefined, fullName: '', role: 'clerk', disabled: false, staffMemberId: null },
    save: (account) => client.call('accounts.update', account),
    savedMessage: 'Đã lưu tài khoản.',
    onSaved: reload,
  });
  const resetter = useRecordDialog({
    schema: contract['accounts.resetPassword'].input,
    empty: { id: undefined, password: '' },
    save: (reset) => client.call('accounts.resetPassword', reset),
    savedMessage: 'Đã đặt lại mật khẩu. Hãy báo mật khẩu mới cho người dùng.',
    onSaved: reload,
  });

  return (
    <PageLayout title="Tài khoản" description="Ai được dùng ứng dụng trên máy này và được làm gì.">
      <Stack spacing={2}>
        <ListToolbar
          actions={
            <Button variant="contained" startIcon={<Add />} onClick={() => creator.start()}>
              Thêm tài khoản
            </Button>
          }
        />
        <LoadState source={accounts}>
          {(rows) => (
            <RecordTable
              label="Danh sách tài khoản"
              rows={rows}
              columns={columns}
              rowKey={(account) => account.id}
              rowName={(account) => `tài khoản ${account.username}`}
              onEdit={({ id, fullName, role, disabled, staffMemberId }) => editor.start({ id, fullName, role, disabled, staffMemberId })}
              rowActions={(account) => (
                <Tooltip title="Đặt lại mật khẩu">
                  <IconButton
                    size="small"
                    aria-label={`Đặt lại mật khẩu tài khoản ${account.username}`}
                    onClick={() => resetter.start({ id: account.id, password: '' })}
                  >
                    <KeyOutlined fontSize="small" />
                  </IconButton>
                </Tooltip>
              )}
            />
          )}
        </LoadState>
      </Stack>
      <EditDialog title="Thêm tài khoản" {...creator.dialogProps}>
        <FormTextField form={creator.form} path="username" label="Tên đăng nhập" hint="Chữ không dấu, chữ số và . _ -" autoFocus />
        <FormTextField form={creator.form} path="fullName" label="Họ và tên" />
        <FormSelectField form={creator.form} path="role" label="Vai trò" options={roleOptions} />
        <FormTextField form={creator.form} path="password" label="Mật khẩu" type="password" autoComplete="new-password" hint="Ít nhất 8 ký tự." />
        <StaffMemberSelect
          staff={staffList}
          value={creator.form.values.staffMemberId}
          error={creator.form.errors.staffMemberId}
          onChange={(staffMemberId) => creator.form.set('staffMemberId', staffMemberId)}
        />
      </EditDialog>
      <EditDialog title="Sửa tài khoản" {...editor.dialogProps}>
        <FormTextField form={editor.form} path="fullName" label="Họ và tên" autoFocus />
        <FormSelectField form={editor.form} path="role" label="Vai trò" options={roleOptions} />
        <StaffMemberSelect
          staff={staffList}
          value={editor.form.values.staffMemberId}
          error={editor.form.errors.staffMemberId}
          onChange={(staffMemberId) => editor.form.set('staffMemberId', staffMemberId)}
        />
        <FormCheckbox form={editor.form} path="disabled" label="Ngừng sử dụng tài khoản này" />
      </EditDialog>
      <EditDialog title="Đặt lại mật khẩu" submitLabel="Đặt lại mật khẩu" {...resetter.dialogProps}>
        <FormTextField form={resetter.form} path="password" label="Mật khẩu mới" type="password" autoComplete="new-password" hint="Ít nhất 8 ký tự." autoFocus />
      </EditDialog>
    </PageLayout>
  );
}
