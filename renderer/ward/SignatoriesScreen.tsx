import { PageLayout } from '../ui/PageLayout';
import { SignatoriesManager } from './SignatoriesManager';

export function SignatoriesScreen() {
  return (
    <PageLayout title="Người ký" description="Người ký và thẩm quyền ký được in ở phần chữ ký của văn bản.">
      <SignatoriesManager />
    </PageLayout>
  );
}
