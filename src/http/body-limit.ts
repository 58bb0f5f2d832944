/** Slack's payloads are small: anything over 1 MB is refused with 413 before it is read. */
import type { IncomingMessage } from 'node:http';

export const BODY_LIMIT_BYTES = 1024 * 1024;

/** True when the request announces a body over the limit (chunked bodies are counted as they are read). */
export function exceedsBodyLimit(req: IncomingMessage): boolean {
  return Number(req.headers['content-length'] ?? 0) > BODY_LIMIT_BYTES;
}
