import { screen, within } from '@testing-library/react';
import type { AuditEntry } from '../../main/api';
import { changedFields, showValue } from '../../renderer/audit/ChangeDiff';
import { AuditScreen } from '../../renderer/audit/AuditScreen';
import { fakeTransport, renderScreen } from './fakes';

const update: AuditEntry = {
  id: 7,
  at: new Date(2026, 1, 5, 9, 30).toISOString(),
  actor: 'Trần Thị Bình',
  action: 'update',
  entity: 'residentialGroup',
  entityId: '3',
  before: { id: 3, name: 'Tổ dân phố số 3', householdCount: 120, headName: '' },
  after: { id: 3, name: 'Tổ dân phố số 3', householdCount: 125, headName: 'Lê Văn Cường' },
};

describe('change history', () => {
  it('shows who changed what and when, with only the changed fields', async () => {
    const fake = fakeTransport({ 'audit.list': [update] });
    renderScreen(<AuditScreen />, fake.transport);

    const table = await screen.findByRole('table', { name: 'Lịch sử thay đổi' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByText('05/02/2026 09:30')).toBeTruthy();
    expect(within(row).getByText('Trần Thị Bình')).toBeTruthy();
    expect(within(row).getByText('Sửa')).toBeTruthy();
    expect(within(row).getByText('Tổ dân phố')).toBeTruthy();
    const lines = within(row).getAllByRole('listitem').map((item) => item.textContent);
    expect(lines).toEqual(['Số hộ: 120 → 125', 'Tổ trưởng: (trống) → Lê Văn Cường']);
    expect(fake.inputsOf('audit.list')).toEqual([{ limit: 50, offset: 0 }]);
  });

  it('names coded values and dates the Vietnamese way', () => {
    expect(showValue('employmentType', 'civilServant')).toBe('Công chức');
    expect(showValue('kind', 'commune')).toBe('Xã');
    expect(showValue('activeFrom', '2025-07-01')).toBe('01/07/2025');
    expect(showValue('isDefault', true)).toBe('Có');
    expect(changedFields(null, { id: 1, name: 'Tổ 1', updatedAt: 'x' })).toEqual([{ field: 'name', before: undefined, after: 'Tổ 1' }]);
  });
});
