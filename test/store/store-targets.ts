/**
 * Databases for tests: a temp SQLite file, or a fresh schema on the local PostgreSQL server
 * (127.0.0.1:5432, database test; CERTDESK_TEST_PG_URL overrides). Each target is isolated and
 * removed by cleanup(). The PostgreSQL URL carries the schema as `options=-c search_path=…`, so a
 * child process given the same DATABASE_URL works in the same schema.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export type StoreKind = 'sqlite' | 'postgres';

export interface StoreTarget {
  kind: StoreKind;
  url: string;
  cleanup(): Promise<void>;
}

export const STORE_KINDS: StoreKind[] = ['sqlite', 'postgres'];

export const TEST_PG_URL = process.env.CERTDESK_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function createStoreTarget(kind: StoreKind): Promise<StoreTarget> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'certdesk-store-'));
    return {
      kind,
      url: `sqlite:${join(dir, 'certdesk.db')}`,
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const schema = `certdesk_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(
      `PostgreSQL is not reachable at ${TEST_PG_URL} (${(err as Error).message}). Start it with: ` +
        'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
    );
  }
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const sep = TEST_PG_URL.includes('?') ? '&' : '?';
  return {
    kind,
    url: `${TEST_PG_URL}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    cleanup: async () => {
      const c = new pg.Client({ connectionString: TEST_PG_URL });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  };
}
