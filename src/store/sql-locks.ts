/**
 * Named leases in SQL, for work that one process at a time may do (refreshing a workspace's token):
 * taking a lock is one atomic statement (insert, or take over a lease that ran out), the same on
 * SQLite and PostgreSQL, as reminder_deliveries claims are.
 */
import type { Kysely } from 'kysely';
import type { StoreDatabase } from './db-schema.js';
import type { LockStore } from './store.js';

export function createSqlLocks(db: Kysely<StoreDatabase>): LockStore {
  return {
    async acquire(name, holder, now, leaseUntil) {
      const r = await db
        .insertInto('locks')
        .values({ name, holder, lease_until: leaseUntil.toISOString() })
        .onConflict((oc) =>
          oc
            .column('name')
            .doUpdateSet({ holder, lease_until: leaseUntil.toISOString() })
            .where('locks.lease_until', '<', now.toISOString()),
        )
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async release(name, holder) {
      await db.deleteFrom('locks').where('name', '=', name).where('holder', '=', holder).execute();
    },
  };
}
