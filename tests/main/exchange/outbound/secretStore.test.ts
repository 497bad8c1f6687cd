import { rmSync } from 'node:fs';
import { fileKeySecretStore } from '../../../../main/exchange/outbound/secretStore';
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
