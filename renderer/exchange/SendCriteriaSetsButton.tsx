import { Button } from '@mui/material';
import { useCan } from '../app/session';
import { useNotify } from '../ui/notifications';
import { useFolderAction } from './useFolderAction';

/** Superior installation: writes every published criteria set into one signed file for all wards, into a folder main asks for. */
export function SendCriteriaSetsButton() {
  const runWithFolder = useFolderAction();
  const notify = useNotify();
  const canManage = useCan('criteria.manage');
  if (!canManage) return null;

  const write = async () => {
    const result = await runWithFolder((client) => client.call('exchange.writeDirective', {}));
    if (result) notify.success(`Đã ghi ${result.sets} bộ tiêu chí vào ${result.path}. Gửi tệp này cho các xã, phường.`);
  };

  return (
    <Button variant="outlined" onClick={() => void write()}>
      Gửi bộ tiêu chí xuống xã, phường
    </Button>
  );
}
