/**
 * Opens the store named by DATABASE_URL: SQLite through better-sqlite3 (file created with its folder,
 * WAL mode, waits up to 10 s for another process's write lock) or PostgreSQL through a pg Pool (the
 * whole URL is its connectionString, so sslmode and other parameters count). Migrations are applied
 * here unless `migrate: false` (then call `store.migrate()`).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { type DatabaseTarget, parseDatabaseUrl } from './database-url.js';
import type { StoreDatabase } from './db-schema.js';
import { migrateStore } from './migrate-store.js';
import { createSqlDeliveries } from './sql-deliveries.js';
import { createSqlEventDedup } from './sql-event-dedup.js';
import { createSqlEventSightings } from './sql-event-sightings.js';
import { createSqlSubscriptions } from './sql-subscriptions.js';
import type { Store } from './store.js';
import { StoreError } from './store-error.js';

export interface OpenStoreOptions {
  /** SQLite paths are relative to this (default: the process's working directory). */
  cwd?: string;
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  /** Called with errors of idle PostgreSQL connections (which would otherwise crash the process). */
  onPoolError?: (err: Error) => void;
}

function openKysely(
  target: DatabaseTarget,
  opts: OpenStoreOptions,
): { db: Kysely<StoreDatabase>; dialect: Store['dialect'] } {
  if (target.kind === 'sqlite') {
    if (target.path !== ':memory:') mkdirSync(dirname(target.path), { recursive: true });
    const database = new Database(target.path);
    database.pragma('journal_mode = WAL');
    database.pragma('busy_timeout = 10000');
    database.pragma('synchronous = NORMAL');
    return { db: new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) }), dialect: 'sqlite' };
  }
  const pool = new pg.Pool({ connectionString: target.connectionString, max: 10 });
  pool.on('error', (err) => opts.onPoolError?.(err));
  return { db: new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres' };
}

export async function openStore(databaseUrl: string, opts: OpenStoreOptions = {}): Promise<Store> {
  const target = parseDatabaseUrl(databaseUrl, opts.cwd ?? process.cwd());
  let opened: ReturnType<typeof openKysely>;
  try {
    opened = openKysely(target, opts);
  } catch (err) {
    throw new StoreError('database_unreachable', `Cannot open the database: ${(err as Error).message}`, { cause: err });
  }
  const { db, dialect } = opened;

  const migrate = () => migrateStore(db, dialect);

  const store: Store = {
    dialect,
    subscriptions: createSqlSubscriptions(db),
    deliveries: createSqlDeliveries(db),
    sightings: createSqlEventSightings(db),
    eventDedup: createSqlEventDedup(db),
    migrate,
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      await db.destroy();
    },
  };

  if (opts.migrate !== false) {
    try {
      await migrate();
    } catch (err) {
      await db.destroy();
      throw err;
    }
  }
  return store;
}
