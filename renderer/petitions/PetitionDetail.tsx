import { Alert, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useId } from 'react';
import { petitionSourceLabels, petitionStatusLabels, type Petition, type PetitionAction } from '../../main/api';
import { AttachmentList } from '../attachments/AttachmentList';
import { Facts } from '../meetings/Facts';
import { formatDate } from '../ui/format';
import { statusColors } from './labels';
import type { StatusAction } from './StatusActionDialog';

const actionLabels: Record<StatusAction, string> = { assign: 'Giao xử lý', answer: 'Trả lời', forward: 'Chuyển cơ quan khác', close: 'Đóng phản ánh' };
const statusActions: StatusAction[] = ['assign', 'answer', 'forward', 'close'];

function personFacts(entry: Petition): [string, string][] {
  if (!entry.person) return [];
  return [
    ['Người gửi', entry.person.name || 'Không ghi tên'],
    ['Địa chỉ', entry.person.address],
    ['Tổ dân phố', entry.person.residentialGroupName ?? ''],
    ['Điện thoại', entry.person.phone],
  ];
}

interface PetitionDetailProps {
  entry: Petition;
  canWrite: boolean;
  onClose(): void;
  onEdit(): void;
  onAction(action: StatusAction): void;
}

/** One entry as recorded, with what its status allows and its attached files. */
export function PetitionDetail({ entry, canWrite, onClose, onEdit, onAction }: PetitionDetailProps) {
  const titleId = useId();
  const allowed = (action: PetitionAction) => canWrite && entry.actions.includes(action);
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>
        Kiến nghị, phản ánh nhận ngày {formatDate(entry.receivedOn)} <Chip size="small" color={statusColors[entry.status]} label={petitionStatusLabels[entry.status]} />
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          {entry.overdue ? <Alert severity="error">Đã quá hạn trả lời ({formatDate(entry.dueOn)}).</Alert> : null}
          {entry.personHidden ? <Alert severity="info">Thông tin người gửi được ẩn với tài khoản của bạn.</Alert> : null}
          <Facts
            label="Chi tiết kiến nghị, phản ánh"
            facts={[
              ['Nguồn', [petitionSourceLabels[entry.source], entry.sourceNote].filter(Boolean).join(' – ')],
              ...personFacts(entry),
              ['Nội dung', entry.content],
              ['Lĩnh vực', entry.categoryLabel],
              ['Người xử lý', entry.assigneeName ?? 'Chưa giao'],
              ['Hạn trả lời', formatDate(entry.dueOn)],
              ['Trả lời', entry.answeredOn ? `${formatDate(entry.answeredOn)}: ${entry.answer}` : ''],
              ['Chuyển đến', entry.forwardedOn ? `${entry.forwardedTo} (ngày ${formatDate(entry.forwardedOn)})` : ''],
              ['Đóng', entry.closedOn ? [formatDate(entry.closedOn), entry.closingNote].filter(Boolean).join(': ') : ''],
            ]}
          />
          {/* Letters and scans name their sender: main shows them only to those who may see who wrote. */}
          {entry.personHidden ? null : (
            <AttachmentList
              entity="petition"
              entityId={String(entry.id)}
              title="Tệp đính kèm (đơn, thư, ảnh)"
              emptyMessage="Chưa có tệp đính kèm."
              canAdd={canWrite}
              canDelete={canWrite && entry.status !== 'closed'}
            />
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        {allowed('edit') ? <Button onClick={onEdit}>Sửa</Button> : null}
        {statusActions.filter(allowed).map((action) => (
          <Button key={action} variant={action === 'answer' ? 'contained' : 'outlined'} color={action === 'close' ? 'error' : 'primary'} onClick={() => onAction(action)}>
            {actionLabels[action]}
          </Button>
        ))}
        <Button onClick={onClose}>Đóng cửa sổ</Button>
      </DialogActions>
    </Dialog>
  );
}
