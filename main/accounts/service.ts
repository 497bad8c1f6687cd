import { AppError } from '../api/errors';
import type { Account, AccountRole, SessionAccount } from '../api/accounts';
import { auditedWrite, recordChange, type WriteContext } from '../audit/audit';
import type { Db } from '../db/database';
import { hashPassword, verifyPassword } from './password';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 15;
const WRONG_CREDENTIALS = 'Tên đăng nhập hoặc mật khẩu không đúng.';

interface AccountRow {
  id: number;
  username: string;
  full_name: string;
  role: AccountRole;
  password_hash: string;
  failed_attempts: number;
  locked_until: string | null;
  disabled: number;
  last_login_at: string | null;
  staff_member_id: number | null;
}

const toAccount = (row: AccountRow): Account => ({
  id: row.id,
  username: row.username,
  fullName: row.full_name,
  role: row.role,
  disabled: row.disabled === 1,
  lockedUntil: row.locked_until,
  lastLoginAt: row.last_login_at,
  staffMemberId: row.staff_member_id,
});
const toSession = ({ id, username, fullName, role }: Account): SessionAccount => ({ id, username, fullName, role });

function findRow(db: Db, where: 'id' | 'username', value: number | string): AccountRow | undefined {
  return db.prepare(`SELECT * FROM account WHERE ${where} = ?`).get(value) as AccountRow | undefined;
}

function requireAccount(db: Db, id: number): Account {
  const row = findRow(db, 'id', id);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy tài khoản.');
  return toAccount(row);
}

/** A staff member may belong to one account only: the own view of scores must never show one person to two accounts. */
function checkStaffLink(db: Db, staffMemberId: number | null, accountId: number | null): void {
  if (staffMemberId === null) return;
  if (!db.prepare('SELECT 1 FROM staff_member WHERE id = ?').get(staffMemberId)) {
    throw new AppError('BAD_INPUT', 'Cán bộ được chọn không còn trong danh sách cán bộ.', 'staffMemberId');
  }
  const linked = db.prepare('SELECT id, username FROM account WHERE staff_member_id = ?').get(staffMemberId) as { id: number; username: string } | undefined;
  if (linked && linked.id !== accountId) throw new AppError('CONFLICT', `Cán bộ này đã gắn với tài khoản ${linked.username}.`, 'staffMemberId');
}

export function listAccounts(db: Db): Account[] {
  return (db.prepare('SELECT * FROM account ORDER BY username').all() as AccountRow[]).map(toAccount);
}

export function countAdministrators(db: Db): number {
  return (db.prepare("SELECT count(*) AS n FROM account WHERE role = 'administrator' AND disabled = 0").get() as { n: number }).n;
}

export async function createAccount(
  ctx: WriteContext,
  input: { username: string; fullName: string; role: AccountRole; password: string; staffMemberId?: number | null },
): Promise<Account> {
  const passwordHash = await hashPassword(input.password);
  return auditedWrite(ctx, () => {
    if (findRow(ctx.db, 'username', input.username)) {
      throw new AppError('CONFLICT', 'Tên đăng nhập này đã có người dùng.', 'username');
    }
    const staffMemberId = input.staffMemberId ?? null;
    checkStaffLink(ctx.db, staffMemberId, null);
    const { lastInsertRowid } = ctx.db
      .prepare('INSERT INTO account (username, full_name, role, password_hash, created_at, staff_member_id) VALUES (?, ?, ?, ?, ?, ?)')
      .run(input.username, input.fullName, input.role, passwordHash, ctx.clock.now().toISOString(), staffMemberId);
    const account = requireAccount(ctx.db, Number(lastInsertRowid));
    return { result: account, change: { action: 'create', entity: 'account', entityId: account.id, after: account } };
  });
}

