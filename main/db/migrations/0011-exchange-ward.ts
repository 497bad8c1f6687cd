import type { Migration } from './types';

/**
 * The ward side of the exchange (docs/exchange-format.md): the installation's signing key, the outbound
 * sequence, the batches sent, and the state of every record as last sent. The exchange keeps the record
 * versions itself (hash changed → ver + 1), so the capabilities' own tables carry no version column.
 */
export const exchangeWard: Migration = {
  version: 11,
  name: 'exchange-ward',
  up: `
    -- The private key is PKCS#8 PEM encrypted under a random passphrase; the passphrase is sealed by the SecretStore.
    CREATE TABLE exchange_signing_key (
      id INTEGER PRIMARY KEY,
      public_key_x TEXT NOT NULL CHECK (length(public_key_x) = 43),
      fingerprint TEXT NOT NULL UNIQUE,
      private_key_pem TEXT NOT NULL,
      sealed_passphrase BLOB NOT NULL,
      created_at TEXT NOT NULL,
      revoked_at TEXT
    ) STRICT;
    CREATE UNIQUE INDEX exchange_signing_key_one_active ON exchange_signing_key ((revoked_at IS NULL)) WHERE revoked_at IS NULL;

    -- The last sequence number taken: committed before the file is written, never handed out twice.
    CREATE TABLE exchange_outbound_sequence (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      last_seq INTEGER NOT NULL CHECK (last_seq BETWEEN 0 AND 999999)
    ) STRICT;

    CREATE TABLE exchange_sent_batch (
      seq INTEGER PRIMARY KEY CHECK (seq BETWEEN 1 AND 999999),
      batch_id TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL CHECK (kind IN ('delta', 'snapshot')),
      file_name TEXT NOT NULL,
      created_at TEXT NOT NULL,
      batch_hash TEXT NOT NULL CHECK (length(batch_hash) = 64),
      prev_batch_hash TEXT CHECK (prev_batch_hash IS NULL OR length(prev_batch_hash) = 64),
      file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
      counts_json TEXT NOT NULL,
      receipt_status TEXT NOT NULL DEFAULT 'notAcknowledged' CHECK (receipt_status IN ('notAcknowledged', 'received', 'partial')),
      receipt_detail_json TEXT
    ) STRICT;

    -- Each record as last sent: a tombstone keeps its last data, because the tombstone line carries it.
    CREATE TABLE exchange_record_state (
      dataset TEXT NOT NULL,
      record_id TEXT NOT NULL,
      ver INTEGER NOT NULL CHECK (ver >= 1),
      hash TEXT NOT NULL CHECK (length(hash) = 64),
      deleted INTEGER NOT NULL CHECK (deleted IN (0, 1)),
      schema_version INTEGER NOT NULL CHECK (schema_version >= 1),
      period TEXT,
      data_json TEXT NOT NULL,
      last_seq INTEGER NOT NULL,
      PRIMARY KEY (dataset, record_id)
    ) STRICT, WITHOUT ROWID;
  `,
};
