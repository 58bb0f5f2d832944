/**
 * What one reminder message says (pure): the reminders due for a channel, grouped per credential and
 * date (a last exam day and a retirement on the same day are one item), with names, days to go,
 * replacements and sources from the catalog. Renderers turn it into Slack blocks or terminal text.
 */

import { daysBetween } from '../answer/utc-day.js';
import { formatDate } from '../catalog/fact-values.js';
import {
  type Catalog,
  type CredentialEvent,
  type EventKind,
  eventDateValues,
  eventKindSchema,
} from '../catalog/schema.js';
import { describeScope } from './describe-subscription.js';
import { localDateOf } from './due-clock.js';
import type { DueReminder } from './due-reminders.js';
import type { Subscription } from './reminder-types.js';

export interface ReminderChange {
  kind: EventKind;
  lead: number;
  note?: string | undefined;
  /** The exam code the change is about (the certification itself goes on), and the code replacing it. */
  code?: string | undefined;
  replacedByCode?: string | undefined;
}

export interface ReminderCredentialRef {
  id: string;
  acronym: string;
  name: string;
}

export interface ReminderItem extends ReminderCredentialRef {
  issuerName: string;
  /** YYYY-MM-DD: the day counted from (the 1st of a month date; the earliest of disputed dates). */
  date: string;
  /** How to say the date when it is not one agreed day: "December 2026". */
  dateLabel?: string | undefined;
  /** Why the date reads as it does: a month, sources that disagree, other languages' dates. */
  dateNotes: string[];
  /** Whole days from today (in the subscription's time zone) to the date; 0 is today. */
  days: number;
  changes: ReminderChange[];
  /** What to take instead. */
  replacedBy: ReminderCredentialRef[];
  sources: { title: string; url?: string | undefined }[];
}

export interface ReminderMessageModel {
  items: ReminderItem[];
  /** The subscriptions the reminders were sent for, each with a stop button. */
  subscriptions: { id: string; scope: string }[];
}

export interface BuildReminderMessageInput {
  catalog: Pick<Catalog, 'credentials' | 'issuers' | 'dod8140'>;
  reminders: readonly DueReminder[];
  subscriptions: readonly Pick<Subscription, 'id' | 'scope' | 'tz'>[];
  /** Subscriptions that get a stop button (default: those the reminders name). */
  stopFor?: readonly string[];
  now: Date;
}

const KIND_ORDER = eventKindSchema.options;

/** Month-precision dates, dates sources disagree on and per-language dates, in words for the reminder. */
function describeDates(events: readonly CredentialEvent[]): { dateLabel?: string; dateNotes: string[] } {
  const notes: string[] = [];
  let dateLabel: string | undefined;
  for (const e of events) {
    const values = eventDateValues(e.date);
    if (values.length > 1) {
      notes.push(`Sources disagree on the date (${values.join(' or ')}); this reminder counts from the earliest.`);
    } else if (values[0] !== undefined && values[0].length === 7) {
      dateLabel = formatDate(values[0]);
      notes.push(`The source gives only the month (${dateLabel}); this reminder counts from its 1st.`);
    }
    if (e.dates_by_language.length > 0) {
      const others = e.dates_by_language.map((l) => `${l.languages.join(', ')}: ${l.date}`).join('; ');
      notes.push(`That is the English date. ${others}.`);
    }
  }
  return dateLabel ? { dateLabel, dateNotes: [...new Set(notes)] } : { dateNotes: [...new Set(notes)] };
}

export function buildReminderMessage(input: BuildReminderMessageInput): ReminderMessageModel {
  const { catalog } = input;
  const credential = (id: string) => catalog.credentials.find((c) => c.id === id);
  const ref = (id: string): ReminderCredentialRef => {
    const c = credential(id);
    return { id, acronym: c?.acronym ?? id, name: c?.name ?? id };
  };
  const subById = new Map(input.subscriptions.map((s) => [s.id, s]));

  const groups = new Map<string, DueReminder[]>();
  for (const r of input.reminders) {
    const key = `${r.credentialId}|${r.date}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }

  const items: ReminderItem[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    if (!first) continue;
    const framework = frameworkItem(input, first);
    if (framework) {
      items.push(framework);
      continue;
    }
    const c = credential(first.credentialId);
    const tz = subById.get(first.subscriptionId)?.tz ?? 'UTC';
    const events = (c?.events ?? []).filter((e) => group.some((g) => g.eventId === e.id));
    const replacedBy = [...new Set(events.flatMap((e) => e.replaced_by))].map(ref);
    const sourceIds = [...new Set(events.flatMap((e) => e.sources))];
    const sources = sourceIds
      .map((id) => c?.sources.find((s) => s.id === id))
      .filter((s) => s !== undefined)
      .map((s) => ({ title: s.title, url: s.url }));
    const changes = [...new Map(group.map((g) => [g.kind, g])).values()]
      .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
      .map((g) => {
        const e = events.find((x) => x.id === g.eventId);
        return { kind: g.kind, lead: g.lead, note: e?.note, code: e?.code, replacedByCode: e?.replaced_by_code };
      });
    const { dateLabel, dateNotes } = describeDates(events);
    items.push({
      ...ref(first.credentialId),
      issuerName: catalog.issuers.find((i) => i.id === c?.issuer)?.name ?? c?.issuer ?? '',
      date: first.date,
      dateLabel,
      dateNotes,
      days: daysBetween(localDateOf(input.now, tz), first.date),
      changes,
      replacedBy,
      sources,
    });
  }
  items.sort((a, b) => a.date.localeCompare(b.date) || a.acronym.localeCompare(b.acronym));

  const name = (id: string) => credential(id)?.acronym ?? catalog.issuers.find((i) => i.id === id)?.name ?? id;
  const subIds = [...new Set(input.stopFor ?? input.reminders.map((r) => r.subscriptionId))];
  const subscriptions = subIds.map((id) => {
    const s = subById.get(id);
    return { id, scope: s ? describeScope(s.scope, name) : 'these reminders' };
  });
  return { items, subscriptions };
}

/** A new version of the DoD 8140 matrix taking effect: its own item, sourced to the matrix itself. */
function frameworkItem(input: BuildReminderMessageInput, r: DueReminder): ReminderItem | null {
  const fw = input.catalog.dod8140;
  if (r.kind !== 'framework-version' || !fw || r.credentialId !== fw.id) return null;
  const version = fw.versions.find((v) => `${fw.id}/v${v.version}` === r.eventId);
  if (!version) return null;
  const tz = input.subscriptions.find((s) => s.id === r.subscriptionId)?.tz ?? 'UTC';
  return {
    id: fw.id,
    acronym: fw.shortName,
    name: fw.name,
    issuerName: fw.publisher,
    date: r.date,
    dateNotes: [],
    days: daysBetween(localDateOf(input.now, tz), r.date),
    changes: [
      {
        kind: 'framework-version',
        lead: r.lead,
        note: `Version ${version.version} takes effect${version.previous ? `, replacing V${version.previous}` : ''}: ask certdesk what changed for a credential.`,
      },
    ],
    replacedBy: [],
    sources: [{ title: version.source.title, url: version.source.url }],
  };
}
