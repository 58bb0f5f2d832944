import { parseBaseConfig } from '../../../config.js';
import { openStore } from '../../../store/open-store.js';
import type { Store } from '../../../store/store.js';
import type { CliIo, ExitCode } from '../../cli-io.js';

/** Opens the app's database (DATABASE_URL) for one subcommand and closes it whatever happens. */
export async function withStore(io: CliIo, fn: (store: Store) => Promise<ExitCode>): Promise<ExitCode> {
  const { databaseUrl, database } = parseBaseConfig(io.env);
  const store = await openStore(databaseUrl, { limits: database });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
