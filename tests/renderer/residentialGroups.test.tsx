import { screen, waitFor, within } from '@testing-library/react';
import type { ResidentialGroup } from '../../main/api';
import { ResidentialGroupsManager } from '../../renderer/ward/ResidentialGroupsManager';
import { dialogsClosed, fakeTransport, fill, newUser, renderScreen, status } from './fakes';

function groupsBackend(initial: ResidentialGroup[]) {
  let groups = [...initial];
  return fakeTransport({
    'residentialGroups.list': () => groups,
    'residentialGroups.save': (input) => {
      const saved = { headName: '', note: '', ...input, id: groups.length + 10 };
      groups = [...groups, saved];
      return saved;
    },
    'residentialGroups.delete': ({ id }) => {
      groups = groups.filter((group) => group.id !== id);
      return null;
    },
  });
}

describe('residential groups', () => {
  it('starts with an empty state, then adds a group validated by the contract', async () => {
    const fake = groupsBackend([]);
    renderScreen(<ResidentialGroupsManager />, fake.transport);
    const user = newUser();

    expect(await screen.findByText('Chưa có tổ dân phố nào')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Thêm tổ dân phố' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm tổ dân phố' });

    await fill(user, within(dialog).getByLabelText('Số hộ'), '-4');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(within(dialog).getByText('Không được để trống.')).toBeTruthy();
    expect(within(dialog).getByText('Số hộ không được âm.')).toBeTruthy();
    expect(fake.inputsOf('residentialGroups.save')).toEqual([]);

    await fill(user, within(dialog).getByLabelText('Tên tổ dân phố'), 'Tổ dân phố số 1');
    await user.clear(within(dialog).getByLabelText('Số hộ'));
    await fill(user, within(dialog).getByLabelText('Số hộ'), '1250');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    const table = await screen.findByRole('table', { name: 'Danh sách tổ dân phố' });
    expect(within(table).getByText('Tổ dân phố số 1')).toBeTruthy();
    expect(within(table).getByText('1.250')).toBeTruthy();
    expect(fake.inputsOf('residentialGroups.save')).toEqual([{ name: 'Tổ dân phố số 1', householdCount: 1250, headName: '', note: '' }]);
  });

  it('deletes a group only after confirmation', async () => {
    const fake = groupsBackend([{ id: 1, name: 'Tổ dân phố số 1', householdCount: 120, headName: 'Lê Văn Cường', note: '' }]);
    renderScreen(<ResidentialGroupsManager />, fake.transport);
    const user = newUser();

    await user.click(await screen.findByRole('button', { name: 'Xóa Tổ dân phố số 1' }));
    const confirm = await screen.findByRole('dialog', { name: 'Xóa Tổ dân phố số 1?' });
    await user.click(within(confirm).getByRole('button', { name: 'Hủy' }));
    await dialogsClosed();
    expect(fake.inputsOf('residentialGroups.delete')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Xóa Tổ dân phố số 1' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Xóa Tổ dân phố số 1?' })).getByRole('button', { name: 'Xóa' }));

    await waitFor(() => expect(screen.getByText('Chưa có tổ dân phố nào')).toBeTruthy());
    expect(fake.inputsOf('residentialGroups.delete')).toEqual([{ id: 1 }]);
    expect(screen.getByText('Đã xóa Tổ dân phố số 1.')).toBeTruthy();
  });

  it('offers no write actions to a viewer', async () => {
    const fake = groupsBackend([{ id: 1, name: 'Tổ dân phố số 1', householdCount: 120, headName: '', note: '' }]);
    renderScreen(<ResidentialGroupsManager />, fake.transport, {
      status: status({ account: { id: 2, username: 'xem', fullName: 'Người xem', role: 'viewer' } }),
    });
    expect(await screen.findByText('Tổ dân phố số 1')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Thêm tổ dân phố' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Xóa Tổ dân phố số 1' })).toBeNull();
  });
});
