import type { BackupEntry } from '../../main/api';

export const backupReasonLabels: Record<BackupEntry['reason'], string> = {
  daily: 'Tự động hằng ngày',
  manual: 'Thủ công',
  'pre-migration': 'Trước khi nâng cấp',
  'pre-restore': 'Trước khi khôi phục',
};
