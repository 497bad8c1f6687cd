// electron-builder.yml, read and schema-checked by electron-builder's own loader (the exact way
// `electron-builder` reads it), then held to the security and packaging rules of the architecture.
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration, TargetConfiguration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';

const projectDir = path.resolve(import.meta.dirname, '..', '..', '..');
let config: Configuration;

beforeAll(async () => {
  config = await getConfig(projectDir, path.join(projectDir, 'electron-builder.yml'), null);
});

function filePatterns(): string[] {
  const files = config.files;
  if (!Array.isArray(files)) throw new Error('files must be a list');
  return files.flatMap((entry) => (typeof entry === 'string' ? [entry] : (entry.filter ?? [])));
}

function targetNames(targets: unknown): string[] {
  return (targets as Array<string | TargetConfiguration>).map((target) => (typeof target === 'string' ? target : target.target));
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('identifies the app, with ASCII artifact names', () => {
    expect(config.appId).toBe('vn.sodanchu.app');
    expect(config.productName).toBe('Sổ Dân Chủ');
    expect(config.artifactName).toBe('SoDanChu-${version}-${arch}.${ext}');
    for (const name of [config.artifactName, config.nsis?.artifactName, config.portable?.artifactName]) {
      expect(name).toMatch(/^[\x20-\x7e]+$/);
    }
    // NSIS and portable both make an .exe: their names must differ.
    expect(config.nsis?.artifactName).not.toBe(config.portable?.artifactName);
  });

  it('packages only the shell, the preload, the renderer, resources and package.json', () => {
    expect(filePatterns().filter((pattern) => !pattern.startsWith('!'))).toEqual([
      'package.json',
      'dist/main/shell.cjs',
      'dist/main/preload.cjs',
      'dist/main/verify-worker.cjs',
      'dist/renderer/**',
      'resources/**',
    ]);
  });

  it('explicitly keeps out the loopback host, the tests and source maps', () => {
    expect(filePatterns()).toEqual(expect.arrayContaining(['!dist/host/**', '!tests/**', '!**/*.map']));
  });

  it('packs into asar with native modules unpacked and no implicit rebuild', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['**/*.node']);
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
    expect(config.buildDependenciesFromSource).toBe(false);
  });

  it('flips the Electron fuses that close the Node doors', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds a per-user Vietnamese NSIS installer and a portable exe for Windows', () => {
    expect(targetNames(config.win?.target)).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      installerLanguages: ['vi_VN'],
      deleteAppDataOnUninstall: false,
    });
  });

  it('builds an AppImage and a deb for Linux, filed under Office', () => {
    expect(targetNames(config.linux?.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
  });

  it('never publishes on its own', () => {
    expect(config.publish).toBeNull();
  });
});
