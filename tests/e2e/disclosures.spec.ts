import { expect, logIn, nav, saveScreen, test } from './fixtures';

/** Today in Vietnam (UTC+7), as the host dates the records, whatever the machine's zone. */
const vietnamNow = new Date(Date.now() + 7 * 3_600_000);
const pad = (value: number) => String(value).padStart(2, '0');
const TODAY_TYPED = `${pad(vietnamNow.getUTCDate())}${pad(vietnamNow.getUTCMonth() + 1)}${vietnamNow.getUTCFullYear()}`;
const YEAR = vietnamNow.getUTCFullYear();
const QUARTER = Math.floor(vietnamNow.getUTCMonth() / 3) + 1;
const WARNING = 'Nhóm K7 phải phát trên loa ít nhất 3 ngày liên tục; bản ghi này mới 2 ngày.';
const TITLE = 'Danh sách hộ được hỗ trợ tiền điện quý này';

test('a clerk records a K7 disclosure broadcast 2 days, sees the warning, and downloads the quarterly list', async ({ page, host }) => {
  await logIn(page, host, 'vanthu');
  await nav(page, 'Công khai thông tin');
  await expect(page.getByRole('heading', { name: 'Công khai thông tin', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Thêm bản ghi công khai' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm bản ghi công khai' });
  await dialog.getByLabel('Nhóm nội dung').selectOption('K7');
  await dialog.getByLabel('Nội dung công khai').fill(TITLE);
  await dialog.getByLabel('Trạng thái').selectOption('posted');
  await dialog.getByRole('group', { name: 'Ngày công khai' }).click();
  await page.keyboard.type(TODAY_TYPED);
  await expect(dialog.getByLabel('Loa truyền thanh')).toBeChecked(); // K7's default forms
  await dialog.getByLabel('Số ngày phát trên loa liên tục').fill('2');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();

  const register = page.getByRole('table', { name: 'Sổ công khai thông tin' });
  const row = register.getByRole('row').filter({ hasText: TITLE });
  await expect(row).toContainText(WARNING);
  await saveScreen(page, 'disclosures-register');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDF', exact: true }).click();
  expect((await download).suggestedFilename()).toBe(`danh-muc-cong-khai-${YEAR}-q${QUARTER}.pdf`);
});
