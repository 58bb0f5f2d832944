/**
 * The transport: HTTP (POST /slack/events, signed requests, health routes on the same port) or Socket Mode
 * (a WebSocket opened through apps.connections.open, which also honours SLACK_API_URL).
 */
import { HTTPReceiver, type Logger, SocketModeReceiver } from '@slack/bolt';
import type { SlackMode } from '../config.js';
import { BODY_LIMIT_BYTES } from '../http/body-limit.js';
import { HEALTH_PATH, READY_PATH, type ReadyCheck, serveHealthz, serveReadyz } from '../http/health.js';

export const EVENTS_PATH = '/slack/events';

export interface ReceiverOptions {
  mode: SlackMode;
  port: number;
  slackApiUrl: string | undefined;
  logger: Logger;
  ready: ReadyCheck;
  isStopping: () => boolean;
}

export function createReceiver(opts: ReceiverOptions): HTTPReceiver | SocketModeReceiver {
  if (opts.mode.kind === 'socket') {
    return new SocketModeReceiver({
      appToken: opts.mode.appToken,
      logger: opts.logger,
      // The receiver's own Web API client (apps.connections.open) takes its options from here.
      installerOptions: { clientOptions: opts.slackApiUrl ? { slackApiUrl: opts.slackApiUrl } : {} },
    });
  }
  return new HTTPReceiver({
    signingSecret: opts.mode.signingSecret,
    endpoints: [EVENTS_PATH],
    port: opts.port,
    logger: opts.logger,
    bodyLimit: BODY_LIMIT_BYTES,
    customRoutes: [
      { path: HEALTH_PATH, method: ['GET', 'HEAD'], handler: serveHealthz },
      { path: READY_PATH, method: ['GET', 'HEAD'], handler: serveReadyz(opts.ready, opts.isStopping) },
    ],
  });
}
