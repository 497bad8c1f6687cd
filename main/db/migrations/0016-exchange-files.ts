import type { Migration } from './types';

/**
 * Attachments travelling inside batches (docs/exchange-format.md §13). On the ward: each attachment already
 * sent up, with the batch that first carried it, so a delta carries only new files (a snapshot carries all).
 * A batch too large for one file is written as consecutive parts; the sent list shows each part.
 */
export const exchangeFiles: Migration = {
  version: 16,
  name: 'exchange-files',
  up: `
    CREATE TABLE exchange_sent_file (
      sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
      first_seq INTEGER NOT NULL CHECK (first_seq BETWEEN 1 AND 999999)
    ) STRICT, WITHOUT ROWID;

    ALTER TABLE exchange_sent_batch ADD COLUMN part_index INTEGER CHECK (part_index IS NULL OR part_index >= 1);
    ALTER TABLE exchange_sent_batch ADD COLUMN part_count INTEGER CHECK (part_count IS NULL OR part_count >= 2);
  `,
};
