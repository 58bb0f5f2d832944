/**
 * Applies pending migrations. PostgreSQL serializes concurrent migrators with Kysely's lock table.
 * SQLite has no such lock across processes (Kysely assumes one connection): when two processes start
 * on a fresh file at once, the loser's transaction fails and rolls back, so it simply tries again
 * and then finds the work done.
 */
import { type Kysely, type MigrationResult, Migrator, sql } from 'kysely';
import type { StoreDatabase } from './db-schema.js';
import { migrationProvider } from './migrations.js';
import { StoreError } from './store-error.js';

const SQLITE_ATTEMPTS = 5;

async function migrateOnce(db: Kysely<StoreDatabase>, dialect: 'sqlite' | 'postgres') {
  let outcome: { error?: unknown; results?: MigrationResult[] };
  try {
    // On PostgreSQL, keep Kysely's bookkeeping tables in the schema the connection works in
    // (search_path), not whichever schema first has a table of that name.
    const schema =
      dialect === 'postgres'
        ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
        : undefined;
    const migrator = new Migrator({
      db,
      provider: migrationProvider,
      ...(schema ? { migrationTableSchema: schema } : {}),
    });
    outcome = await migrator.migrateToLatest();
  } catch (err) {
    throw new StoreError('database_unreachable', `Cannot open the database: ${(err as Error).message}`, {
      cause: err,
    });
  }
  return { error: outcome.error, results: outcome.results ?? [] };
}

/** Returns the names of the migrations applied; throws StoreError. */
export async function migrateStore(db: Kysely<StoreDatabase>, dialect: 'sqlite' | 'postgres'): Promise<string[]> {
  const attempts = dialect === 'sqlite' ? SQLITE_ATTEMPTS : 1;
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrateOnce(db, dialect);
    if (!error) return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
    if (attempt >= attempts) {
      const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'a migration';
      throw new StoreError('migration_failed', `Database migration ${failed} failed: ${String(error)}`, {
        cause: error,
      });
    }
    await new Promise((r) => setTimeout(r, 50 * attempt + Math.floor(Math.random() * 50)));
  }
}
