import type { Migration } from './types';

/**
 * Attachments (a photo or scan of a posted notice, a signed paper) kept inside the database, so that a
 * backup holds them and a restore brings them back. `entity`/`entity_id` name the record they belong to;
 * the unique index refuses the same content twice on one record and serves listing a record's files.
 */
export const attachments: Migration = {
  version: 4,
  name: 'attachments',
  up: `
    CREATE TABLE attachment (
      id INTEGER PRIMARY KEY,
      entity TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      file_name TEXT NOT NULL,
      media_type TEXT NOT NULL,
      size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      content BLOB NOT NULL CHECK (length(content) = size_bytes),
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      created_by INTEGER NOT NULL REFERENCES account (id)
    ) STRICT;

    CREATE UNIQUE INDEX attachment_entity ON attachment (entity, entity_id, sha256);
  `,
};
