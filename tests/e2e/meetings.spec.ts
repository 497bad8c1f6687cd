import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { adminApi, expect, logIn, nav, saveScreen, test, type HostProcess } from './fixtures';

/** Today in Vietnam (UTC+7), as the host dates the meetings, whatever the machine's zone. */
const vietnamNow = new Date(Date.now() + 7 * 3_600_000);
const pad = (value: number) => String(value).padStart(2, '0');
/** What is typed into a date field: ddMMyyyy. */
const typed = (date: Date) => `${pad(date.getUTCDate())}${pad(date.getUTCMonth() + 1)}${date.getUTCFullYear()}`;
const TODAY = typed(vietnamNow);
const THREE_DAYS_AGO = typed(new Date(vietnamNow.getTime() - 3 * 86_400_000));
const YEAR = vietnamNow.getUTCFullYear();

/** The demo ward has 13 active staff; these 12 make the 25 the conference is about. The last 7 stay away. */
const extraStaff: [string, string][] = [
  ['Phan Văn Quang', 'Công chức Văn hóa - Xã hội'],
  ['Mai Thị Hồng', 'Công chức Tài chính - Kế toán'],
  ['Lương Văn Sơn', 'Công chức Địa chính - Xây dựng'],
  ['Tạ Thị Thủy', 'Viên chức Trung tâm Phục vụ hành chính công'],
  ['Hà Minh Tuấn', 'Công chức Tư pháp - Hộ tịch'],
  ['Kiều Thị Uyên', 'Viên chức Trung tâm Phục vụ hành chính công'],
  ['Lâm Văn Vinh', 'Phó Chỉ huy trưởng Ban Chỉ huy Quân sự'],
  ['Đinh Thị Xuân', 'Công chức Văn phòng - Thống kê'],
  ['Tô Văn Yên', 'Nhân viên lái xe'],
  ['Quách Thị Ánh', 'Nhân viên tạp vụ'],
  ['Chu Văn Bình', 'Công chức Kinh tế'],
  ['Triệu Thị Cúc', 'Viên chức Trung tâm Phục vụ hành chính công'],
];
const absent = extraStaff.slice(5);

async function addStaff(request: APIRequestContext, host: HostProcess) {
  const call = await adminApi(request, host);
  for (const [fullName, position] of extraStaff) {
    await call('staff.save', { fullName, position, department: 'Văn phòng HĐND và UBND', employmentType: 'civilServant', activeFrom: '2020-01-02', activeTo: null, note: '' });
  }
}

async function typeDate(dialog: Locator, label: string, digits: string) {
  await dialog.getByRole('group', { name: label }).click();
  await dialog.page().keyboard.type(digits);
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
}

