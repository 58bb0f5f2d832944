/** Validation of a subscription's settings and scope (pure): lead days, hour, time zone, ids. */
import type { Catalog } from '../catalog/schema.js';
import { idSchema } from '../catalog/schema.js';
import { isTimeZone } from './due-clock.js';
import { ReminderInputError } from './reminder-input-error.js';
import {
  DEFAULT_HOUR,
  DEFAULT_LEADS,
  DEFAULT_TZ,
  MAX_LEAD_DAYS,
  MAX_LEADS,
  type ReminderScope,
} from './reminder-types.js';

export interface ReminderSettings {
  leads: number[];
  hour: number;
  tz: string;
}

/** "90,30,7,1", "90 30 7" or "30, 7" → [90, 30, 7, 1]: whole days 0–365, largest first, no repeats. */
export function parseLeads(text: string): number[] {
  const parts = text
    .split(/[\s,]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0)
    throw new ReminderInputError('invalid_leads', 'Give the lead days as numbers, like 90,30,7,1.');
  const leads = parts.map((p) => {
    const n = /^\d+$/.test(p) ? Number(p) : Number.NaN;
    if (!Number.isInteger(n) || n > MAX_LEAD_DAYS) {
      throw new ReminderInputError(
        'invalid_leads',
        `"${p}" is not a lead: use whole days from 0 (the day itself) to ${MAX_LEAD_DAYS}, like 90,30,7,1.`,
      );
    }
    return n;
  });
  return normalizeLeads(leads);
}

function normalizeLeads(leads: readonly number[]): number[] {
  const unique = [...new Set(leads)].sort((a, b) => b - a);
  if (unique.length === 0) throw new ReminderInputError('invalid_leads', 'Give at least one lead day, like 30.');
  if (unique.length > MAX_LEADS) throw new ReminderInputError('invalid_leads', `At most ${MAX_LEADS} lead days.`);
  for (const n of unique) {
    if (!Number.isInteger(n) || n < 0 || n > MAX_LEAD_DAYS) {
      throw new ReminderInputError('invalid_leads', `Lead days are whole days from 0 to ${MAX_LEAD_DAYS}; got ${n}.`);
    }
  }
  return unique;
}

/** Settings with defaults filled in (90/30/7/1 days, 09:00, UTC) and checked. */
export function validateSettings(input: { leads?: readonly number[]; hour?: number; tz?: string }): ReminderSettings {
  const leads = normalizeLeads(input.leads ?? DEFAULT_LEADS);
  const hour = input.hour ?? DEFAULT_HOUR;
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new ReminderInputError('invalid_hour', `The hour is a whole hour from 0 to 23 (9 means 09:00); got ${hour}.`);
  }
  const tz = (input.tz ?? DEFAULT_TZ).trim();
  if (!isTimeZone(tz)) {
    throw new ReminderInputError(
      'invalid_time_zone',
      `"${tz}" is not a time zone: use an IANA name like Europe/Berlin or America/New_York.`,
    );
  }
  return { leads, hour, tz };
}

/** The scope, checked: ids well formed, and known to the catalog when one is given. */
export function validateScope(scope: ReminderScope, catalog?: Pick<Catalog, 'credentials' | 'issuers'>): ReminderScope {
  const wellFormed = (id: string) => idSchema.safeParse(id).success;
  if (scope.kind === 'all') return scope;
  if (scope.kind === 'issuer') {
    if (!wellFormed(scope.id)) throw new ReminderInputError('invalid_scope', `"${scope.id}" is not an issuer id.`);
    if (catalog && !catalog.issuers.some((i) => i.id === scope.id)) {
      throw new ReminderInputError('unknown_issuer', `No issuer "${scope.id}" in the catalog.`);
    }
    return scope;
  }
  const ids = [...new Set(scope.ids)].sort();
  if (ids.length === 0) throw new ReminderInputError('invalid_scope', 'Name at least one credential.');
  const bad = ids.find((id) => !wellFormed(id));
  if (bad !== undefined) {
    throw new ReminderInputError(
      'invalid_scope',
      `"${bad.length > 40 ? `${bad.slice(0, 39)}…` : bad}" is not a credential id.`,
    );
  }
  const unknown = catalog ? ids.filter((id) => !catalog.credentials.some((c) => c.id === id)) : [];
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 5).map((id) => (id.length > 40 ? `${id.slice(0, 39)}…` : id));
    const more =
      unknown.length > shown.length ? ` and ${unknown.length - shown.length} more (${unknown.length} unknown)` : '';
    throw new ReminderInputError('unknown_credential', `Not in the catalog: ${shown.join(', ')}${more}.`);
  }
  return { kind: 'credentials', ids };
}
