import { screen, waitFor, within } from '@testing-library/react';
import type { GeneratedFile, SigningKeyStatus, WardProfile } from '../../main/api';
import type { WindowWithApi } from '../../renderer/api/transport';
import { SetupWizard } from '../../renderer/app/SetupWizard';
import { SendScreen } from '../../renderer/exchange/SendScreen';
import { UnitsTable, type RegisteredUnit } from '../../renderer/exchange/UnitsTable';
import { fail, fakeTransport, fill, newUser, renderScreen, status, type Replies } from './fakes';

const fingerprint = 'AB12 CD34 EF56 7890 1111 2222 3333 4444 5555 6666 7777 8888 9999 AAAA BBBB CCCC';
const signingKey: SigningKeyStatus = { fingerprint, publicKeyJwkX: 'x', createdAt: '2026-03-01T02:00:00Z' };
const file = (fileName: string, mediaType: string): GeneratedFile => ({ fileName, mediaType, contentBase64: 'JVBERi0=' });
const desktop = window as WindowWithApi;

/** Saving goes through main's save dialog, as in the desktop app. */
function asDesktop() {
  desktop.api = { invoke: async () => ({ ok: false, error: { code: 'INTERNAL', message: 'không dùng' } }) };
}
afterEach(() => {
  delete desktop.api;
});

describe('the printed key-registration form on the signing-key card', () => {
  it('makes the PDF and the Word form beside the enrolment file and saves them', async () => {
    asDesktop();
    const pdf = file('phieu-dang-ky-khoa-00004.pdf', 'application/pdf');
    const docx = file('phieu-dang-ky-khoa-00004.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const fake = fakeTransport({
      'exchange.keyStatus': signingKey,
      'exchange.listSent': [],
      'exchange.enrolmentForm': ({ format }) => (format === 'pdf' ? pdf : docx),
      'files.save': ({ fileName }) => ({ savedAs: `C:\\Users\\vanthu\\${fileName}` }),
    });
    renderScreen(<SendScreen />, fake.transport);
    const card = await screen.findByRole('region', { name: 'Khóa ký dữ liệu' });
    expect(within(card).getByRole('button', { name: 'Tải phiếu đăng ký khóa' })).toBeTruthy();
    const user = newUser();

    await user.click(await within(card).findByRole('button', { name: 'In phiếu đăng ký (PDF)' }));
    expect(await screen.findByText('Đã lưu tệp vào C:\\Users\\vanthu\\phieu-dang-ky-khoa-00004.pdf.')).toBeTruthy();
    await waitFor(() => expect(within(card).getByRole('button', { name: 'Phiếu đăng ký (Word)' }).hasAttribute('disabled')).toBe(false));
    await user.click(within(card).getByRole('button', { name: 'Phiếu đăng ký (Word)' }));
    await waitFor(() => expect(fake.inputsOf('files.save')).toHaveLength(2));
    expect(fake.inputsOf('exchange.enrolmentForm')).toEqual([{ format: 'pdf' }, { format: 'docx' }]);
    expect(fake.inputsOf('files.save')).toEqual([pdf, docx].map(({ fileName, contentBase64 }) => ({ fileName, contentBase64 })));
  });
});

describe('the receipt e-mail draft of a registered unit', () => {
  const unit: RegisteredUnit = { unitCode: '00004', name: 'Phường Hòa Bình', registeredAt: '2026-03-01T02:00:00Z', keys: [], installations: [], batchesApplied: 2 };

  it('is made for that unit and saved as an .eml', async () => {
    asDesktop();
    const eml = file('02_RECEIPT_000003.eml', 'message/rfc822');
    const fake = fakeTransport({ 'exchange.receiptEmailDraft': eml, 'files.save': { savedAs: 'C:\\Users\\vanthu\\02_RECEIPT_000003.eml' } });
    const written: RegisteredUnit[] = [];
    renderScreen(<UnitsTable units={[unit]} onWriteReceipt={(target) => written.push(target)} />, fake.transport);

    await newUser().click(screen.getByRole('button', { name: 'Tạo thư điện tử biên nhận cho Phường Hòa Bình' }));
    expect(await screen.findByText('Đã lưu tệp vào C:\\Users\\vanthu\\02_RECEIPT_000003.eml.')).toBeTruthy();
    expect(fake.inputsOf('exchange.receiptEmailDraft')).toEqual([{ unitCode: '00004' }]);
    expect(written).toEqual([]);
  });
});

