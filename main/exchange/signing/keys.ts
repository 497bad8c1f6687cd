import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { sha256Hex } from '../envelope/canonical';

/** Prefixed to every signed message so a batch signature can never be replayed as any other kind of signature. */
export const BATCH_SIGNATURE_DOMAIN = 'SDC-BATCH-1\n';

export type SigningKey = { publicKeyJwkX: string; privateKeyPkcs8Pem: string };

/** What the batch writer needs: the public key, its fingerprint and a function signing bytes under a domain separator. */
export type Signer = { publicKeyJwkX: string; fingerprint: string; sign(domain: string, bytes: Uint8Array): Uint8Array };

export class SigningKeyError extends Error {}

export function generateSigningKey(passphrase: string): SigningKey {
  if (passphrase.length < 8) throw new SigningKeyError('Mật khẩu bảo vệ khóa ký phải có ít nhất 8 ký tự.');
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKeyJwkX: jwkX(publicKey),
    privateKeyPkcs8Pem: privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase }) as string,
  };
}

function jwkX(publicKey: KeyObject): string {
  const x = publicKey.export({ format: 'jwk' }).x;
  if (!x) throw new SigningKeyError('Khóa công khai không phải khóa Ed25519.');
  return x;
}

export function publicKeyFromJwkX(publicKeyJwkX: string): KeyObject {
  const raw = Buffer.from(publicKeyJwkX, 'base64url');
  if (raw.length !== 32 || raw.toString('base64url') !== publicKeyJwkX) {
    throw new SigningKeyError('Khóa công khai không hợp lệ (phải là 32 byte Ed25519, mã base64url).');
  }
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKeyJwkX }, format: 'jwk' });
}

/** SHA-256 of the raw 32-byte key, as 16 groups of 4 upper-case hex digits: what the paper enrolment form shows. */
export function fingerprint(publicKeyJwkX: string): string {
  publicKeyFromJwkX(publicKeyJwkX);
  const hex = sha256Hex(Buffer.from(publicKeyJwkX, 'base64url')).toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}

export function loadPrivateKey(privateKeyPkcs8Pem: string, passphrase: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: privateKeyPkcs8Pem, format: 'pem', passphrase });
  } catch {
    throw new SigningKeyError('Mật khẩu khóa ký không đúng hoặc tệp khóa bị hỏng: không mở được khóa ký.');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new SigningKeyError('Tệp khóa không phải khóa ký Ed25519.');
  return key;
}

function withDomain(domain: string, bytes: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(domain, 'utf8'), bytes]);
}

export function signBytes(privateKey: KeyObject, domain: string, bytes: Uint8Array): Uint8Array {
  return sign(null, withDomain(domain, bytes), privateKey);
}

export function verifyBytes(publicKeyJwkX: string, domain: string, bytes: Uint8Array, signature: Uint8Array): boolean {
  if (signature.length !== 64) return false;
  return verify(null, withDomain(domain, bytes), publicKeyFromJwkX(publicKeyJwkX), signature);
}

/** Opens the passphrase-protected key once and returns a signer for the batch writer. */
export function createSigner(privateKeyPkcs8Pem: string, passphrase: string): Signer {
  const privateKey = loadPrivateKey(privateKeyPkcs8Pem, passphrase);
  const publicKeyJwkX = jwkX(createPublicKey(privateKey));
  return { publicKeyJwkX, fingerprint: fingerprint(publicKeyJwkX), sign: (domain, bytes) => signBytes(privateKey, domain, bytes) };
}

/**
 * Start-up check that this runtime's crypto (Electron ships BoringSSL, not OpenSSL) can sign and verify
 * Ed25519: a fresh key signs a known message, which must verify, and must fail once changed.
 */
export function signingSelfTest(): void {
  const message = Buffer.from('Sổ Dân Chủ — kiểm tra chữ ký', 'utf8');
  try {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const signature = signBytes(privateKey, BATCH_SIGNATURE_DOMAIN, message);
    const x = jwkX(publicKey);
    const good = verifyBytes(x, BATCH_SIGNATURE_DOMAIN, message, signature);
    const tampered = verifyBytes(x, BATCH_SIGNATURE_DOMAIN, Buffer.concat([message, Buffer.from([0])]), signature);
    if (good && !tampered) return;
  } catch {
    // reported below
  }
  throw new SigningKeyError('Phần mềm không ký và kiểm tra được chữ ký Ed25519 trên máy này: chức năng trao đổi dữ liệu bị tắt.');
}
