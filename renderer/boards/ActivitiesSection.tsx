import Add from '@mui/icons-material/Add';
import AttachFile from '@mui/icons-material/AttachFile';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, TextField, Tooltip } from '@mui/material';
import { useState } from 'react';
import { boardActivityInput, type BoardActivity } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { AttachmentList } from '../attachments/AttachmentList';
import { FormDateField } from '../ui/DateField';
import { EditDialog } from '../ui/EditDialog';
import { EmptyState } from '../ui/EmptyState';
import { ExportButtons } from '../ui/ExportButtons';
import { FormSelectField, FormTextField } from '../ui/fields';
import { formatDate } from '../ui/format';
import { RecordTable, type Column } from '../ui/RecordTable';
import { useRecordList } from '../ui/useRecordList';
import { Section, type SectionProps } from './BoardPage';
import { activityKindLabels, optionsOf } from './labels';
import { matchesSearch } from './MembersSection';
import { Recommendations, useRecommendationDialogs } from './Recommendations';

const describe = (a: BoardActivity) => `${activityKindLabels[a.kind].toLowerCase()} ngày ${formatDate(a.date)}`;

/** Inspections and supervision visits, each with its recommendations and the ward's answers, and its files. */
export function ActivitiesSection({ board, canWrite, reload }: SectionProps) {
  const client = useClient();
  const [search, setSearch] = useState('');
  const [filesOf, setFilesOf] = useState<BoardActivity | null>(null);
  const recommendationDialogs = useRecommendationDialogs(reload);
  const { editor, remove } = useRecordList({
    source: { reload },
    schema: boardActivityInput,
    empty: { id: undefined, boardId: board.id, kind: 'supervision', date: undefined, subject: '', findings: '' },
    save: (value) => client.call('boards.saveActivity', value),
    savedMessage: 'Đã lưu hoạt động.',
    nameOf: (a: BoardActivity) => `hoạt động ${describe(a)}`,
    deleteConsequence: 'Tệp đính kèm của hoạt động cũng bị xóa. Hoạt động đã có kiến nghị thì không xóa được.',
    delete: (a) => client.call('boards.deleteActivity', { id: a.id }),
  });
  const { form } = editor;
  const open = canWrite && !board.dissolved;
  const rows = board.activities.filter((a) => matchesSearch(search, a.subject, a.findings, ...a.recommendations.flatMap((r) => [r.content, r.answer])));
  const columns: Column<BoardActivity>[] = [
    { header: 'Ngày', render: (a) => formatDate(a.date) },
    { header: 'Hình thức', render: (a) => activityKindLabels[a.kind] },
    { header: 'Nội dung, kết quả', render: (a) => <><strong>{a.subject}</strong><br />{a.findings}</> },
    { header: 'Kiến nghị và trả lời của phường', render: (a) => <Recommendations activity={a} canWrite={canWrite} canAdd={open} dialogs={recommendationDialogs} /> },
  ];

  return (
    <Section
      title="Hoạt động kiểm tra, giám sát"
      actions={
        <>
          <TextField size="small" label="Tìm hoạt động" value={search} onChange={(event) => setSearch(event.target.value)} />
          <ExportButtons choices={[{ format: 'xlsx', label: 'Xuất Excel' }]} produce={() => client.call('boards.exportActivities', { boardId: board.id, search })} />
          {open ? (
            <Button variant="contained" startIcon={<Add />} onClick={() => editor.start()} disabled={board.compositionIssues.length > 0}>
              Thêm hoạt động
            </Button>
          ) : null}
        </>
      }
    >
      {rows.length === 0 ? (
        <EmptyState title={search ? 'Không có hoạt động nào khớp với từ tìm' : 'Chưa có hoạt động nào'} description="Ghi các cuộc kiểm tra, giám sát của Ban và kiến nghị gửi phường." />
      ) : (
        <RecordTable
          label="Danh sách hoạt động"
          rows={rows}
          columns={columns}
          rowKey={(a) => a.id}
          rowName={describe}
          rowActions={(a) => (
            <Tooltip title="Tệp đính kèm">
              <IconButton size="small" aria-label={`Tệp đính kèm ${describe(a)}`} onClick={() => setFilesOf(a)}>
                <AttachFile fontSize="small" />
              </IconButton>
            </Tooltip>
          )}
          onEdit={canWrite ? (a) => editor.start(a) : undefined}
          onDelete={canWrite ? (a) => void remove(a) : undefined}
        />
      )}
      <EditDialog title={form.values.id ? 'Sửa hoạt động' : 'Thêm hoạt động'} {...editor.dialogProps}>
        <FormSelectField form={form} path="kind" label="Hình thức" options={optionsOf(activityKindLabels)} />
        <FormDateField form={form} path="date" label="Ngày" />
        <FormTextField form={form} path="subject" label="Nội dung kiểm tra, giám sát" autoFocus />
        <FormTextField form={form} path="findings" label="Kết quả" multiline />
      </EditDialog>
      {recommendationDialogs.element}
      <Dialog open={filesOf !== null} onClose={() => setFilesOf(null)} maxWidth="md" fullWidth>
        <DialogTitle>{filesOf ? `Tệp đính kèm: ${describe(filesOf)}` : ''}</DialogTitle>
        <DialogContent>
          {filesOf ? (
            <AttachmentList entity="boardActivity" entityId={String(filesOf.id)} title="Biên bản, ảnh" emptyMessage="Chưa có tệp nào." canAdd={canWrite} canDelete={canWrite} />
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setFilesOf(null)}>Đóng</Button>
        </DialogActions>
      </Dialog>
    </Section>
  );
}
