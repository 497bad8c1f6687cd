import { AppError } from '../../api/errors';
import type { PinnedSuperiorView } from '../../api/exchangeDownlink';
import { recordChange, type WriteContext } from '../../audit/audit';
import type { Db } from '../../db/database';
import { getProfile } from '../../ward/service';
import type { TrustedKey } from '../envelope/read';
import { parseEnrolment } from '../signing/enrolment';

export type PinContext = WriteContext & { operator: string };
export type PinOutcome = PinnedSuperiorView & { previousFingerprint: string | null; alreadyPinned: boolean };

type KeyRow = { unit_code: string; unit_name: string; installation_id: string; public_key_x: string; fingerprint: string; pinned_at: string; pinned_by: string };

function activeRow(db: Db): KeyRow | undefined {
  return db.prepare('SELECT * FROM exchange_superior_key WHERE replaced_at IS NULL').get() as KeyRow | undefined;
}

const toView = (row: KeyRow): PinnedSuperiorView => ({
  unitCode: row.unit_code, unitName: row.unit_name, installationId: row.installation_id, fingerprint: row.fingerprint, pinnedAt: row.pinned_at, pinnedBy: row.pinned_by,
});

/** The superior office this installation trusts, or null before its key is pinned. */
export function superiorStatus(db: Db): PinnedSuperiorView | null {
  const row = activeRow(db);
  return row ? toView(row) : null;
}

/** The pinned key with what the downlink import checks besides the signature; refuses when nothing is pinned. */
export function pinnedSuperiorKey(db: Db): TrustedKey & { fingerprint: string; installationId: string } {
  const row = activeRow(db);
  if (!row) {
    throw new AppError('CONFLICT', 'Chưa ghi nhận khóa của cơ quan cấp trên nên chưa kiểm tra được tệp cấp trên gửi. Hãy nhập phiếu đăng ký khóa của cấp trên trước.');
  }
  return { publicKeyJwkX: row.public_key_x, unitCode: row.unit_code, fingerprint: row.fingerprint, installationId: row.installation_id };
}

/**
 * Pins the superior's key from its enrolment file. The same key again changes nothing; another key (a new
 * installation upstairs, another office) is refused unless `replace` is asked for, and the replacement is audited.
 */
export function pinSuperior(ctx: PinContext, content: string, replace: boolean): PinOutcome {
  const parsed = parseEnrolment(content);
  if (!parsed.ok) throw new AppError('INVALID_FILE', parsed.message);
  const enrolment = parsed.enrolment;
  const own = getProfile(ctx.db)?.code;
  if (!own) throw new AppError('CONFLICT', 'Chưa khai báo thông tin đơn vị (mã đơn vị). Hãy vào mục Thông tin đơn vị trước khi ghi nhận cơ quan cấp trên.');
  if (enrolment.unitCode === own) {
    throw new AppError('INVALID_FILE', `Tệp này là phiếu đăng ký khóa của chính đơn vị mình (mã ${own}), không phải của cơ quan cấp trên.`);
  }
  const current = activeRow(ctx.db);
  if (current?.fingerprint === enrolment.fingerprint) return { ...toView(current), previousFingerprint: null, alreadyPinned: true };
  if (current && !replace) {
    throw new AppError(
      'CONFLICT',
      `Đã ghi nhận khóa của ${current.unit_name} (dấu vân tay ${current.fingerprint}). Chỉ thay bằng khóa mới khi cấp trên thông báo đổi khóa bằng phiếu có chữ ký, đóng dấu: chọn «Thay khóa cấp trên».`,
    );
  }
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction(() => {
    if (current) ctx.db.prepare('UPDATE exchange_superior_key SET replaced_at = ? WHERE replaced_at IS NULL').run(now);
    ctx.db.prepare(
      `INSERT INTO exchange_superior_key (unit_code, unit_name, installation_id, public_key_x, fingerprint, pinned_at, pinned_by)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(enrolment.unitCode, enrolment.unitName, enrolment.installationId, enrolment.publicKeyJwkX, enrolment.fingerprint, now, ctx.operator);
    const pinned = toView(activeRow(ctx.db)!);
    recordChange(ctx, { action: current ? 'replace' : 'pin', entity: 'superiorKey', entityId: pinned.unitCode, before: current && toView(current), after: pinned });
    return { ...pinned, previousFingerprint: current?.fingerprint ?? null, alreadyPinned: false };
  })();
}
