/**
 * A channel's (or workspace's) subscriptions with the next reminders each will send, and the last
 * recorded changes: what `/cert remind list` shows.
 */
import type { Catalog } from '../catalog/schema.js';
import type { Store } from '../store/store.js';
import { type DueReminder, upcomingReminders } from './due-reminders.js';
import { loadReminderEvents } from './load-reminder-events.js';
import type { Subscription, SubscriptionChange } from './reminder-types.js';

export interface ListSubscriptionsInput {
  team: string;
  enterprise?: string | null | undefined;
  /** One channel's; default the whole workspace's. */
  channel?: string | undefined;
  /** Needed for the next reminders; without it `next` is empty. */
  catalog?: Pick<Catalog, 'credentials'> | undefined;
  now?: Date;
  /** How many next reminders per subscription (default 3). */
  upcoming?: number;
  /** How many recent changes (default 5). */
  changes?: number;
}

export interface ListedSubscription {
  subscription: Subscription;
  /** Soonest first; for a paused subscription, what it would send once resumed. */
  next: DueReminder[];
}

export interface SubscriptionListing {
  subscriptions: ListedSubscription[];
  changes: SubscriptionChange[];
}

export async function listSubscriptions(
  store: Pick<Store, 'subscriptions' | 'deliveries' | 'sightings'>,
  input: ListSubscriptionsInput,
): Promise<SubscriptionListing> {
  const ws = { team: input.team, enterprise: input.enterprise ?? '' };
  const now = input.now ?? new Date();
  const filter = input.channel === undefined ? {} : { channel: input.channel };
  const subs = await store.subscriptions.list(ws, filter);
  const changes = await store.subscriptions.changes(ws, { ...filter, limit: input.changes ?? 5 });
  const events = input.catalog ? await loadReminderEvents(store, input.catalog, now, { record: false }) : [];
  const histories = new Map<string, Awaited<ReturnType<Store['deliveries']['history']>>>();
  const listed: ListedSubscription[] = [];
  for (const subscription of subs) {
    let history = histories.get(subscription.channel);
    if (!history) {
      history = events.length > 0 ? await store.deliveries.history({ ...ws, channel: subscription.channel }) : [];
      histories.set(subscription.channel, history);
    }
    const next =
      events.length > 0 ? upcomingReminders({ subscription, events, now, history, limit: input.upcoming ?? 3 }) : [];
    listed.push({ subscription, next });
  }
  return { subscriptions: listed, changes };
}
