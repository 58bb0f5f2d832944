/**
 * `/cert remind …` from parsed words to the private reply: help and list for anyone; changes (subscribe,
 * off, resume) only for those checkReminderPermission allows, and subscribe and resume only where the
 * app can post. Every change is recorded by the core.
 */
import type { WebClient } from '@slack/web-api';
import { checkReminderPermission } from '../reminders/check-reminder-permission.js';
import { listSubscriptions } from '../reminders/list-subscriptions.js';
import { parseRemindCommand } from '../reminders/parse-remind-command.js';
import { ReminderInputError } from '../reminders/reminder-input-error.js';
import { resume } from '../reminders/resume-subscriptions.js';
import { unsubscribe } from '../reminders/unsubscribe.js';
import type { SlackMessage } from '../render/slack/block-types.js';
import { renderRemindList } from '../render/slack/render-remind-list.js';
import {
  type InviteReason,
  renderRemindHelp,
  renderRemindInvalid,
  renderRemindInvite,
  renderRemindNotChannel,
  renderRemindRefused,
} from '../render/slack/render-remind-notice.js';
import { renderRemindResumed, renderRemindStopped } from '../render/slack/render-remind-reply.js';
import { checkChannelMembership } from './check-channel-membership.js';
import { remindNames } from './remind-names.js';
import type { RemindRequest } from './remind-request.js';
import type { SlackDeps } from './slack-deps.js';
import { subscribeChannel } from './subscribe-channel.js';

/** The refusal to show, or null when the person may change this channel's reminders. */
export function refusalFor(deps: SlackDeps, req: RemindRequest): SlackMessage | null {
  const verdict = checkReminderPermission(req.actor, req.ws, deps.admins);
  if (verdict.allowed) return null;
  deps.log.info({ ...req.ws, user: req.actor.userId, reason: verdict.reason }, 'reminder change refused');
  return renderRemindRefused(verdict.message);
}

/** The reply when the app cannot post in the channel, or null when it can. */
export async function absenceFor(client: WebClient, channel: string, then: InviteReason): Promise<SlackMessage | null> {
  const membership = await checkChannelMembership(client, channel);
  if (membership === 'member') return null;
  return membership === 'absent' ? renderRemindInvite(then) : renderRemindNotChannel();
}

export async function runRemindCommand(
  deps: SlackDeps,
  client: WebClient,
  req: RemindRequest,
  text: string,
): Promise<SlackMessage> {
  const cmd = parseRemindCommand(text, deps.index);
  const names = remindNames(deps.index);
  const where = { ...req.ws, channel: req.channel, actor: req.actor.userId, now: deps.now() };
  if (cmd.action === 'help') return renderRemindHelp();
  if (cmd.action === 'invalid') return renderRemindInvalid(cmd.message);
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
