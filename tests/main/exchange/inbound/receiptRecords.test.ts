import { readBatchFile } from '../../../../main/exchange/envelope/read';
import type { TestApp } from '../../support/runtime';
import { dbOf, registerAt, sendUp, shareUsb, startSuperior, startWard, SUPERIOR_PROFILE } from '../downlink/support';
import { PROFILE } from '../outbound/seed';

describe('the records of a receipt', () => {
  let ward: TestApp;
  let office: TestApp;
  afterEach(() => [ward, office].forEach((app) => app?.dispose()));

  it('give each batch the received and missing numbers of its own installation, and its own rejected lines', async () => {
    [ward, office] = await Promise.all([startWard(), startSuperior()]);
    shareUsb(ward, office);
    await registerAt(office, ward);
    const sent = await sendUp(ward, office);
    // A second computer of the same ward, whose batches 1 and 3 came in, the second with a rejected line.
    const db = dbOf(office);
    const batch = db.prepare("INSERT INTO exchange_batch (batch_id, unit_code, installation_id, seq, batch_hash, file_sha256, applied_at) VALUES (?, ?, 'zz-second', ?, ?, 'f', '2026-03-02T01:00:00.000Z')");
    batch.run('second-1', PROFILE.code, 1, 'a'.repeat(64));
    batch.run('second-3', PROFILE.code, 3, 'b'.repeat(64));
    db.prepare("INSERT INTO exchange_rejected_line (batch_id, unit_code, installation_id, seq, dataset, line, record_id, code, message) VALUES ('second-3', ?, 'zz-second', 3, 'petitions', 2, 'p-2', 'OTHER_UNIT', 'Bản ghi của đơn vị khác.')")
      .run(PROFILE.code);
    db.close();

    const receipt = await office.call('exchange.writeReceipt', { unitCode: PROFILE.code });
    const key = (await office.call('exchange.keyStatus', {}))!;
    const read = await readBatchFile(receipt.path, { trustedKeys: (fp) => (fp === key.fingerprint ? { publicKeyJwkX: key.publicKeyJwkX, unitCode: SUPERIOR_PROFILE.code } : undefined) });
    if (!read.ok) throw new Error(read.reason.message);
    const summary = read.records.receipts!.map((r) => {
      const data = r.data as { seq: number; receivedSeqs: number[]; missingSeqs: number[]; rejectedLines: { recordId: string }[] };
      return [r.id, data.seq, data.receivedSeqs, data.missingSeqs, data.rejectedLines.map((l) => l.recordId)];
    });
    expect(summary).toEqual(expect.arrayContaining([
      [sent.batch.batchId, 1, [1], [], []],
      ['second-1', 1, [1, 3], [2], []],
      ['second-3', 3, [1, 3], [2], ['p-2']],
    ]));
    expect(summary).toHaveLength(3);
  });
});
