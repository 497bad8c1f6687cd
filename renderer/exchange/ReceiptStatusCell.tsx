import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { useState } from 'react';
import type { SentBatchView } from '../../main/api';
import { formatDateTime } from '../ui/format';
import { receiptStatusLabels } from './labels';
import { RejectedLinesList } from './RejectedLinesList';

/** The receipt status of a sent batch; what the superior's receipt said (missing batches, rejected lines) on demand. */
export function ReceiptStatusCell({ batch }: { batch: SentBatchView }) {
  const [open, setOpen] = useState(false);
  const detail = batch.receiptDetail;
  if (!detail) return receiptStatusLabels[batch.receiptStatus];
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <span>{receiptStatusLabels[batch.receiptStatus]}</span>
      <Button size="small" aria-label={`Xem báo nhận của lô số ${batch.seq}`} onClick={() => setOpen(true)}>
        Xem
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={`receipt-${batch.seq}-title`} maxWidth="sm" fullWidth>
        <DialogTitle id={`receipt-${batch.seq}-title`}>Báo nhận của cấp trên cho lô số {batch.seq}</DialogTitle>
        <DialogContent>
          <DialogContentText>
            Cấp trên nhận lúc {formatDateTime(detail.receivedAt)} (giấy báo nhận số {detail.receiptSeq}).{' '}
            {detail.missingSeqs.length > 0 ? `Khi đó cấp trên còn thiếu lô số ${detail.missingSeqs.join(', ')}.` : 'Khi đó cấp trên không thiếu lô nào.'}
          </DialogContentText>
          {detail.rejectedLines.length > 0 ? (
            <>
              <DialogContentText sx={{ mt: 1 }}>Các dòng bị từ chối:</DialogContentText>
              <RejectedLinesList lines={detail.rejectedLines} label={`Các dòng bị từ chối của lô số ${batch.seq}`} />
            </>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button variant="contained" onClick={() => setOpen(false)}>
            Đóng
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
