import { adminApi, expect, logIn, nav, saveScreen, test } from './fixtures';

/** The year the host dates things in: Vietnam is UTC+7. */
const YEAR = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();

interface Indicator {
  key: string;
  label: string;
  maxPoints: number;
  selfScore: number | null;
}

const typedPoints = (points: number) => String(points).replace('.', ',');

test('the clerk self-scores the criteria set with evidence from the ward records and sees it pass', async ({ page, host, request }) => {
  // Reading only: which indicators of the demo's assessment are still unscored, and their maxima.
  const call = await adminApi(request, host);
  const [summary] = await call<{ id: number; year: number }[]>('criteria.listAssessments', {});
  expect(summary!.year).toBe(YEAR);
  const { indicators } = await call<{ indicators: Indicator[] }>('criteria.getAssessment', { id: summary!.id });
  const unscored = indicators.filter((item) => item.selfScore === null);
  expect(unscored.length).toBeGreaterThan(5);

  await logIn(page, host, 'vanthu');
  await nav(page, 'Tự chấm bộ tiêu chí');
  await expect(page.getByRole('heading', { name: 'Tự đánh giá theo bộ tiêu chí', level: 1 })).toBeVisible();
  await page.getByRole('table', { name: 'Hồ sơ tự chấm điểm' }).getByRole('button', { name: new RegExp(`^Mở hồ sơ năm ${YEAR}`) }).click();

  const selfResult = page.getByRole('region', { name: 'Kết quả tự chấm' });
  await expect(selfResult.getByText('Chưa đạt', { exact: true })).toBeVisible();
  await expect(selfResult).toContainText(`Còn ${unscored.length} chỉ tiêu chưa chấm`);

  for (const item of unscored) {
    const box = page.getByRole('textbox', { name: `Điểm tự chấm – ${item.label}`, exact: true });
    await box.fill(typedPoints(item.maxPoints));
    await box.press('Enter');
  }
  await expect(selfResult.getByText('Đạt', { exact: true })).toBeVisible();
  await expect(selfResult).not.toContainText('chưa chấm');

  const disclosure = indicators.find((item) => item.key === 'tc2ct1')!;
  await page.getByRole('button', { name: `Thêm minh chứng – ${disclosure.label}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tìm minh chứng').fill('duong ngo');
  await dialog.getByRole('button', { name: /bàn mức đóng góp làm đường ngõ 12/ }).click();
  await expect(dialog.getByText('Đã gắn với chỉ tiêu này')).toBeVisible();
  await dialog.getByRole('button', { name: 'Đóng', exact: true }).click();
  const row = page.getByRole('row').filter({ hasText: disclosure.label });
  await expect(row.getByRole('button', { name: /^Họp Tổ dân phố 3 bàn mức đóng góp làm đường ngõ 12/ })).toBeVisible();
  await saveScreen(page, 'criteria-self-assessment');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Bảng tự chấm điểm (PDF)' }).click();
  expect((await download).suggestedFilename()).toBe(`tu-cham-diem-tiep-can-phap-luat-example-${YEAR}.pdf`);
});
