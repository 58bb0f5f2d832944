/**
 * The transport: HTTP (POST /slack/events, signed requests, health routes on the same port) or Socket Mode
 * (a WebSocket opened through apps.connections.open, which also honours SLACK_API_URL).
 */
import { HTTPReceiver, type InstallationStore, type Logger, SocketModeReceiver, type StateStore } from '@slack/bolt';
import type { SlackMode } from '../config.js';
import { BODY_LIMIT_BYTES } from '../http/body-limit.js';
import { HEALTH_PATH, READY_PATH, type ReadyCheck, serveHealthz, serveReadyz } from '../http/health.js';

export const EVENTS_PATH = '/slack/events';
export const INSTALL_PATH = '/slack/install';
export const OAUTH_REDIRECT_PATH = '/slack/oauth_redirect';

/** OAuth mode: Bolt's install page and callback, over the database's installations and states. */
export interface ReceiverInstaller {
  clientId: string;
  clientSecret: string;
  scopes: string[];
  installationStore: InstallationStore;
  stateStore: StateStore;
}

export interface ReceiverOptions {
  mode: SlackMode;
  port: number;
  slackApiUrl: string | undefined;
  logger: Logger;
  ready: ReadyCheck;
  isStopping: () => boolean;
  installer?: ReceiverInstaller | undefined;
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
    ...(opts.installer
      ? {
          clientId: opts.installer.clientId,
          clientSecret: opts.installer.clientSecret,
          scopes: opts.installer.scopes,
          installationStore: opts.installer.installationStore,
          installerOptions: {
            installPath: INSTALL_PATH,
            redirectUriPath: OAUTH_REDIRECT_PATH,
            stateStore: opts.installer.stateStore,
            // oauth.v2.access and auth.test go where every other Web API call goes.
            clientOptions: opts.slackApiUrl ? { slackApiUrl: opts.slackApiUrl } : {},
          },
        }
      : {}),
    customRoutes: [
      { path: HEALTH_PATH, method: ['GET', 'HEAD'], handler: serveHealthz },
      { path: READY_PATH, method: ['GET', 'HEAD'], handler: serveReadyz(opts.ready, opts.isStopping) },
    ],
  });
}
