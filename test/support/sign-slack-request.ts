/** Sign a request body exactly as Slack does: v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)). */
import { createHmac } from 'node:crypto';

export function signSlackRequest(
  secret: string,
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}
