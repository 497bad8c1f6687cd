import type { Page } from '@playwright/test';
import { expect, saveScreen, test } from './fixtures';

async function login(page: Page, username: string) {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill('demo1234');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Trang chủ' })).toBeVisible();
}

test('the demo ward is clearly marked, read-only for a viewer, and one click starts a real ward', async ({ page, host }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  await expect(page.getByText('Đây là dữ liệu mẫu của một phường giả định')).toBeVisible();
  await saveScreen(page, 'demo-login');

  await login(page, 'xem');
  await expect(page.getByText('Bạn đang xem dữ liệu mẫu')).toBeVisible();
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('button', { name: 'Tổ dân phố', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Danh sách tổ dân phố' })).toContainText('Tổ dân phố 12');
  await expect(page.getByRole('button', { name: 'Thêm tổ dân phố' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Đăng xuất' }).click();

  await login(page, 'admin');
  await expect(page.getByText('100 %')).toBeVisible();
  await saveScreen(page, 'demo-dashboard');
  await page.getByRole('button', { name: 'Bắt đầu với phường của tôi' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xóa dữ liệu mẫu và bắt đầu' }).click();
  await expect(page.getByRole('heading', { name: 'Chào mừng đến với Sổ Dân Chủ' })).toBeVisible();
  await expect(page.getByText('Bạn đang xem dữ liệu mẫu')).toHaveCount(0);

  const url = await host.restart();
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Chào mừng đến với Sổ Dân Chủ' })).toBeVisible();
});