describe('the signing key at the end of the first-run setup', () => {
  const profile: WardProfile = {
    name: 'Phường Hòa Bình', kind: 'ward', code: '00004', provinceName: 'Thành phố Hà Nội', address: 'Số 1 phố Hòa Bình', phone: '', email: '',
    superiorName: 'Sở Nội vụ thành phố Hà Nội', superiorCode: 'SNV-HN', superiorEmail: '', updatedAt: '2026-03-01T02:00:00Z',
  };

  /** Fills the unit step and skips the optional ones, up to "Hoàn tất". */
  async function reachLastStep(replies: Replies, superior = false) {
    const fake = fakeTransport({ 'ward.saveProfile': profile, 'signatories.list': [], 'residentialGroups.list': [], 'staff.list': [], ...replies });
    const finished: true[] = [];
    renderScreen(<SetupWizard onFinish={() => finished.push(true)} />, fake.transport, { status: status({ installationRole: superior ? 'superior' : 'ward' }) });
    const user = newUser();
    await fill(user, screen.getByLabelText(superior ? 'Tên cơ quan' : 'Tên đơn vị'), profile.name);
    await fill(user, screen.getByLabelText(superior ? 'Mã cơ quan' : 'Mã đơn vị hành chính'), profile.code);
    await fill(user, screen.getByLabelText('Tỉnh, thành phố'), profile.provinceName);
    await fill(user, screen.getByLabelText('Địa chỉ trụ sở'), profile.address);
    await fill(user, screen.getByLabelText('Tên cơ quan cấp trên'), profile.superiorName);
    await fill(user, screen.getByLabelText('Mã cơ quan cấp trên'), profile.superiorCode);
    await user.click(screen.getByRole('button', { name: 'Lưu và tiếp tục' }));
    for (let step = 0; step < (superior ? 2 : 3); step++) await user.click(await screen.findByRole('button', { name: 'Tiếp tục' }));
    await screen.findByRole('button', { name: 'Vào trang chủ' });
    return { fake, finished, user };
  }

  it('creates the key of a ward that has none and says where its form is printed', async () => {
    const { fake, finished, user } = await reachLastStep({ 'exchange.keyStatus': null, 'exchange.createKey': signingKey });
    expect(screen.getByText(/in trong mục «Gửi dữ liệu lên cấp trên»/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Vào trang chủ' }));
    await waitFor(() => expect(finished).toEqual([true]));
    expect(fake.inputsOf('exchange.createKey')).toEqual([{}]);
  });

  it('keeps the existing key of a superior office and says where its form is printed', async () => {
    const existing = await reachLastStep({ 'exchange.keyStatus': signingKey }, true);
    expect(screen.getByText(/in trong mục «Nhận dữ liệu từ xã, phường»/)).toBeTruthy();
    await existing.user.click(screen.getByRole('button', { name: 'Vào trang chủ' }));
    await waitFor(() => expect(existing.finished).toEqual([true]));
    expect(existing.fake.inputsOf('exchange.createKey')).toEqual([]);
  });

  it('goes on to the home page without an error when the key was made meanwhile (CONFLICT)', async () => {
    const conflict = 'Đơn vị đã có khóa ký đang dùng; không tạo khóa thứ hai.';
    const { fake, finished, user } = await reachLastStep({ 'exchange.keyStatus': null, 'exchange.createKey': fail('CONFLICT', conflict) });
    await user.click(screen.getByRole('button', { name: 'Vào trang chủ' }));
    await waitFor(() => expect(finished).toEqual([true]));
    expect(fake.inputsOf('exchange.createKey')).toEqual([{}]);
    expect(screen.queryByText(conflict)).toBeNull();
  });
});
