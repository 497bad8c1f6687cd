import Add from '@mui/icons-material/Add';
import { Button, TextField } from '@mui/material';
import { useState } from 'react';
import { boardMemberInput, foldVietnamese, type BoardMember } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { useChannel } from '../api/useChannel';
import { FormDateField } from '../ui/DateField';
import { EditDialog } from '../ui/EditDialog';
import { EmptyState } from '../ui/EmptyState';
import { ExportButtons } from '../ui/ExportButtons';
import { FormSelectField, FormTextField } from '../ui/fields';
import { formatDate } from '../ui/format';
import { RecordTable, type Column } from '../ui/RecordTable';
import { useRecordList } from '../ui/useRecordList';
import { Section, type SectionProps } from './BoardPage';
import { optionsOf, roleLabels } from './labels';
import { NumberChoiceField } from './NumberChoiceField';

const columns: Column<BoardMember>[] = [
  { header: 'Họ và tên', render: (m) => m.fullName },
  { header: 'Chức danh', render: (m) => roleLabels[m.role] },
  { header: 'Tổ dân phố', render: (m) => m.residentialGroupName ?? '' },
  { header: 'Nghề nghiệp', render: (m) => m.occupation },
  { header: 'Thời gian', render: (m) => `${formatDate(m.from)} – ${m.to ? formatDate(m.to) : 'nay'}` },
];

/** Text typed with or without diacritics finds members by name, group or occupation. */
export const matchesSearch = (search: string, ...texts: string[]) => texts.some((text) => foldVietnamese(text).includes(foldVietnamese(search.trim())));

export function MembersSection({ board, canWrite, reload }: SectionProps) {
  const client = useClient();
  const groups = useChannel('residentialGroups.list', {});
  const [search, setSearch] = useState('');
  const { editor, remove } = useRecordList({
    source: { reload },
    schema: boardMemberInput,
    empty: { id: undefined, boardId: board.id, fullName: '', residentialGroupId: null, occupation: '', role: 'member', from: board.from, to: null },
    save: (value) => client.call('boards.saveMember', value),
    savedMessage: 'Đã lưu thành viên.',
    nameOf: (m: BoardMember) => m.fullName,
    deleteConsequence: 'Chỉ nên xóa khi nhập nhầm. Thành viên thôi tham gia thì ghi ngày thôi để giữ lại lịch sử của Ban.',
    delete: (m) => client.call('boards.deleteMember', { id: m.id }),
  });
  const { form } = editor;
  const rows = board.members.filter((m) => matchesSearch(search, m.fullName, m.residentialGroupName ?? '', m.occupation));

  return (
    <Section
      title="Thành viên"
      actions={
        <>
          <TextField size="small" label="Tìm thành viên" value={search} onChange={(event) => setSearch(event.target.value)} />
          <ExportButtons choices={[{ format: 'xlsx', label: 'Xuất Excel' }]} produce={() => client.call('boards.exportMembers', { boardId: board.id, search })} />
          {canWrite ? (
            <Button variant="contained" startIcon={<Add />} onClick={() => editor.start()}>
              Thêm thành viên
            </Button>
          ) : null}
        </>
      }
    >
      {rows.length === 0 ? (
        <EmptyState title={search ? 'Không có thành viên nào khớp với từ tìm' : 'Ban chưa có thành viên'} />
      ) : (
        <RecordTable
          label="Danh sách thành viên"
          rows={rows}
          columns={columns}
          rowKey={(m) => m.id}
          rowName={(m) => m.fullName}
          onEdit={canWrite ? (m) => editor.start(m) : undefined}
          onDelete={canWrite ? (m) => void remove(m) : undefined}
        />
      )}
      <EditDialog title={form.values.id ? 'Sửa thành viên' : 'Thêm thành viên'} {...editor.dialogProps}>
        <FormTextField form={form} path="fullName" label="Họ và tên" autoFocus />
        <FormSelectField form={form} path="role" label="Chức danh trong Ban" options={optionsOf(roleLabels)} />
        <NumberChoiceField
          form={form}
          path="residentialGroupId"
          label="Tổ dân phố"
          noneLabel="(Chưa chọn)"
          options={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
        />
        <FormTextField form={form} path="occupation" label="Nghề nghiệp" hint="Giúp phân biệt với cán bộ, công chức của phường trùng tên." />
        <FormDateField form={form} path="from" label="Ngày bắt đầu" />
        <FormDateField form={form} path="to" label="Ngày thôi làm thành viên" clearable hint="Để trống nếu đang tham gia." />
      </EditDialog>
    </Section>
  );
}
