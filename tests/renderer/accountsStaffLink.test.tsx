import { screen, within } from '@testing-library/react';
import type { Account } from '../../main/api';
import { AccountsScreen } from '../../renderer/accounts/AccountsScreen';
import { dialogsClosed, fail, fakeTransport, fill, newUser, renderScreen, staffMember } from './fakes';

const staff = [staffMember(5, 'Hoàng Thị Duyên', 'Công chức Văn phòng - Thống kê'), staffMember(7, 'Đỗ Văn Hải', 'Công chức Tư pháp - Hộ tịch')];

const account = (id: number, username: string, staffMemberId: number | null): Account => ({
  id,
  username,
  fullName: 'Người dùng',
  role: 'clerk',
  disabled: false,
  lockedUntil: null,
  lastLoginAt: null,
  staffMemberId,
});

describe('accounts linked to staff members', () => {
  it('shows the linked person and changes the link in the edit dialog', async () => {
    const fake = fakeTransport({ 'accounts.list': [account(2, 'vanthu', 5), account(3, 'xem', null)], 'staff.list': staff, 'accounts.update': account(2, 'vanthu', null) });
    renderScreen(<AccountsScreen />, fake.transport);
    const table = await screen.findByRole('table', { name: 'Danh sách tài khoản' });
    const rowOf = (username: string) => within(table).getByRole('cell', { name: username }).closest('tr')!;
    expect(await within(rowOf('vanthu')).findByText('Hoàng Thị Duyên')).toBeTruthy();
    expect(within(rowOf('xem')).getByText('—')).toBeTruthy();

    const user = newUser();
    await user.click(within(table).getByRole('button', { name: 'Sửa tài khoản vanthu' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa tài khoản' });
    const select = within(dialog).getByLabelText('Cán bộ tương ứng') as HTMLSelectElement;
    expect(select.value).toBe('5');
    await user.selectOptions(select, '— Không gắn —');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await dialogsClosed();
    expect(fake.inputsOf('accounts.update')).toEqual([{ id: 2, fullName: 'Người dùng', role: 'clerk', disabled: false, staffMemberId: null }]);
  });

  it('sends the chosen person with a new account and shows main’s refusal of a person already linked under the field', async () => {
    const fake = fakeTransport({
      'accounts.list': [account(2, 'vanthu', 5)],
      'staff.list': staff,
      'accounts.create': fail('CONFLICT', 'Cán bộ này đã gắn với tài khoản vanthu.', 'staffMemberId'),
    });
    renderScreen(<AccountsScreen />, fake.transport);
    const user = newUser();
    await user.click(await screen.findByRole('button', { name: 'Thêm tài khoản' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm tài khoản' });
    await fill(user, within(dialog).getByLabelText('Tên đăng nhập'), 'duyen');
    await fill(user, within(dialog).getByLabelText('Họ và tên'), 'Hoàng Thị Duyên');
    await fill(user, within(dialog).getByLabelText('Mật khẩu'), 'mat-khau-123');
    await user.selectOptions(within(dialog).getByLabelText('Cán bộ tương ứng'), 'Hoàng Thị Duyên – Công chức Văn phòng - Thống kê');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await within(dialog).findByText('Cán bộ này đã gắn với tài khoản vanthu.')).toBeTruthy();
    expect(fake.inputsOf('accounts.create')).toEqual([{ username: 'duyen', fullName: 'Hoàng Thị Duyên', role: 'clerk', password: 'mat-khau-123', staffMemberId: 5 }]);
  });
});
