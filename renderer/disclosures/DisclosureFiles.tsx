import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import type { Disclosure } from '../../main/api';
import { AttachmentList } from '../attachments/AttachmentList';

/** Photos of the posting and scans of the decision, the proof of a disclosure; kept once it has ended or been replaced. */
export function DisclosureFiles({ entry, canWrite, onClose }: { entry: Disclosure | null; canWrite: boolean; onClose(): void }) {
  const locked = entry?.status === 'ended' || entry?.status === 'reDisclosed';
  return (
    <Dialog open={entry !== null} onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{entry ? `Tệp đính kèm: ${entry.title}` : ''}</DialogTitle>
      <DialogContent>
        {entry?.id ? (
          <AttachmentList
            entity="disclosure"
            entityId={String(entry.id)}
            title="Ảnh niêm yết, bản chụp văn bản"
            emptyMessage="Chưa có tệp đính kèm."
            canAdd={canWrite}
            canDelete={canWrite && !locked}
          />
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Đóng</Button>
      </DialogActions>
    </Dialog>
  );
}
