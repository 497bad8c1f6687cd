import type { Db } from '../../db/database';
import type { BatchHeader } from '../envelope/format';

/** Keeps what an applied batch says it covers, stamped with the superior's receiving time; called inside the import's transaction. */
export function storeCovers(db: Db, header: Pick<BatchHeader, 'batchId' | 'unitCode' | 'covers'>, receivedAt: string): void {
  const insert = db.prepare('INSERT OR IGNORE INTO exchange_cover (batch_id, unit_code, dataset, period, complete, received_at) VALUES (?, ?, ?, ?, ?, ?)');
  for (const cover of header.covers) insert.run(header.batchId, header.unitCode, cover.dataset, cover.period, cover.complete ? 1 : 0, receivedAt);
}
