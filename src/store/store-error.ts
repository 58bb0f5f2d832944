/** Storage failures that callers report as such (not bugs): a migration that failed, an unreachable database. */
export type StoreErrorCode = 'migration_failed' | 'database_unreachable';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/**
 * How a store failure bears on a change: `unavailable` when the database was never reached or
 * refused the statement (nothing was changed); `uncertain` when it stopped answering after the
 * statement may have gone out (it may have been committed); undefined when it is no store failure.
 */
export function storeFailureOf(err: unknown): 'unavailable' | 'uncertain' | undefined {
  if (err instanceof StoreError) return 'unavailable';
  if (!(err instanceof Error)) return undefined;
  const code = (err as { code?: unknown }).code;
  // PostgreSQL: statement timeout / lock timeout / admin shutdown / cannot connect now: rolled back.
  if (typeof code === 'string' && /^(57014|55P03|57P0[1-3]|08\d\d\d)$/.test(code)) return 'unavailable';
  if (typeof code === 'string' && /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|SQLITE_BUSY|SQLITE_LOCKED)$/.test(code)) {
    return 'unavailable';
  }
  if (/timeout exceeded when trying to connect|connection timeout|Connection terminated due to/i.test(err.message)) {
    return 'unavailable';
  }
  if (/Query read timeout|Connection terminated unexpectedly|ECONNRESET|socket hang up/i.test(err.message)) {
    return 'uncertain';
  }
  return undefined;
}
