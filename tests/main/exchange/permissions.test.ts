import { readBatchFile } from '../../../main/exchange/envelope/read';
import { refusalOf, type TestApp } from '../support/runtime';
import { connectedWardAndOffice, SUPERIOR_PROFILE, textOf } from './downlink/support';
import { PROFILE } from './outbound/seed';

describe("a superior office's clerk receives data but does not manage the wards' keys", () => {
  let ward: TestApp;
  let office: TestApp;
  beforeEach(async () => {
    ({ ward, office } = await connectedWardAndOffice({ sent: true }));
    for (const [username, role] of [['vanthu', 'clerk'], ['xem', 'viewer']] as const) {
      await office.call('accounts.create', { username, fullName: `Tài khoản ${username}`, role, password: `mat-khau-${username}-1` });
      await office.call('auth.login', { username, password: `mat-khau-${username}-1` }, username);
    }
  });
  afterEach(() => [ward, office].forEach((app) => app.dispose()));

  it('lists the units and writes a signed receipt for one', async () => {
    expect(await office.call('exchange.units', {}, 'vanthu')).toEqual([expect.objectContaining({ unitCode: PROFILE.code, batchesApplied: 1 })]);
    const receipt = await office.call('exchange.writeReceipt', { unitCode: PROFILE.code }, 'vanthu');
    const key = (await office.call('exchange.keyStatus', {}))!;
    const read = await readBatchFile(receipt.path, { trustedKeys: () => ({ publicKeyJwkX: key.publicKeyJwkX, unitCode: SUPERIOR_PROFILE.code }) });
    expect(read.ok && read.header).toMatchObject({ kind: 'receipt', recipientCode: PROFILE.code });
  });

  it('is refused registering and revoking keys; a viewer is refused the units list', async () => {
    const enrolment = await ward.call('exchange.enrolmentFile', {});
    expect(await refusalOf(office.call('exchange.registerUnit', { content: textOf(enrolment) }, 'vanthu'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusalOf(office.call('exchange.revokeKey', { fingerprint: enrolment.fingerprint }, 'vanthu'))).toMatchObject({ code: 'FORBIDDEN' });
    expect((await office.call('exchange.units', {}))[0]!.keys).toEqual([expect.objectContaining({ status: 'active' })]);
    expect(await refusalOf(office.call('exchange.units', {}, 'xem'))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
