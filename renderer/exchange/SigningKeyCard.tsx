import { Button, Paper, Stack, Typography } from '@mui/material';
import type { SigningKeyStatus } from '../../main/api';
import { useClient } from '../api/ClientContext';
import type { ChannelData } from '../api/useChannel';
import { useCan } from '../app/session';
import { ExportButtons, type ExportChoice } from '../ui/ExportButtons';
import { formatDateTime } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { useSaveFile } from '../ui/saveFile';
import { useAction } from '../ui/useAction';
import { Fingerprint } from './Fingerprint';

const formChoices: readonly ExportChoice<'pdf' | 'docx'>[] = [
  { format: 'pdf', label: 'In phiếu đăng ký (PDF)' },
  { format: 'docx', label: 'Phiếu đăng ký (Word)' },
];

/** Who checks this installation's signature: the superior checks a ward's batches, the wards check the superior's receipts and criteria sets. */
type Verifier = 'superior' | 'wards';
const verifierText: Record<Verifier, string> = {
  superior: 'cấp trên dùng nó để xác nhận dữ liệu đúng là của đơn vị gửi',
  wards: 'các xã, phường ghim khóa này để xác nhận giấy báo nhận và bộ tiêu chí đúng là của cơ quan gửi',
};

/** The installation's signing key: created once, its fingerprint sent on the paper form together with the enrolment file. */
export function SigningKeyCard({ keyStatus, verifier = 'superior' }: { keyStatus: ChannelData<SigningKeyStatus | null>; verifier?: Verifier }) {
  return (
    <Paper variant="outlined" component="section" aria-labelledby="signing-key-title" sx={{ p: 2 }}>
      <Typography id="signing-key-title" variant="h6" component="h2" gutterBottom>
        Khóa ký dữ liệu
      </Typography>
      <LoadState source={keyStatus}>{(key) => <KeyDetails signingKey={key} verifier={verifier} onCreated={keyStatus.replace} />}</LoadState>
    </Paper>
  );
}

function KeyDetails({ signingKey, verifier, onCreated }: { signingKey: SigningKeyStatus | null; verifier: Verifier; onCreated(key: SigningKeyStatus): void }) {
  const client = useClient();
  const run = useAction();
  const save = useSaveFile();
  const canManage = useCan('settings.manage');

  const create = async () => {
    const result = await run(() => client.call('exchange.createKey', {}), 'Đã tạo khóa ký.');
    if (result.ok) onCreated(result.value);
  };

  if (!signingKey) {
    return (
      <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Typography variant="body2">
          Chưa có khóa ký. Khóa được tạo một lần; {verifierText[verifier]}.
        </Typography>
        {canManage ? (
          <Button variant="contained" onClick={() => void create()}>
            Tạo khóa ký
          </Button>
        ) : (
          <Typography variant="body2" color="text.secondary">
            Quản trị viên tạo khóa ký (hoặc khóa được tạo khi ghi lô dữ liệu đầu tiên).
          </Typography>
        )}
      </Stack>
    );
  }
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Typography variant="body2">Dấu vân tay khóa (ghi vào phiếu đăng ký khóa có chữ ký, đóng dấu):</Typography>
      <Fingerprint value={signingKey.fingerprint} />
      <Typography variant="body2" color="text.secondary">
        Tạo lúc {formatDateTime(signingKey.createdAt)}
      </Typography>
      {canManage ? (
        <>
          <Typography variant="body2">In phiếu đăng ký, trình Chủ tịch ký, đóng dấu và gửi cùng tệp đăng ký khóa.</Typography>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Button variant="outlined" onClick={() => void save(() => client.call('exchange.enrolmentFile', {}))}>
              Tải phiếu đăng ký khóa
            </Button>
            <ExportButtons choices={formChoices} produce={(format) => client.call('exchange.enrolmentForm', { format })} />
          </Stack>
        </>
      ) : null}
    </Stack>
  );
}
