import { screen, waitFor, within } from '@testing-library/react';
import type { CriteriaSetSummary, DownlinkReportView } from '../../main/api';
import { SendCriteriaSetsButton } from '../../renderer/exchange/SendCriteriaSetsButton';
import { SendScreen } from '../../renderer/exchange/SendScreen';
import { dialogsClosed, fail, fakeTransport, newUser, renderScreen, status, type Replies } from './fakes';

const clerk = { id: 2, username: 'vt', fullName: 'Lê Văn Thư', role: 'clerk' as const };
const superiorStatus = status({ installationRole: 'superior', unitName: 'Sở Nội vụ' });

const criteriaSet = (id: string, overrides: Partial<CriteriaSetSummary> = {}): CriteriaSetSummary => ({
  id, version: 1, name: `Bộ tiêu chí ${id}`, issuer: 'Sở Nội vụ', example: false, origin: 'authored', status: 'published', maxPoints: 100,
  savedAt: '2026-03-01T02:00:00Z', assessedYears: [], ...overrides,
});
const sets = [criteriaSet('cong-khai'), criteriaSet('du-thao', { status: 'draft' }), criteriaSet('vi-du', { origin: 'builtIn' }), criteriaSet('dan-chu')];
const provinceFile = JSON.stringify({ id: 'tinh-ha-noi-2026', version: 2, name: 'Biểu ngân sách xã Hà Nội' });
const written = { path: 'E:\\01_DIRECTIVE_000005.sdc.zip', fileName: '01_DIRECTIVE_000005.sdc.zip', sets: 1, formSets: 1 };

function renderButton(replies: Replies, account = superiorStatus.account) {
  const fake = fakeTransport({ 'criteria.listSets': sets, ...replies });
  renderScreen(<SendCriteriaSetsButton />, fake.transport, { status: { ...superiorStatus, account } });
  return fake;
}

async function openDialog(user: ReturnType<typeof newUser>) {
  await user.click(await screen.findByRole('button', { name: 'Gửi văn bản xuống xã, phường' }));
  return screen.findByRole('dialog', { name: 'Gửi văn bản xuống xã, phường' });
}

