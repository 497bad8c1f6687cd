import { randomBytes } from 'node:crypto';
import { AppError } from '../../api/errors';
import type { Db } from '../../db/database';
import type { Clock, SecretStore } from '../../runtime/ports';
import { createSigner, fingerprint, generateSigningKey, type Signer } from '../signing/keys';

export type KeyContext = { db: Db; clock: Clock; secrets: SecretStore };
export type KeyStatus = { fingerprint: string; publicKeyJwkX: string; createdAt: string } | null;

type KeyRow = { public_key_x: string; fingerprint: string; private_key_pem: string; sealed_passphrase: Buffer; created_at: string };

function activeKey(db: Db): KeyRow | undefined {
  return db.prepare('SELECT public_key_x, fingerprint, private_key_pem, sealed_passphrase, created_at FROM exchange_signing_key WHERE revoked_at IS NULL').get() as KeyRow | undefined;
}

/** The installation's active signing key, or null before it is created. */
export function keyStatus(db: Db): KeyStatus {
  const row = activeKey(db);
  return row ? { fingerprint: row.fingerprint, publicKeyJwkX: row.public_key_x, createdAt: row.created_at } : null;
}

/**
 * Creates the installation's Ed25519 key: the private key is encrypted under a random passphrase, which the
 * SecretStore seals. A second active key is refused: rotation goes through registering the new key upstairs.
 */
export function createSigningKey(ctx: KeyContext): NonNullable<KeyStatus> {
  if (activeKey(ctx.db)) throw new AppError('CONFLICT', 'Đơn vị đã có khóa ký đang dùng; không tạo khóa thứ hai.');
  if (!ctx.secrets.available) throw new AppError('CONFLICT', 'Máy này không có nơi cất giữ an toàn cho khóa ký; chưa tạo được khóa.');
  const passphrase = randomBytes(32).toString('base64url');
  const key = generateSigningKey(passphrase);
  const createdAt = ctx.clock.now().toISOString();
  ctx.db
    .prepare('INSERT INTO exchange_signing_key (public_key_x, fingerprint, private_key_pem, sealed_passphrase, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(key.publicKeyJwkX, fingerprint(key.publicKeyJwkX), key.privateKeyPkcs8Pem, ctx.secrets.protect(Buffer.from(passphrase, 'utf8')), createdAt);
  return keyStatus(ctx.db)!;
}

/** Opens the active key for signing; creates it at first use. */
export function activeSigner(ctx: KeyContext): Signer {
  const row = activeKey(ctx.db) ?? (createSigningKey(ctx), activeKey(ctx.db)!);
  return createSigner(row.private_key_pem, ctx.secrets.unprotect(row.sealed_passphrase).toString('utf8'));
}
