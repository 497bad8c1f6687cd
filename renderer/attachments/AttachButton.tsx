import AttachFileOutlined from '@mui/icons-material/AttachFileOutlined';
import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { attachmentFileMessages, MAX_ATTACHMENT_BYTES, type AttachableEntity, type AttachmentInfo } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { messageOf } from '../api/client';
import { FilePickButton } from '../ui/FilePickButton';
import { readAsBase64 } from '../ui/readFile';
import { formatFileSize } from '../ui/format';
import { useNotify } from '../ui/notifications';

type Upload = { phase: 'describe'; file: File; note: string; sending: boolean } | { phase: 'refused'; fileName: string; message: string };

/** What the renderer can tell before reading the file; main checks the content itself. */
function fileProblem(file: File): string | null {
  if (file.size === 0) return attachmentFileMessages.empty(file.name);
  if (file.size > MAX_ATTACHMENT_BYTES) return attachmentFileMessages.tooLarge(file.name);
  return null;
}

interface AttachButtonProps {
  entity: AttachableEntity;
  entityId: string;
  onAttached(attachment: AttachmentInfo): void;
}

/** Picks a photo or scan, asks for an optional note, sends its content to main and shows main's refusal. */
export function AttachButton({ entity, entityId, onAttached }: AttachButtonProps) {
  const client = useClient();
  const notify = useNotify();
  const [upload, setUpload] = useState<Upload | null>(null);

  const pick = (file: File) => {
    const problem = fileProblem(file);
    setUpload(problem ? { phase: 'refused', fileName: file.name, message: problem } : { phase: 'describe', file, note: '', sending: false });
  };

  const send = async (file: File, note: string) => {
    setUpload({ phase: 'describe', file, note, sending: true });
    try {
      const contentBase64 = await readAsBase64(file);
      const attachment = await client.call('attachments.add', { entity, entityId, fileName: file.name, note, contentBase64 });
      setUpload(null);
      notify.success(`Đã đính kèm tệp "${attachment.fileName}".`);
      onAttached(attachment);
    } catch (error) {
      setUpload({ phase: 'refused', fileName: file.name, message: messageOf(error, 'Không đính kèm được tệp này. Vui lòng thử lại.') });
    }
  };

  return (
    <>
      <FilePickButton
        size="small"
        variant="outlined"
        startIcon={<AttachFileOutlined />}
        accept="image/*,application/pdf"
        inputLabel="Chọn ảnh hoặc bản chụp để đính kèm"
        onPick={pick}
      >
        Đính kèm ảnh/bản chụp…
      </FilePickButton>
      <UploadDialog upload={upload} onNoteChange={(note) => setUpload((current) => (current?.phase === 'describe' ? { ...current, note } : current))} onSend={(file, note) => void send(file, note)} onClose={() => setUpload(null)} />
    </>
  );
}

interface UploadDialogProps {
  upload: Upload | null;
  onNoteChange(note: string): void;
  onSend(file: File, note: string): void;
  onClose(): void;
}

function UploadDialog({ upload, onNoteChange, onSend, onClose }: UploadDialogProps) {
  const titleId = useId();
  const describing = upload?.phase === 'describe' ? upload : null;
  const sending = describing?.sending ?? false;
  return (
    <Dialog open={upload !== null} onClose={sending ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{describing ? 'Đính kèm tệp' : 'Không đính kèm được tệp'}</DialogTitle>
      <DialogContent>
        {upload?.phase === 'refused' ? <Alert severity="error">{upload.message}</Alert> : null}
        {describing ? (
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2">
              {describing.file.name} · {formatFileSize(describing.file.size)}
            </Typography>
            <TextField
              label="Ghi chú"
              value={describing.note}
              onChange={(event) => onNoteChange(event.target.value)}
              helperText="Không bắt buộc. Ví dụ: ảnh chụp bảng tin tại trụ sở UBND ngày niêm yết."
              multiline
              disabled={sending}
              slotProps={{ htmlInput: { maxLength: 500 } }}
            />
            {sending ? (
              <Stack direction="row" spacing={1} role="status" sx={{ alignItems: 'center' }}>
                <CircularProgress size={18} aria-hidden />
                <Typography variant="body2">Đang gửi tệp, vui lòng chờ…</Typography>
              </Stack>
            ) : null}
          </Stack>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={sending}>
          {describing ? 'Hủy' : 'Đóng'}
        </Button>
        {describing ? (
          <Button variant="contained" disabled={sending} onClick={() => onSend(describing.file, describing.note)}>
            Đính kèm
          </Button>
        ) : null}
      </DialogActions>
    </Dialog>
  );
}
