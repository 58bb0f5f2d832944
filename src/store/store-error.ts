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
