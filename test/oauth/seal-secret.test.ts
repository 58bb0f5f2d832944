/** The sealing of installation secrets on its own: round trip, the row binding, and altered values refused. */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox, SealError } from '../../src/oauth/seal-secret.js';

const box = createSecretBox(randomBytes(32));
const AAD = 'T0AAA|';

describe('sealed secrets', () => {
  it('open with the key and row that sealed them, and show no plaintext', () => {
    const sealed = box.seal('xoxb-secret-token', AAD);
    expect(sealed.sealed).not.toContain('xoxb');
    expect(box.open(sealed, AAD)).toBe('xoxb-secret-token');
    expect(() => box.open(sealed, 'T0BBB|')).toThrow(SealError);
  });

  it('refuse a shortened authentication tag, which GCM alone would accept', () => {
    const { keyId, sealed } = box.seal('xoxb-secret-token', AAD);
    const [iv, tag, body] = sealed.split('.');
    const short = Buffer.from(tag ?? '', 'base64')
      .subarray(0, 4)
      .toString('base64');
    expect(() => box.open({ keyId, sealed: [iv, short, body].join('.') }, AAD)).toThrow(/malformed/);
  });

  it('refuse a flipped byte of ciphertext', () => {
    const { keyId, sealed } = box.seal('xoxb-secret-token', AAD);
    const [iv, tag, body] = sealed.split('.');
    const bytes = Buffer.from(body ?? '', 'base64');
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    expect(() => box.open({ keyId, sealed: [iv, tag, bytes.toString('base64')].join('.') }, AAD)).toThrow(SealError);
  });
});
