/**
 * certdesk's Slack app, composed: configuration → logger → catalog → stores → Slack app → start, and a
 * clean stop on SIGTERM/SIGINT. Every setting comes from the environment, read here and nowhere else.
 */
import { buildCatalogIndex } from './catalog/build-catalog-index.js';
import { CatalogError, formatProblem } from './catalog/catalog-error.js';
import { loadCatalog } from './catalog/load-catalog.js';
import { ConfigError, parseConfig } from './config.js';
import { shutdownOnSignals } from './http/shutdown-on-signals.js';
import { createLogger } from './log/create-logger.js';
import { createSlackApp } from './slack/create-app.js';
import { createMemoryEventDedup } from './store/event-dedup.js';

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const log = createLogger({ level: config.logLevel, pretty: process.stdout.isTTY === true });
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled promise rejection'));

  const index = buildCatalogIndex(await loadCatalog(config.catalogDir, { now: new Date() }));
  log.info({ credentials: index.catalog.credentials.length, version: index.catalog.meta.version }, 'catalog loaded');

  const slack = createSlackApp(config, {
    index,
    now: () => new Date(),
    log,
    dedup: createMemoryEventDedup(),
    // The catalog is loaded by now; the store's reachability joins this check when the store lands.
    ready: async () => ({ ok: true }),
  });
  const { port } = await slack.start();
  log.info({ mode: config.mode.kind, port }, 'certdesk is running');
  shutdownOnSignals(() => slack.stop(), log);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) process.stderr.write(`certdesk: ${err.message}\n`);
  else if (err instanceof CatalogError) {
    process.stderr.write(
      `certdesk: the catalog is broken:\n${err.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n`,
    );
  } else
    process.stderr.write(
      `certdesk: could not start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
  process.exit(1);
});
