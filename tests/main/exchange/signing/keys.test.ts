import { createSigner, fingerprint, generateSigningKey, loadPrivateKey, signBytes, signingSelfTest, verifyBytes, BATCH_SIGNATURE_DOMAIN } from '../../../../main/exchange/signing/keys';
import { enrolmentFile, parseEnrolment } from '../../../../main/exchange/signing/enrolment';

const passphrase = 'mật khẩu đủ dài';
const alice = generateSigningKey(passphrase);
const bob = generateSigningKey(passphrase);
const message = Buffer.from('tagmanifest bytes\n', 'utf8');

describe('Ed25519 signing keys', () => {
  it('signs and verifies bytes under the domain separator', () => {
    const signature = signBytes(loadPrivateKey(alice.privateKeyPkcs8Pem, passphrase), BATCH_SIGNATURE_DOMAIN, message);
    expect(signature).toHaveLength(64);
    expect(verifyBytes(alice.publicKeyJwkX, BATCH_SIGNATURE_DOMAIN, message, signature)).toBe(true);
    expect(verifyBytes(alice.publicKeyJwkX, 'SDC-OTHER-1\n', message, signature)).toBe(false);
  });

  it('fails when one byte of the message or of the signature changes', () => {
    const signer = createSigner(alice.privateKeyPkcs8Pem, passphrase);
    const signature = signer.sign(BATCH_SIGNATURE_DOMAIN, message);
    const flipped = Buffer.from(message);
    flipped[3]! ^= 0x01;
    expect(verifyBytes(alice.publicKeyJwkX, BATCH_SIGNATURE_DOMAIN, flipped, signature)).toBe(false);
    const badSignature = Buffer.from(signature);
    badSignature[10]! ^= 0x80;
    expect(verifyBytes(alice.publicKeyJwkX, BATCH_SIGNATURE_DOMAIN, message, badSignature)).toBe(false);
  });

  it('fails with the wrong public key', () => {
    const signature = createSigner(alice.privateKeyPkcs8Pem, passphrase).sign(BATCH_SIGNATURE_DOMAIN, message);
    expect(verifyBytes(bob.publicKeyJwkX, BATCH_SIGNATURE_DOMAIN, message, signature)).toBe(false);
  });

  it('shows the fingerprint as 16 groups of 4 upper-case hex digits, the same for the signer', () => {
    const shown = fingerprint(alice.publicKeyJwkX);
    expect(shown).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
    expect(createSigner(alice.privateKeyPkcs8Pem, passphrase)).toMatchObject({ fingerprint: shown, publicKeyJwkX: alice.publicKeyJwkX });
    expect(fingerprint(bob.publicKeyJwkX)).not.toBe(shown);
  });

  it('stores the private key encrypted and refuses a wrong passphrase with a clear message', () => {
    expect(alice.privateKeyPkcs8Pem).toContain('BEGIN ENCRYPTED PRIVATE KEY');
    expect(() => loadPrivateKey(alice.privateKeyPkcs8Pem, 'sai mật khẩu')).toThrow('Mật khẩu khóa ký không đúng');
    expect(() => generateSigningKey('ngắn')).toThrow('ít nhất 8 ký tự');
  });

  it('passes the start-up self-test on this runtime', () => {
    expect(() => signingSelfTest()).not.toThrow();
  });
});

describe('enrolment files', () => {
  const input = { unitCode: '26734', unitName: 'UBND phường Hòa Bình', installationId: 'inst-1', publicKeyJwkX: alice.publicKeyJwkX, createdAt: '2026-03-15T09:00:00+07:00' };

  it('round-trips with the key fingerprint', () => {
    const result = parseEnrolment(enrolmentFile(input));
    expect(result).toEqual({ ok: true, enrolment: expect.objectContaining({ ...input, fingerprint: fingerprint(alice.publicKeyJwkX) }) });
  });

  it('refuses a file whose key was swapped after the fingerprint was printed', () => {
    const swapped = enrolmentFile(input).replace(alice.publicKeyJwkX, bob.publicKeyJwkX);
    expect(parseEnrolment(swapped)).toEqual({ ok: false, message: expect.stringContaining('Dấu vân tay') });
    expect(parseEnrolment('không phải json')).toEqual({ ok: false, message: expect.stringContaining('JSON') });
  });
});
