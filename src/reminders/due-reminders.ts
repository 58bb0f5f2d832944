/**
 * The due rule (pure). A reminder for (subscription, event, lead) is due at the event date minus the
 * lead days, at the subscription's hour in its time zone. At any moment only the most recent passed
 * lead of an event is a candidate, so a pass after downtime sends one reminder per event, never a
 * burst of stale ones, and nothing is sent for an event whose date has passed.
 *
 * When does a lead count?
 * - An event the catalog already had when the channel subscribed (or an event whose date moved since
 *   the channel heard about it) is caught up once: every lead already passed is due at the
 *   subscription's next due hour, so the channel hears it once, as its most recent passed lead.
 * - An event the catalog gained after the subscription starts at its next lead: leads whose time
 *   came before the event was first seen are skipped.
 */

import { addDays } from '../answer/utc-day.js';
import type { EventKind } from '../catalog/schema.js';
import { atLocalHour, localDateOf, nextLocalHour } from './due-clock.js';
import type { DeliveryState, ReminderKey, ReminderScope, Subscription } from './reminder-types.js';
import { reminderKeyString } from './reminder-types.js';

/** A dated catalog event as the reminders see it. */
export interface ReminderEvent {
  eventId: string;
  credentialId: string;
  issuerId: string;
  kind: EventKind;
  /** YYYY-MM-DD */
  date: string;
  /** When this deployment first saw the event (the epoch for events it had from its first pass). */
  firstSeenAt: Date;
}

export type DueSubscription = Pick<Subscription, 'id' | 'leads' | 'hour' | 'tz' | 'createdAt' | 'scope'>;

/** A reminder already claimed or sent in the channel. */
export interface HistoryItem extends ReminderKey {
  state: DeliveryState;
}

export interface DueReminder extends ReminderKey {
  subscriptionId: string;
  /** When it is (or was) due. */
  at: Date;
}

export interface DueInput {
  subscription: DueSubscription;
  /** Catalog events; those outside the subscription's scope are ignored. */
  events: readonly ReminderEvent[];
  now: Date;
  /** What the channel already has: sent reminders are not due again, and dates it heard reveal moved events. */
  history: readonly HistoryItem[];
}

export function eventInScope(scope: ReminderScope, event: Pick<ReminderEvent, 'credentialId' | 'issuerId'>): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'credentials':
      return scope.ids.includes(event.credentialId);
    case 'issuer':
      return scope.id === event.issuerId;
  }
}

interface ScheduledLead {
  lead: number;
  at: Date;
}

/** The leads of one event that will count, each with the time it becomes due; largest lead first. */
function leadSchedule(sub: DueSubscription, event: ReminderEvent, moved: boolean): ScheduledLead[] {
  const plain = [...sub.leads]
    .sort((a, b) => b - a)
    .map((lead) => ({ lead, at: atLocalHour(addDays(event.date, -lead), sub.hour, sub.tz) }));
  const knownAtSubscription = event.firstSeenAt.getTime() <= sub.createdAt.getTime();
  if (knownAtSubscription || moved) {
    const since = new Date(Math.max(sub.createdAt.getTime(), event.firstSeenAt.getTime()));
    const first = nextLocalHour(since, sub.hour, sub.tz);
    return plain.map((s) => ({ lead: s.lead, at: s.at.getTime() < first.getTime() ? first : s.at }));
  }
  return plain.filter((s) => s.at.getTime() >= event.firstSeenAt.getTime());
}

/**
 * A moved event: the channel heard about the same event id on another date that is still ahead and
 * is not the event's date now. Its new date is caught up like an event known at subscription.
 */
function isMoved(
  event: ReminderEvent,
  events: readonly ReminderEvent[],
  history: readonly HistoryItem[],
  today: string,
) {
  const current = new Set(events.filter((e) => e.eventId === event.eventId).map((e) => e.date));
  return history.some(
    (h) => h.eventId === event.eventId && h.date !== event.date && h.date >= today && !current.has(h.date),
  );
}

interface Plan {
  event: ReminderEvent;
  /** Leads that will count, with their due times, superseded ones (same time as a smaller lead) removed. */
  schedule: ScheduledLead[];
}

function plan(input: DueInput): Plan[] {
  const { subscription: sub, now, history } = input;
  const today = localDateOf(now, sub.tz);
  const events = input.events.filter((e) => eventInScope(sub.scope, e));
  return events
    .filter((event) => event.date >= today)
    .map((event) => {
      const moved = isMoved(event, events, history, today);
      const schedule = leadSchedule(sub, event, moved)
        // A lead due at the same time as a smaller lead is superseded by it.
        .filter((s, i, all) => all.slice(i + 1).every((later) => later.at.getTime() !== s.at.getTime()))
        // Never after the event's own day.
        .filter((s) => localDateOf(s.at, sub.tz) <= event.date);
      return { event, schedule };
    });
}

function sentKeys(history: readonly HistoryItem[]): Set<string> {
  return new Set(history.filter((h) => h.state === 'sent').map(reminderKeyString));
}

function toDue(sub: DueSubscription, event: ReminderEvent, s: ScheduledLead): DueReminder {
  return {
    subscriptionId: sub.id,
    eventId: event.eventId,
    credentialId: event.credentialId,
    kind: event.kind,
    date: event.date,
    lead: s.lead,
    at: s.at,
  };
}

/** The reminders a subscription owes its channel at `now`: per event, its most recent passed lead, unless sent. */
export function dueReminders(input: DueInput): DueReminder[] {
  const sent = sentKeys(input.history);
  const out: DueReminder[] = [];
  for (const { event, schedule } of plan(input)) {
    const passed = schedule.filter((s) => s.at.getTime() <= input.now.getTime());
    const latest = passed[passed.length - 1];
    if (!latest) continue;
    const due = toDue(input.subscription, event, latest);
    if (!sent.has(reminderKeyString(due))) out.push(due);
  }
  return out.sort(byTimeThenKey);
}

/** What the subscription will send next (for `/cert remind list`): due now, then later leads, soonest first. */
export function upcomingReminders(input: DueInput & { limit?: number }): DueReminder[] {
  const sent = sentKeys(input.history);
  const out: DueReminder[] = [...dueReminders(input)];
  for (const { event, schedule } of plan(input)) {
    for (const s of schedule) {
      if (s.at.getTime() <= input.now.getTime()) continue;
      const next = toDue(input.subscription, event, s);
      if (!sent.has(reminderKeyString(next))) out.push(next);
    }
  }
  return out.sort(byTimeThenKey).slice(0, input.limit ?? out.length);
}

function byTimeThenKey(a: DueReminder, b: DueReminder): number {
  return a.at.getTime() - b.at.getTime() || reminderKeyString(a).localeCompare(reminderKeyString(b));
}
