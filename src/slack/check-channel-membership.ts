/**
 * Can the app post reminders in this channel? conversations.info says whether the bot is a member; a
 * private channel it is not in answers channel_not_found. DMs are not channels for reminders (and
 * reading them would need im:read).
 */
import type { WebClient } from '@slack/web-api';
import { TIMED_OUT, withinDeadline } from '../http/within-deadline.js';
import { CHANNEL_GONE_ERRORS } from '../reminders/reminder-poster.js';
import { platformErrorOf } from './slack-access-error.js';

/** 'unknown': Slack did not answer in time; the reminder pass pauses the subscription if the app is absent. */
export type ChannelMembership = 'member' | 'absent' | 'not-a-channel' | 'unknown';

/**
 * Slack errors that mean "the app cannot see or post in this channel", the ones the reminder pass pauses
 * on: ask for an invitation.
 */
const ABSENT = new Set(CHANNEL_GONE_ERRORS);
/** Errors for conversations the bot's scopes do not cover (group DMs). */
const NOT_A_CHANNEL = new Set(['missing_scope', 'method_not_supported_for_channel_type']);

export async function checkChannelMembership(client: WebClient, channel: string): Promise<ChannelMembership> {
  if (!/^[CG][A-Z0-9]+$/.test(channel)) return 'not-a-channel';
  try {
    const info = await withinDeadline(client.conversations.info({ channel }));
    if (info === TIMED_OUT) return 'unknown';
    if (info.channel?.is_im || info.channel?.is_mpim) return 'not-a-channel';
    return info.channel?.is_member === true ? 'member' : 'absent';
  } catch (err) {
    const code = platformErrorOf(err);
    if (code && ABSENT.has(code)) return 'absent';
    if (code && NOT_A_CHANNEL.has(code)) return 'not-a-channel';
    throw err;
  }
}
