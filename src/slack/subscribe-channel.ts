/**
 * Subscribe a channel from Slack (the `/cert remind …` command and the modal): the time zone typed,
 * or else the subscriber's own from users.info; then the confirmation with the first reminders.
 * Throws ReminderInputError (its message is for the person) when the settings cannot be used.
 */
import type { WebClient } from '@slack/web-api';
import { TIMED_OUT, withinDeadline } from '../http/within-deadline.js';
import { isTimeZone } from '../reminders/due-clock.js';
import { listSubscriptions } from '../reminders/list-subscriptions.js';
import { DEFAULT_TZ, type ReminderScope } from '../reminders/reminder-types.js';
import { subscribe } from '../reminders/subscribe.js';
import type { SlackMessage } from '../render/slack/block-types.js';
import { renderRemindSubscribed, type TzSource } from '../render/slack/render-remind-reply.js';
import { remindNames } from './remind-names.js';
import type { RemindRequest } from './remind-request.js';
import { platformErrorOf } from './slack-access-error.js';
import type { SlackDeps } from './slack-deps.js';

export interface ChannelSettings {
  scope: ReminderScope;
  leads?: number[] | undefined;
  hour?: number | undefined;
  /** Typed by the person; otherwise their Slack time zone. */
  tz?: string | undefined;
}

/** The person's time zone from their Slack profile; UTC when Slack will not say (logged). */
async function subscriberTz(
  deps: SlackDeps,
  client: WebClient,
  user: string,
  typed: string | undefined,
): Promise<{ tz: string; source: TzSource }> {
  if (typed !== undefined) return { tz: typed, source: 'typed' };
  try {
    const info = await withinDeadline(client.users.info({ user }));
    if (info === TIMED_OUT) {
      deps.log.warn({ user }, 'users.info did not answer in time: the subscription uses UTC');
      return { tz: DEFAULT_TZ, source: 'default' };
    }
    const tz = info.user?.tz;
    if (tz && isTimeZone(tz)) return { tz, source: 'slack' };
  } catch (err) {
    const slackError = platformErrorOf(err);
    if (slackError === undefined) throw err;
    deps.log.warn({ slackError, user }, 'users.info refused: the subscription uses UTC');
  }
  return { tz: DEFAULT_TZ, source: 'default' };
}

export async function subscribeChannel(
  deps: SlackDeps,
  client: WebClient,
  req: RemindRequest,
  settings: ChannelSettings,
): Promise<SlackMessage> {
  const now = deps.now();
  const catalog = deps.index.catalog;
  const zone = await subscriberTz(deps, client, req.actor.userId, settings.tz);
  const result = await subscribe(deps.store, {
    ...req.ws,
    channel: req.channel,
    scope: settings.scope,
    leads: settings.leads,
    hour: settings.hour,
    tz: zone.tz,
    actor: req.actor.userId,
    now,
    catalog,
  });
  // More than the reply shows: the renderer picks the soonest, nearest changes first.
  const where = { ...req.ws, channel: req.channel };
  const listing = await listSubscriptions(deps.store, { ...where, catalog, now, upcoming: 20, changes: 1 });
  const next = listing.subscriptions.find((s) => s.subscription.id === result.subscription.id)?.next ?? [];
  deps.log.info(
    { ...req.ws, channel: req.channel, user: req.actor.userId, subscription: result.subscription.id },
    result.created ? 'channel subscribed to reminders' : 'channel reminders updated',
  );
  return renderRemindSubscribed({ ...result, tzSource: zone.source, next, names: remindNames(deps.index), now });
}
