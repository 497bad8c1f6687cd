import { safeStorage } from 'electron';
import type { OsSecretStore } from '../exchange/outbound/secretStore';

/**
 * The operating system's secret store through Electron (call after the app is ready), or null where it
 * protects nothing: unavailable, or Linux without a keyring, where Electron falls back to a fixed key.
 */
export function osSecretStore(platform: NodeJS.Platform = process.platform): OsSecretStore | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return null;
  return { encryptString: (plain) => safeStorage.encryptString(plain), decryptString: (sealed) => safeStorage.decryptString(sealed) };
}
