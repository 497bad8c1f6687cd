import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APPLICATION_ID, applicationId, openDatabase, schemaVersion, type Db } from '../../../main/db/database';
import { migrate, NEWER_DATABASE_MESSAGE } from '../../../main/db/migrate';
import { latestSchemaVersion, migrations } from '../../../main/db/migrations';
import { makeTempDir } from '../support/runtime';

function schemaOf(db: Db): string {
  const rows = db
    .prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type DESC, name")
    .all() as { sql: string }[];
  return rows.map((r) => `${r.sql.replace(/\s+/g, ' ').trim()};`).join('\n') + '\n';
}

/** Builds a database the way a user of an older version has it: the chain up to `version`. */
function databaseAtVersion(file: string, version: number): Db {
  const db = openDatabase(file);
  migrate(db, migrations.filter((m) => m.version <= version));
  return db;
}

describe('migrations', () => {
  let dir: string;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('are numbered 1, 2, 3… without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('bring a new file to the latest version with WAL, foreign keys, STRICT tables and the app id', () => {
    const db = openDatabase(join(dir, 'new.sqlite'));
    expect(migrate(db)).toBe(latestSchemaVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(applicationId(db)).toBe(APPLICATION_ID);
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string; strict: number }[];
    expect(tables.length).toBeGreaterThan(5);
    expect(tables.filter((t) => t.strict !== 1)).toEqual([]);
    db.close();
  });

  it('match the committed schema snapshot (main/db/schema.sql; `npm run schema:update` rewrites it)', () => {
    const db = openDatabase(join(dir, 'snap.sqlite'));
    migrate(db);
    if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1') writeFileSync('main/db/schema.sql', schemaOf(db));
    expect(schemaOf(db)).toBe(readFileSync('main/db/schema.sql', 'utf8'));
    db.close();
  });

  it('each step upgrades a database made by the previous version, keeping its rows', () => {
    for (const step of migrations) {
      const file = join(dir, `v${step.version}.sqlite`);
      const db = databaseAtVersion(file, step.version - 1);
      if (step.version > 1) db.prepare("INSERT INTO audit_log (at, action, entity) VALUES ('2026-01-01T00:00:00Z', 'probe', 'test')").run();
      migrate(db, migrations.filter((m) => m.version <= step.version));
      expect(schemaVersion(db)).toBe(step.version);
      if (step.version > 1) expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'probe'").get()).toEqual({ n: 1 });
      db.close();
    }
  });

  it('run all pending steps in one transaction: a failing step leaves the previous version intact', () => {
    const db = openDatabase(join(dir, 'fail.sqlite'));
    const broken = [...migrations, { version: migrations.length + 1, name: 'broken', up: 'CREATE TABLE half (x INTEGER) STRICT; SELECT * FROM no_such_table;' }];
    expect(() => migrate(db, broken)).toThrow(/no_such_table/);
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('half', 'account')").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuse a database written by a newer version, without touching it', () => {
    const db = openDatabase(join(dir, 'future.sqlite'));
    migrate(db);
    db.pragma(`user_version = ${latestSchemaVersion + 1}`);
    expect(() => migrate(db)).toThrow(NEWER_DATABASE_MESSAGE);
    expect(schemaVersion(db)).toBe(latestSchemaVersion + 1);
    db.close();
  });
});
