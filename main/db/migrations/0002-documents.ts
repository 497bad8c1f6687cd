import type { Migration } from './types';

/** The outgoing-document register: one number sequence per calendar year, restarting on 1 January (NĐ 30 Art. 15). */
export const documents: Migration = {
  version: 2,
  name: 'documents',
  up: `
    CREATE TABLE document_register (
      id INTEGER PRIMARY KEY,
      year INTEGER NOT NULL,
      number INTEGER NOT NULL CHECK (number >= 1),
      type_code TEXT NOT NULL,
      issuer_code TEXT NOT NULL,
      symbol TEXT NOT NULL,
      title TEXT NOT NULL,
      issued_on TEXT NOT NULL,
      entity TEXT,
      entity_id TEXT,
      created_at TEXT NOT NULL,
      UNIQUE (year, number)
    ) STRICT;
    CREATE INDEX document_register_entity ON document_register (entity, entity_id);
  `,
};
