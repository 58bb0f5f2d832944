/** Every dated event in the catalog, as the reminders see it (pure): each kind reminds. */
import { eventDay } from '../catalog/fact-values.js';
import type { Catalog, EventKind } from '../catalog/schema.js';

export interface CatalogEvent {
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
      const date = eventDay(e);
      const key = `${c.id}|${e.kind}|${date}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ credentialId: c.id, issuerId: c.issuer, kind: e.kind, date });
    }
  }
  return out;
}
