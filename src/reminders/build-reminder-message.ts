/**
 * What one reminder message says (pure): the reminders due for a channel, grouped per credential and
 * date (a last exam day and a retirement on the same day are one item), with names, days to go,
 * replacements and sources from the catalog. Renderers turn it into Slack blocks or terminal text.
 */

import { daysBetween } from '../answer/utc-day.js';
import { type Catalog, type EventKind, eventKindSchema } from '../catalog/schema.js';
import { describeScope } from './describe-subscription.js';
import { localDateOf } from './due-clock.js';
import type { DueReminder } from './due-reminders.js';
import type { Subscription } from './reminder-types.js';

export interface ReminderChange {
  kind: EventKind;
  lead: number;
  note?: string | undefined;
}

export interface ReminderCredentialRef {
  id: string;
  acronym: string;
  name: string;
}

export interface ReminderItem extends ReminderCredentialRef {
  issuerName: string;
  /** YYYY-MM-DD */
  date: string;
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
  catalog: Pick<Catalog, 'credentials' | 'issuers'>;
  reminders: readonly DueReminder[];
  subscriptions: readonly Pick<Subscription, 'id' | 'scope' | 'tz'>[];
  /** Subscriptions that get a stop button (default: those the reminders name). */
  stopFor?: readonly string[];
  now: Date;
}

const KIND_ORDER = eventKindSchema.options;

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
      .map((g) => ({ kind: g.kind, lead: g.lead, note: events.find((e) => e.id === g.eventId)?.note }));
    items.push({
      ...ref(first.credentialId),
      issuerName: catalog.issuers.find((i) => i.id === c?.issuer)?.name ?? c?.issuer ?? '',
      date: first.date,
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
