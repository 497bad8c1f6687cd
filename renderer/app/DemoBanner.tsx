import { Alert, Button } from '@mui/material';
import { useClient } from '../api/ClientContext';
import { useConfirm } from '../ui/confirm';
import { useAction } from '../ui/useAction';
import { useSession } from './session';

/** On every screen of the demo: says the data is made up and offers to start with the real ward. */
export function DemoBanner() {
  const client = useClient();
  const confirm = useConfirm();
  const run = useAction();
  const { setStatus } = useSession();

  const startRealWard = async () => {
    const confirmed = await confirm({
      title: 'Bắt đầu với phường của tôi?',
      message:
        'Dữ liệu mẫu và các bản sao lưu của nó sẽ bị xóa khỏi máy này. Sau đó bạn tạo tài khoản quản trị và nhập thông tin thật của đơn vị mình.',
      confirmLabel: 'Xóa dữ liệu mẫu và bắt đầu',
      destructive: true,
    });
    if (!confirmed) return;
    const result = await run(() => client.call('app.startRealWard', {}));
    if (result.ok) setStatus(result.value);
  };

  return (
    <Alert
      severity="warning"
      square
      sx={{ alignItems: 'center' }}
      action={
        <Button color="inherit" variant="outlined" size="small" onClick={() => void startRealWard()}>
          Bắt đầu với phường của tôi
        </Button>
      }
    >
      Bạn đang xem dữ liệu mẫu của một phường giả định. Mọi thay đổi ở đây chỉ để dùng thử.
    </Alert>
  );
}