describe('sending a directive down, on the superior office', () => {
  it('shows the published sets and the picked form set files, and writes what is ticked', async () => {
    const fake = renderButton({ 'exchange.writeDirective': written });
    const user = newUser();
    const dialog = await openDialog(user);
    const legend = await within(dialog).findByRole('group', { name: 'Bộ tiêu chí đã ban hành' });
    expect(within(legend).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual([
      'Bộ tiêu chí cong-khai (phiên bản 1)',
      'Bộ tiêu chí dan-chu (phiên bản 1)',
    ]);
    await user.click(within(legend).getByRole('checkbox', { name: 'Bộ tiêu chí dan-chu (phiên bản 1)' }));

    const input = within(dialog).getByLabelText('Chọn tệp bộ biểu mẫu ngân sách (.json)');
    await user.upload(input, new File([provinceFile], 'ha-noi.json', { type: 'application/json' }));
    await user.upload(input, new File(['{"id":'], 'hong.json', { type: 'application/json' }));
    const picked = await within(dialog).findByRole('list', { name: 'Các bộ biểu mẫu ngân sách sẽ gửi' });
    await waitFor(() => expect(within(picked).getAllByRole('listitem')).toHaveLength(2));
    expect(within(picked).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Biểu ngân sách xã Hà Nội (phiên bản 2)ha-noi.json', 'hong.json']);
    await user.click(within(picked).getByRole('button', { name: 'Bỏ hong.json' }));

    await user.click(within(dialog).getByRole('button', { name: 'Chọn thư mục và ghi tệp' }));
    expect(await screen.findByText('Đã ghi 1 bộ tiêu chí và 1 bộ biểu mẫu ngân sách vào E:\\01_DIRECTIVE_000005.sdc.zip. Gửi tệp này cho các xã, phường.')).toBeTruthy();
    expect(fake.inputsOf('exchange.writeDirective')).toEqual([{ sets: [{ setId: 'cong-khai', version: 1 }], formSets: [provinceFile] }]);
    await dialogsClosed();
  });

  it("keeps the dialog open with main's refusal, and asks for something to send", async () => {
    renderButton({ 'criteria.listSets': [], 'exchange.writeDirective': fail('INVALID_FILE', 'Bộ biểu mẫu ngân sách thứ 1 chưa gửi được. Biểu 103, dòng "A.I": dòng cha "X" không tồn tại.') });
    const user = newUser();
    const dialog = await openDialog(user);
    expect(await within(dialog).findByText('Chưa có bộ tiêu chí nào đã ban hành.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Chọn thư mục và ghi tệp' }));
    expect(await within(dialog).findByText('Hãy chọn ít nhất một bộ tiêu chí hoặc một bộ biểu mẫu ngân sách để gửi.')).toBeTruthy();

    await user.upload(within(dialog).getByLabelText('Chọn tệp bộ biểu mẫu ngân sách (.json)'), new File([provinceFile], 'ha-noi.json'));
    await within(dialog).findByRole('list', { name: 'Các bộ biểu mẫu ngân sách sẽ gửi' });
    await user.click(within(dialog).getByRole('button', { name: 'Chọn thư mục và ghi tệp' }));
    expect(await screen.findByText(/dòng cha "X" không tồn tại/)).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'Gửi văn bản xuống xã, phường' })).toBeTruthy();
  });

  it('offers a clerk nothing to send', async () => {
    renderButton({}, clerk);
    expect(screen.queryByRole('button', { name: 'Gửi văn bản xuống xã, phường' })).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('a directive on the ward', () => {
  const report: DownlinkReportView = {
    fileName: '01_DIRECTIVE_000005_20260302_abcd.sdc.zip', fileSha256: 'a', result: 'applied', reason: null,
    batch: { kind: 'directive', seq: 5, batchId: 'd-5', createdAt: '2026-03-02T09:00:00+07:00' }, receipts: [], criteriaSets: [],
    formSets: [
      { line: 1, formSetId: 'tinh-ha-noi-2026', version: 2, name: 'Biểu ngân sách xã Hà Nội', outcome: 'added', message: 'Đã thêm.' },
      { line: 2, formSetId: 'tinh-cu', version: 1, name: 'Biểu cũ', outcome: 'refused', message: 'Bộ biểu "tinh-cu" phiên bản 1 đã có trong máy với nội dung khác.' },
    ],
    unknownLines: [{ dataset: 'future_rules', line: 1, recordId: 'r-1', code: 'UNKNOWN_DATASET', message: 'Loại dữ liệu này không có trong danh mục của phần mềm. (future_rules, dòng 1)' }],
  };
  const superior = { unitCode: 'SNV-01', unitName: 'Sở Nội vụ', installationId: 'i-1', fingerprint: 'AB12', pinnedAt: '2026-03-01T02:00:00Z', pinnedBy: 'quantri' };

  it('reports each form set and each line it could not read', async () => {
    const fake = fakeTransport({ 'exchange.keyStatus': null, 'exchange.listSent': [], 'exchange.superiorStatus': superior, 'exchange.importFromSuperior': report });
    renderScreen(<SendScreen />, fake.transport, { status: status() });
    const user = newUser();
    await user.click(await screen.findByRole('button', { name: 'Nhận tệp từ cấp trên' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Đã nhận văn bản số 5 của cấp trên.');
    expect(within(dialog).getByRole('list', { name: 'Các bộ biểu mẫu ngân sách trong tệp' }).textContent).toBe(
      'Biểu ngân sách xã Hà Nội (phiên bản 2): Đã thêmBiểu cũ (phiên bản 1): Không nhận. Bộ biểu "tinh-cu" phiên bản 1 đã có trong máy với nội dung khác.',
    );
    expect(within(dialog).getByRole('list', { name: 'Các dòng phần mềm này chưa đọc được' }).textContent).toContain('(future_rules, dòng 1)');
  });
});
