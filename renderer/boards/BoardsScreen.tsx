import Add from '@mui/icons-material/Add';
import { Button, Chip, Link, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { boardInput, boardTitle, type Board, type BoardKind } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { useChannel } from '../api/useChannel';
import { useCan } from '../app/session';
import { FormDateField } from '../ui/DateField';
import { EditDialog } from '../ui/EditDialog';
import { EmptyState } from '../ui/EmptyState';
import { FormNumberField, FormSelectField, FormTextField } from '../ui/fields';
import { formatDate, formatNumber } from '../ui/format';
import { ListToolbar } from '../ui/ListToolbar';
import { LoadState } from '../ui/LoadState';
import { PageLayout } from '../ui/PageLayout';
import { RecordTable, type Column } from '../ui/RecordTable';
import { useRecordList } from '../ui/useRecordList';
import { BoardPage } from './BoardPage';
import { boardKindLabels, optionsOf } from './labels';

const emptyBoard = { id: undefined, kind: 'inspection' as BoardKind, from: undefined, to: null, projectName: '', investor: '', projectValue: null, note: '' };

function StatusChips({ board }: { board: Board }) {
  if (board.dissolved) return <Chip size="small" label="Đã giải thể" />;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
      {board.compositionIssues.length > 0 ? <Chip size="small" color="warning" label="Chưa đủ thành phần" /> : <Chip size="small" color="success" label="Đủ thành phần" />}
      {board.overdueRecommendations > 0 ? <Chip size="small" color="error" label={`${board.overdueRecommendations} kiến nghị quá hạn trả lời`} /> : null}
    </Stack>
  );
}

/** The People's Inspection Board and the investment supervision boards: a list, then one board's page. */
export function BoardsScreen() {
  const [openId, setOpenId] = useState<number | null>(null);
  return openId === null ? <BoardList onOpen={setOpenId} /> : <BoardPage boardId={openId} onBack={() => setOpenId(null)} />;
}

function BoardList({ onOpen }: { onOpen(id: number): void }) {
  const client = useClient();
  const canWrite = useCan('boards.write');
  const [search, setSearch] = useState('');
  const boards = useChannel('boards.list', { search });
  const { editor, remove } = useRecordList({
    source: boards,
    schema: boardInput,
    empty: emptyBoard,
    save: (value) => client.call('boards.save', value),
    savedMessage: 'Đã lưu thông tin ban.',
    nameOf: (board: Board) => boardTitle(board),
    deleteConsequence: 'Thành viên, kế hoạch và báo cáo của ban cũng bị xóa. Ban đã có hoạt động thì không xóa được.',
    delete: (board) => client.call('boards.delete', { id: board.id }),
  });
  const { form } = editor;
  const project = form.values.kind === 'investmentSupervision';
  const columns: Column<Board>[] = [
    {
      header: 'Tên ban',
      render: (board) => (
        <Link component="button" type="button" onClick={() => onOpen(board.id)} sx={{ textAlign: 'left' }}>
          {boardTitle(board)}
        </Link>
      ),
    },
    { header: 'Thời gian', render: (board) => `${formatDate(board.from)} – ${board.to ? formatDate(board.to) : 'nay'}` },
    { header: 'Thành viên', render: (board) => formatNumber(board.memberCount), align: 'right' },
    { header: 'Tình trạng', render: (board) => <StatusChips board={board} /> },
  ];

  return (
    <PageLayout
      title="Ban Thanh tra, Giám sát cộng đồng"
      description="Ban Thanh tra nhân dân theo nhiệm kỳ và Ban Giám sát đầu tư của cộng đồng theo từng dự án: thành viên, kế hoạch, hoạt động, kiến nghị và trả lời của phường."
    >
      <Stack spacing={2}>
        <ListToolbar
          filters={<TextField size="small" label="Tìm ban, dự án" value={search} onChange={(event) => setSearch(event.target.value)} />}
          actions={
            canWrite ? (
              <Button variant="contained" startIcon={<Add />} onClick={() => editor.start()}>
                Thêm ban
              </Button>
            ) : null
          }
        />
        <LoadState source={boards}>
          {(rows) =>
            rows.length === 0 ? (
              <EmptyState
                title={search ? 'Không có ban nào khớp với từ tìm' : 'Chưa có ban nào'}
                description="Thêm Ban Thanh tra nhân dân của nhiệm kỳ, hoặc Ban Giám sát đầu tư của cộng đồng cho một dự án."
              />
            ) : (
              <RecordTable
                label="Danh sách các ban"
                rows={rows}
                columns={columns}
                rowKey={(board) => board.id}
                rowName={(board) => boardTitle(board)}
                onEdit={canWrite ? (board) => editor.start(board) : undefined}
                onDelete={canWrite ? (board) => void remove(board) : undefined}
              />
            )
          }
        </LoadState>
      </Stack>
      <EditDialog title={form.values.id ? 'Sửa thông tin ban' : 'Thêm ban'} {...editor.dialogProps}>
        <FormSelectField form={form} path="kind" label="Loại ban" options={optionsOf(boardKindLabels)} disabled={form.values.id !== undefined} />
        {project ? (
          <>
            <FormTextField form={form} path="projectName" label="Tên dự án, công trình" />
            <FormTextField form={form} path="investor" label="Chủ đầu tư" />
            <FormNumberField form={form} path="projectValue" label="Tổng mức đầu tư (đồng)" hint="Không bắt buộc." />
          </>
        ) : null}
        <FormDateField form={form} path="from" label={project ? 'Ngày khởi công' : 'Ngày bắt đầu nhiệm kỳ'} />
        <FormDateField form={form} path="to" label={project ? 'Ngày kết thúc dự án' : 'Ngày hết nhiệm kỳ'} clearable
          hint={project ? 'Sau ngày này Ban tự giải thể, không ghi thêm hoạt động.' : undefined}
        />
        <FormTextField form={form} path="note" label="Ghi chú" multiline hint="Không bắt buộc." />
      </EditDialog>
    </PageLayout>
  );
}
