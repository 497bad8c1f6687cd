import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../api/errors';
import type { BackupEntry } from '../api/backup';
import { listBackups, writeBackup } from '../backup/files';
import { fsyncPath, writeFileAtomically } from '../files/atomicWrite';
import { prepareCandidate } from '../backup/candidate';
import { integrityProblem, openDatabase, schemaVersion, type Db } from '../db/database';
import { NEWER_DATABASE_MESSAGE, pendingMigrations, migrate } from '../db/migrate';
import { migrations, type Migration } from '../db/migrations';
import { seedDemoWard } from '../demo/seed';
import { ensureInstallation } from '../installation/service';
import { vietnamDate, type Clock } from '../runtime/ports';

export type WorkspaceState = 'ready' | 'damaged' | 'tooNew';
type Stem = 'ward' | 'demo';

export interface WorkspaceOptions {
  dataDir: string;
  clock: Clock;
  /** Open a seeded demo ward when no real ward database exists yet (the default for `npm start`). */
  demoWhenEmpty: boolean;
  /** The schema steps to apply; the shipped list unless a test rehearses a future upgrade. */
  migrations?: readonly Migration[];
}

/**
 * The installation's files: the one open database (the real ward's or the demo's), its backups and
 * a scratch folder. The only owner of the database connection.
 */
export class Workspace {
  #db: Db | null = null;
  #state: WorkspaceState = 'ready';
  #problem: string | null = null;
  #stem: Stem = 'ward';

  private constructor(readonly options: WorkspaceOptions) {}

  static async open(options: WorkspaceOptions): Promise<Workspace> {
    const workspace = new Workspace(options);
    mkdirSync(workspace.backupsDir, { recursive: true });
    mkdirSync(workspace.scratchDir, { recursive: true });
    const useDemo = !existsSync(workspace.fileOf('ward')) && options.demoWhenEmpty;
    if (useDemo && !existsSync(workspace.fileOf('demo'))) await workspace.#createDemo();
    await workspace.#openStem(useDemo ? 'demo' : 'ward');
    return workspace;
  }

  get dataDir(): string {
    return this.options.dataDir;
  }
  get backupsDir(): string {
    return join(this.options.dataDir, 'backups');
  }
  get scratchDir(): string {
    return join(this.options.dataDir, 'tmp');
  }
  get state(): WorkspaceState {
    return this.#state;
  }
  get problem(): string | null {
    return this.#problem;
  }
  get isDemo(): boolean {
    return this.#stem === 'demo';
  }
  get databaseFile(): string {
    return this.fileOf(this.#stem);
  }

  /** The open database; fails with a Vietnamese message when the file could not be opened safely. */
  get db(): Db {
    if (!this.#db) throw new AppError('UNAVAILABLE', this.#problem ?? 'Cơ sở dữ liệu chưa được mở.');
    return this.#db;
  }

  fileOf(stem: Stem): string {
    return join(this.options.dataDir, `${stem}.sqlite`);
  }

  listBackups(): BackupEntry[] {
    return listBackups(this.backupsDir, this.#stem);
  }

  backup(reason: BackupEntry['reason']): Promise<BackupEntry> {
    return writeBackup(this.db, this.backupsDir, this.#stem, reason, this.options.clock.now());
  }

  /** Copies one of the app's own backups to a path the user chose in a save dialog: temp file, sync, rename. */
  copyBackupTo(fileName: string, target: string): void {
    writeFileAtomically(target, readFileSync(join(this.backupsDir, fileName)));
  }

  /** Leaves the demo for a new, empty real ward database, and deletes the demo and its backups. */
  async startRealWard(): Promise<void> {
    if (!this.isDemo) throw new AppError('CONFLICT', 'Đơn vị đang dùng dữ liệu thật, không phải dữ liệu mẫu.');
    const demoBackups = this.listBackups();
    this.close();
    await this.#openStem('ward');
    const demo = this.fileOf('demo');
    for (const file of [demo, `${demo}-wal`, `${demo}-shm`, ...demoBackups.map((b) => join(this.backupsDir, b.fileName))]) {
      rmSync(file, { force: true });
    }
  }

  /**
   * Replaces the database with a backup: the file is copied and checked in the scratch folder first,
   * the current data is backed up, then the checked copy is renamed into place. A refused file changes nothing.
   */
  async restoreFrom(source: string): Promise<void> {
    const scratch = join(this.scratchDir, 'restore-candidate.sqlite');
    const currentCode = this.#db ? ((this.#db.prepare('SELECT code FROM ward_profile WHERE id = 1').get() as { code: string } | undefined)?.code ?? null) : null;
    prepareCandidate(source, scratch, currentCode);
    if (this.#db) await this.backup('pre-restore');
    this.close();
    for (const suffix of ['-wal', '-shm']) rmSync(this.databaseFile + suffix, { force: true });
    renameSync(scratch, this.databaseFile);
    fsyncPath(this.options.dataDir);
    await this.#openStem(this.#stem);
    if (this.#state !== 'ready') throw new AppError('INVALID_FILE', this.#problem ?? 'Không mở được dữ liệu sau khi khôi phục.');
  }

  close(): void {
    this.#db?.close();
    this.#db = null;
  }

  async #openStem(stem: Stem): Promise<void> {
    this.#stem = stem;
    this.#state = 'ready';
    this.#problem = null;
    const file = this.fileOf(stem);
    const existed = existsSync(file);
    let db: Db;
    try {
      db = openDatabase(file);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return this.#fail('damaged', `Không mở được tệp dữ liệu, tệp có thể đã bị hỏng (${reason}). Hãy khôi phục từ bản sao lưu gần nhất.`);
    }
    const problem = existed ? integrityProblem(db) : null;
    if (problem) {
      db.close();
      return this.#fail('damaged', `Tệp dữ liệu bị hỏng (${problem}). Hãy khôi phục từ bản sao lưu gần nhất.`);
    }
    try {
      const steps = this.options.migrations ?? migrations;
      if (pendingMigrations(db, steps).length > 0 && schemaVersion(db) > 0) {
        await writeBackup(db, this.backupsDir, stem, 'pre-migration', this.options.clock.now());
      }
      migrate(db, steps);
    } catch (error) {
      db.close();
      if (error instanceof AppError && error.message === NEWER_DATABASE_MESSAGE) return this.#fail('tooNew', error.message);
      return this.#fail('damaged', `Không nâng cấp được dữ liệu; dữ liệu cũ vẫn nguyên vẹn (${error instanceof Error ? error.message : String(error)}).`);
    }
    ensureInstallation(db, this.options.clock, stem === 'demo');
    this.#db = db;
    await this.#dailyBackup();
  }

  #fail(state: WorkspaceState, problem: string): void {
    this.#state = state;
    this.#problem = problem;
  }

  async #dailyBackup(): Promise<void> {
    const today = vietnamDate(this.options.clock.now());
    const latest = this.listBackups()[0];
    if (!latest || vietnamDate(new Date(latest.createdAt)) !== today) await this.backup('daily');
  }

  /** Builds the demo in a scratch file and renames it into place, so a half-made demo never exists. */
  async #createDemo(): Promise<void> {
    const scratch = join(this.scratchDir, 'demo-building.sqlite');
    rmSync(scratch, { force: true });
    const db = openDatabase(scratch);
    try {
      migrate(db);
      await seedDemoWard(db, this.options.clock);
    } finally {
      db.close();
    }
    renameSync(scratch, this.fileOf('demo'));
    fsyncPath(this.options.dataDir);
  }
}
