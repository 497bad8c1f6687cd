import { PageLayout } from '../ui/PageLayout';
import { StaffManager } from './StaffManager';

export function StaffScreen() {
  return (
    <PageLayout title="Cán bộ, công chức" description="Cán bộ, công chức, viên chức và người lao động của đơn vị.">
      <StaffManager />
    </PageLayout>
  );
}
