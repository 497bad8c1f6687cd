import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { expect, nav, saveScreen, test } from './fixtures';

const STAGE = 'Dự toán được HĐND quyết định';
/** The council's resolution five days ago, so that disclosing today is on time whatever day the test runs. */
const resolution = new Date(Date.now() + 7 * 3_600_000 - 5 * 86_400_000);
const [day, month, year] = [resolution.getUTCDate(), resolution.getUTCMonth() + 1, resolution.getUTCFullYear()];
const typedDate = `${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${year}`;
const legalDate = `ngày ${String(day).padStart(2, '0')} tháng ${month <= 2 ? `0${month}` : month} năm ${year}`;
const Y = String(year);

test('a clerk opens the year, enters the approved estimate by typing and pasting, discloses it and prints the PDF', async ({ page, host }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  await page.getByLabel('Tên đăng nhập').fill('vanthu');
  await page.getByLabel('Mật khẩu', { exact: true }).fill('demo1234');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Trang chủ' })).toBeVisible();

  await nav(page, 'Công khai ngân sách');
  await expect(page.getByText('Chưa mở năm ngân sách nào')).toBeVisible();
  await page.getByRole('button', { name: 'Mở năm ngân sách' }).first().click();
  const openDialog = page.getByRole('dialog', { name: 'Mở năm ngân sách' });
  await openDialog.getByLabel('Năm cần mở').fill(Y);
  await openDialog.getByRole('button', { name: 'Mở năm' }).click();
  await expect(page.getByText(`Đã mở năm ngân sách ${Y}.`)).toBeVisible();

  await page.getByRole('list', { name: `Các giai đoạn công khai năm ${Y}` }).getByRole('button', { name: STAGE, exact: true }).click();
  await page.getByRole('button', { name: 'Cập nhật ngày' }).click();
  const dates = page.getByRole('dialog', { name: `Cập nhật ngày: ${STAGE}` });
  await dates.getByLabel('Số nghị quyết của HĐND').fill('25/NQ-HĐND');
  await dates.getByRole('group', { name: 'Ngày HĐND ra nghị quyết' }).click();
  await page.keyboard.type(typedDate);
  await dates.getByRole('button', { name: 'Lưu' }).click();
  await expect(dates).toBeHidden();

  await nav(page, 'Trang chủ');
  const todo = page.getByRole('list', { name: 'Việc cần làm' });
  await expect(todo).toContainText(`Công khai ngân sách năm ${Y}: ${STAGE}`);
  await saveScreen(page, 'budget-dashboard-due');
  await nav(page, 'Công khai ngân sách');
  await page.getByRole('list', { name: `Các giai đoạn công khai năm ${Y}` }).getByRole('button', { name: STAGE, exact: true }).click();

  const grid = page.getByRole('grid', { name: 'Biểu số 108/CK TC-NSNN CÂN ĐỐI NGÂN SÁCH XÃ' });
  await grid.locator('[role=gridcell][data-line="A.I"][data-column="dt"]').click();
  await page.keyboard.type('1.234.567.000');
  await page.keyboard.press('Enter');
  await expect(grid.locator('[role=gridcell][data-line="A.I"][data-column="dt"]')).toHaveText('1.234.567.000');

  await grid.locator('[role=gridcell][data-line="A.II"][data-column="dt"]').click();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '765.433.000\n');
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByText(/Đã dán số liệu vào 1 ô/)).toBeVisible();
  await expect(grid.locator('[role=gridcell][data-line="A"][data-column="dt"]')).toHaveText('2.000.000.000');
  await saveScreen(page, 'budget-grid');

  await page.getByRole('button', { name: 'Ghi nhận công khai' }).click();
  const disclosure = page.getByRole('dialog', { name: `Ghi nhận công khai: ${STAGE} năm ${Y}` });
  await disclosure.getByRole('button', { name: 'Ghi nhận công khai' }).click();
  await expect(page.getByText('Đã ghi nhận công khai.')).toBeVisible();
  await expect(page.getByText('Báo cáo đã công khai nên số liệu đã khóa.')).toBeVisible();
  await expect(page.getByRole('list', { name: `Các giai đoạn công khai năm ${Y}` })).toContainText('Đã công khai đúng hạn');

  // The photo of the posted notice, attached to the disclosed version (a tiny real PNG).
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  await page.getByLabel('Chọn ảnh hoặc bản chụp để đính kèm').setInputFiles({ name: 'anh-niem-yet.png', mimeType: 'image/png', buffer: png });
  const attach = page.getByRole('dialog', { name: 'Đính kèm tệp' });
  await attach.getByLabel('Ghi chú').fill('Bảng tin tại trụ sở UBND');
  await attach.getByRole('button', { name: 'Đính kèm' }).click();
  await expect(attach).toBeHidden();
  await expect(page.getByRole('button', { name: 'Mở anh-niem-yet.png' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Xóa anh-niem-yet.png' })).toHaveCount(0); // the report is disclosed: its evidence stays

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`cong-khai-ngan-sach-${Y}-estimateApproved-v1.pdf`);
  const saved = test.info().outputPath('budget.pdf');
  await file.saveAs(saved);
  expect((await readFile(saved)).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', saved, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain(`Nghị quyết số 25/NQ-HĐND ${legalDate}`);
  expect(text).toContain('2.000.000.000');
  await saveScreen(page, 'budget-disclosed');

  await nav(page, 'Trang chủ');
  await expect(page.getByRole('heading', { name: 'Trang chủ' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Việc cần làm' }).getByText(`Công khai ngân sách năm ${Y}: ${STAGE}`)).toHaveCount(0);
  const done = page.getByRole('list', { name: 'Đã hoàn thành gần đây' }).getByRole('listitem').filter({ hasText: `Công khai ngân sách năm ${Y}: ${STAGE}` });
  await expect(done).toContainText('Đúng hạn');
  await saveScreen(page, 'budget-dashboard-done');
});
