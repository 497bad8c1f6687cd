import type { Page } from '@playwright/test';
import { expect, nav, saveScreen, test } from './fixtures';

test.use({ hostSettings: { demo: false, fakeDialogs: true } });

const ADMIN = { username: 'quantri', fullName: 'Nguyễn Thị Quản Trị', password: 'Mat-khau-2026' };

async function login(page: Page, url: string) {
  await page.goto(url);
  await page.getByLabel('Tên đăng nhập').fill(ADMIN.username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Trang chủ' })).toBeVisible();
}

async function addResidentialGroup(page: Page, name: string, households: string) {
  await page.getByRole('button', { name: 'Thêm tổ dân phố' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm tổ dân phố' });
  await dialog.getByLabel('Tên tổ dân phố').fill(name);
  await dialog.getByLabel('Số hộ').fill(households);
  await dialog.getByLabel('Tổ trưởng').fill('Trần Văn Bình');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
}

test('first run: administrator, ward profile, signatory, residential group and staff survive a restart; backup and restore', async ({ page, host }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Chào mừng đến với Sổ Dân Chủ' })).toBeVisible();
  await saveScreen(page, 'first-run');
  await page.getByLabel('Tên đăng nhập').fill(ADMIN.username);
  await page.getByLabel('Họ và tên').fill(ADMIN.fullName);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Nhập lại mật khẩu').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Tạo tài khoản và bắt đầu' }).click();

  await expect(page.getByRole('heading', { name: 'Thiết lập ban đầu' })).toBeVisible();
  await page.getByLabel('Tên đơn vị').fill('Phường Đống Đa');
  await page.getByLabel('Mã đơn vị hành chính').fill('123');
  await page.getByLabel('Tỉnh, thành phố').fill('Thành phố Hà Nội');
  await page.getByLabel('Địa chỉ trụ sở').fill('1 phố Đông Các');
  await page.getByLabel('Tên cơ quan cấp trên').fill('Sở Nội vụ thành phố Hà Nội');
  await page.getByLabel('Mã cơ quan cấp trên').fill('01');
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
  await expect(page.getByText('Mã đơn vị hành chính cấp xã gồm đúng 5 chữ số.')).toBeVisible();
  await saveScreen(page, 'setup-profile-error');
  await page.getByLabel('Mã đơn vị hành chính').fill('00001');
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click();

  await page.getByRole('button', { name: 'Thêm người ký' }).click();
  const signer = page.getByRole('dialog', { name: 'Thêm người ký' });
  await signer.getByLabel('Họ và tên').fill('Lê Văn Chủ');
  await signer.getByLabel('Chức vụ').fill('Chủ tịch');
  await signer.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('table', { name: 'Danh sách người ký' })).toContainText('Lê Văn Chủ');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  await addResidentialGroup(page, 'Tổ dân phố số 1', '182');
  await expect(page.getByRole('table', { name: 'Danh sách tổ dân phố' })).toContainText('Tổ dân phố số 1');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
  const staffDialog = page.getByRole('dialog', { name: 'Thêm cán bộ' });
  await staffDialog.getByLabel('Họ và tên').fill('Phạm Thị Đào');
  await staffDialog.getByLabel('Chức vụ').fill('Công chức Tư pháp - Hộ tịch');
  await staffDialog.getByRole('group', { name: 'Ngày bắt đầu công tác' }).click();
  await page.keyboard.type('01072025');
  await saveScreen(page, 'setup-staff-dialog');
  await staffDialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('table', { name: 'Danh sách cán bộ, công chức' })).toContainText('Phạm Thị Đào');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await page.getByRole('button', { name: 'Vào trang chủ' }).click();
  await expect(page.getByRole('heading', { name: 'Trang chủ' })).toBeVisible();
  await saveScreen(page, 'dashboard-after-setup');

  // A restart of the host: everything entered is still there.
  const url = await host.restart();
  await login(page, url);
  await nav(page, 'Tổ dân phố');
  await expect(page.getByRole('table', { name: 'Danh sách tổ dân phố' })).toContainText('182');
  await nav(page, 'Cán bộ');
  await expect(page.getByRole('table', { name: 'Danh sách cán bộ, công chức' })).toContainText('Phạm Thị Đào');
  await expect(page.getByRole('table', { name: 'Danh sách cán bộ, công chức' })).toContainText('01/07/2025');

  // Back up, change something, restore the backup: the change is gone.
  await nav(page, 'Sao lưu');
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  const backups = page.getByRole('table', { name: 'Danh sách bản sao lưu' });
  await expect(backups.getByRole('row').filter({ hasText: 'Thủ công' })).toHaveCount(1);
  await saveScreen(page, 'backup-list');
  await nav(page, 'Tổ dân phố');
  await addResidentialGroup(page, 'Tổ dân phố số 2', '95');
  await expect(page.getByRole('table', { name: 'Danh sách tổ dân phố' })).toContainText('Tổ dân phố số 2');
  await nav(page, 'Sao lưu');
  await backups.getByRole('row').filter({ hasText: 'Thủ công' }).getByRole('button', { name: 'Khôi phục' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Khôi phục' }).click();
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
  await login(page, host.url);
  await nav(page, 'Tổ dân phố');
  const groups = page.getByRole('table', { name: 'Danh sách tổ dân phố' });
  await expect(groups).toContainText('Tổ dân phố số 1');
  await expect(groups).not.toContainText('Tổ dân phố số 2');
});

