import { randomBytes } from 'node:crypto';

/** Lowercase letters and digits without look-alikes (no 0/o, 1/l/i): easy to read out and type. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A random id like `s4k9xq2mh7` (50 bits): unguessable in practice, short enough to type. */
export function newId(prefix: string, length = 10): string {
  const bytes = randomBytes(length);
  let out = prefix;
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return out;
}
