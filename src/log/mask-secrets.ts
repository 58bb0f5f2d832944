/** Token-shaped strings (xoxb-, xoxp-, xapp-, …) and bearer credentials, masked wherever they appear in text. */
const TOKEN = /\b(xox[abeoprs]|xapp)-[A-Za-z0-9-]+/g;
const BEARER = /\b(Bearer)\s+[A-Za-z0-9._~+/=-]+/gi;
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:)[^@\s]+@/gi;

export function maskSecrets(text: string): string {
  return text
    .replace(TOKEN, (_m, prefix: string) => `${prefix}-[redacted]`)
    .replace(BEARER, '$1 [redacted]')
    .replace(URL_PASSWORD, '$1[redacted]@');
}
