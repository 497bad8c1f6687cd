import type { Migration } from './types';

/**
 * What each applied batch says it covers (the header's `covers`: dataset, period, complete), with the time the
 * superior received the batch's file: the completeness matrix judges "on time" by that time, never by the
 * ward's own clock. Batches applied before this step have no rows here.
 */
export const exchangeCovers: Migration = {
  version: 14,
  name: 'exchange-covers',
  up: `
    CREATE TABLE exchange_cover (
      batch_id TEXT NOT NULL REFERENCES exchange_batch (batch_id),
      unit_code TEXT NOT NULL,
      dataset TEXT NOT NULL,
      period TEXT NOT NULL,
      complete INTEGER NOT NULL CHECK (complete IN (0, 1)),
      received_at TEXT NOT NULL,
      PRIMARY KEY (batch_id, dataset, period)
    ) STRICT;
    CREATE INDEX exchange_cover_unit ON exchange_cover (unit_code, dataset, period);
  `,
};
