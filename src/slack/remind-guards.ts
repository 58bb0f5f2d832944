/**
 * The two checks before any change to a channel's reminders: may this person change them
 * (checkReminderPermission: CERTDESK_ADMINS, or the installing organization), and can the app post
 * in the channel (else: how to invite it). Each returns the reply to give instead, or null to go on.
 */
import type { WebClient } from '@slack/web-api';
import { checkReminderPermission } from '../reminders/check-reminder-permission.js';
import type { SlackMessage } from '../render/slack/block-types.js';
import {
  type InviteReason,
  renderRemindInvite,
  renderRemindNotChannel,
  renderRemindRefused,
} from '../render/slack/render-remind-notice.js';
import { checkChannelMembership } from './check-channel-membership.js';
import type { RemindRequest } from './remind-request.js';
import type { SlackDeps } from './slack-deps.js';

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
  if (membership === 'member' || membership === 'unknown') return null;
  return membership === 'absent' ? renderRemindInvite(then) : renderRemindNotChannel();
}
