/**
 * Subscribe a channel to reminders, or update its subscription with the same scope. What the Slack
 * listeners (`/cert remind …`, the modal) and `certdesk reminders add` call after checking permission.
 */
import type { Catalog } from '../catalog/schema.js';
import type { Store } from '../store/store.js';
import { validateScope, validateSettings } from './reminder-settings.js';
import type { ReminderScope, Subscription } from './reminder-types.js';

export interface SubscribeInput {
  team: string;
  enterprise?: string | null | undefined;
  channel: string;
  scope: ReminderScope;
  /** Defaults: 90, 30, 7 and 1 days; 09:00; UTC (Slack callers pass the user's users.info tz). */
  leads?: readonly number[] | undefined;
  hour?: number | undefined;
  tz?: string | undefined;
  /** Who asked: a Slack user id, or `cli`. */
  actor: string;
  now?: Date;
  /** When given, credential and issuer ids must exist in it. */
  catalog?: Pick<Catalog, 'credentials' | 'issuers'> | undefined;
}

export interface SubscribeResult {
  subscription: Subscription;
  /** False when an existing subscription with this scope was updated. */
  created: boolean;
}

/** Throws ReminderInputError (with a message for the user) for bad settings or unknown ids. */
export async function subscribe(store: Pick<Store, 'subscriptions'>, input: SubscribeInput): Promise<SubscribeResult> {
  const scope = validateScope(input.scope, input.catalog);
  const settings = validateSettings({
    ...(input.leads ? { leads: input.leads } : {}),
    ...(input.hour !== undefined ? { hour: input.hour } : {}),
    ...(input.tz !== undefined ? { tz: input.tz } : {}),
  });
  return store.subscriptions.upsert({
    team: input.team,
    enterprise: input.enterprise ?? '',
    channel: input.channel,
    scope,
    ...settings,
    actor: input.actor,
    now: input.now ?? new Date(),
  });
}
