import { parseBaseConfig } from '../../config.js';
import { openStore } from '../../store/open-store.js';
import { type CliCommand, UsageError } from '../cli-io.js';
import { parseOptions } from '../parse-options.js';

export const DB_USAGE = 'usage: certdesk db migrate';

/** `certdesk db migrate`: apply pending migrations to DATABASE_URL (the app also does this at start). */
export const dbCommand: CliCommand = async (args, io) => {
  const { positionals } = parseOptions(args, {}, DB_USAGE);
  const [sub, ...extra] = positionals;
  if (sub !== 'migrate') throw new UsageError(sub ? `unknown db command "${sub}"` : 'db needs a command', DB_USAGE);
  if (extra.length > 0) throw new UsageError('db migrate takes no arguments', DB_USAGE);
  const { databaseUrl, database } = parseBaseConfig(io.env);
  // A migration may take longer than a request should: the statement timeout is relaxed here.
  const store = await openStore(databaseUrl, {
    migrate: false,
    limits: { ...database, statementTimeoutMs: Math.max(database.statementTimeoutMs, 60_000) },
  });
  try {
    const applied = await store.migrate();
    io.stdout(
      applied.length === 0
        ? `The ${store.dialect} database is up to date.\n`
        : `Applied ${applied.length} migration${applied.length === 1 ? '' : 's'} to the ${store.dialect} database: ${applied.join(', ')}\n`,
    );
  } finally {
    await store.close();
  }
  return 0;
};
