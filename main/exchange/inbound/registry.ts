import { AppError } from '../../api/errors';
import type { Db } from '../../db/database';
import { parseEnrolment } from '../signing/enrolment';
import type { TrustedKey } from '../envelope/read';
import type { InboundContext } from './context';
import { gapsOf } from './sequence';

export type KeyStatus = 'active' | 'revoked';
export type RegisteredKey = { installationId: string; fingerprint: string; status: KeyStatus; registeredAt: string; revokedAt: string | null };
export type InstallationState = { installationId: string; lastSeq: number | null; gaps: number[] };
export type RegisteredUnit = {
  unitCode: string;
  name: string;
  registeredAt: string;
  keys: RegisteredKey[];
  installations: InstallationState[];
  filesReceived: number;
};
export type Registration = { unitCode: string; unitName: string; installationId: string; fingerprint: string; newUnit: boolean };

/**
 * Registers the key of an enrolment file. A second installation of a known unit is added to it; the same key
 * twice is refused. The fingerprint is returned for the operator to compare with the signed paper form.
 */
export function registerUnit(ctx: InboundContext, enrolmentText: string): Registration {
  const parsed = parseEnrolment(enrolmentText);
  if (!parsed.ok) throw new AppError('INVALID_FILE', parsed.message);
  const { unitCode, unitName, installationId, publicKeyJwkX, fingerprint } = parsed.enrolment;
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction(() => {
    if (ctx.db.prepare('SELECT 1 FROM exchange_unit_key WHERE fingerprint = ?').get(fingerprint)) {
      throw new AppError('CONFLICT', `Khóa này đã đăng ký (dấu vân tay ${fingerprint}).`);
    }
    const newUnit = ctx.db.prepare('INSERT OR IGNORE INTO exchange_unit (unit_code, name, registered_at, registered_by) VALUES (?, ?, ?, ?)')
      .run(unitCode, unitName, now, ctx.operator).changes === 1;
    ctx.db.prepare(
      `INSERT INTO exchange_unit_key (installation_id, unit_code, public_key_x, fingerprint, status, registered_at)
       VALUES (?, ?, ?, ?, 'active', ?)`,
    ).run(installationId, unitCode, publicKeyJwkX, fingerprint, now);
    return { unitCode, unitName, installationId, fingerprint, newUnit };
  })();
}

/** Revokes a key: batches it signs are quarantined from now on; what it signed before stays applied. */
export function revokeKey(ctx: InboundContext, fingerprint: string): RegisteredKey {
  const done = ctx.db.prepare("UPDATE exchange_unit_key SET status = 'revoked', revoked_at = ? WHERE fingerprint = ? AND status = 'active'")
    .run(ctx.clock.now().toISOString(), fingerprint);
  if (done.changes === 0) throw new AppError('NOT_FOUND', 'Không tìm thấy khóa đang hiệu lực có dấu vân tay này.');
  return keyRows(ctx.db, 'fingerprint = ?', fingerprint)[0]!;
}

type KeyRow = { installation_id: string; fingerprint: string; status: KeyStatus; registered_at: string; revoked_at: string | null };

function keyRows(db: Db, where: string, value: string): RegisteredKey[] {
  const rows = db.prepare(`SELECT * FROM exchange_unit_key WHERE ${where} ORDER BY id`).all(value) as KeyRow[];
  return rows.map((r) => ({ installationId: r.installation_id, fingerprint: r.fingerprint, status: r.status, registeredAt: r.registered_at, revokedAt: r.revoked_at }));
}

/** The registered key for a fingerprint, with its status: the reader trusts only active ones. */
export function keyByFingerprint(db: Db, fingerprint: string): (TrustedKey & { installationId: string; status: KeyStatus }) | undefined {
  const row = db.prepare('SELECT public_key_x, unit_code, installation_id, status FROM exchange_unit_key WHERE fingerprint = ?').get(fingerprint) as
    | { public_key_x: string; unit_code: string; installation_id: string; status: KeyStatus }
    | undefined;
  return row && { publicKeyJwkX: row.public_key_x, unitCode: row.unit_code, installationId: row.installation_id, status: row.status };
}

export function activeKeys(db: Db): (fingerprint: string) => TrustedKey | undefined {
  return (fp) => {
    const key = keyByFingerprint(db, fp);
    return key?.status === 'active' ? key : undefined;
  };
}

function installationsOf(db: Db, unitCode: string): InstallationState[] {
  const ids = db.prepare(
    `SELECT installation_id FROM exchange_unit_key WHERE unit_code = ?
     UNION SELECT installation_id FROM exchange_batch WHERE unit_code = ? ORDER BY 1`,
  ).pluck().all(unitCode, unitCode) as string[];
  return ids.map((installationId) => {
    const seqs = db.prepare('SELECT seq FROM exchange_batch WHERE installation_id = ? ORDER BY seq').pluck().all(installationId) as number[];
    return { installationId, lastSeq: seqs.at(-1) ?? null, gaps: gapsOf(seqs) };
  });
}

type UnitRow = { unit_code: string; name: string; registered_at: string; files: number };

export function listUnits(db: Db): RegisteredUnit[] {
  const rows = db.prepare(
    `SELECT u.unit_code, u.name, u.registered_at, (SELECT count(*) FROM exchange_received_file f WHERE f.unit_code = u.unit_code) AS files
     FROM exchange_unit u ORDER BY u.unit_code`,
  ).all() as UnitRow[];
  return rows.map((r) => ({
    unitCode: r.unit_code,
    name: r.name,
    registeredAt: r.registered_at,
    keys: keyRows(db, 'unit_code = ?', r.unit_code),
    installations: installationsOf(db, r.unit_code),
    filesReceived: r.files,
  }));
}
