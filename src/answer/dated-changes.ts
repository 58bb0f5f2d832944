/** Dated catalog events placed against today: what changes when, most imminent first. */

import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import { eventDay } from '../catalog/fact-values.js';
import { type Credential, type CredentialEvent, eventDateValues } from '../catalog/schema.js';
import type { DatedChange } from './types.js';
import { daysBetween, utcDay } from './utc-day.js';

export interface DatedChangeOptions {
  /** Only these credentials. */
  credentials?: string[];
  /** Only this issuer's credentials. */
  issuer?: string;
  /** Earliest day, relative to today (negative = in the past); inclusive. */
  fromDays?: number;
  /** Latest day, relative to today; inclusive. */
  toDays?: number;
}

/** "2026-12" for a month, "2026-11 or 2026-12" for dates sources disagree on; undefined for one day. */
function writtenDate(event: CredentialEvent): string | undefined {
  const values = eventDateValues(event.date);
  if (values.length > 1) return values.join(' or ');
  return values[0] !== undefined && values[0].length === 7 ? values[0] : undefined;
}

/** Every event of one credential, placed against `today` (YYYY-MM-DD), in date order. */
export function credentialChanges(credential: Credential, today: string): DatedChange[] {
  return credential.events
    .map((event) => ({
      credentialId: credential.id,
      kind: event.kind,
      date: eventDay(event),
      dateAsWritten: writtenDate(event),
      code: event.code,
      days: daysBetween(today, eventDay(event)),
      replacedBy: [...event.replaced_by],
      sources: credential.sources.filter((s) => event.sources.includes(s.id)),
      note: event.note,
      event,
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Each credential's changes against the day last asked (an answer over the catalog asks for all of them). */
const placed = new WeakMap<Credential, { today: string; changes: DatedChange[] }>();

function placedChanges(credential: Credential, today: string): DatedChange[] {
  const hit = placed.get(credential);
  if (hit?.today === today) return hit.changes;
  const changes = credentialChanges(credential, today);
  placed.set(credential, { today, changes });
  return changes;
}

export function datedChanges(index: CatalogIndex, now: Date, opts: DatedChangeOptions = {}): DatedChange[] {
  const today = utcDay(now);
  const wanted = opts.credentials ? new Set(opts.credentials) : null;
  const from = opts.fromDays ?? Number.NEGATIVE_INFINITY;
  const to = opts.toDays ?? Number.POSITIVE_INFINITY;
  return index.catalog.credentials
    .filter((c) => (wanted === null || wanted.has(c.id)) && (opts.issuer === undefined || c.issuer === opts.issuer))
    .flatMap((c) => placedChanges(c, today))
    .filter((d) => d.days >= from && d.days <= to)
    .sort((a, b) => a.date.localeCompare(b.date) || a.credentialId.localeCompare(b.credentialId));
}
