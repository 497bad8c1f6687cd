import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, logIn, nav, saveScreen, test, type HostProcess } from './fixtures';

test.use({ hostSettings: { demo: true, fakeDialogs: true } });

const OFFICE = { username: 'sonoivu', fullName: 'Trần Minh Tâm', password: 'Mat-khau-2026', name: 'Sở Nội vụ tỉnh Demo', code: '99' };

/** The one file in a host's dialog folder whose name matches, once it has been written. */
async function fileIn(host: HostProcess, pattern: RegExp): Promise<string> {
  let names: string[] = [];
  await expect.poll(async () => (names = (await readdir(host.dialogDir)).filter((name) => pattern.test(name))).length, { message: `one file matching ${pattern}` }).toBe(1);
  return path.join(host.dialogDir, names[0]!);
}

/** Clicks "Tải phiếu đăng ký khóa" and keeps the downloaded enrolment file in the host's dialog folder. */
async function downloadEnrolment(page: Page, host: HostProcess): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải phiếu đăng ký khóa' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^enrol-[A-Z0-9-]+\.json$/);
  const saved = path.join(host.dialogDir, file.suggestedFilename());
  await file.saveAs(saved);
  return saved;
}

/** A superior-office installation set up through its first-run screens: administrator, then the office's identity. */
async function setUpSuperiorOffice(page: Page, host: HostProcess) {
  await page.goto(host.url);
  await page.getByRole('radio', { name: 'Cơ quan cấp trên' }).check();
  await page.getByLabel('Tên đăng nhập').fill(OFFICE.username);
  await page.getByLabel('Họ và tên').fill(OFFICE.fullName);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(OFFICE.password);
  await page.getByLabel('Nhập lại mật khẩu').fill(OFFICE.password);
  await page.getByRole('button', { name: 'Tạo tài khoản và bắt đầu' }).click();
  await expect(page.getByRole('heading', { name: 'Thiết lập ban đầu' })).toBeVisible();
  await page.getByLabel('Tên cơ quan', { exact: true }).fill(OFFICE.name);
  await page.getByLabel('Mã cơ quan', { exact: true }).fill(OFFICE.code);
  await page.getByLabel('Tỉnh, thành phố').fill('Tỉnh Demo');
  await page.getByLabel('Địa chỉ trụ sở').fill('1 đường Trần Phú');
  await page.getByLabel('Tên cơ quan cấp trên').fill('Ủy ban nhân dân tỉnh Demo');
  await page.getByLabel('Mã cơ quan cấp trên').fill('UBND-T');
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
  for (let step = 0; step < 2; step++) await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await page.getByRole('button', { name: 'Vào trang chủ' }).click();
  await expect(page.getByRole('heading', { name: 'Trang chủ' })).toBeVisible();
}

