import { reportSectionTitles } from '../../main/api/reports';
import { expect, logIn, nav, saveScreen, test } from './fixtures';

const SECTIONS = Object.values(reportSectionTitles);

test("the clerk rewrites a section of this quarter's report, finalizes it with a number, and prints it", async ({ page, host }) => {
  await logIn(page, host, 'vanthu');
  await nav(page, 'Báo cáo quý');
  for (const title of SECTIONS) await expect(page.getByRole('region', { name: title })).toBeVisible();
  const disclosures = page.getByRole('region', { name: SECTIONS[0] });
  await disclosures.getByLabel(`Nội dung báo cáo mục ${SECTIONS[0]}`).fill('Phường đã công khai đầy đủ, đúng hạn các nội dung theo quy định; không có nội dung công khai chậm.');
  await disclosures.getByRole('button', { name: 'Lưu nội dung' }).click();
  await expect(disclosures).toContainText('Đã viết lại');
  await saveScreen(page, 'quarterly-report-draft');

  await page.getByRole('button', { name: 'Hoàn thành báo cáo' }).click();
  await page.getByRole('dialog', { name: 'Hoàn thành báo cáo?' }).getByRole('button', { name: 'Hoàn thành báo cáo' }).click();
  await expect(page.getByText(/\d{2}\/BC-UBND/).first()).toBeVisible();
  await expect(disclosures.getByLabel(`Nội dung báo cáo mục ${SECTIONS[0]}`)).toHaveCount(0);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải PDF' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  await saveScreen(page, 'quarterly-report-finalized');
});
