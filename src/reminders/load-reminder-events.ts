/** The catalog's events with the time this deployment first saw each (recorded unless it is a dry run). */
import type { Catalog } from '../catalog/schema.js';
import { catalogEventKey, type Store } from '../store/store.js';
import { collectCatalogEvents } from './collect-catalog-events.js';
import type { ReminderEvent } from './due-reminders.js';

export async function loadReminderEvents(
  store: Pick<Store, 'sightings'>,
  catalog: Pick<Catalog, 'credentials' | 'dod8140'>,
  now: Date,
  opts: { record?: boolean } = {},
): Promise<ReminderEvent[]> {
  const events = collectCatalogEvents(catalog);
  const firstSeen = await store.sightings.firstSeen(events, now, opts);
  return events.map((e) => ({ ...e, firstSeenAt: firstSeen.get(catalogEventKey(e)) ?? now }));
}
