/**
 * Every dated event in the catalog, as the reminders see it (pure): each kind reminds. A framework's
 * new version (the DoD 8140 matrix) is an event of its own, `dod-8140/v{version}` on its effective
 * date; it belongs to no credential or issuer, so only channels that follow every dated change hear it.
 */
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

export function collectCatalogEvents(catalog: Pick<Catalog, 'credentials' | 'dod8140'>): CatalogEvent[] {
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
  for (const v of catalog.dod8140?.versions ?? []) {
    const eventId = `${catalog.dod8140?.id ?? 'dod-8140'}/v${v.version}`;
    if (seen.has(eventId)) continue;
    seen.add(eventId);
    out.push({
      eventId,
      credentialId: catalog.dod8140?.id ?? 'dod-8140',
      issuerId: '',
      kind: 'framework-version',
      date: v.effective,
    });
  }
  return out;
}
