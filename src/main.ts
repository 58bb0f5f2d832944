/**
 * certdesk's Slack app, composed: configuration → logger → catalog → store (connecting in the
 * background) → Slack app → start, reminder ticks once the store is ready, and a clean stop on SIGTERM/SIGINT. Every setting comes from the environment, read here and nowhere else.
 */
import { buildCatalogIndex } from './catalog/build-catalog-index.js';
import { CatalogError, formatProblem } from './catalog/catalog-error.js';
import { loadCatalog } from './catalog/load-catalog.js';
import { ConfigError, parseConfig, secretValues } from './config.js';
import { readyWhen } from './http/ready-when.js';
import { settlesWithin, shutdownOnSignals } from './http/shutdown-on-signals.js';
import { createLogger } from './log/create-logger.js';
import { createScrubber } from './log/scrub-secrets.js';
import { toBoltLogger } from './log/to-bolt-logger.js';
import { createInstallations, createInstaller } from './oauth/create-oauth-parts.js';
import { createReminderService, processHolderId } from './reminders/create-reminder-service.js';
import { createSlackPoster } from './reminders/create-slack-poster.js';
import { pauseWorkspace } from './reminders/pause-workspace.js';
import { createSlackApp } from './slack/create-app.js';
import { SlackAccessError } from './slack/slack-access-error.js';
import { connectStore } from './store/connect-store.js';
import { StoreError } from './store/store-error.js';

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const log = createLogger({
    level: config.logLevel,
    pretty: process.stdout.isTTY === true,
    secrets: secretValues(process.env),
  });
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled promise rejection'));

  const index = buildCatalogIndex(await loadCatalog(config.catalogDir, { now: new Date() }));
  log.info({ credentials: index.catalog.credentials.length, version: index.catalog.meta.version }, 'catalog loaded');
  // The database may be down: lookups need none. The store connects (and migrates) in the background.
  const connection = connectStore(config.databaseUrl, {
    limits: config.database,
    log: log.child({ module: 'store' }),
    onPoolError: (err) => log.error({ err }, 'database connection error'),
  });
  const { store } = connection;

  const holder = processHolderId();
  // OAuth mode: every workspace's installation in the database, sealed; its token for answers and reminders.
  const installations =
    config.oauth && config.encryption
      ? createInstallations({
          oauth: config.oauth,
          encryption: config.encryption,
          store,
          log: log.child({ module: 'installations' }),
          clientLogger: toBoltLogger(log.child({ module: 'installations' })),
          slackApiUrl: config.slackApiUrl,
          holder,
        })
      : undefined;
  const slack = createSlackApp(
    { ...config, installer: installations && config.oauth && createInstaller(config.oauth, installations, store) },
    {
      index,
      now: () => new Date(),
      log,
      dedup: store.eventDedup,
      ready: readyWhen({ store: () => store.ping() }),
      store,
      admins: config.admins,
      onUninstall: async (workspace, reason) => {
        if (installations) {
          await installations.removeBot(workspace, reason);
          return;
        }
        const paused = await pauseWorkspace(store, { ...workspace, reason });
        log.info({ ...workspace, paused: paused.length }, 'reminders paused');
      },
      onUserTokensRevoked: async (workspace, userIds) => {
        await installations?.removeUserTokens(workspace, userIds);
      },
    },
  );
  const reminders = createReminderService({
    store,
    catalog: index.catalog,
    poster: createSlackPoster({
      token: config.botToken,
      tokenFor: installations && ((workspace) => installations.botToken(workspace)),
      slackApiUrl: config.slackApiUrl,
      logger: toBoltLogger(log.child({ module: 'reminders' })),
    }),
    logger: log.child({ module: 'reminders' }),
    tickSeconds: config.tickSeconds,
    holder,
    ...(installations ? { housekeeping: () => installations.purgeExpired() } : {}),
  });
  const { port } = await slack.start();
  let stopping = false;
  // The reminder loop waits for the database.
  connection.ready.then(
    () => {
      if (!stopping) reminders.start();
    },
    () => undefined,
  );
  log.info(
    { mode: config.mode.kind, oauth: config.oauth !== undefined, port, tickSeconds: config.tickSeconds },
    'certdesk is running',
  );
  shutdownOnSignals(async () => {
    stopping = true;
    // Replies in flight and a reminder pass under way finish side by side, within the budget. The pass
    // claims nothing more at once; a post Slack has not answered by the deadline is recorded as outcome
    // unknown (never posted again) before the store closes.
    const [, passDone] = await Promise.all([slack.stop(8000), reminders.stop(7500)]);
    if (!passDone) log.warn('stopped during a reminder pass: unanswered posts recorded as outcome unknown');
    // A stalled database must not hold the exit past the deadline.
    if (!(await settlesWithin(store.close(), 1000))) log.warn('the database did not close in time');
  }, log);
}

function explain(err: unknown): string {
  if (err instanceof ConfigError || err instanceof StoreError || err instanceof SlackAccessError) return err.message;
  if (err instanceof CatalogError) {
    return `the catalog is broken:\n${err.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`;
  }
  return `could not start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
}

main().catch((err: unknown) => {
  process.stderr.write(createScrubber(secretValues(process.env))(`certdesk: ${explain(err)}\n`));
  process.exit(1);
});
