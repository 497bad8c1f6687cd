import { Alert } from '@mui/material';
import { useChannel } from '../api/useChannel';
import { useCan, useIsSuperior, useSession } from '../app/session';
import { LoadState } from '../ui/LoadState';
import { PageLayout } from '../ui/PageLayout';
import { ProfileForm } from './ProfileForm';

export function ProfileScreen() {
  const profile = useChannel('ward.getProfile', {});
  const canWrite = useCan('ward.write');
  const superior = useIsSuperior();
  const { refreshStatus } = useSession();

  return (
    <PageLayout
      title={superior ? 'Thông tin cơ quan' : 'Thông tin đơn vị'}
      description="Những thông tin này xuất hiện trên văn bản, biên bản và báo cáo gửi cấp trên."
    >
      {canWrite ? null : (
        <Alert severity="info" sx={{ mb: 2 }}>
          Tài khoản của bạn chỉ được xem thông tin này.
        </Alert>
      )}
      <LoadState source={profile}>
        {(current) => (
          <ProfileForm
            key={current?.updatedAt ?? 'new'}
            profile={current}
            readOnly={!canWrite}
            submitLabel="Lưu thông tin"
            onSaved={(saved) => {
              profile.replace(saved);
              void refreshStatus();
            }}
          />
        )}
      </LoadState>
    </PageLayout>
  );
}