async function finalize(page: Page) {
  await openTab(page, 'Biên bản');
  await page.getByRole('button', { name: 'Hoàn thiện biên bản' }).click();
  const confirm = page.getByRole('dialog', { name: 'Hoàn thiện biên bản?' });
  await expect(confirm).toContainText('không sửa được nữa');
  await confirm.getByRole('button', { name: 'Hoàn thiện biên bản' }).click();
  await expect(page.getByText('Đã hoàn thiện biên bản (bản 1).')).toBeVisible();
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const CONFERENCE = `Hội nghị cán bộ, công chức, viên chức, người lao động tổng kết năm ${YEAR}`;
const BOARD_TITLE = 'Bầu Ban Thanh tra nhân dân của cơ quan';
const ELECTED = ['Bùi Thị Hạnh', 'Đỗ Văn Hải', 'Phan Văn Quang'];

test('a union officer prepares and records the staff conference, adopts its resolution, elects the inspection board and downloads the minutes', async ({
  page,
  host,
  request,
}) => {
  test.setTimeout(90_000);
  await addStaff(request, host);
  await logIn(page, host, 'congdoan');
  await nav(page, 'Cuộc họp, hội nghị');

  await page.getByRole('button', { name: 'Tạo cuộc họp' }).first().click();
  const plan = page.getByRole('dialog', { name: 'Tạo cuộc họp' });
  await plan.getByLabel('Loại cuộc họp', { exact: true }).selectOption({ label: 'Hội nghị cán bộ, công chức, viên chức, người lao động' });
  await expect(plan.getByLabel('Quy định của loại cuộc họp', { exact: true })).toContainText('Người đứng đầu cơ quan phối hợp với Ban Chấp hành công đoàn cơ sở');
  await plan.getByLabel('Tên cuộc họp', { exact: true }).fill(CONFERENCE);
  await typeDate(plan, 'Ngày họp', TODAY);
  await plan.getByLabel('Địa điểm', { exact: true }).fill('Hội trường UBND phường');
  await plan.getByLabel('Người chủ trì', { exact: true }).fill('Nguyễn Văn An');
  await plan.getByLabel('Chức vụ người chủ trì', { exact: true }).fill('Chủ tịch UBND phường');
  await plan.getByLabel('Đoàn Chủ tịch', { exact: true }).fill('Nguyễn Văn An - Chủ tịch UBND phường\nNgô Thị Liên - Chủ tịch Công đoàn cơ sở');
  await plan.getByLabel('Thư ký', { exact: true }).fill('Hoàng Thị Duyên');
  await plan.getByLabel('Chức vụ thư ký', { exact: true }).fill('Công chức Văn phòng - Thống kê');
  await expect(plan.getByRole('group', { name: 'Cán bộ được mời (25/25)' })).toBeVisible();
  await plan.getByLabel('Loại cuộc họp', { exact: true }).scrollIntoViewIfNeeded();
  await saveScreen(page, 'meetings-plan-dialog');
  await plan.getByRole('button', { name: 'Tạo cuộc họp' }).click();
  await expect(plan).toBeHidden();
  await expect(page.getByRole('heading', { name: CONFERENCE })).toBeVisible();
  await expect(page.getByLabel('Kế hoạch cuộc họp', { exact: true })).toContainText('25 người');

  // Preparation: the plan agreed with the head of the agency, and a department's comment on the spending rules.
  await openTab(page, 'Chuẩn bị hội nghị');
  const firstStep = 'Người đứng đầu và Ban Chấp hành công đoàn thống nhất kế hoạch tổ chức hội nghị';
  await page.getByRole('button', { name: `Đánh dấu đã xong: ${firstStep}` }).click();
  const step = page.getByRole('dialog', { name: `Đánh dấu đã xong: ${firstStep}` });
  await step.getByLabel('Ghi chú', { exact: true }).fill('Kế hoạch liên tịch số 12/KHLT-UBND-CĐ');
  await step.getByRole('button', { name: 'Lưu' }).click();
  await expect(step).toBeHidden();
  await expect(page.getByRole('button', { name: `Bỏ đánh dấu: ${firstStep}` })).toBeVisible();

  await page.getByRole('button', { name: 'Thêm ý kiến' }).click();
  const comment = page.getByRole('dialog', { name: 'Thêm ý kiến góp ý' });
  await comment.getByLabel('Nội dung được lấy ý kiến', { exact: true }).selectOption({ label: 'Quy chế chi tiêu nội bộ, quy chế quản lý tài sản công' });
  await comment.getByLabel('Bộ phận góp ý', { exact: true }).fill('Phòng Văn hóa - Xã hội');
  await comment.getByLabel('Nội dung ý kiến', { exact: true }).fill('Đề nghị nâng mức hỗ trợ điện thoại cho cán bộ tiếp công dân.');
  await comment.getByRole('button', { name: 'Lưu' }).click();
  await expect(comment).toBeHidden();
  await expect(page.getByRole('list', { name: 'Ý kiến của Phòng Văn hóa - Xã hội' })).toContainText('Đề nghị nâng mức hỗ trợ điện thoại');
  await saveScreen(page, 'meetings-preparation');

  // Attendance: everyone ticked, then the seven who stayed away unticked, one save each.
  await openTab(page, 'Điểm danh');
  await expect(page.getByText('Chưa điểm danh. Cần có mặt ít nhất 17/25 người.')).toBeVisible();
  await page.getByRole('button', { name: 'Tất cả có mặt' }).click();
  await expect(page.getByRole('group', { name: 'Có mặt 25/25 người' })).toBeVisible();
  for (const [name, position] of absent) {
    const box = page.getByRole('checkbox', { name: `${name} – ${position}` });
    await box.click();
    await expect(box).not.toBeChecked();
  }
  await expect(page.getByRole('group', { name: 'Có mặt 18/25 người' })).toBeVisible();
  await page.getByLabel('Giờ kết thúc', { exact: true }).fill('11:30');
  await page.getByRole('button', { name: 'Lưu điểm danh' }).click();
  await expect(page.getByText('Đã lưu điểm danh.')).toBeVisible();
  const quorum = page.getByRole('status').filter({ hasText: 'Hội nghị hợp lệ' });
  await expect(quorum).toContainText('có mặt 18/25 người (72,0 %)');
  await expect(quorum).toContainText('cần ít nhất 17 người');
  await saveScreen(page, 'meetings-attendance-quorum');

  // The resolution, adopted by 15 of the 18 present.
  await openTab(page, 'Nội dung');
  await page.getByRole('button', { name: 'Thêm nội dung' }).first().click();
  let item = page.getByRole('dialog', { name: 'Thêm nội dung' });
  await item.getByLabel('Tên nội dung', { exact: true }).fill('Thông qua Nghị quyết hội nghị');
  await item.getByLabel('Loại nội dung', { exact: true }).selectOption({ label: 'Biểu quyết' });
  await expect(item.getByLabel('Vấn đề biểu quyết', { exact: true })).toHaveValue('resolution');
  await item.getByLabel('Số đồng ý', { exact: true }).fill('15');
  await item.getByLabel('Số không đồng ý', { exact: true }).fill('2');
  await item.getByLabel('Số không có ý kiến', { exact: true }).fill('1');
  await item.getByRole('button', { name: 'Lưu nội dung' }).click();
  await expect(item).toBeHidden();
  const agenda = page.getByRole('list', { name: 'Nội dung cuộc họp' });
  await expect(agenda.getByRole('listitem').filter({ hasText: 'Thông qua Nghị quyết hội nghị' })).toContainText('Thông qua: 15/18 người tán thành');

  // The inspection board: the chairman of the People's Committee may not sit on it.
  await page.getByRole('button', { name: 'Thêm nội dung' }).click();
  item = page.getByRole('dialog', { name: 'Thêm nội dung' });
  await item.getByLabel('Tên nội dung', { exact: true }).fill(BOARD_TITLE);
  await item.getByLabel('Loại nội dung', { exact: true }).selectOption({ label: 'Bầu cử' });
  await item.getByLabel('Số người cần bầu', { exact: true }).fill('3');
  const votes: [string, string, string][] = [
    ['Nguyễn Văn An', 'Chủ tịch UBND phường', '16'],
    ['Bùi Thị Hạnh', 'Công chức Văn hóa - Xã hội', '17'],
    ['Đỗ Văn Hải', 'Công chức Tư pháp - Hộ tịch', '15'],
    ['Phan Văn Quang', 'Công chức Văn hóa - Xã hội', '12'],
    ['Hà Minh Tuấn', 'Công chức Tư pháp - Hộ tịch', '6'],
  ];
  for (const [index, [name, position, count]] of votes.entries()) {
    await item.getByLabel('Thêm cán bộ ứng cử', { exact: true }).selectOption({ label: `${name} – ${position}` });
    await item.getByRole('group', { name: `Người ứng cử ${index + 1}` }).getByLabel('Số phiếu bầu', { exact: true }).fill(count);
  }
  await item.getByRole('button', { name: 'Lưu nội dung' }).click();
  await expect(item.getByText('Ông (bà) Nguyễn Văn An giữ chức vụ Chủ tịch UBND phường nên không được bầu')).toBeVisible();
  await expect(item).toContainText('không được bầu vào Ban Thanh tra nhân dân');
  await saveScreen(page, 'meetings-election-refused');
  await item.getByRole('button', { name: 'Bỏ người ứng cử Nguyễn Văn An' }).click();
  await item.getByRole('button', { name: 'Lưu nội dung' }).click();
  await expect(item).toBeHidden();
  const board = agenda.getByRole('listitem').filter({ hasText: BOARD_TITLE });
  await expect(board).toContainText('Trúng cử 3/3');
  for (const name of ELECTED) await expect(board.getByRole('alert')).toContainText(name);
  await saveScreen(page, 'meetings-agenda-results');

  await finalize(page);
  const versions = page.getByRole('table', { name: 'Các bản biên bản đã hoàn thiện' });
  const minutesNumber = (await versions.getByRole('row').nth(1).getByRole('cell').nth(4).textContent())?.trim() ?? '';
  expect(minutesNumber).toMatch(/^\d{2,}\/BB-UBND$/);
  await expect(page.getByText('Biên bản đã hoàn thiện (bản 1) nên cuộc họp chỉ để xem.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hoàn thiện biên bản' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Đính chính' })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Biên bản (PDF)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  const saved = test.info().outputPath('bien-ban-hoi-nghi.pdf');
  await file.saveAs(saved);
  expect((await readFile(saved)).subarray(0, 5).toString()).toBe('%PDF-');
  const text = pdfText(saved);
  expect(text).toContain('BIÊN BẢN');
  expect(text).toContain(`Số: ${minutesNumber}`);
  expect(text).toContain('Có mặt: 18 người (72,0 %)');
  expect(text).toContain('Thông qua: 15/18 người tán thành');
  expect(text).toContain(`Trúng cử: ${ELECTED.join(', ')}; nhiệm kỳ 2 năm.`);
  expect(text).toContain('THƯ KÝ');
  expect(text).toContain('CHỦ TỌA');
  await saveScreen(page, 'meetings-minutes-finalized');

  // Read-only everywhere once finalized.
  await openTab(page, 'Nội dung');
  await expect(page.getByRole('button', { name: 'Thêm nội dung' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: `Sửa “${BOARD_TITLE}”` })).toHaveCount(0);
  await openTab(page, 'Điểm danh');
  await expect(page.getByRole('checkbox', { name: `${absent[0]![0]} – ${absent[0]![1]}` })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Lưu điểm danh' })).toHaveCount(0);
  await openTab(page, 'Kế hoạch');
  await expect(page.getByRole('button', { name: 'Sửa kế hoạch' })).toHaveCount(0);
  await openTab(page, 'Chuẩn bị hội nghị');
  await expect(page.getByText('việc chuẩn bị và ý kiến góp ý chỉ để xem')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Đánh dấu đã xong/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Thêm ý kiến' })).toHaveCount(0);
});

const GROUP = 'Tổ dân phố 13';
const RESIDENTS = 'Họp Tổ dân phố 13 bàn việc xây nhà văn hóa';
const CONTRIBUTION = 'Mức đóng góp xây nhà văn hóa: 1.000.000 đồng/hộ';

test('a clerk records a residential-group vote on a contribution that fails at 65 % of households, then finds it by searching without diacritics', async ({
  page,
  host,
  request,
}) => {
  test.setTimeout(90_000);
  const call = await adminApi(request, host);
  await call('residentialGroups.save', { name: GROUP, householdCount: 100, headName: 'Trịnh Văn Khoa', note: '' });
  await logIn(page, host, 'vanthu');
  await nav(page, 'Cuộc họp, hội nghị');

  await page.getByRole('button', { name: 'Tạo cuộc họp' }).first().click();
  const plan = page.getByRole('dialog', { name: 'Tạo cuộc họp' });
  await plan.getByLabel('Loại cuộc họp', { exact: true }).selectOption({ label: 'Cuộc họp cộng đồng dân cư bàn và quyết định' });
  await plan.getByLabel('Tên cuộc họp', { exact: true }).fill(RESIDENTS);
  await plan.getByLabel('Tổ dân phố', { exact: true }).selectOption({ label: GROUP });
  await expect(plan.getByLabel('Tổng số hộ', { exact: true })).toHaveValue('100');
  await typeDate(plan, 'Ngày họp', TODAY);
  await plan.getByLabel('Giờ bắt đầu', { exact: true }).fill('19:30');
  await plan.getByLabel('Địa điểm', { exact: true }).fill('Nhà văn hóa Tổ dân phố 13');
  await typeDate(plan, 'Ngày thông báo, gửi giấy mời', THREE_DAYS_AGO);
  await plan.getByLabel('Người chủ trì', { exact: true }).fill('Trịnh Văn Khoa');
  await plan.getByLabel('Chức vụ người chủ trì', { exact: true }).fill('Tổ trưởng tổ dân phố');
  await plan.getByLabel('Thư ký', { exact: true }).fill('Nguyễn Thị Thanh');
  await plan.getByRole('button', { name: 'Tạo cuộc họp' }).click();
  await expect(plan).toBeHidden();
  await expect(page.getByRole('heading', { name: RESIDENTS })).toBeVisible();

  await openTab(page, 'Điểm danh');
  await page.getByLabel('Số hộ có đại diện tham dự', { exact: true }).fill('80');
  await page.getByLabel('Giờ kết thúc', { exact: true }).fill('21:00');
  await page.getByRole('button', { name: 'Lưu điểm danh' }).click();
  await expect(page.getByText('Đã lưu điểm danh.')).toBeVisible();

  await openTab(page, 'Nội dung');
  await page.getByRole('button', { name: 'Thêm nội dung' }).first().click();
  const item = page.getByRole('dialog', { name: 'Thêm nội dung' });
  await item.getByLabel('Tên nội dung', { exact: true }).fill(CONTRIBUTION);
  await item.getByLabel('Loại nội dung', { exact: true }).selectOption({ label: 'Biểu quyết' });
  await expect(item.getByLabel('Vấn đề biểu quyết', { exact: true })).toHaveValue('art15item1');
  await item.getByRole('button', { name: 'Thêm ý kiến' }).click();
  const opinion = item.getByRole('group', { name: 'Ý kiến 1' });
  await opinion.getByLabel('Người phát biểu', { exact: true }).fill('Ông Lê Văn Bảy');
  await opinion.getByLabel('Tóm tắt ý kiến', { exact: true }).fill('Đề nghị cho các hộ khó khăn được đóng góp làm hai đợt.');
  await item.getByLabel('Số đồng ý', { exact: true }).fill('65');
  await item.getByLabel('Số không đồng ý', { exact: true }).fill('10');
  await item.getByLabel('Số không có ý kiến', { exact: true }).fill('5');
  await item.getByRole('button', { name: 'Lưu nội dung' }).click();
  await expect(item).toBeHidden();
  const vote = page.getByRole('list', { name: 'Nội dung cuộc họp' }).getByRole('listitem').filter({ hasText: CONTRIBUTION });
  await expect(vote).toContainText('Không thông qua: 65/100 hộ tán thành (65,0 %)');
  await expect(vote).toContainText('cần ít nhất 67 hộ (từ 2/3 tổng số hộ trở lên)');
  await saveScreen(page, 'meetings-residents-vote-failed');

  await finalize(page);
  await expect(page.getByText(/Hạn gửi biên bản cho UBND và Ủy ban Mặt trận Tổ quốc/)).toBeVisible();

  await nav(page, 'Trang chủ');
  await expect(page.getByRole('list', { name: 'Việc cần làm' })).toContainText(`Gửi biên bản "${RESIDENTS}" (${GROUP}) đến UBND và Mặt trận`);
  await saveScreen(page, 'meetings-dashboard-delivery');

  await nav(page, 'Tìm trong biên bản');
  await page.getByLabel('Từ cần tìm', { exact: true }).fill('dong gop');
  const hits = page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('listitem').filter({ hasText: RESIDENTS });
  await expect(hits.first()).toBeVisible();
  const opinionHit = hits.filter({ hasText: 'làm hai đợt' }).first();
  await expect(opinionHit.locator('mark')).toContainText(['đóng', 'góp']);
  await saveScreen(page, 'meetings-search-results');
  await opinionHit.getByRole('button').click();
  await expect(page.getByRole('heading', { name: RESIDENTS })).toBeVisible();
});
