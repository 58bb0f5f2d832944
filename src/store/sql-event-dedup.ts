/**
 * Slack event ids in SQL, so that every replica on the same database answers a retried event once.
 * A key is new when no row has it, or its row is older than the time to live (then it is renewed).
 */
import type { Kysely } from 'kysely';
import type { StoreDatabase } from './db-schema.js';
import { EVENT_DEDUP_TTL_MS, type EventDedupStore } from './event-dedup.js';

/** Old keys are swept at most this often per process. */
const SWEEP_EVERY_MS = 10 * 60 * 1000;

export function createSqlEventDedup(db: Kysely<StoreDatabase>, ttlMs: number = EVENT_DEDUP_TTL_MS): EventDedupStore {
  let lastSweep = Number.NEGATIVE_INFINITY;
  return {
    async firstSeen(key, now) {
      const cutoff = new Date(now.getTime() - ttlMs).toISOString();
      if (now.getTime() - lastSweep >= SWEEP_EVERY_MS) {
        lastSweep = now.getTime();
        await db.deleteFrom('event_dedup').where('seen_at', '<', cutoff).execute();
      }
      const r = await db
        .insertInto('event_dedup')
        .values({ key, seen_at: now.toISOString() })
        .onConflict((oc) =>
          oc
            .column('key')
            .doUpdateSet((eb) => ({ seen_at: eb.ref('excluded.seen_at') }))
            .where('event_dedup.seen_at', '<', cutoff),
        )
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
  };
}
