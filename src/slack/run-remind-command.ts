/**
 * `/cert remind …` from parsed words to the private reply: help and list for anyone; changes (subscribe,
 * off, resume) only for those checkReminderPermission allows, and subscribe and resume only where the
 * app can post. Every change is recorded by the core.
 */
import type { WebClient } from '@slack/web-api';
import { listSubscriptions } from '../reminders/list-subscriptions.js';
import { parseRemindCommand, type RemindCommand } from '../reminders/parse-remind-command.js';
import { ReminderInputError } from '../reminders/reminder-input-error.js';
import { resume } from '../reminders/resume-subscriptions.js';
import { unsubscribe } from '../reminders/unsubscribe.js';
import type { SlackMessage } from '../render/slack/block-types.js';
import { renderRemindList } from '../render/slack/render-remind-list.js';
import { renderRemindHelp, renderRemindInvalid, renderRemindStoreDown } from '../render/slack/render-remind-notice.js';
import { renderRemindResumed, renderRemindStopped } from '../render/slack/render-remind-reply.js';
import { storeFailureOf } from '../store/store-error.js';
import { absenceFor, refusalFor } from './remind-guards.js';
import { remindNames } from './remind-names.js';
import type { RemindRequest } from './remind-request.js';
import type { SlackDeps } from './slack-deps.js';
import { subscribeChannel } from './subscribe-channel.js';

export async function runRemindCommand(
  deps: SlackDeps,
  client: WebClient,
  req: RemindRequest,
  text: string,
): Promise<SlackMessage> {
  const cmd = parseRemindCommand(text, deps.index);
  if (cmd.action === 'help') return renderRemindHelp();
  if (cmd.action === 'invalid') return renderRemindInvalid(cmd.message);
  try {
    return await runStoreAction(deps, client, req, cmd);
  } catch (err) {
    const failure = storeFailureOf(err);
    if (!failure) throw err;
    deps.log.warn({ err, action: cmd.action, failure }, 'reminders store failed a /cert remind command');
    return renderRemindStoreDown(cmd.action, failure === 'uncertain');
  }
}

async function runStoreAction(
  deps: SlackDeps,
  client: WebClient,
  req: RemindRequest,
  cmd: Exclude<RemindCommand, { action: 'help' | 'invalid' }>,
): Promise<SlackMessage> {
  const names = remindNames(deps.index);
  const where = { ...req.ws, channel: req.channel, actor: req.actor.userId, now: deps.now() };
  if (cmd.action === 'list') {
    const listing = await listSubscriptions(deps.store, { ...where, catalog: deps.index.catalog, upcoming: 20 });
    return renderRemindList({ listing, names, now: where.now });
  }
  const refusal = refusalFor(deps, req);
  if (refusal) return refusal;
  if (cmd.action === 'off') {
    return renderRemindStopped(await unsubscribe(deps.store, { ...where, target: cmd.target }), cmd.target, names);
  }
  const absent = await absenceFor(client, req.channel, cmd.action === 'resume' ? 'resume' : 'subscribe');
  if (absent) return absent;
  if (cmd.action === 'resume') return renderRemindResumed(await resume(deps.store, where), names);
  try {
    return await subscribeChannel(deps, client, req, cmd);
  } catch (err) {
    if (err instanceof ReminderInputError) return renderRemindInvalid(err.message);
    throw err;
  }
}
