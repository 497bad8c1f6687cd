import { closeSync, copyFileSync, openSync, readSync, rmSync } from 'node:fs';
import { AppError } from '../api/errors';
import { APPLICATION_ID, applicationId, integrityProblem, openDatabase, schemaVersion } from '../db/database';
import { latestSchemaVersion } from '../db/migrations';

const NOT_OURS = 'Tệp đã chọn không phải là bản sao lưu dữ liệu của Sổ Dân Chủ.';

export interface CandidateFacts {
  schemaVersion: number;
  unitCode: string | null;
  unitName: string | null;
}

function hasSqliteHeader(file: string): boolean {
  const header = Buffer.alloc(16);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    throw new AppError('INVALID_FILE', 'Không đọc được tệp đã chọn.');
  }
  try {
    return readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === 'SQLite format 3\0';
  } finally {
    closeSync(fd);
  }
}

/**
 * Copies a backup into the app's own scratch file and checks it there, never touching the original:
 * it must be a Sổ Dân Chủ database, whole, of a schema this version can open, and of this unit.
 * Returns the facts of a file that passed; throws a Vietnamese INVALID_FILE error otherwise.
 */
export function prepareCandidate(source: string, scratchFile: string, currentUnitCode: string | null): CandidateFacts {
  if (!hasSqliteHeader(source)) throw new AppError('INVALID_FILE', NOT_OURS);
  rmSync(scratchFile, { force: true });
  copyFileSync(source, scratchFile);
  try {
    const facts = inspect(scratchFile);
    if (currentUnitCode !== null && facts.unitCode !== currentUnitCode) {
      throw new AppError(
        'INVALID_FILE',
        `Bản sao lưu này là của đơn vị khác (${facts.unitName ?? 'chưa khai báo'}, mã ${facts.unitCode ?? '—'}), không phải của đơn vị đang dùng (mã ${currentUnitCode}). Dữ liệu hiện tại không bị thay đổi.`,
      );
    }
    return facts;
  } catch (error) {
    rmSync(scratchFile, { force: true });
    throw error;
  }
}

function inspect(file: string): CandidateFacts {
  let db;
  try {
    db = openDatabase(file);
  } catch {
    throw new AppError('INVALID_FILE', NOT_OURS);
  }
  try {
    const problem = integrityProblem(db, 'integrity_check');
    if (problem) throw new AppError('INVALID_FILE', `Tệp sao lưu bị hỏng, không thể khôi phục (${problem}).`);
    if (applicationId(db) !== APPLICATION_ID) throw new AppError('INVALID_FILE', NOT_OURS);
    const version = schemaVersion(db);
    if (version > latestSchemaVersion) {
      throw new AppError('INVALID_FILE', 'Bản sao lưu này được tạo bởi phiên bản Sổ Dân Chủ mới hơn. Hãy cài phiên bản mới nhất trước khi khôi phục.');
    }
    const unit = db.prepare('SELECT code, name FROM ward_profile WHERE id = 1').get() as { code: string; name: string } | undefined;
    return { schemaVersion: version, unitCode: unit?.code ?? null, unitName: unit?.name ?? null };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('INVALID_FILE', NOT_OURS);
  } finally {
    db.close();
  }
}
