import { screen, within } from '@testing-library/react';
import type { Out } from '../../main/api';
import { ReceiveScreen } from '../../renderer/exchange/ReceiveScreen';
import { fakeTransport, renderScreen, status } from './fakes';

const superior = status({ installationRole: 'superior', unitName: 'Sở Nội vụ' });
const clerk = { id: 2, username: 'vt', fullName: 'Lê Văn Thư', role: 'clerk' as const };

function renderReceive(units: Out<'exchange.units'>, account = superior.account) {
  const fake = fakeTransport({ 'exchange.units': units, 'exchange.quarantine': [], 'exchange.keyStatus': null });
  renderScreen(<ReceiveScreen />, fake.transport, { status: { ...superior, account } });
}

describe('the registered units on the receiving screen', () => {
  it('tells an administrator to register the wards', async () => {
    renderReceive([]);
    expect(await screen.findByText('Đăng ký từng xã, phường bằng tệp phiếu đăng ký khóa họ gửi lên.')).toBeTruthy();
  });

  it('tells a clerk, who cannot register, that the administrator does', async () => {
    renderReceive([], clerk);
    expect(await screen.findByText('Quản trị viên đăng ký từng xã, phường bằng tệp phiếu đăng ký khóa họ gửi lên.')).toBeTruthy();
  });

  it('counts the applied batches of each unit', async () => {
    renderReceive([{ unitCode: '00004', name: 'Phường Hòa Bình', registeredAt: '2026-03-01T02:00:00Z', keys: [], installations: [], batchesApplied: 4 }]);
    const table = await screen.findByRole('table', { name: 'Các xã, phường đã đăng ký' });
    expect(within(table).getByRole('columnheader', { name: 'Lô đã áp dụng' })).toBeTruthy();
    expect(within(within(table).getAllByRole('row')[1]!).getByText('4')).toBeTruthy();
  });
});
