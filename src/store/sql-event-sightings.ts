/** When the deployment first saw each catalog event: tells an event added later from one it had all along. */
import type { Kysely } from 'kysely';
import type { StoreDatabase } from './db-schema.js';
import { type CatalogEventRef, catalogEventKey, type EventSightings } from './store.js';

const EPOCH = new Date(0);

export function createSqlEventSightings(db: Kysely<StoreDatabase>): EventSightings {
  async function readAll(): Promise<Map<string, Date>> {
    const rows = await db.selectFrom('catalog_events').selectAll().execute();
    return new Map(
      rows.map((r) => [
        catalogEventKey({ eventId: r.event_id, credentialId: r.credential_id, kind: r.event_kind, date: r.event_date }),
        new Date(r.first_seen_at),
      ]),
    );
  }

  return {
    async firstSeen(events: CatalogEventRef[], now, opts = {}) {
      let known = await readAll();
      // The first events a store ever records were in the catalog from the start: they are no news to anyone.
      const seenAt = known.size === 0 ? EPOCH : now;
      const missing = events.filter((e) => !known.has(catalogEventKey(e)));
      if (missing.length > 0 && opts.record !== false) {
        const unique = new Map(missing.map((e) => [catalogEventKey(e), e]));
        await db
          .insertInto('catalog_events')
          .values(
            [...unique.values()].map((e) => ({
              event_id: e.eventId,
              credential_id: e.credentialId,
              event_kind: e.kind,
              event_date: e.date,
              first_seen_at: seenAt.toISOString(),
            })),
          )
          .onConflict((oc) => oc.column('event_id').doNothing())
          .execute();
        known = await readAll();
      }
      const out = new Map<string, Date>();
      for (const e of events) out.set(catalogEventKey(e), known.get(catalogEventKey(e)) ?? seenAt);
      return out;
    },
  };
}
