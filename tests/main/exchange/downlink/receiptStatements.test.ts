import { join } from 'node:path';
import { openDatabase } from '../../../../main/db/database';
import { migrate } from '../../../../main/db/migrate';
import type { BatchHeader, RecordLine } from '../../../../main/exchange/envelope/format';
import { applyReceipts } from '../../../../main/exchange/downlink/receipts';
import { makeTempDir } from '../../support/runtime';

const hash = (n: number) => String(n).padStart(64, '0');

describe('applying the lines of a receipt', () => {
  it('prepares its statements once for the whole receipt, whatever the number of lines', () => {
    const db = openDatabase(join(makeTempDir(), 'ward.sqlite'));
    migrate(db);
    const insert = db.prepare("INSERT INTO exchange_sent_batch (seq, batch_id, kind, file_name, created_at, batch_hash, file_sha256, counts_json) VALUES (?, ?, 'delta', 'f', 'c', ?, ?, '{}')");
    for (const seq of [1, 2, 3]) insert.run(seq, `b${seq}`, hash(seq), hash(seq));
    const header = { installationId: 'office-1', seq: 1 } as BatchHeader;
    const line = (seq: number) => ({
      id: `b${seq}`, dataset: 'receipts', unitCode: 'SNV', ver: 1, hash: '', deleted: false, schemaVersion: 1,
      data: { seq, batchHash: hash(seq), receivedAt: '2026-11-23T01:00:00.000Z', missingSeqs: [], rejectedLines: [] },
    }) as RecordLine;
    const prepare = vi.spyOn(db, 'prepare');
    const outcomes = applyReceipts(db, header, [1, 2, 3].map(line));
    expect(outcomes.map((o) => [o.sentSeq, o.outcome])).toEqual([[1, 'received'], [2, 'received'], [3, 'received']]);
    expect(prepare).toHaveBeenCalledTimes(2);
    db.close();
  });
});
