import type { Migration } from './types';

/**
 * The superior office's side of the exchange (exchange-research §5–§7): the registry of reporting units and
 * their installations' public keys, the log of every received file, the applied batches (one per installation
 * and sequence number), the consolidated records with their append-only history, and the review queues
 * (conflicting record versions, forked sequences). Quarantined files that never passed the envelope live
 * only in the quarantine folder, so a hostile file leaves this database untouched.
 */
export const exchangeSuperior: Migration = {
  version: 12,
  name: 'exchange-superior',
  up: `
    CREATE TABLE exchange_unit (
      unit_code TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      registered_at TEXT NOT NULL,
      registered_by TEXT NOT NULL
    ) STRICT;

    CREATE TABLE exchange_unit_key (
      id INTEGER PRIMARY KEY,
      installation_id TEXT NOT NULL,
      unit_code TEXT NOT NULL REFERENCES exchange_unit (unit_code),
      public_key_x TEXT NOT NULL,
      fingerprint TEXT NOT NULL UNIQUE,
      status TEXT NOT NULL CHECK (status IN ('active', 'revoked')),
      revoked_at TEXT,
      registered_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX exchange_unit_key_unit ON exchange_unit_key (unit_code);

    CREATE TABLE exchange_received_file (
      id INTEGER PRIMARY KEY,
      file_sha256 TEXT NOT NULL UNIQUE,
      file_name TEXT NOT NULL,
      size_bytes INTEGER NOT NULL,
      received_at TEXT NOT NULL,
      operator TEXT NOT NULL,
      result TEXT NOT NULL CHECK (result IN ('applied', 'duplicate', 'quarantined', 'rejected')),
      reason_code TEXT,
      reason_message TEXT,
      batch_id TEXT,
      unit_code TEXT,
      installation_id TEXT,
      seq INTEGER,
      counts_json TEXT NOT NULL DEFAULT '{}'
    ) STRICT;

    CREATE TABLE exchange_batch (
      id INTEGER PRIMARY KEY,
      batch_id TEXT NOT NULL UNIQUE,
      unit_code TEXT NOT NULL,
      installation_id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      batch_hash TEXT NOT NULL,
      file_sha256 TEXT NOT NULL,
      applied_at TEXT NOT NULL,
      UNIQUE (installation_id, seq)
    ) STRICT;

    CREATE TABLE exchange_record (
      dataset TEXT NOT NULL,
      record_id TEXT NOT NULL,
      unit_code TEXT NOT NULL,
      ver INTEGER NOT NULL,
      hash TEXT NOT NULL,
      deleted INTEGER NOT NULL CHECK (deleted IN (0, 1)),
      schema_version INTEGER NOT NULL,
      data_json TEXT NOT NULL,
      batch_id TEXT NOT NULL,
      received_at TEXT NOT NULL,
      PRIMARY KEY (dataset, record_id)
    ) STRICT;
    CREATE INDEX exchange_record_unit ON exchange_record (unit_code, dataset);

    CREATE TABLE exchange_record_history (
      id INTEGER PRIMARY KEY,
      dataset TEXT NOT NULL,
      record_id TEXT NOT NULL,
      unit_code TEXT NOT NULL,
      ver INTEGER NOT NULL,
      hash TEXT NOT NULL,
      deleted INTEGER NOT NULL CHECK (deleted IN (0, 1)),
      schema_version INTEGER NOT NULL,
      data_json TEXT NOT NULL,
      batch_id TEXT NOT NULL,
      received_at TEXT NOT NULL,
      UNIQUE (dataset, record_id, ver, hash)
    ) STRICT;

    CREATE TABLE exchange_conflict (
      id INTEGER PRIMARY KEY,
      dataset TEXT NOT NULL,
      record_id TEXT NOT NULL,
      unit_code TEXT NOT NULL,
      ver INTEGER NOT NULL,
      hash_a TEXT NOT NULL,
      data_a_json TEXT NOT NULL,
      hash_b TEXT NOT NULL,
      data_b_json TEXT NOT NULL,
      detected_at TEXT NOT NULL,
      CHECK (hash_a < hash_b),
      UNIQUE (dataset, record_id, ver, hash_a, hash_b)
    ) STRICT;

    CREATE TABLE exchange_fork (
      id INTEGER PRIMARY KEY,
      unit_code TEXT NOT NULL,
      installation_id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      kept_batch_hash TEXT NOT NULL,
      batch_id TEXT NOT NULL,
      batch_hash TEXT NOT NULL UNIQUE,
      file_sha256 TEXT NOT NULL,
      header_json TEXT NOT NULL,
      detected_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE exchange_rejected_line (
      id INTEGER PRIMARY KEY,
      batch_id TEXT NOT NULL,
      unit_code TEXT NOT NULL,
      installation_id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      dataset TEXT NOT NULL,
      line INTEGER NOT NULL,
      record_id TEXT NOT NULL,
      code TEXT NOT NULL,
      message TEXT NOT NULL
    ) STRICT;
    CREATE INDEX exchange_rejected_line_batch ON exchange_rejected_line (batch_id);

    CREATE TABLE exchange_receipt (
      seq INTEGER PRIMARY KEY,
      batch_id TEXT NOT NULL UNIQUE,
      unit_code TEXT NOT NULL,
      batch_hash TEXT NOT NULL,
      file_name TEXT NOT NULL,
      written_at TEXT NOT NULL
    ) STRICT;
  `,
};