export function updateAccount(
  ctx: WriteContext,
  input: { id: number; fullName: string; role: AccountRole; disabled: boolean; staffMemberId: number | null },
): Account {
  return auditedWrite(ctx, () => {
    const before = requireAccount(ctx.db, input.id);
    checkStaffLink(ctx.db, input.staffMemberId, input.id);
    ctx.db
      .prepare('UPDATE account SET full_name = ?, role = ?, disabled = ?, staff_member_id = ? WHERE id = ?')
      .run(input.fullName, input.role, input.disabled ? 1 : 0, input.staffMemberId, input.id);
    if (countAdministrators(ctx.db) === 0) {
      throw new AppError('CONFLICT', 'Phải còn ít nhất một quản trị viên đang hoạt động.', 'role');
    }
    const after = requireAccount(ctx.db, input.id);
    return { result: after, change: { action: 'update', entity: 'account', entityId: input.id, before, after } };
  });
}

export async function resetPassword(ctx: WriteContext, input: { id: number; password: string }): Promise<Account> {
  const passwordHash = await hashPassword(input.password);
  return auditedWrite(ctx, () => {
    requireAccount(ctx.db, input.id);
    ctx.db
      .prepare('UPDATE account SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?')
      .run(passwordHash, input.id);
    return { result: requireAccount(ctx.db, input.id), change: { action: 'resetPassword', entity: 'account', entityId: input.id } };
  });
}

export async function changePassword(
  ctx: WriteContext & { actorId: number },
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const row = findRow(ctx.db, 'id', ctx.actorId);
  if (!row || !(await verifyPassword(input.currentPassword, row.password_hash))) {
    throw new AppError('BAD_INPUT', 'Mật khẩu hiện tại không đúng.', 'currentPassword');
  }
  await resetPassword(ctx, { id: ctx.actorId, password: input.newPassword });
}

/** Checks a login, counting failures and locking the account after too many. */
export async function login(ctx: WriteContext, input: { username: string; password: string }): Promise<SessionAccount> {
  const row = findRow(ctx.db, 'username', input.username);
  const now = ctx.clock.now();
  if (!row) {
    await verifyPassword(input.password, DUMMY_HASH); // same cost as a real check: no hint that the name is unknown
    throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
  }
  if (row.locked_until && new Date(row.locked_until) > now) throw lockedError(row.locked_until);
  const valid = await verifyPassword(input.password, row.password_hash);
  if (valid && row.disabled) throw new AppError('FORBIDDEN', 'Tài khoản này đã bị vô hiệu hóa. Hãy liên hệ quản trị viên.');
  const outcome = ctx.db.transaction(() => recordLoginAttempt(ctx, row, valid, now))();
  if (outcome === 'locked') throw lockedError(new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString());
  if (outcome === 'failed') throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
  return toSession(requireAccount(ctx.db, row.id));
}

function recordLoginAttempt(ctx: WriteContext, row: AccountRow, valid: boolean, now: Date): 'ok' | 'failed' | 'locked' {
  const at = now.toISOString();
  if (valid) {
    ctx.db.prepare('UPDATE account SET failed_attempts = 0, locked_until = NULL, last_login_at = ? WHERE id = ?').run(at, row.id);
    recordChange({ ...ctx, actorId: row.id }, { action: 'login', entity: 'account', entityId: row.id });
    return 'ok';
  }
  const failures = row.failed_attempts + 1;
  const lock = failures >= MAX_FAILED_ATTEMPTS;
  const lockedUntil = lock ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString() : null;
  ctx.db
    .prepare('UPDATE account SET failed_attempts = ?, locked_until = ? WHERE id = ?')
    .run(lock ? 0 : failures, lockedUntil, row.id);
  recordChange(ctx, { action: lock ? 'lockout' : 'loginFailed', entity: 'account', entityId: row.id });
  return lock ? 'locked' : 'failed';
}

function lockedError(until: string): AppError {
  const time = new Date(until).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });
  return new AppError('LOCKED', `Tài khoản tạm khóa vì nhập sai mật khẩu ${MAX_FAILED_ATTEMPTS} lần. Vui lòng thử lại sau ${time}.`);
}

const DUMMY_HASH = 'scrypt$32768$8$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
