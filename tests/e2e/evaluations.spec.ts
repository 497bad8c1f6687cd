import type { Page } from '@playwright/test';
import { adminApi, expect, logIn, nav, saveScreen, test } from './fixtures';

/** The year the host dates things in: Vietnam is UTC+7. */
const YEAR = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
const GROUP = 'Công chức chuyên môn UBND phường';
const MARCH = `tháng 3/${YEAR}`;

interface Sheet {
  staffMemberId: number;
  fullName: string;
}

const fullGeneralScores = {
  politicalCompliance: 3,
  politicalStance: 3,
  integrity: 3,
  lifestyle: 3,
  assignmentCompliance: 3,
  workRules: 3,
  workingStyle: 3,
  publicService: 3,
  initiative: 3,
  responsibility: 3,
};

async function openMarchForTwelve(page: Page) {
  await page.getByRole('button', { name: 'Mở kỳ đánh giá' }).click();
  const dialog = page.getByRole('dialog', { name: `Mở kỳ đánh giá năm ${YEAR}` });
  await dialog.getByLabel('Loại kỳ').selectOption('month');
  await dialog.getByLabel('Tháng', { exact: true }).selectOption('3');
  await dialog.getByLabel('Nhóm đánh giá').fill(GROUP);
  // 13 active staff in the demo ward: the guard is not a civil servant of this group.
  await dialog.getByLabel('Trịnh Văn Phúc – Nhân viên bảo vệ').uncheck();
  await dialog.getByRole('button', { name: 'Mở kỳ đánh giá' }).click();
  await expect(dialog).toBeHidden();
}

/** The head scores one sheet by hand: every general sub-criterion and one task done without fault. */
async function scoreSheetByHand(page: Page, fullName: string) {
  const sheets = page.getByRole('table', { name: `Phiếu đánh giá ${MARCH}` });
  await sheets.getByRole('button', { name: `Sửa phiếu của ${fullName}` }).click();
  const dialog = page.getByRole('dialog', { name: `Phiếu đánh giá ${MARCH}: ${fullName}` });
  const boxes = dialog.locator('input[name^="generalScores."]');
  await expect(boxes).toHaveCount(10);
  for (const box of await boxes.all()) await box.fill('3');
  await dialog.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  await dialog.getByLabel('Tên nhiệm vụ 1').fill('Tiếp nhận, trả kết quả hồ sơ hộ tịch');
  await dialog.getByLabel('Hoàn thành nhiệm vụ 1').check();
  await saveScreen(page, 'evaluations-sheet');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: `Kết quả chấm của ${fullName}` })).toContainText('100');
}

test('the head scores March, closes the year for 12 staff, sees the quota warning and discloses the results', async ({ page, host, request }) => {
  await logIn(page, host, 'admin');
  await nav(page, 'Đánh giá, xếp loại');
  await expect(page.getByRole('heading', { name: 'Đánh giá, xếp loại', level: 1 })).toBeVisible();
  await openMarchForTwelve(page);

  const marchRow = page.getByRole('table', { name: 'Danh sách kỳ đánh giá' }).getByRole('row', { name: new RegExp(`${MARCH}.*${GROUP}`) });
  await expect(marchRow).toContainText('0/12');
  await marchRow.getByRole('button', { name: MARCH }).click();
  await scoreSheetByHand(page, 'Hoàng Thị Duyên');
  await expect(marchRow).toContainText('1/12');

  // Set-up over the API: the other eleven sheets, three more excellent and eight good.
  const call = await adminApi(request, host);
  const periods = await call<{ id: number; groupName: string; period: string }[]>('evaluations.listPeriods', { year: YEAR });
  const march = periods.find((period) => period.groupName === GROUP && period.period === `${YEAR}-03`)!;
  const sheets = await call<Sheet[]>('evaluations.listSheets', { periodId: march.id });
  const others = sheets.filter((sheet) => sheet.fullName !== 'Hoàng Thị Duyên');
  for (const [index, sheet] of others.entries()) {
    const delays = index < 3 ? 0 : 1;
    const tasks = [{ title: 'Báo cáo định kỳ', weight: null, done: true, qualityFailures: 0, delays }];
    await call('evaluations.saveSheet', { periodId: march.id, staffMemberId: sheet.staffMemberId, generalScores: fullGeneralScores, tasks });
  }

  await nav(page, 'Trang chủ');
  await nav(page, 'Đánh giá, xếp loại');
  await page.getByLabel('Nhóm', { exact: true }).selectOption(GROUP);
  const results = page.getByRole('table', { name: `Kết quả cả năm ${YEAR} – ${GROUP}` });
  await expect(results.getByRole('row')).toHaveCount(13);
  await expect(page.getByLabel('Số người theo mức xếp loại')).toHaveText('HTXSNV: 4 · HTTNV: 8 · HTNV: 0 · KHTNV: 0 · Số HTXSNV tối đa: 1');
  await expect(page.getByRole('alert').filter({ hasText: '20 %' })).toContainText('(8 người → tối đa 1 người)');

  const closing = page.getByRole('region', { name: 'Chốt và công khai kết quả' });
  // Decided today and disclosed today, posted for the 20 days the law asks (the fields' defaults).
  await closing.getByRole('button', { name: 'Chốt kết quả cả năm' }).click();
  await expect(closing).toContainText('Hạn công khai cho cán bộ, công chức');
  await expect(closing.getByRole('textbox', { name: 'Số ngày niêm yết' })).toHaveValue('20');
  await closing.getByRole('button', { name: 'Ghi nhận công khai' }).click();
  await expect(closing.getByRole('alert')).toContainText('Đã công khai ngày');
  await saveScreen(page, 'evaluations-year-closed');

  const download = page.waitForEvent('download');
  await closing.getByRole('button', { name: 'Thông báo và bảng tổng hợp (PDF)' }).click();
  expect((await download).suggestedFilename()).toBe(`ket-qua-danh-gia-xep-loai-${YEAR}.pdf`);
});
