/**
 * Criteria sets kept in the database: the shipped example, the sets a ward received from its superior,
 * and the sets a superior office writes. A published version never changes (an edit is the next
 * version), so that a year assessed against it can always be shown as it was scored.
 */
import { AppError } from '../api/errors';
import type { CriteriaSet } from '../api/evaluations';
import type { CriteriaSetOrigin, CriteriaSetSummary, StoredCriteriaSet } from '../api/criteria';
import type { GeneratedFile } from '../api/files';
import { auditedWrite, type WriteContext } from '../audit/audit';
import type { Db } from '../db/database';
import { getInstallation } from '../installation/service';
import { exampleCriteriaSet, parseCriteriaSet } from './criteria';

/** The file a superior hands to its wards; `formatVersion` changes only when an older app could not read it. */
const CRITERIA_SET_FILE_FORMAT = 'so-dan-chu/criteria-set';
const CRITERIA_SET_FILE_VERSION = 1;

interface SetRow {
  id: string;
  version: number;
  origin: CriteriaSetOrigin;
  status: 'draft' | 'published';
  definition_json: string;
  saved_at: string;
}

const builtInSets: readonly CriteriaSet[] = [exampleCriteriaSet];

function ensureBuiltInSets(db: Db, at: string): void {
  const insert = db.prepare(
    "INSERT OR IGNORE INTO criteria_set (id, version, name, origin, status, definition_json, saved_at) VALUES (?, ?, ?, 'builtIn', 'published', ?, ?)",
  );
  for (const set of builtInSets) insert.run(set.id, set.version, set.name, JSON.stringify(set), at);
}

function setRow(db: Db, id: string, version: number): SetRow | undefined {
  return db.prepare('SELECT * FROM criteria_set WHERE id = ? AND version = ?').get(id, version) as SetRow | undefined;
}

function requireSetRow(db: Db, id: string, version: number): SetRow {
  const row = setRow(db, id, version);
  if (!row) throw new AppError('NOT_FOUND', `Không có bộ tiêu chí "${id}" phiên bản ${version}.`);
  return row;
}

function assessedYears(db: Db, id: string, version: number): number[] {
  const rows = db.prepare('SELECT year FROM criteria_assessment WHERE set_id = ? AND set_version = ? ORDER BY year').all(id, version) as { year: number }[];
  return rows.map((row) => row.year);
}

/** The assessed years of every set version at once, keyed "id:version". */
function assessedYearsBySet(db: Db): Map<string, number[]> {
  const rows = db.prepare('SELECT set_id, set_version, year FROM criteria_assessment ORDER BY year').all() as { set_id: string; set_version: number; year: number }[];
  const years = new Map<string, number[]>();
  for (const row of rows) {
    const key = `${row.set_id}:${row.set_version}`;
    years.set(key, [...(years.get(key) ?? []), row.year]);
  }
  return years;
}

function toSummary(db: Db, row: SetRow, years = assessedYears(db, row.id, row.version)): CriteriaSetSummary {
  const definition = JSON.parse(row.definition_json) as CriteriaSet;
  return {
    id: row.id,
    version: row.version,
    name: definition.name,
    issuer: definition.issuer,
    example: definition.example,
    origin: row.origin,
    status: row.status,
    maxPoints: definition.maxPoints,
    savedAt: row.saved_at,
    assessedYears: years,
  };
}

export function listSets(db: Db, at: string): CriteriaSetSummary[] {
  ensureBuiltInSets(db, at);
  const rows = db.prepare('SELECT * FROM criteria_set ORDER BY id, version DESC').all() as SetRow[];
  const years = assessedYearsBySet(db);
  return rows.map((row) => toSummary(db, row, years.get(`${row.id}:${row.version}`) ?? []));
}

export function getSet(db: Db, id: string, version: number): StoredCriteriaSet {
  const row = requireSetRow(db, id, version);
  return { ...toSummary(db, row), definition: JSON.parse(row.definition_json) as CriteriaSet };
}

/** The definition of a stored version, for scoring against it. */
export function setDefinition(db: Db, id: string, version: number): CriteriaSet {
  return JSON.parse(requireSetRow(db, id, version).definition_json) as CriteriaSet;
}

function requireSuperiorOffice(db: Db): void {
  if (getInstallation(db).role !== 'superior') {
    throw new AppError('FORBIDDEN', 'Chỉ cơ quan cấp trên soạn và ban hành bộ tiêu chí. Xã, phường nhận bộ tiêu chí bằng tệp cấp trên gửi.');
  }
}

function latestPublished(db: Db, id: string): number | null {
  const row = db.prepare("SELECT max(version) AS version FROM criteria_set WHERE id = ? AND status = 'published'").get(id) as { version: number | null };
  return row.version;
}

/** Writes a draft version; a published version of the same number, or a number not above the last published one, is refused. */
export function saveDraft(ctx: WriteContext, definition: CriteriaSet): CriteriaSetSummary {
  requireSuperiorOffice(ctx.db);
  const existing = setRow(ctx.db, definition.id, definition.version);
  if (existing?.status === 'published') {
    throw new AppError('CONFLICT', `Phiên bản ${definition.version} của bộ tiêu chí đã ban hành nên không sửa được. Hãy tạo phiên bản mới.`, 'version');
  }
  const published = latestPublished(ctx.db, definition.id);
  if (published !== null && definition.version <= published) {
    throw new AppError('CONFLICT', `Bộ tiêu chí này đã ban hành đến phiên bản ${published}; phiên bản mới phải lớn hơn ${published}.`, 'version');
  }
  const now = ctx.clock.now().toISOString();
  return auditedWrite(ctx, () => {
    ctx.db
      .prepare(
        `INSERT INTO criteria_set (id, version, name, origin, status, definition_json, saved_at) VALUES (?, ?, ?, 'authored', 'draft', ?, ?)
         ON CONFLICT (id, version) DO UPDATE SET name = excluded.name, definition_json = excluded.definition_json, saved_at = excluded.saved_at`,
      )
      .run(definition.id, definition.version, definition.name, JSON.stringify(definition), now);
    const saved = toSummary(ctx.db, requireSetRow(ctx.db, definition.id, definition.version));
    const before = existing ? JSON.parse(existing.definition_json) : undefined;
    return { result: saved, change: { action: existing ? 'update' : 'create', entity: 'criteriaSet', entityId: `${definition.id}:${definition.version}`, before, after: definition } };
  });
}

