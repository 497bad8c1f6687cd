import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layeredSecretStore } from '../../../main/exchange/outbound/secretStore';
import { osSecretStore } from '../../../main/shell/secrets';
import { electron, resetElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

describe("the shell's secret store", () => {
  beforeEach(() => resetElectron());

  it("uses Electron's safeStorage where it protects: Windows, macOS, Linux with a keyring", () => {
    expect(osSecretStore('win32')).not.toBeNull();
    expect(osSecretStore('linux')).not.toBeNull();
  });

  it('falls back to the file key where safeStorage protects nothing', () => {
    electron.safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text');
    expect(osSecretStore('linux')).toBeNull();
    expect(osSecretStore('win32')).not.toBeNull();
    electron.safeStorage.isEncryptionAvailable.mockReturnValue(false);
    expect(osSecretStore('win32')).toBeNull();
  });

  it('seals the signing key passphrase through safeStorage and opens it again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sdc-secrets-'));
    try {
      const store = layeredSecretStore(osSecretStore('win32'), dir);
      const sealed = store.protect(Buffer.from('passphrase'));
      expect(electron.safeStorage.encryptString).toHaveBeenCalledOnce();
      expect(store.unprotect(sealed).toString()).toBe('passphrase');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
