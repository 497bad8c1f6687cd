import type { Migration } from './types';

/**
 * What travels down from the superior office (docs/exchange-format.md §7, §7a). Ward side: the superior's
 * public key pinned at enrolment (one active; a replaced key keeps its row) and the log of every file received
 * from the superior, so the same file twice changes nothing. Superior side: its receipts and directives share
 * one outgoing sequence, as the format wants one sequence per sending installation.
 */
export const exchangeDownlink: Migration = {
  version: 13,
  name: 'exchange-downlink',
  up: `
    CREATE TABLE exchange_superior_key (
      id INTEGER PRIMARY KEY,
      unit_code TEXT NOT NULL,
      unit_name TEXT NOT NULL,
      installation_id TEXT NOT NULL,
      public_key_x TEXT NOT NULL CHECK (length(public_key_x) = 43),
      fingerprint TEXT NOT NULL,
      pinned_at TEXT NOT NULL,
      pinned_by TEXT NOT NULL,
      replaced_at TEXT
    ) STRICT;
    CREATE UNIQUE INDEX exchange_superior_key_one_active ON exchange_superior_key ((replaced_at IS NULL)) WHERE replaced_at IS NULL;

    CREATE TABLE exchange_downlink_file (
      id INTEGER PRIMARY KEY,
      file_sha256 TEXT NOT NULL UNIQUE CHECK (length(file_sha256) = 64),
      file_name TEXT NOT NULL,
      kind TEXT,
      batch_id TEXT,
      seq INTEGER,
      result TEXT NOT NULL CHECK (result IN ('applied', 'rejected')),
      reason_code TEXT,
      reason_message TEXT,
      received_at TEXT NOT NULL,
      received_by TEXT NOT NULL
    ) STRICT;

    ALTER TABLE exchange_receipt ADD COLUMN kind TEXT NOT NULL DEFAULT 'receipt' CHECK (kind IN ('receipt', 'directive'));
  `,
};
