import { Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useId, useState } from 'react';
import type { AttachableEntity, AttachmentInfo } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { useChannel } from '../api/useChannel';
import { formatDateTime, formatFileSize } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { useSaveFile } from '../ui/saveFile';
import { useConfirmedDelete } from '../ui/useConfirmedDelete';
import { AttachButton } from './AttachButton';
import { mediaTypeLabels } from './labels';

interface AttachmentListProps {
  entity: AttachableEntity;
  entityId: string;
  title: string;
  emptyMessage: string;
  canAdd: boolean;
  /** False for readers, and for a locked record: its attachments are evidence and stay. */
  canDelete: boolean;
}

/** The photos and scans attached to one record: open (save) them, attach more, delete after a confirmation. */
export function AttachmentList({ entity, entityId, title, emptyMessage, canAdd, canDelete }: AttachmentListProps) {
  const headingId = useId();
  const attachments = useChannel('attachments.list', { entity, entityId });
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 0.5 }}>
        <Typography id={headingId} variant="subtitle2" component="h3">
          {title}
        </Typography>
        {canAdd ? <AttachButton entity={entity} entityId={entityId} onAttached={() => void attachments.reload()} /> : null}
      </Stack>
      <LoadState source={attachments}>
        {(items) =>
          items.length === 0 ? (
            <Typography role="status" variant="body2" color="text.secondary">
              {emptyMessage}
            </Typography>
          ) : (
            <AttachmentTable
              items={items}
              labelledBy={headingId}
              canDelete={canDelete}
              onDeleted={() => void attachments.reload()}
            />
          )
        }
      </LoadState>
    </Box>
  );
}

interface AttachmentTableProps {
  items: AttachmentInfo[];
  labelledBy: string;
  canDelete: boolean;
  onDeleted(): void;
}

function AttachmentTable({ items, labelledBy, canDelete, onDeleted }: AttachmentTableProps) {
  const client = useClient();
  const saveGenerated = useSaveFile();
  const confirmedDelete = useConfirmedDelete();
  const [opening, setOpening] = useState<number | null>(null);

  const open = async (item: AttachmentInfo) => {
    setOpening(item.id);
    try {
      await saveGenerated(() => client.call('attachments.get', { id: item.id }));
    } finally {
      setOpening(null);
    }
  };

  const remove = async (item: AttachmentInfo) => {
    const deleted = await confirmedDelete({
      name: `tệp "${item.fileName}"`,
      consequence: 'Tệp đính kèm sẽ bị xóa khỏi hồ sơ; việc xóa được ghi vào nhật ký thay đổi.',
      remove: () => client.call('attachments.delete', { id: item.id }),
    });
    if (deleted) onDeleted();
  };

  return (
    <Table size="small" aria-labelledby={labelledBy}>
      <TableHead>
        <TableRow>
          <TableCell>Tên tệp</TableCell>
          <TableCell>Loại</TableCell>
          <TableCell align="right">Dung lượng</TableCell>
          <TableCell>Ngày đính kèm</TableCell>
          <TableCell>Ghi chú</TableCell>
          <TableCell align="right">Thao tác</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.id}>
            <TableCell sx={{ wordBreak: 'break-word' }}>{item.fileName}</TableCell>
            <TableCell>{mediaTypeLabels[item.mediaType]}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {formatFileSize(item.sizeBytes)}
            </TableCell>
            <TableCell>
              {formatDateTime(item.createdAt)}
              <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                {item.createdBy}
              </Typography>
            </TableCell>
            <TableCell sx={{ whiteSpace: 'pre-line' }}>{item.note}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              <Button size="small" aria-label={`Mở ${item.fileName}`} disabled={opening === item.id} onClick={() => void open(item)}>
                Mở
              </Button>
              {canDelete ? (
                <Button size="small" color="error" aria-label={`Xóa ${item.fileName}`} onClick={() => void remove(item)}>
                  Xóa
                </Button>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
