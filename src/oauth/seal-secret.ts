/**
 * AES-256-GCM over installation secrets (node:crypto). A sealed value is `iv.tag.ciphertext` in base64,
 * stored with the id of the key that sealed it; the additional data binds it to its row, so a value
 * copied onto another workspace's row does not open. The current key seals; the previous key (while a
 * new one is rolled in) still opens.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export class SealError extends Error {
  readonly code = 'seal_failed';
  constructor(message: string) {
    super(message);
    this.name = 'SealError';
  }
}

export interface SealedSecret {
  keyId: string;
  sealed: string;
}

export interface SecretBox {
  /** The id of the key that seals new values. */
  readonly keyId: string;
  seal(plaintext: string, aad: string): SealedSecret;
  /** Opens with the key named by `keyId` (current or previous); throws SealError otherwise. */
  open(secret: SealedSecret, aad: string): string;
  /** Whether a key with this id is known. */
  knows(keyId: string): boolean;
}

/** The key id: the first 16 hex digits of the key's SHA-256 (names the key without revealing it). */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** Decodes a 32-byte key given in base64; undefined when it is not one. */
export function decodeKey(base64: string): Buffer | undefined {
  const text = base64.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return undefined;
  const key = Buffer.from(text, 'base64');
  return key.length === 32 ? key : undefined;
}

export function createSecretBox(current: Buffer, previous?: Buffer): SecretBox {
  const keys = new Map<string, Buffer>();
  const currentId = keyIdOf(current);
  if (previous) keys.set(keyIdOf(previous), previous);
  keys.set(currentId, current);
  return {
    keyId: currentId,
    knows: (keyId) => keys.has(keyId),
    seal(plaintext, aad) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      cipher.setAAD(Buffer.from(aad, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const sealed = [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64')).join('.');
      return { keyId: currentId, sealed };
    },
    open(secret, aad) {
      const key = keys.get(secret.keyId);
      if (!key) {
        throw new SealError(
          `sealed with key ${secret.keyId}, which is neither CERTDESK_ENCRYPTION_KEY nor CERTDESK_ENCRYPTION_KEY_PREVIOUS`,
        );
      }
      const [iv, tag, body] = secret.sealed.split('.').map((p) => Buffer.from(p, 'base64'));
      // A full 16-byte tag only: a short one (which GCM would accept) is far easier to forge.
      if (iv?.length !== 12 || tag?.length !== 16 || !body) throw new SealError('a sealed value is malformed');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
        decipher.setAAD(Buffer.from(aad, 'utf8'));
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      } catch {
        throw new SealError(`a sealed value does not open with key ${secret.keyId} (altered, or moved to another row)`);
      }
    },
  };
}
