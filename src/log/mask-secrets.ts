/**
 * Token-shaped strings (xoxb-, xoxp-, xapp-, …), bearer credentials, URL passwords and Slack request
 * signatures, masked wherever they appear in text. The character classes stop at quotes and backslashes,
 * so a JSON log line stays valid JSON after masking.
 */
const TOKEN = /\b(xox[a-z]|xapp)-[A-Za-z0-9-]+/g;
const BEARER = /\b(Bearer)\s+[A-Za-z0-9._~+/=-]+/gi;
/** The deprecated verification token inside logged payloads ("token":"…"), raw or inside a JSON string. */
const JSON_TOKEN = /((\\?)"token\2"\s*:\s*\2")[^"\\]*(\2")/g;
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s"\\]+:)[^@\s"\\]+@/gi;
/** x-slack-signature: v0= and an HMAC-SHA256 in hex. */
const SIGNATURE = /\b(v0=)[0-9a-f]{64}\b/gi;

export function maskSecrets(text: string): string {
  return text
    .replace(TOKEN, (_m, prefix: string) => `${prefix}-[redacted]`)
    .replace(BEARER, '$1 [redacted]')
    .replace(URL_PASSWORD, '$1[redacted]@')
    .replace(JSON_TOKEN, '$1[redacted]$3')
    .replace(SIGNATURE, '$1[redacted]');
}
