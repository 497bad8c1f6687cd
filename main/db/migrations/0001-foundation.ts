import type { Migration } from './types';

export const foundation: Migration = {
  version: 1,
  name: 'foundation',
  up: `
    CREATE TABLE installation (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      installation_id TEXT NOT NULL,
      role TEXT CHECK (role IN ('ward', 'superior')),
      is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE ward_profile (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('ward', 'commune', 'specialZone', 'superiorOffice')),
      code TEXT NOT NULL,
      province_name TEXT NOT NULL,
      address TEXT NOT NULL,
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      superior_name TEXT NOT NULL,
      superior_code TEXT NOT NULL,
      superior_email TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE signatory (
      id INTEGER PRIMARY KEY,
      full_name TEXT NOT NULL,
      position TEXT NOT NULL,
      authority TEXT NOT NULL CHECK (authority IN ('TM', 'KT', 'TL', 'TUQ', 'none')),
      is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1))
    ) STRICT;

    CREATE TABLE residential_group (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      household_count INTEGER NOT NULL CHECK (household_count >= 0),
      head_name TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE UNIQUE INDEX residential_group_name ON residential_group (name COLLATE NOCASE);

    CREATE TABLE staff_member (
      id INTEGER PRIMARY KEY,
      full_name TEXT NOT NULL,
      position TEXT NOT NULL,
      department TEXT NOT NULL DEFAULT '',
      employment_type TEXT NOT NULL CHECK (employment_type IN ('cadre', 'civilServant', 'publicEmployee', 'employee')),
      active_from TEXT NOT NULL,
      active_to TEXT CHECK (active_to IS NULL OR active_to >= active_from),
      note TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX staff_member_active ON staff_member (active_to);

    CREATE TABLE account (
      id INTEGER PRIMARY KEY,
      username TEXT NOT NULL COLLATE NOCASE UNIQUE,
      full_name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('administrator', 'clerk', 'unionOfficer', 'viewer')),
      password_hash TEXT NOT NULL,
      failed_attempts INTEGER NOT NULL DEFAULT 0,
      locked_until TEXT,
      disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
      created_at TEXT NOT NULL,
      last_login_at TEXT
    ) STRICT;

    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      account_id INTEGER REFERENCES account (id),
      action TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id TEXT,
      before_json TEXT,
      after_json TEXT
    ) STRICT;
    CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

    CREATE TABLE calendar_adjustment (
      date TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('off', 'working')),
      name TEXT NOT NULL
    ) STRICT;
  `,
};
