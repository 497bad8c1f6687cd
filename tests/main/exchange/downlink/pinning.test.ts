import { refusalOf, type TestApp } from '../../support/runtime';
import { PROFILE } from '../outbound/seed';
import { dbOf, pinAt, startSuperior, startWard, SUPERIOR_PROFILE, textOf } from './support';

describe('a ward pins the key of its superior office', () => {
  const apps: TestApp[] = [];
  afterEach(() => apps.splice(0).forEach((app) => app.dispose()));
  const track = async (app: Promise<TestApp>) => (apps.push(await app), app);

  const superiorKeyAudit = (ward: TestApp) => {
    const db = dbOf(ward);
    const rows = db.prepare("SELECT action, entity_id FROM audit_log WHERE entity = 'superiorKey' ORDER BY id").all();
    db.close();
    return rows;
  };

  it('pins from the enrolment file, shows the fingerprint for the paper form, and takes the same file again as already pinned', async () => {
    const [ward, office] = await Promise.all([track(startWard()), track(startSuperior())]);
    expect(await ward.call('exchange.superiorStatus', {})).toBeNull();
    const { fingerprint } = (await office.call('exchange.keyStatus', {}))!;

    expect(await pinAt(ward, office)).toMatchObject({ unitCode: SUPERIOR_PROFILE.code, unitName: SUPERIOR_PROFILE.name, fingerprint, previousFingerprint: null, alreadyPinned: false, pinnedBy: 'quantri' });
    expect(await ward.call('exchange.superiorStatus', {})).toMatchObject({ unitCode: SUPERIOR_PROFILE.code, fingerprint });
    expect(await pinAt(ward, office)).toMatchObject({ fingerprint, alreadyPinned: true });
    expect(superiorKeyAudit(ward)).toEqual([{ action: 'pin', entity_id: SUPERIOR_PROFILE.code }]);
  });

  it('replaces the pinned key only when asked to, and audits the replacement', async () => {
    const [ward, office, newOffice] = await Promise.all([track(startWard()), track(startSuperior()), track(startSuperior())]);
    const first = await pinAt(ward, office);
    const refused = await refusalOf(pinAt(ward, newOffice));
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(`dấu vân tay ${first.fingerprint}`) });
    expect(await ward.call('exchange.superiorStatus', {})).toMatchObject({ fingerprint: first.fingerprint });

    const replaced = await pinAt(ward, newOffice, true);
    expect(replaced).toMatchObject({ fingerprint: (await newOffice.call('exchange.keyStatus', {}))!.fingerprint, previousFingerprint: first.fingerprint, alreadyPinned: false });
    expect(await ward.call('exchange.superiorStatus', {})).toMatchObject({ fingerprint: replaced.fingerprint });
    expect(superiorKeyAudit(ward).map((row) => (row as { action: string }).action)).toEqual(['pin', 'replace']);
  });

  it('refuses its own enrolment file, a malformed file and an account without settings.manage', async () => {
    const ward = await track(startWard());
    const own = textOf(await ward.call('exchange.enrolmentFile', {}));
    expect(await refusalOf(ward.call('exchange.pinSuperior', { content: own }))).toMatchObject({ code: 'INVALID_FILE', message: expect.stringContaining(`chính đơn vị mình (mã ${PROFILE.code})`) });
    expect(await refusalOf(ward.call('exchange.pinSuperior', { content: 'không phải JSON' }))).toMatchObject({ code: 'INVALID_FILE', message: 'Tệp đăng ký khóa không phải JSON hợp lệ.' });
    const edited = own.replace(/"unitCode": "\d+"/, '"unitCode": "01"').replace(/"fingerprint": "[0-9A-F]{4}/, '"fingerprint": "0000');
    expect(await refusalOf(ward.call('exchange.pinSuperior', { content: edited }))).toMatchObject({ code: 'INVALID_FILE', message: expect.stringContaining('không khớp với khóa công khai') });

    await ward.call('accounts.create', { username: 'vanthu', fullName: 'Văn thư', role: 'clerk', password: 'mat-khau-van-thu-1' });
    await ward.call('auth.login', { username: 'vanthu', password: 'mat-khau-van-thu-1' }, 'clerk');
    expect(await refusalOf(ward.call('exchange.pinSuperior', { content: own }, 'clerk'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await ward.call('exchange.superiorStatus', {})).toBeNull();
  });

  it('lets a superior office write its enrolment file even when its own superior code could not head a batch', async () => {
    const office = await track(startSuperior({ ...SUPERIOR_PROFILE, superiorCode: 'ubnd.hn' }));
    const file = await office.call('exchange.enrolmentFile', {});
    expect(file.fileName).toBe(`enrol-${SUPERIOR_PROFILE.code}.json`);
    expect(JSON.parse(textOf(file))).toMatchObject({ format: 'so-dan-chu/enrolment', unitCode: SUPERIOR_PROFILE.code, fingerprint: file.fingerprint });
  });
});
