import { AppError } from '../api/errors';
import { APPLICATION_ID, schemaVersion, type Db } from './database';
import { latestSchemaVersion, migrations as shippedMigrations, type Migration } from './migrations';

export const NEWER_DATABASE_MESSAGE =
  'Dữ liệu này được tạo bởi phiên bản Sổ Dân Chủ mới hơn phiên bản đang cài. Hãy cài phiên bản mới nhất rồi mở lại; dữ liệu không bị thay đổi.';

export function pendingMigrations(db: Db, migrations: readonly Migration[] = shippedMigrations): Migration[] {
  const current = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) throw new AppError('UNAVAILABLE', NEWER_DATABASE_MESSAGE);
  return migrations.filter((m) => m.version > current);
}

/**
 * Brings the schema up to date: all pending steps in one transaction, so a failure or a power cut
 * leaves the database exactly at its previous version. The caller backs the file up first.
 */
export function migrate(db: Db, migrations: readonly Migration[] = shippedMigrations): number {
  const pending = pendingMigrations(db, migrations);
  if (pending.length === 0) return schemaVersion(db);
  db.transaction(() => {
    for (const migration of pending) {
      if (typeof migration.up === 'string') db.exec(migration.up);
      else migration.up(db);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${pending.at(-1)!.version}`);
  })();
  return schemaVersion(db);
}

export { latestSchemaVersion };
