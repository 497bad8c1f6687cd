import { PageLayout } from '../ui/PageLayout';
import { ResidentialGroupsManager } from './ResidentialGroupsManager';

export function ResidentialGroupsScreen() {
  return (
    <PageLayout title="Tổ dân phố" description="Số hộ của từng tổ dùng để tính tỷ lệ tham gia hội nghị và lấy ý kiến.">
      <ResidentialGroupsManager />
    </PageLayout>
  );
}
