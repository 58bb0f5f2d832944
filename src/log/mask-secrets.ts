/** Token-shaped strings (xoxb-, xoxp-, xapp-, …), bearer credentials and URL passwords, masked wherever they appear in text. */
const TOKEN = /\b(xox[abeoprs]|xapp)-[A-Za-z0-9-]+/g;
const BEARER = /\b(Bearer)\s+[A-Za-z0-9._~+/=-]+/gi;
/** The deprecated verification token inside logged payloads ("token":"…"). */
const JSON_TOKEN = /("token"\s*:\s*")[^"]*"/g;
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:)[^@\s]+@/gi;

export function maskSecrets(text: string): string {
  return text
    .replace(TOKEN, (_m, prefix: string) => `${prefix}-[redacted]`)
    .replace(BEARER, '$1 [redacted]')
    .replace(URL_PASSWORD, '$1[redacted]@')
    .replace(JSON_TOKEN, '$1[redacted]"');
}
