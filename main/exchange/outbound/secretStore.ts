import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../../files/atomicWrite';
import { AppError } from '../../api/errors';
import type { SecretStore } from '../../runtime/ports';

const KEY_FILE = 'secret-store.key';
const IV_BYTES = 12;
const TAG_BYTES = 16;

function fileKey(dataDir: string): Buffer {
  const path = join(dataDir, KEY_FILE);
  if (!existsSync(path)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileAtomically(path, randomBytes(32));
  }
  const key = readFileSync(path);
  if (key.length !== 32) throw new Error(`${KEY_FILE} is damaged`);
  return key;
}

/**
 * The default SecretStore: AES-256-GCM under a random key kept in a file of the data folder. Weaker than the
 * operating system's store (anyone who copies the whole folder has both the key and what it seals), but it keeps
 * the passphrase out of the database and its backups.
 */
export function fileKeySecretStore(dataDir: string): SecretStore {
  return {
    available: true,
    protect(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', fileKey(dataDir), iv);
      const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), sealed]);
    },
    unprotect(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', fileKey(dataDir), sealed.subarray(0, IV_BYTES));
      decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    },
  };
}

/** The operating system's store for one user's secrets (Electron's safeStorage: DPAPI on Windows, Keychain, libsecret). */
export interface OsSecretStore {
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
}

/** Marks a secret sealed by the operating system's store; anything else was sealed by the file key. */
const OS_SEALED = Buffer.from('SDC-OS1:', 'ascii');

export const OS_SEALED_ELSEWHERE_MESSAGE =
  'Khóa ký của máy này được bảo vệ bằng tài khoản người dùng Windows trong ứng dụng Sổ Dân Chủ; dòng lệnh không mở được khóa này. Hãy ghi lô dữ liệu từ ứng dụng.';

/**
 * Seals with the operating system's store when there is one (the Electron shell), so a copied data folder
 * does not carry an openable key; opens both kinds, so a key sealed by the file store earlier keeps working.
 * Without the OS store (the command line), a secret the OS sealed is refused with a clear message.
 */
export function layeredSecretStore(os: OsSecretStore | null, dataDir: string): SecretStore {
  const file = fileKeySecretStore(dataDir);
  return {
    available: true,
    protect: (plain) => (os ? Buffer.concat([OS_SEALED, os.encryptString(plain.toString('base64'))]) : file.protect(plain)),
    unprotect(sealed) {
      if (!sealed.subarray(0, OS_SEALED.length).equals(OS_SEALED)) return file.unprotect(sealed);
      if (!os) throw new AppError('CONFLICT', OS_SEALED_ELSEWHERE_MESSAGE);
      return Buffer.from(os.decryptString(sealed.subarray(OS_SEALED.length)), 'base64');
    },
  };
}