test('a ward sends a batch; the superior registers it, imports it after a dry run, sees it received and writes a receipt the ward imports', async ({
  browser,
  host: ward,
  secondHost: office,
}) => {
  test.setTimeout(120_000);
  const wardPage = await (await browser.newContext()).newPage();
  const officePage = await (await browser.newContext()).newPage();

  // The ward: its enrolment file, then a batch of everything new, written to the "USB stick".
  await logIn(wardPage, ward, 'admin');
  await nav(wardPage, 'Gửi dữ liệu lên cấp trên');
  await wardPage.getByRole('button', { name: 'Tạo khóa ký' }).click();
  const enrolment = await downloadEnrolment(wardPage, ward);
  await wardPage.getByRole('button', { name: 'Ghi lô dữ liệu…' }).click();
  const exportDialog = wardPage.getByRole('dialog', { name: 'Ghi lô dữ liệu' });
  await expect(exportDialog.getByRole('radio', { name: 'Các thay đổi từ lần gửi trước' })).toBeChecked();
  await saveScreen(wardPage, 'exchange-export-dialog');
  await exportDialog.getByRole('button', { name: 'Chọn thư mục và ghi' }).click();
  const sent = wardPage.getByRole('table', { name: 'Các lô dữ liệu đã gửi' });
  await expect(sent).toContainText('Chưa có biên nhận');
  const batch = await fileIn(ward, /_DELTA_000001_.*\.sdc\.zip$/);

  // The superior office: set up, register the ward's key, compare the fingerprint shown with the paper form.
  await setUpSuperiorOffice(officePage, office);
  await nav(officePage, 'Nhận dữ liệu từ xã, phường');
  await officePage.getByLabel('Chọn phiếu đăng ký khóa (.json)').setInputFiles(enrolment);
  const registered = officePage.getByRole('dialog', { name: /^Đã đăng ký khóa của / });
  await expect(registered).toContainText('phiếu đăng ký khóa có chữ ký, đóng dấu');
  await registered.getByRole('button', { name: 'Khớp với phiếu' }).click();

  // Import: the dry run's report first, then apply.
  await office.setOpenDialogResponse(batch);
  await officePage.getByRole('button', { name: 'Nhập lô dữ liệu' }).click();
  const dryRun = officePage.getByRole('dialog', { name: 'Kiểm tra lô dữ liệu trước khi nhập' });
  await expect(dryRun).toContainText('Nhập được');
  await saveScreen(officePage, 'exchange-dry-run');
  await dryRun.getByRole('button', { name: 'Áp dụng' }).click();
  const applied = officePage.getByRole('dialog', { name: 'Kết quả nhập lô dữ liệu' });
  await expect(applied).toContainText('Nhập được');
  await applied.getByRole('button', { name: 'Đóng' }).click();

  // The same file again changes nothing.
  await officePage.getByRole('button', { name: 'Nhập lô dữ liệu' }).click();
  const again = officePage.getByRole('dialog', { name: 'Kiểm tra lô dữ liệu trước khi nhập' });
  await expect(again).toContainText('Đã nhận trước đây');
  await again.getByRole('button', { name: 'Hủy' }).click();

  // The completeness matrix: the ward has turned "received" for what its batch covered.
  await nav(officePage, 'Tổng hợp');
  const matrix = officePage.getByRole('table', { name: 'Tình hình nhận dữ liệu theo xã, phường' });
  await expect(matrix).toContainText('Phường');
  await expect(matrix.getByLabel(/: (Đã nhận|Đủ|Chậm)\./).first()).toBeVisible();
  await saveScreen(officePage, 'exchange-completeness');
  await officePage.getByRole('tab', { name: 'Chậm / chưa gửi' }).click();
  await saveScreen(officePage, 'exchange-late-missing');
  await officePage.getByRole('tab', { name: 'Bảng tổng hợp' }).click();
  await saveScreen(officePage, 'exchange-consolidated-tables');
  await officePage.getByRole('tab', { name: 'Biểu đồ' }).click();
  await saveScreen(officePage, 'exchange-charts');

  // The office's key, made when its first-run setup finished, for the wards to pin; then a receipt written for this ward.
  await nav(officePage, 'Nhận dữ liệu từ xã, phường');
  await expect(officePage.getByRole('region', { name: 'Khóa ký dữ liệu' }).getByRole('group', { name: /^Dấu vân tay khóa: / })).toBeVisible();
  const officeEnrolment = await downloadEnrolment(officePage, office);
  await officePage.getByRole('button', { name: /^Ghi biên nhận cho / }).click();
  await expect(officePage.getByText(/Đã ghi biên nhận vào/)).toBeVisible();
  const receipt = await fileIn(office, /_RECEIPT_.*\.sdc\.zip$/);

  // The ward pins the office's key and imports the receipt: its sent list says the superior received the batch.
  await wardPage.getByLabel('Chọn phiếu đăng ký khóa của cấp trên (.json)').setInputFiles(officeEnrolment);
  await expect(wardPage.getByRole('region', { name: 'Cơ quan cấp trên' })).toContainText(OFFICE.name);
  await ward.setOpenDialogResponse(receipt);
  await wardPage.getByRole('button', { name: 'Nhận tệp từ cấp trên' }).click();
  const imported = wardPage.getByRole('dialog', { name: /^Nhận tệp từ cấp trên/ });
  await expect(imported).toBeVisible();
  await imported.getByRole('button', { name: 'Đóng' }).click();
  await expect(sent).toContainText('Cấp trên đã nhận');
  await saveScreen(wardPage, 'exchange-receipt-imported');
});
