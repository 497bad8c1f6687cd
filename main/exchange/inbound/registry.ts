import { AppError } from '../../api/errors';
import { groupBy } from './grouping';
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
  /** Applied batches only: a duplicate, a fork or a refused file adds nothing (the received-files log lists those). */
  batchesApplied: number;
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

type KeyRow = { unit_code: string; installation_id: string; fingerprint: string; status: KeyStatus; registered_at: string; revoked_at: string | null };

const keyOf = (r: KeyRow): RegisteredKey => ({ installationId: r.installation_id, fingerprint: r.fingerprint, status: r.status, registeredAt: r.registered_at, revokedAt: r.revoked_at });

function keyRows(db: Db, where: string, value: string): RegisteredKey[] {
  return (db.prepare(`SELECT * FROM exchange_unit_key WHERE ${where} ORDER BY id`).all(value) as KeyRow[]).map(keyOf);
}

/** The registered key for a fingerprint, with its status: the reader trusts only active ones. */
export function keyByFingerprint(db: Db, fingerprint: string): (TrustedKey & { installationId: string; status: KeyStatus }) | undefined {
  const row = db.prepare('SELECT public_key_x, unit_code, installation_id, status FROM exchange_unit_key WHERE fingerprint = ?').get(fingerprint) as
    | { public_key_x: string; unit_code: string; installation_id: string; status: KeyStatus }
    | undefined;
  return row && { publicKeyJwkX: row.public_key_x, unitCode: row.unit_code, installationId: row.installation_id, status: row.status };
}

/** The keys the reader trusts, by fingerprint: the active ones. */
export function activeKeyTable(db: Db): Map<string, TrustedKey> {
  const rows = db.prepare("SELECT fingerprint, public_key_x, unit_code FROM exchange_unit_key WHERE status = 'active'").all() as
    Array<{ fingerprint: string; public_key_x: string; unit_code: string }>;
  return new Map(rows.map((row) => [row.fingerprint, { publicKeyJwkX: row.public_key_x, unitCode: row.unit_code }]));
}

type SeqRow = { unit_code: string; installation_id: string; seq: number | null };

/** Each unit's installations (with a key or with batches), in id order, with their received sequence numbers. */
function installationsByUnit(db: Db): Map<string, InstallationState[]> {
  const rows = db.prepare(
    `SELECT unit_code, installation_id, seq FROM exchange_batch
     UNION ALL SELECT unit_code, installation_id, NULL FROM exchange_unit_key k
       WHERE NOT EXISTS (SELECT 1 FROM exchange_batch b WHERE b.installation_id = k.installation_id)
     ORDER BY unit_code, installation_id, seq`,
  ).all() as SeqRow[];
  return new Map([...groupBy(rows, (r) => r.unit_code)].map(([unitCode, unitRows]) => [
    unitCode,
    [...groupBy(unitRows, (r) => r.installation_id)].map(([installationId, installationRows]) => {
      const seqs = installationRows.flatMap((r) => (r.seq === null ? [] : [r.seq]));
      return { installationId, lastSeq: seqs.at(-1) ?? null, gaps: gapsOf(seqs) };
    }),
  ]));
}

type UnitRow = { unit_code: string; name: string; registered_at: string; batches: number };

/** Every registered unit with its keys and installations, in three queries whatever the number of units. */
export function listUnits(db: Db): RegisteredUnit[] {
  const rows = db.prepare(
    `SELECT u.unit_code, u.name, u.registered_at, (SELECT count(*) FROM exchange_batch b WHERE b.unit_code = u.unit_code) AS batches
     FROM exchange_unit u ORDER BY u.unit_code`,
  ).all() as UnitRow[];
  const keys = groupBy(db.prepare('SELECT * FROM exchange_unit_key ORDER BY id').all() as KeyRow[], (k) => k.unit_code);
  const installations = installationsByUnit(db);
  return rows.map((r) => ({
    unitCode: r.unit_code,
    name: r.name,
    registeredAt: r.registered_at,
    keys: (keys.get(r.unit_code) ?? []).map(keyOf),
    installations: installations.get(r.unit_code) ?? [],
    batchesApplied: r.batches,
  }));
}
