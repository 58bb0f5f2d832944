/**
 * Stop a channel's reminders: all of them, one by id (the "Stop these reminders" button, or
 * `/cert remind off ID`), or the one with a given scope (`/cert remind off aws`). Only subscriptions
 * of this workspace and channel are touched; an id from elsewhere finds nothing.
 */
import type { Store } from '../store/store.js';
import { type ReminderScope, type Subscription, scopeValue } from './reminder-types.js';

export type UnsubscribeTarget = { all: true } | { id: string } | { scope: ReminderScope };

export interface UnsubscribeInput {
  team: string;
  enterprise?: string | null | undefined;
  channel: string;
  target: UnsubscribeTarget;
  actor: string;
  now?: Date;
}

/** The same scope as the store sees it: the one subscription `upsert` would have updated. */
function sameScope(a: ReminderScope, b: ReminderScope): boolean {
  return a.kind === b.kind && scopeValue(a) === scopeValue(b);
}

/** Returns the subscriptions removed (empty when nothing matched: already stopped, or not this channel's). */
export async function unsubscribe(
  store: Pick<Store, 'subscriptions'>,
  input: UnsubscribeInput,
): Promise<Subscription[]> {
  const ws = { team: input.team, enterprise: input.enterprise ?? '' };
  const inChannel = await store.subscriptions.list(ws, { channel: input.channel });
  const { target } = input;
  const chosen = inChannel.filter((s) =>
    'all' in target ? true : 'id' in target ? s.id === target.id : sameScope(s.scope, target.scope),
  );
  return store.subscriptions.remove(
    ws,
    chosen.map((s) => s.id),
    input.actor,
    input.now ?? new Date(),
  );
}
