import { Button } from '@mui/material';
import { useState } from 'react';
import { useClient } from '../api/ClientContext';
import { ApiCallError } from '../api/client';
import { useCan } from '../app/session';
import { useAction } from '../ui/useAction';

/**
 * "Chuyển vào sổ theo dõi" next to an opinion in the minutes. Opinion ids change whenever the agenda
 * item is saved, so the current id is looked up at the click; main refuses a second entry from one opinion.
 */
export function OpinionLedgerButton({ agendaItemId, position, speaker }: { agendaItemId: number; position: number; speaker: string }) {
  const client = useClient();
  const run = useAction();
  const canWrite = useCan('petitions.write');
  const [busy, setBusy] = useState(false);
  if (!canWrite) return null;
  const toLedger = async () => {
    setBusy(true);
    await run(async () => {
      const links = await client.call('petitions.opinionLinks', { agendaItemId });
      const link = links.find((entry) => entry.position === position);
      if (!link) throw new ApiCallError({ code: 'NOT_FOUND', message: 'Không tìm thấy ý kiến này trong biên bản. Hãy tải lại trang.' });
      return client.call('petitions.fromOpinion', { opinionId: link.opinionId });
    }, 'Đã chuyển ý kiến vào sổ theo dõi kiến nghị.');
    setBusy(false);
  };
  return (
    <Button size="small" disabled={busy} aria-label={`Chuyển ý kiến của ${speaker} vào sổ theo dõi`} onClick={() => void toLedger()} sx={{ ml: 1, py: 0 }}>
      Chuyển vào sổ theo dõi
    </Button>
  );
}
