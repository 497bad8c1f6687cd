import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBatchFile } from '../../../../main/exchange/envelope/read';
import { writeBatchFile } from '../../../../main/exchange/envelope/write';
import { refusalOf, type TestApp } from '../../support/runtime';
import { otherSigner, tempFolder } from '../envelope/support';
import { PROFILE } from '../outbound/seed';
import { connectedWardAndOffice, dbOf, dump, importOnWard, pinAt, registerAt, sendUp, startWard, SUPERIOR_PROFILE } from './support';

describe('a ward imports the receipts its superior office writes', () => {
  let ward: TestApp;
  let office: TestApp;
  beforeEach(async () => {
    ({ ward, office } = await connectedWardAndOffice({ sent: false }));
  });
  afterEach(() => [ward, office].forEach((app) => app.dispose()));

  const writeReceipt = async () => (await office.call('exchange.writeReceipt', { unitCode: PROFILE.code })).path;

  it('marks the acknowledged batch received, and the same file twice changes nothing', async () => {
    const sent = await sendUp(ward, office);
    const receipt = await writeReceipt();
    const pinned = await pinAt(ward, office);
    expect(pinned).toMatchObject({ unitCode: SUPERIOR_PROFILE.code, unitName: SUPERIOR_PROFILE.name, fingerprint: (await office.call('exchange.keyStatus', {}))!.fingerprint, alreadyPinned: false });

    const report = await importOnWard(ward, receipt);
    expect(report).toMatchObject({ result: 'applied', reason: null, batch: { kind: 'receipt', seq: 1 }, receipts: [{ line: 1, batchId: sent.batch.batchId, sentSeq: 1, outcome: 'received' }] });
    const [listed] = await ward.call('exchange.listSent', {});
    expect(listed).toMatchObject({ seq: 1, receiptStatus: 'received', receiptDetail: { receiptSeq: 1, missingSeqs: [], rejectedLines: [] } });

    const before = dump(ward);
    const again = await importOnWard(ward, receipt);
    expect(again).toMatchObject({ result: 'alreadyReceived', reason: { code: 'ALREADY_RECEIVED', message: expect.stringContaining('Đã nhận') }, receipts: [] });
    expect(dump(ward)).toBe(before);
  });

  it('marks a batch with lines the office rejected as partial, with the lines on demand', async () => {
    const sent = await sendUp(ward, office);
    const officeDb = dbOf(office);
    officeDb.prepare(
      `INSERT INTO exchange_rejected_line (batch_id, unit_code, installation_id, seq, dataset, line, record_id, code, message)
       VALUES (?, ?, 'i', 1, 'budget_disclosures', 3, 'r-3', 'OTHER_UNIT', 'Bản ghi của đơn vị khác.')`,
    ).run(sent.batch.batchId, PROFILE.code);
    officeDb.close();
    const receipt = await writeReceipt();
    await pinAt(ward, office);

    const report = await importOnWard(ward, receipt);
    expect(report.receipts).toEqual([expect.objectContaining({ sentSeq: 1, outcome: 'partial', message: expect.stringContaining('1 dòng bị từ chối') })]);
    const [listed] = await ward.call('exchange.listSent', {});
    expect(listed).toMatchObject({ receiptStatus: 'partial', receiptDetail: { rejectedLines: [{ dataset: 'budget_disclosures', line: 3, recordId: 'r-3', code: 'OTHER_UNIT' }] } });
  });

  it('never lets an older receipt overwrite a newer one, and reports receipts of batches it never sent', async () => {
    await sendUp(ward, office);
    const older = await writeReceipt();
    await sendUp(ward, office);
    const newer = await writeReceipt();
    await pinAt(ward, office);

    expect((await importOnWard(ward, newer)).receipts.map((r) => [r.sentSeq, r.outcome])).toEqual([[1, 'received'], [2, 'received']]);
    const stale = await importOnWard(ward, older);
    expect(stale).toMatchObject({ result: 'applied', receipts: [{ sentSeq: 1, outcome: 'stale', message: expect.stringContaining('mới hơn (số 2)') }] });
    expect((await ward.call('exchange.listSent', {})).map((b) => b.receiptDetail?.receiptSeq)).toEqual([2, 2]);

    const otherWard = await startWard();
    try {
      await pinAt(otherWard, office);
      const foreign = await importOnWard(otherWard, newer);
      expect(foreign.receipts.map((r) => r.outcome)).toEqual(['unknownBatch', 'unknownBatch']);
      expect(foreign.receipts[0]!.message).toContain('không có trong danh sách lô đơn vị này đã gửi');
    } finally {
      otherWard.dispose();
    }
  });

  it('refuses a receipt addressed to another ward', async () => {
    const neighbour = await startWard({ ...PROFILE, code: '00002', name: 'Phường Ba Đình' });
    try {
      neighbour.dialogs.folderPath = ward.dialogs.folderPath;
      await registerAt(office, neighbour);
      await sendUp(neighbour, office);
      const receipt = (await office.call('exchange.writeReceipt', { unitCode: '00002' })).path;
      await sendUp(ward, office);
      await pinAt(ward, office);
      const report = await importOnWard(ward, receipt);
      expect(report).toMatchObject({ result: 'rejected', reason: { code: 'WRONG_RECIPIENT', message: expect.stringContaining('gửi cho một đơn vị khác') } });
      expect((await ward.call('exchange.listSent', {}))[0]!.receiptStatus).toBe('notAcknowledged');
    } finally {
      neighbour.dispose();
    }
  });

  it('refuses a receipt signed by a key it did not pin, and a tampered file, changing no batch', async () => {
    await sendUp(ward, office);
    const receipt = await writeReceipt();
    await pinAt(ward, office);
    const key = (await office.call('exchange.keyStatus', {}))!;
    const read = await readBatchFile(receipt, { trustedKeys: (fp) => (fp === key.fingerprint ? { publicKeyJwkX: key.publicKeyJwkX, unitCode: SUPERIOR_PROFILE.code } : undefined) });
    if (!read.ok) throw new Error(read.reason.message);
    const records = { receipts: read.records.receipts!.map(({ dataset: _, hash: __, ...line }) => line) };
    const forged = await writeBatchFile(tempFolder(), { header: read.header, records, files: {} }, otherSigner);

    const unknown = await importOnWard(ward, forged.path);
    expect(unknown).toMatchObject({ result: 'rejected', reason: { code: 'UNKNOWN_KEY', message: expect.stringContaining('khóa của cơ quan cấp trên đã ghi nhận') } });

    const bytes = readFileSync(receipt);
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    const tampered = join(tempFolder(), 'tampered.sdc.zip');
    writeFileSync(tampered, bytes);
    const damaged = await importOnWard(ward, tampered);
    expect(damaged.result).toBe('rejected');
    expect(damaged.reason?.message).toMatch(/hỏng|bị sửa/);
    expect((await ward.call('exchange.listSent', {}))[0]!.receiptStatus).toBe('notAcknowledged');

    const logged = dbOf(ward);
    expect(logged.prepare('SELECT result, reason_code FROM exchange_downlink_file ORDER BY id').all()).toEqual([
      { result: 'rejected', reason_code: 'UNKNOWN_KEY' },
      { result: 'rejected', reason_code: damaged.reason!.code },
    ]);
    logged.close();
    expect((await importOnWard(ward, receipt)).result).toBe('applied');
  });

  it('asks for the superior key first, and refuses a viewer the import', async () => {
    expect(await refusalOf(ward.call('exchange.importFromSuperior', {}))).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Chưa ghi nhận khóa của cơ quan cấp trên') });
    await ward.call('accounts.create', { username: 'xem', fullName: 'Người xem', role: 'viewer', password: 'mat-khau-xem-1' });
    await ward.call('auth.login', { username: 'xem', password: 'mat-khau-xem-1' }, 'viewer');
    expect(await refusalOf(ward.call('exchange.importFromSuperior', {}, 'viewer'))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