function requireDraft(db: Db, id: string, version: number): SetRow {
  const row = requireSetRow(db, id, version);
  if (row.status !== 'draft') throw new AppError('CONFLICT', `Phiên bản ${version} của bộ tiêu chí đã ban hành, không thay đổi được nữa.`);
  return row;
}

export function publish(ctx: WriteContext, id: string, version: number): CriteriaSetSummary {
  requireSuperiorOffice(ctx.db);
  requireDraft(ctx.db, id, version);
  return auditedWrite(ctx, () => {
    ctx.db.prepare("UPDATE criteria_set SET status = 'published', saved_at = ? WHERE id = ? AND version = ?").run(ctx.clock.now().toISOString(), id, version);
    const published = toSummary(ctx.db, requireSetRow(ctx.db, id, version));
    return { result: published, change: { action: 'publish', entity: 'criteriaSet', entityId: `${id}:${version}`, after: published } };
  });
}

export function deleteDraft(ctx: WriteContext, id: string, version: number): { deleted: true } {
  requireSuperiorOffice(ctx.db);
  const row = requireDraft(ctx.db, id, version);
  return auditedWrite(ctx, () => {
    ctx.db.prepare('DELETE FROM criteria_set WHERE id = ? AND version = ?').run(id, version);
    return { result: { deleted: true as const }, change: { action: 'delete', entity: 'criteriaSet', entityId: `${id}:${version}`, before: JSON.parse(row.definition_json) } };
  });
}

/** The set as the JSON file a superior sends to its wards; a draft is written too, marked as such, for review. */
export function exportSet(db: Db, id: string, version: number): GeneratedFile {
  const row = requireSetRow(db, id, version);
  const file = { format: CRITERIA_SET_FILE_FORMAT, formatVersion: CRITERIA_SET_FILE_VERSION, status: row.status, definition: JSON.parse(row.definition_json) as CriteriaSet };
  const draftMark = row.status === 'draft' ? '-du-thao' : '';
  return {
    fileName: `bo-tieu-chi-${id}-v${version}${draftMark}.json`,
    mediaType: 'application/json',
    contentBase64: Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8').toString('base64'),
  };
}

/** Reads a set file: the wrapper first (format, version, status), then the set itself with every problem listed. */
function readSetFile(content: string): CriteriaSet {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError('INVALID_FILE', 'Tệp không phải là tệp bộ tiêu chí (không đọc được nội dung JSON). Hãy chọn đúng tệp .json cấp trên gửi.');
  }
  const file = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (file.format !== CRITERIA_SET_FILE_FORMAT) throw new AppError('INVALID_FILE', 'Tệp này không phải là tệp bộ tiêu chí của Sổ Dân Chủ.');
  if (typeof file.formatVersion !== 'number' || !Number.isInteger(file.formatVersion) || file.formatVersion < 1) {
    throw new AppError('INVALID_FILE', 'Tệp bộ tiêu chí không ghi rõ phiên bản định dạng.');
  }
  if (file.formatVersion > CRITERIA_SET_FILE_VERSION) {
    throw new AppError('INVALID_FILE', `Tệp bộ tiêu chí được tạo bằng phiên bản phần mềm mới hơn (định dạng ${file.formatVersion}). Hãy cập nhật Sổ Dân Chủ rồi nhập lại.`);
  }
  if (file.status !== 'published') throw new AppError('INVALID_FILE', 'Tệp là bản dự thảo bộ tiêu chí, chưa được cấp trên ban hành nên không nhập được.');
  return parseCriteriaSet(file.definition);
}

/** A ward receives a published set; the same version again is "already there", a different content under the same version is refused. */
export function importSet(ctx: WriteContext, content: string): { set: CriteriaSetSummary; alreadyPresent: boolean } {
  const definition = readSetFile(content);
  ensureBuiltInSets(ctx.db, ctx.clock.now().toISOString());
  const existing = setRow(ctx.db, definition.id, definition.version);
  if (existing) {
    if (existing.definition_json !== JSON.stringify(definition)) {
      throw new AppError(
        'CONFLICT',
        `Đã có bộ tiêu chí "${definition.name}" phiên bản ${definition.version} với nội dung khác tệp này. Cấp trên cần ban hành phiên bản mới thay vì sửa phiên bản đã gửi.`,
      );
    }
    return { set: toSummary(ctx.db, existing), alreadyPresent: true };
  }
  return auditedWrite(ctx, () => {
    ctx.db
      .prepare("INSERT INTO criteria_set (id, version, name, origin, status, definition_json, saved_at) VALUES (?, ?, ?, 'imported', 'published', ?, ?)")
      .run(definition.id, definition.version, definition.name, JSON.stringify(definition), ctx.clock.now().toISOString());
    const set = toSummary(ctx.db, requireSetRow(ctx.db, definition.id, definition.version));
    return { result: { set, alreadyPresent: false }, change: { action: 'import', entity: 'criteriaSet', entityId: `${definition.id}:${definition.version}`, after: set } };
  });
}
