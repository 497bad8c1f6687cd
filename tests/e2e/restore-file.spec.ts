import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, saveScreen, test } from './fixtures';

test.use({ hostSettings: { demo: false, fakeDialogs: true } });

test('restoring a file that is not a backup is refused with a Vietnamese reason and changes nothing', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByLabel('Tên đăng nhập').fill('quantri');
  await page.getByLabel('Họ và tên').fill('Quản Trị Viên');
  await page.getByLabel('Mật khẩu', { exact: true }).fill('Mat-khau-2026');
  await page.getByLabel('Nhập lại mật khẩu').fill('Mat-khau-2026');
  await page.getByRole('button', { name: 'Tạo tài khoản và bắt đầu' }).click();
  await page.getByLabel('Tên đơn vị').fill('Xã Yên Bình');
  await page.getByLabel('Loại đơn vị').selectOption({ label: 'Xã' });
  await page.getByLabel('Mã đơn vị hành chính').fill('04567');
  await page.getByLabel('Tỉnh, thành phố').fill('Tỉnh Thái Nguyên');
  await page.getByLabel('Địa chỉ trụ sở').fill('Thôn Trung Tâm');
  await page.getByLabel('Tên cơ quan cấp trên').fill('Sở Nội vụ tỉnh Thái Nguyên');
  await page.getByLabel('Mã cơ quan cấp trên').fill('19');
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
  for (let step = 0; step < 3; step++) await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await page.getByRole('button', { name: 'Vào trang chủ' }).click();

  const fake = path.join(host.dialogDir, 'bien-ban.sqlite');
  await writeFile(fake, 'Biên bản họp tổ dân phố, không phải cơ sở dữ liệu');
  await host.setOpenDialogResponse(fake);
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('button', { name: 'Sao lưu', exact: true }).click();
  await page.getByRole('button', { name: 'Khôi phục từ tệp…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Chọn tệp và khôi phục' }).click();
  await expect(page.getByRole('alert')).toContainText('không phải là bản sao lưu dữ liệu của Sổ Dân Chủ');
  await saveScreen(page, 'restore-refused');
  await expect(page.getByText('Xã Yên Bình').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
});
