/**
 * The "Stop these reminders" button (on reminder messages, and beside each subscription in
 * `/cert remind list`): its value names one subscription, which is removed if it belongs to this
 * workspace and channel and the person may change the channel's reminders.
 */
import { parseStopButtonValue } from '../reminders/stop-button-value.js';
import { unsubscribe } from '../reminders/unsubscribe.js';
import type { SlackMessage } from '../render/slack/block-types.js';
import { renderRemindInvalid, renderRemindStoreDown } from '../render/slack/render-remind-notice.js';
import { renderRemindStopped } from '../render/slack/render-remind-reply.js';
import { storeFailureOf } from '../store/store-error.js';
import { refusalFor } from './remind-guards.js';
import { remindNames } from './remind-names.js';
import type { RemindRequest } from './remind-request.js';
import type { SlackDeps } from './slack-deps.js';

const STALE =
  'That button comes from a message I can no longer read. `/cert remind list` shows this channel’s reminders, each with its own Stop button.';

export async function stopFromButton(deps: SlackDeps, req: RemindRequest, value: unknown): Promise<SlackMessage> {
  const id = parseStopButtonValue(value);
  if (id === null) return renderRemindInvalid(STALE);
  const refusal = refusalFor(deps, req);
  if (refusal) return refusal;
  const target = { id };
  try {
    const removed = await unsubscribe(deps.store, {
      ...req.ws,
      channel: req.channel,
      target,
      actor: req.actor.userId,
      now: deps.now(),
    });
    return renderRemindStopped(removed, target, remindNames(deps.index));
  } catch (err) {
    const failure = storeFailureOf(err);
    if (!failure) throw err;
    deps.log.warn({ err, failure }, 'reminders store failed a Stop button');
    return renderRemindStoreDown('off', failure === 'uncertain');
  }
}
