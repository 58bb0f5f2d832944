/**
 * Opens the store named by DATABASE_URL: SQLite through better-sqlite3 (file created with its folder,
 * WAL mode, waits `busyTimeoutMs` for another process's write lock) or PostgreSQL through a pg Pool
 * (the whole URL is its connectionString, so sslmode and other parameters count) with a connection
 * timeout, a statement timeout (on the server, and on the client for a stalled network) and a pool
 * size. Migrations are applied here unless `migrate: false` (then call `store.migrate()`).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { DatabaseLimits } from '../config.js';
import { type DatabaseTarget, parseDatabaseUrl } from './database-url.js';
import type { StoreDatabase } from './db-schema.js';
import { migrateStore } from './migrate-store.js';
import { createSqlDeliveries } from './sql-deliveries.js';
import { createSqlEventDedup } from './sql-event-dedup.js';
import { createSqlEventSightings } from './sql-event-sightings.js';
import { createSqlInstallations } from './sql-installations.js';
import { createSqlLocks } from './sql-locks.js';
import { createSqlOAuthStates } from './sql-oauth-states.js';
import { createSqlSubscriptions } from './sql-subscriptions.js';
import { createSqlThreadContext } from './sql-thread-context.js';
import { createSqlWorkspaceRemovals } from './sql-workspace-removals.js';
import type { Store } from './store.js';
import { StoreError } from './store-error.js';

export interface OpenStoreOptions {
  /** SQLite paths are relative to this (default: the process's working directory). */
  cwd?: string;
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  /** Called with errors of idle PostgreSQL connections (which would otherwise crash the process). */
  onPoolError?: (err: Error) => void;
  /** Timeouts and pool size (config.ts's DATABASE_* variables); defaults as there. */
  limits?: Partial<DatabaseLimits>;
}

export const DEFAULT_DATABASE_LIMITS: DatabaseLimits = {
  connectTimeoutMs: 2000,
  statementTimeoutMs: 2000,
  poolSize: 10,
  busyTimeoutMs: 2000,
};

function openKysely(
  target: DatabaseTarget,
  opts: OpenStoreOptions,
): { db: Kysely<StoreDatabase>; dialect: Store['dialect'] } {
  const limits = { ...DEFAULT_DATABASE_LIMITS, ...opts.limits };
  if (target.kind === 'sqlite') {
    if (target.path !== ':memory:') mkdirSync(dirname(target.path), { recursive: true });
    const database = new Database(target.path, { timeout: limits.busyTimeoutMs });
    database.pragma('journal_mode = WAL');
    database.pragma(`busy_timeout = ${Math.trunc(limits.busyTimeoutMs)}`);
    database.pragma('synchronous = NORMAL');
    return { db: new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) }), dialect: 'sqlite' };
  }
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max: limits.poolSize,
    connectionTimeoutMillis: limits.connectTimeoutMs,
    // The server ends a slow statement; the client gives up on a stalled network a little later.
    statement_timeout: limits.statementTimeoutMs,
    query_timeout: limits.statementTimeoutMs + 500,
    idle_in_transaction_session_timeout: limits.statementTimeoutMs * 5,
    keepAlive: true,
  });
  pool.on('error', (err) => opts.onPoolError?.(err));
  return {
    db: new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool: discardingTimedOut(pool) }) }),
    dialect: 'postgres',
  };
}

/**
 * A connection whose query timed out on the client still waits for that query's answer: handing it
 * out again would queue the next request behind a stalled network. Such a connection is destroyed on
 * release instead (the pool opens a fresh one).
 */
function discardingTimedOut(pool: pg.Pool): PostgresPool {
  return {
    end: () => pool.end(),
    async connect() {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (err) {
        // Nothing was sent: whatever was asked was not done.
        throw new StoreError('database_unreachable', `cannot connect to the database: ${(err as Error).message}`, {
          cause: err,
        });
      }
      let broken = false;
      // pg reports a connection lost while checked out (the pool's own listener is off then) as an
      // 'error' event on the client; unheard, it would crash the process. The query in flight fails
      // on its own; the connection is marked broken and destroyed on release.
      const lost = () => {
        broken = true;
      };
      client.on('error', lost);
      const query = ((...args: Parameters<pg.PoolClient['query']>) => {
        const result = (client.query as (...a: unknown[]) => unknown)(...args);
        if (result instanceof Promise) {
          result.catch((err: unknown) => {
            if (err instanceof Error && /timeout|terminated/i.test(err.message)) broken = true;
          });
        }
        return result;
      }) as PostgresPoolClient['query'];
      const release = (destroy?: boolean) => {
        client.off('error', lost);
        client.release(destroy === true || broken);
      };
      return { query, release };
    },
  };
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
    installations: createSqlInstallations(db),
    oauthStates: createSqlOAuthStates(db),
    locks: createSqlLocks(db),
    workspaces: createSqlWorkspaceRemovals(db),
    subscriptions: createSqlSubscriptions(db),
    deliveries: createSqlDeliveries(db),
    sightings: createSqlEventSightings(db),
    eventDedup: createSqlEventDedup(db),
    threadContext: createSqlThreadContext(db),
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
