import { join } from 'node:path';
import { readBatchFile } from '../../../main/exchange/envelope/read';
import { k7Disclosure } from '../disclosures/fixtures';
import { ADMIN, makeTempDir, refusalOf, startTestApp, startWardWithAdmin, type TestApp } from '../support/runtime';
import { PROFILE } from './outbound/seed';

const SUPERIOR_PROFILE = {
  ...PROFILE, name: 'Sở Nội vụ thành phố Hà Nội', kind: 'superiorOffice' as const, code: PROFILE.superiorCode,
  superiorName: 'UBND thành phố Hà Nội', superiorCode: 'UBND-HN', superiorEmail: '', email: '',
};

describe('the exchange channels, from a ward to its superior office', () => {
  let ward: TestApp;
  let office: TestApp;
  let usb: string;
  beforeEach(async () => {
    ward = await startWardWithAdmin();
    await ward.call('ward.saveProfile', PROFILE);
    office = await startTestApp();
    await office.call('setup.createAdministrator', { ...ADMIN, installationRole: 'superior' });
    await office.call('ward.saveProfile', SUPERIOR_PROFILE);
    usb = makeTempDir('sdc-usb-');
    ward.dialogs.folderPath = usb;
    office.dialogs.folderPath = usb;
  });
  afterEach(() => {
    ward.dispose();
    office.dispose();
  });

  /** Reads a receipt back as the ward would, trusting the office's own key. */
  async function receiptHeader(path: string) {
    const key = (await office.call('exchange.keyStatus', {}))!;
    const read = await readBatchFile(path, { trustedKeys: (fp) => (fp === key.fingerprint ? { publicKeyJwkX: key.publicKeyJwkX, unitCode: SUPERIOR_PROFILE.code } : undefined) });
    if (!read.ok) throw new Error(read.reason.message);
    return { header: read.header, receipts: read.records.receipts ?? [], batchHash: read.batchHash };
  }

  it('a ward exports a batch; the office registers the ward, previews, applies, lists the unit and writes receipts', async () => {
    await ward.call('disclosures.save', k7Disclosure);
    const exported = await ward.call('exchange.exportBatch', { kind: 'delta' });
    if (exported.status !== 'written') throw new Error(exported.message);
    const enrolment = await ward.call('exchange.enrolmentFile', {});

    const registered = await office.call('exchange.registerUnit', { content: Buffer.from(enrolment.contentBase64, 'base64').toString('utf8') });
    expect(registered).toMatchObject({ unitCode: PROFILE.code, unitName: PROFILE.name, fingerprint: enrolment.fingerprint, newUnit: true });

    office.dialogs.openPath = exported.path;
    const preview = await office.call('exchange.importPreview', {});
    expect(preview.report).toMatchObject({ dryRun: true, files: [{ result: 'applied', counts: { new: 1 }, batch: { unitCode: PROFILE.code, seq: 1 } }] });
    expect((await office.call('exchange.units', {}))[0]).toMatchObject({ unitCode: PROFILE.code, installations: [{ lastSeq: null }], batchesApplied: 0 });

    const applied = await office.call('exchange.importApply', { token: preview.token });
    expect(applied).toMatchObject({ dryRun: false, files: [{ result: 'applied', counts: { new: 1 }, gaps: [] }] });
    expect(await office.call('exchange.units', {})).toEqual([expect.objectContaining({ unitCode: PROFILE.code, name: PROFILE.name, batchesApplied: 1, installations: [expect.objectContaining({ lastSeq: 1, gaps: [] })] })]);

    const receipt = await office.call('exchange.writeReceipt', { unitCode: PROFILE.code });
    const read = await receiptHeader(receipt.path);
    expect(read.header).toMatchObject({ kind: 'receipt', unitCode: SUPERIOR_PROFILE.code, recipientCode: PROFILE.code, seq: 1, prevBatchHash: null });
    expect(read.receipts).toEqual([expect.objectContaining({ id: exported.batch.batchId, data: expect.objectContaining({ seq: 1, batchHash: exported.batch.batchHash, missingSeqs: [], rejectedLines: [] }) })]);
  });

  it('takes a receipt number before writing the file: a failed write never hands the same number out again', async () => {
    await ward.call('exchange.createKey', {});
    await office.call('exchange.registerUnit', { content: Buffer.from((await ward.call('exchange.enrolmentFile', {})).contentBase64, 'base64').toString('utf8') });
    office.dialogs.folderPath = join(usb, 'không có thư mục này');
    expect(await refusalOf(office.call('exchange.writeReceipt', { unitCode: PROFILE.code }))).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Không ghi được giấy báo nhận số 1') });
    office.dialogs.folderPath = usb;
    const second = await receiptHeader((await office.call('exchange.writeReceipt', { unitCode: PROFILE.code })).path);
    expect(second.header).toMatchObject({ seq: 2, prevBatchHash: null });
    const third = await receiptHeader((await office.call('exchange.writeReceipt', { unitCode: PROFILE.code })).path);
    expect(third.header).toMatchObject({ seq: 3, prevBatchHash: second.batchHash });
  });

  it('refuses a viewer the export', async () => {
    await ward.call('accounts.create', { username: 'xem', fullName: 'Người xem', role: 'viewer', password: 'mat-khau-xem-1' });
    await ward.call('auth.login', { username: 'xem', password: 'mat-khau-xem-1' }, 'viewer');
    expect(await refusalOf(ward.call('exchange.exportBatch', { kind: 'snapshot' }, 'viewer'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await ward.call('exchange.listSent', {})).toEqual([]);
  });
});
