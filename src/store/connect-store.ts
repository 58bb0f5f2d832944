/**
 * The app's store when the database may be down at start: returned at once, connected (and migrated)
 * in the background with backoff. Until then every store call fails fast with a StoreError saying the
 * database is not connected (lookups need no database and go on), `ping` fails with the reason (so
 * /readyz is 503), and `ready` resolves once migrations have run (the reminder loop waits for it).
 */
import type { DatabaseLimits } from '../config.js';
import { parseDatabaseUrl } from './database-url.js';
import { openStore } from './open-store.js';
import type { Store } from './store.js';
import { StoreError } from './store-error.js';

export interface ConnectLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface ConnectStoreOptions {
  limits?: Partial<DatabaseLimits>;
  onPoolError?: (err: Error) => void;
  log: ConnectLog;
  /** Wait before the n-th (1, 2, …) retry (default 1 s doubling, at most 30 s). */
  backoffMs?: (attempt: number) => number;
  cwd?: string;
}

export interface StoreConnection {
  store: Store;
  /** Resolves once the database is connected and migrated. */
  ready: Promise<void>;
  isReady(): boolean;
}

export function defaultConnectBackoffMs(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1));
}

/** An object whose every method first checks that the store is ready, then calls the real one. */
function gated<T extends object>(real: () => T | undefined, check: () => void): T {
  const handler: ProxyHandler<object> = {
    get:
      (_target, prop) =>
      async (...args: unknown[]) => {
        check();
        const target = real();
        const fn: unknown = target ? Reflect.get(target, prop) : undefined;
        if (typeof fn !== 'function') throw new TypeError(`store has no method ${String(prop)}`);
        return fn.apply(target, args);
      },
  };
  return new Proxy({}, handler) as T;
}

/**
 * Migrations may run longer than a request's statement timeout: on PostgreSQL they run over a
 * connection of their own without the request limits. (SQLite has no statement timeout, and a
 * second connection to `:memory:` would be another database.)
 */
async function migrateRelaxed(
  databaseUrl: string,
  kind: Store['dialect'],
  inner: Store,
  cwd: string,
  opts: ConnectStoreOptions,
): Promise<string[]> {
  if (kind === 'sqlite') return inner.migrate();
  const migrator = await openStore(databaseUrl, {
    cwd,
    migrate: false,
    limits: { ...opts.limits, poolSize: 1, statementTimeoutMs: 600_000 },
  });
  try {
    return await migrator.migrate();
  } finally {
    await migrator.close();
  }
}

export function connectStore(databaseUrl: string, opts: ConnectStoreOptions): StoreConnection {
  const cwd = opts.cwd ?? process.cwd();
  // A malformed DATABASE_URL is a configuration error: it stops the start (thrown here, at once).
  const target = parseDatabaseUrl(databaseUrl, cwd);
  const backoff = opts.backoffMs ?? defaultConnectBackoffMs;
  let inner: Store | undefined;
  let connected = false;
  let closed = false;
  let lastError = 'connecting';
  let wake: (() => void) | undefined;

  const check = () => {
    if (!connected || !inner) {
      throw new StoreError('database_unreachable', `the database is not connected yet (${lastError})`);
    }
  };

  const ready = (async () => {
    for (let attempt = 1; !closed; attempt++) {
      try {
        inner ??= await openStore(databaseUrl, {
          cwd,
          migrate: false,
          ...(opts.limits ? { limits: opts.limits } : {}),
          ...(opts.onPoolError ? { onPoolError: opts.onPoolError } : {}),
        });
        const applied = await migrateRelaxed(databaseUrl, target.kind, inner, cwd, opts);
        connected = true;
        opts.log.info({ dialect: inner.dialect, applied, attempt }, 'store connected, migrations applied');
        return;
      } catch (err) {
        lastError = err instanceof Error ? err.message : String(err);
        const waitMs = backoff(attempt);
        opts.log.warn({ err, attempt, retryInMs: waitMs }, 'database unavailable: retrying with backoff');
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, waitMs);
          timer.unref();
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
    throw new StoreError('database_unreachable', 'the store was closed before the database was reached');
  })();
  ready.catch(() => undefined);

  const store: Store = {
    dialect: target.kind,
    installations: gated(() => inner?.installations, check),
    oauthStates: gated(() => inner?.oauthStates, check),
    locks: gated(() => inner?.locks, check),
    workspaces: gated(() => inner?.workspaces, check),
    subscriptions: gated(() => inner?.subscriptions, check),
    deliveries: gated(() => inner?.deliveries, check),
    sightings: gated(() => inner?.sightings, check),
    eventDedup: gated(() => inner?.eventDedup, check),
    threadContext: gated(() => inner?.threadContext, check),
    async migrate() {
      check();
      return inner ? inner.migrate() : [];
    },
    async ping() {
      check();
      await inner?.ping();
    },
    async close() {
      closed = true;
      wake?.();
      await inner?.close();
    },
  };
  return { store, ready, isReady: () => connected };
}
