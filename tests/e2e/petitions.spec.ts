import type { Page } from '@playwright/test';
import { expect, logIn, nav, saveScreen, test } from './fixtures';

const NOISE = 'Phản ánh tiếng ồn của xưởng mộc ngõ 14 sau 22 giờ.';
const MIRROR = 'Đề nghị lắp gương cầu lồi tại ngã ba ngõ 9.';

/** The entry's own window, opened from its content in the ledger. */
async function openEntry(page: Page, content: string) {
  await page.getByRole('table', { name: 'Sổ theo dõi ý kiến, kiến nghị' }).getByRole('button', { name: content }).click();
  const detail = page.getByRole('dialog').filter({ hasText: content });
  await expect(detail).toBeVisible();
  return detail;
}

test('the clerk opens the suggestion box, records two letters, answers one and forwards the other', async ({ page, host }) => {
  await logIn(page, host, 'vanthu');
  await nav(page, 'Ý kiến, kiến nghị');
  await expect(page.getByRole('heading', { name: 'Ý kiến, kiến nghị', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Mở hòm thư góp ý' }).click();
  const box = page.getByRole('dialog', { name: 'Mở hòm thư góp ý' });
  await box.getByLabel('Người chứng kiến (mỗi người một dòng)').fill('Hoàng Thị Duyên - Công chức Văn phòng\nNgô Thị Liên - Chủ tịch Công đoàn');
  await box.getByRole('button', { name: 'Thêm thư' }).click();
  await box.getByRole('button', { name: 'Thêm thư' }).click();
  await box.getByLabel('Nội dung thư số 1').fill(MIRROR);
  await box.getByLabel('Lĩnh vực thư số 1').selectOption('urbanOrder');
  await box.getByLabel('Nội dung thư số 2').fill(NOISE);
  await box.getByLabel('Lĩnh vực thư số 2').selectOption('environment');
  await expect(box.getByText('Số thư tìm thấy: 2')).toBeVisible();
  await box.getByRole('button', { name: 'Ghi vào sổ' }).click();
  await expect(box).toBeHidden();
  await expect(page.getByText('Đã ghi 2 thư vào sổ theo dõi.')).toBeVisible();

  const mirror = await openEntry(page, MIRROR);
  await mirror.getByRole('button', { name: 'Giao xử lý' }).click();
  const assign = page.getByRole('dialog', { name: 'Giao xử lý' });
  await assign.getByLabel('Người được giao').selectOption({ label: 'Đặng Quang Khải' });
  await assign.getByRole('button', { name: 'Giao' }).click();
  await expect(mirror.getByText('Đang xử lý')).toBeVisible();
  await mirror.getByRole('button', { name: 'Trả lời' }).click();
  const answer = page.getByRole('dialog', { name: 'Ghi kết quả trả lời' });
  await answer.getByLabel('Nội dung trả lời').fill('Đã đề nghị đơn vị quản lý giao thông lắp gương trong tháng.');
  await answer.getByRole('button', { name: 'Lưu trả lời' }).click();
  await expect(mirror.getByText('Đã trả lời')).toBeVisible();
  await expect(mirror.getByRole('button', { name: 'Trả lời' })).toHaveCount(0);
  await mirror.getByRole('button', { name: 'Đóng cửa sổ' }).click();
  await expect(mirror).toBeHidden();

  const noise = await openEntry(page, NOISE);
  await noise.getByRole('button', { name: 'Chuyển cơ quan khác' }).click();
  const forward = page.getByRole('dialog', { name: 'Chuyển cơ quan có thẩm quyền' });
  await forward.getByLabel('Chuyển đến cơ quan').fill('Công an phường');
  await forward.getByRole('button', { name: 'Chuyển' }).click();
  await expect(noise.getByText('Đã chuyển cơ quan khác')).toBeVisible();
  await noise.getByRole('button', { name: 'Đóng cửa sổ' }).click();
  await expect(noise).toBeHidden();

  const ledger = page.getByRole('table', { name: 'Sổ theo dõi ý kiến, kiến nghị' });
  await expect(ledger.getByRole('row').filter({ hasText: MIRROR })).toContainText('Đã trả lời');
  await expect(ledger.getByRole('row').filter({ hasText: NOISE })).toContainText('Đã chuyển cơ quan khác');
  await saveScreen(page, 'petitions-ledger');
});
