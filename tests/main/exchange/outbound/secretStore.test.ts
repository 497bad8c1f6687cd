import { rmSync } from 'node:fs';
import { fileKeySecretStore, layeredSecretStore, OS_SEALED_ELSEWHERE_MESSAGE, type OsSecretStore } from '../../../../main/exchange/outbound/secretStore';
import { makeTempDir } from '../../support/runtime';

describe('the file-key secret store', () => {
  let dir: string;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('seals so that only the same folder’s key opens, and refuses a changed seal', () => {
    const sealed = fileKeySecretStore(dir).protect(Buffer.from('mật khẩu khóa ký'));
    expect(sealed.toString('utf8')).not.toContain('khóa');
    expect(fileKeySecretStore(dir).unprotect(sealed).toString('utf8')).toBe('mật khẩu khóa ký');
    sealed[sealed.length - 1]! ^= 1;
    expect(() => fileKeySecretStore(dir).unprotect(sealed)).toThrow();
    const other = makeTempDir();
    try {
      sealed[sealed.length - 1]! ^= 1;
      expect(() => fileKeySecretStore(other).unprotect(sealed)).toThrow();
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('the layered secret store', () => {
  let dir: string;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Stands in for the operating system's store: a keyed transformation only this object can undo. */
  const os: OsSecretStore = {
    encryptString: (plain) => Buffer.from(Buffer.from(plain).map((byte) => byte ^ 0x5a)),
    decryptString: (sealed) => Buffer.from(sealed.map((byte) => byte ^ 0x5a)).toString(),
  };
  const plain = Buffer.from('mật khẩu khóa ký');

  it('seals with the operating system where there is one, and opens it there', () => {
    const sealed = layeredSecretStore(os, dir).protect(plain);
    expect(sealed.subarray(0, 8).toString('ascii')).toBe('SDC-OS1:');
    expect(sealed.toString('utf8')).not.toContain('khóa');
    expect(layeredSecretStore(os, dir).unprotect(sealed)).toEqual(plain);
  });

  it('refuses, in Vietnamese, to open an OS-sealed secret without the OS store (the command line)', () => {
    const sealed = layeredSecretStore(os, dir).protect(plain);
    expect(() => layeredSecretStore(null, dir).unprotect(sealed)).toThrow(OS_SEALED_ELSEWHERE_MESSAGE);
  });

  it('keeps opening a secret the file key sealed, with or without the OS store', () => {
    const sealed = layeredSecretStore(null, dir).protect(plain);
    expect(sealed.subarray(0, 8).toString('ascii')).not.toBe('SDC-OS1:');
    expect(layeredSecretStore(null, dir).unprotect(sealed)).toEqual(plain);
    expect(layeredSecretStore(os, dir).unprotect(sealed)).toEqual(plain);
  });
});
