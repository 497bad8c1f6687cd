import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { StaffMember } from '../../main/api';
import { StaffManager } from '../../renderer/staff/StaffManager';
import { fakeTransport, fill, newUser, renderScreen } from './fakes';

const chair: StaffMember = {
  id: 1,
  fullName: 'Đỗ Minh Châu',
  position: 'Chủ tịch',
  department: '',
  employmentType: 'cadre',
  activeFrom: '2021-07-01',
  activeTo: null,
  note: '',
};
const retired: StaffMember = { ...chair, id: 2, fullName: 'Vũ Thị Hạnh', employmentType: 'civilServant', activeTo: '2025-06-30' };

/** Types a dd/MM/yyyy date the way autofill or paste reaches the picker's hidden input. */
function enterDate(dialog: HTMLElement, name: string, text: string) {
  const input = dialog.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!input) throw new Error(`No date input named ${name}`);
  fireEvent.change(input, { target: { value: text } });
}

describe('staff register', () => {
  it('lists active staff in Vietnamese and shows former staff on request', async () => {
    const fake = fakeTransport({ 'staff.list': ({ includeInactive }) => (includeInactive ? [chair, retired] : [chair]) });
    renderScreen(<StaffManager />, fake.transport);

    const table = await screen.findByRole('table', { name: 'Danh sách cán bộ, công chức' });
    expect(within(table).getByText('Cán bộ')).toBeTruthy();
    expect(within(table).getByText(/01\/07\/2021 – nay/)).toBeTruthy();
    expect(within(table).queryByText('Vũ Thị Hạnh')).toBeNull();

    await newUser().click(screen.getByLabelText('Hiện cả người đã thôi công tác'));
    expect(await screen.findByText('Vũ Thị Hạnh')).toBeTruthy();
    expect(screen.getByText('Công chức')).toBeTruthy();
    expect(screen.getByText('Đã thôi công tác')).toBeTruthy();
    expect(fake.inputsOf('staff.list')).toEqual([{ includeInactive: false }, { includeInactive: true }]);
  });

  it('validates the working period with the contract and sends ISO dates', async () => {
    const fake = fakeTransport({ 'staff.list': [], 'staff.save': { ...chair, id: 3 } });
    renderScreen(<StaffManager />, fake.transport);
    const user = newUser();

    await user.click(await screen.findByRole('button', { name: 'Thêm cán bộ' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm cán bộ' });
    expect(within(dialog).getByRole('group', { name: 'Ngày bắt đầu công tác' })).toBeTruthy();
    await fill(user, within(dialog).getByLabelText('Họ và tên'), 'Ngô Văn Dũng');
    await fill(user, within(dialog).getByLabelText('Chức vụ'), 'Công chức Tư pháp - Hộ tịch');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(within(dialog).getByText('Chưa nhập thông tin bắt buộc.')).toBeTruthy();

    enterDate(dialog, 'activeFrom', '05/02/2026');
    enterDate(dialog, 'activeTo', '01/01/2026');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(within(dialog).getByText('Ngày thôi công tác phải sau ngày bắt đầu.')).toBeTruthy();
    expect(fake.inputsOf('staff.save')).toEqual([]);

    enterDate(dialog, 'activeTo', '');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(fake.inputsOf('staff.save').length).toBe(1));
    expect(fake.inputsOf('staff.save')[0]).toEqual({
      fullName: 'Ngô Văn Dũng',
      position: 'Công chức Tư pháp - Hộ tịch',
      department: '',
      employmentType: 'civilServant',
      activeFrom: '2026-02-05',
      activeTo: null,
      note: '',
    });
  });
});
