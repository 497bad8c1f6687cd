import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../../files/atomicWrite';
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
