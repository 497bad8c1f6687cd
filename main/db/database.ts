import Database from 'better-sqlite3';

export type Db = Database.Database;

/** 'SDC1': marks a SQLite file as a Sổ Dân Chủ database, so a foreign file is recognised before anything else. */
export const APPLICATION_ID = 0x53444331;

/** Opens a database with the pragmas every connection must have. */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // FULL: a transaction that returned is on disk even if the power fails the next instant.
      db.pragma('synchronous = FULL');
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function applicationId(db: Db): number {
  return db.pragma('application_id', { simple: true }) as number;
}

/** Returns null when the file is sound, else SQLite's first complaint. */
export function integrityProblem(db: Db, mode: 'quick_check' | 'integrity_check' = 'quick_check'): string | null {
  try {
    const rows = db.pragma(mode) as Record<string, string>[];
    const first = rows[0] ? Object.values(rows[0])[0] : 'ok';
    return first === 'ok' ? null : String(first);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
