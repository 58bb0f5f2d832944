/**
 * OAuth states in SQL, shared by every replica: issued by /slack/install, consumed once by the
 * callback (an atomic update that only an unconsumed, unexpired state passes).
 */
import type { Kysely } from 'kysely';
import type { StoreDatabase } from './db-schema.js';
import type { OAuthStateStore } from './store.js';

/** States older than this past their expiry are swept when a new one is issued. */
const KEEP_EXPIRED_MS = 24 * 60 * 60 * 1000;

export function createSqlOAuthStates(db: Kysely<StoreDatabase>): OAuthStateStore {
  return {
    async issue(state, installOptions, now, expiresAt) {
      await db
        .deleteFrom('oauth_states')
        .where('expires_at', '<', new Date(now.getTime() - KEEP_EXPIRED_MS).toISOString())
        .execute();
      await db
        .insertInto('oauth_states')
        .values({ state, install_options: installOptions, expires_at: expiresAt.toISOString(), consumed_at: null })
        .execute();
    },
    async consume(state, now) {
      const r = await db
        .updateTable('oauth_states')
        .set({ consumed_at: now.toISOString() })
        .where('state', '=', state)
        .where('consumed_at', 'is', null)
        .where('expires_at', '>', now.toISOString())
        .returning('install_options')
        .executeTakeFirst();
      return r?.install_options;
    },
  };
}
