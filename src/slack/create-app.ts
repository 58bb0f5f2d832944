/**
 * The Bolt app, assembled: receiver for the configured mode, pino as Bolt's logger, every Web API client
 * pointed at SLACK_API_URL, retried events dropped, one error handler, and the listeners of every surface.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver } from '@slack/bolt';
import type { AppConfig } from '../config.js';
import { settlesWithin } from '../http/shutdown-on-signals.js';
import { type HealthServer, startHealthServer } from '../http/start-health-server.js';
import { toBoltLogger } from '../log/to-bolt-logger.js';
import { createReceiver, type ReceiverInstaller } from './create-receiver.js';
import { createErrorHandler } from './handle-error.js';
import { LISTENERS } from './listeners/index.js';
import { skipRepeatedEvents } from './middleware/skip-repeated-events.js';
import { trackInFlight } from './middleware/track-in-flight.js';
import { skipMalformedInteractions } from './skip-malformed-interactions.js';
import { SlackAccessError } from './slack-access-error.js';
import type { RegisteredNames, RegisterListeners, SlackDeps } from './slack-deps.js';

export type SlackAppConfig = Pick<AppConfig, 'botToken' | 'mode' | 'port' | 'slackApiUrl'> & {
  /** OAuth mode: the install flow, and each workspace's token from its installation (no botToken). */
  installer?: ReceiverInstaller | undefined;
};

export interface SlackApp {
  app: App;
  names: RegisteredNames;
  /** Listens (HTTP mode) or connects (Socket Mode, plus the health port); resolves with the HTTP port. */
  start(): Promise<{ port: number }>;
  /** Stops taking requests, lets in-flight work finish (up to graceMs), then closes the port. */
  stop(graceMs?: number): Promise<void>;
  /** Resolves once no listener is running (tests wait on it before asserting that nothing happened). */
  idle(timeoutMs?: number): Promise<boolean>;
}

/** Interactive replies should not wait half an hour behind a rate limit (the Web API default). */
const RETRY_CONFIG = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5000 };

export function mergeNames(parts: Partial<RegisteredNames>[]): RegisteredNames {
  const all = (k: keyof RegisteredNames) => [...new Set(parts.flatMap((p) => p[k] ?? []))];
  return {
    commands: all('commands'),
    events: all('events'),
    actions: all('actions'),
    views: all('views'),
    options: all('options'),
  };
}

/** auth.test, once: learns the bot's user id (to ignore its own messages) and checks the bot token. */
async function initialize(app: App, apiUrl: string | undefined): Promise<void> {
  try {
    await app.init();
  } catch (err) {
    throw SlackAccessError.from('SLACK_BOT_TOKEN', err, apiUrl);
  }
}

export function createSlackApp(config: SlackAppConfig, deps: SlackDeps, listeners = LISTENERS): SlackApp {
  const logger = toBoltLogger(deps.log.child({ module: 'slack' }));
  let stopping = false;
  const receiver = createReceiver({
    mode: config.mode,
    port: config.port,
    slackApiUrl: config.slackApiUrl,
    logger,
    ready: deps.ready,
    isStopping: () => stopping,
    installer: config.installer,
  });
  // OAuth mode: Bolt's installer reads the installation store (the receiver wrapper below hides it from
  // App, so its authorize is handed over here).
  const authorize = receiver instanceof HTTPReceiver ? receiver.installer?.authorize : undefined;
  let knownActions: ReadonlySet<string> = new Set();
  const app = new App({
    ...(authorize ? { authorize } : { token: config.botToken }),
    receiver: skipMalformedInteractions(receiver, () => knownActions, deps.log.child({ module: 'slack' })),
    logger,
    clientOptions: { retryConfig: RETRY_CONFIG, ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}) },
    extendedErrorHandler: true,
    // auth.test runs in start() (app.init) where a refused token can stop the start; left to the
    // constructor, one failed call would be cached and every later request refused.
    deferInitialization: true,
  });
  const inFlight = trackInFlight();
  app.use(inFlight.middleware);
  app.use(skipRepeatedEvents(deps));
  app.error(createErrorHandler(deps.log, app.client));
  const names = mergeNames(listeners.map((register: RegisterListeners) => register(app, deps)));
  knownActions = new Set(names.actions);

  let health: HealthServer | undefined;
  return {
    app,
    names,
    async start() {
      await initialize(app, config.slackApiUrl);
      if (receiver instanceof HTTPReceiver) {
        const server: Server = await app.start(config.port);
        return { port: (server.address() as AddressInfo).port };
      }
      health = await startHealthServer({ port: config.port, ready: deps.ready, isStopping: () => stopping });
      try {
        await app.start();
      } catch (err) {
        await health.close();
        throw SlackAccessError.from('SLACK_APP_TOKEN', err, config.slackApiUrl);
      }
      return { port: health.port };
    },
    idle: (timeoutMs = 5000) => inFlight.drain(timeoutMs),
    async stop(graceMs = 8000) {
      stopping = true;
      const closing = app.stop().catch((err: unknown) => deps.log.warn({ err }, 'stopping the receiver failed'));
      if (!(await inFlight.drain(graceMs))) {
        deps.log.warn({ inFlight: inFlight.count() }, 'stopped before every request finished');
      }
      await settlesWithin(closing, 1000);
      await health?.close();
    },
  };
}
