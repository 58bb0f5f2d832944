/**
 * What one channel is owed at a moment (pure): the due reminders of all its subscriptions, each
 * (credential, kind, date, lead) once however many subscriptions overlap, cut into messages of at
 * most `maxItems` items (an item is a credential's events on one date).
 */
import { type DueReminder, dueReminders, type HistoryItem, type ReminderEvent } from './due-reminders.js';
import { reminderKeyString, type Subscription } from './reminder-types.js';

export interface ChannelDue {
  /** One per key; `subscriptionId` is the oldest subscription that owes it. */
  reminders: DueReminder[];
  /** Every subscription that owes each key (for the stop buttons). */
  owedBy: Map<string, string[]>;
}

export function dueChannelReminders(input: {
  subscriptions: readonly Subscription[];
  events: readonly ReminderEvent[];
  now: Date;
  history: readonly HistoryItem[];
}): ChannelDue {
  const byKey = new Map<string, DueReminder>();
  const owedBy = new Map<string, string[]>();
  const subs = [...input.subscriptions].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
  );
  for (const subscription of subs) {
    for (const r of dueReminders({ subscription, events: input.events, now: input.now, history: input.history })) {
      const key = reminderKeyString(r);
      if (!byKey.has(key)) byKey.set(key, r);
      owedBy.set(key, [...(owedBy.get(key) ?? []), subscription.id]);
    }
  }
  return { reminders: [...byKey.values()], owedBy };
}

/** Split into messages of at most `maxItems` credential-and-date items, in date order. */
export function chunkReminders(reminders: readonly DueReminder[], maxItems: number): DueReminder[][] {
  const items = new Map<string, DueReminder[]>();
  const sorted = [...reminders].sort(
    (a, b) => a.date.localeCompare(b.date) || a.credentialId.localeCompare(b.credentialId),
  );
  for (const r of sorted) {
    const k = `${r.credentialId}|${r.date}`;
    items.set(k, [...(items.get(k) ?? []), r]);
  }
  const groups = [...items.values()];
  const chunks: DueReminder[][] = [];
  for (let i = 0; i < groups.length; i += maxItems) chunks.push(groups.slice(i, i + maxItems).flat());
  return chunks;
}
