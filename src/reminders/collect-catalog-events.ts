/** Every dated event in the catalog, as the reminders see it (pure): each kind reminds. */
import { eventDay } from '../catalog/fact-values.js';
import type { Catalog, EventKind } from '../catalog/schema.js';

export interface CatalogEvent {
  /** The event's stable id from the catalog. */
  eventId: string;
  credentialId: string;
  issuerId: string;
  kind: EventKind;
  date: string;
}

export function collectCatalogEvents(catalog: Pick<Catalog, 'credentials'>): CatalogEvent[] {
  const seen = new Set<string>();
  const out: CatalogEvent[] = [];
  for (const c of catalog.credentials) {
    for (const e of c.events) {
      // Reminders count from the primary date (the earliest claimed day; the 1st of a month date).
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      out.push({ eventId: e.id, credentialId: c.id, issuerId: c.issuer, kind: e.kind, date: eventDay(e) });
    }
  }
  return out;
}
