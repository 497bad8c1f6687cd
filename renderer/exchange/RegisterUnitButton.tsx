import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { useState } from 'react';
import type { Out } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { FilePickButton } from '../ui/FilePickButton';
import { useAction } from '../ui/useAction';
import { Fingerprint } from './Fingerprint';

type Registration = Out<'exchange.registerUnit'>;

/**
 * Registers a ward's key from its enrolment file, then asks the operator to compare the fingerprint with the signed
 * paper form: the file alone proves nothing, the paper is the trust anchor.
 */
export function RegisterUnitButton({ onChanged, onRevoke }: { onChanged(): void; onRevoke(fingerprint: string, unitName: string): Promise<void> }) {
  const client = useClient();
  const run = useAction();
  const [registered, setRegistered] = useState<Registration | null>(null);

  const register = async (file: File) => {
    const result = await run(async () => client.call('exchange.registerUnit', { content: await file.text() }));
    if (!result.ok) return;
    setRegistered(result.value);
    onChanged();
  };

  const revoke = async (entry: Registration) => {
    setRegistered(null);
    await onRevoke(entry.fingerprint, entry.unitName);
  };

  return (
    <>
      <FilePickButton variant="contained" accept=".json,application/json" inputLabel="Chọn phiếu đăng ký khóa (.json)" onPick={(file) => void register(file)}>
        Đăng ký xã, phường từ tệp
      </FilePickButton>
      <Dialog open={registered !== null} onClose={() => setRegistered(null)} aria-labelledby="registered-title" maxWidth="sm" fullWidth>
        <DialogTitle id="registered-title">Đã đăng ký khóa của {registered?.unitName}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>
              So sánh từng nhóm ký tự của dấu vân tay dưới đây với phiếu đăng ký khóa có chữ ký, đóng dấu của {registered?.unitName} (mã{' '}
              {registered?.unitCode}). Nếu không khớp, hãy thu hồi khóa ngay và liên hệ đơn vị.
            </DialogContentText>
            {registered ? <Fingerprint value={registered.fingerprint} /> : null}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button color="error" onClick={() => registered && void revoke(registered)}>
            Không khớp, thu hồi khóa
          </Button>
          <Button variant="contained" onClick={() => setRegistered(null)} autoFocus>
            Khớp với phiếu
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
