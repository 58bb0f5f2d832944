/**
 * The short `/cert remind` replies that are not about one subscription (pure): help, a command not
 * understood, a refusal, "invite the app first", and "that is not a channel".
 */
import type { SlackMessage } from './block-types.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { remindHelpSection } from './render-remind-offer.js';
import { context, remindActions, remindMessage, section } from './render-remind-parts.js';

const HELP_HINT = '`/cert remind help` shows what I understand.';

/** `/cert remind help`: the syntax, and the button that opens the same choices as a form. */
export function renderRemindHelp(): SlackMessage {
  return remindMessage(
    'Channel reminders: /cert remind, /cert remind list, /cert remind off',
    [
      remindHelpSection('remind_help'),
      context('remind_help_note', [
        'Any member of this workspace can change a channel’s reminders, unless your admins restricted it.',
      ]),
    ],
    [remindActions()],
  );
}

/** What the parser could not read; its message may quote the person's words, so it is escaped. */
export function renderRemindInvalid(message: string): SlackMessage {
  const text = escapeMrkdwn(message);
  return remindMessage(text, [section('remind_invalid', text), context('remind_invalid_hint', [HELP_HINT])]);
}

/** A permission refusal (the message comes from the permission check, in the app's own words). */
export function renderRemindRefused(message: string): SlackMessage {
  const text = escapeMrkdwn(message);
  return remindMessage(text, [section('remind_refused', `:no_entry: ${text}`)]);
}

export type InviteReason = 'subscribe' | 'resume';

/** The app is not in the channel (or cannot see it): how to invite it, and what to do next. */
export function renderRemindInvite(then: InviteReason = 'subscribe'): SlackMessage {
  const next =
    then === 'resume' ? 'then type `/cert remind resume` to pick up where the reminders stopped.' : 'then try again.';
  const text = `I'm not in this channel, so I can't post reminders here. Invite me with \`/invite @certdesk\`, ${next}`;
  return remindMessage(text, [
    section('remind_invite', `:wave: ${text}`),
    context('remind_invite_hint', [
      'In a private channel, or when `/invite` is not allowed, open the channel details → *Integrations* → *Add apps*.',
    ]),
  ]);
}

/** `/cert remind` somewhere that is not a channel (a DM): reminders are posted in channels. */
export function renderRemindNotChannel(): SlackMessage {
  const text =
    'Reminders are posted in channels: type `/cert remind` in the channel that should hear them (and invite me there first with `/invite @certdesk`).';
  return remindMessage(text, [section('remind_not_channel', text)]);
}

/** Something failed on our side (logged elsewhere): a plain apology. */
export function renderRemindFailed(): SlackMessage {
  const text = 'Sorry, something went wrong while changing this channel’s reminders. Please try again in a moment.';
  return remindMessage(text, [section('remind_failed', text)]);
}

/** What a `/cert remind` command was asked to do, for the words of a store failure. */
export type RemindStoreAction = 'list' | 'subscribe' | 'off' | 'resume';

const UNAVAILABLE: Record<RemindStoreAction, string> = {
  list: 'The reminders store is unavailable right now, so I cannot show this channel’s reminders. Please try again in a few minutes.',
  subscribe: 'The reminders store is unavailable right now: no reminders were set. Please try again in a few minutes.',
  off: 'The reminders store is unavailable right now: no reminders were stopped. Please try again in a few minutes.',
  resume: 'The reminders store is unavailable right now: nothing was resumed. Please try again in a few minutes.',
};

/**
 * The store could not be reached (nothing changed), or it stopped answering mid-change (`uncertain`:
 * the change may have been saved; the list shows what is set).
 */
export function renderRemindStoreDown(action: RemindStoreAction, uncertain: boolean): SlackMessage {
  const text =
    uncertain && action !== 'list'
      ? 'The reminders store stopped answering while saving this change, so I cannot tell whether it was saved. `/cert remind list` shows what is set.'
      : (UNAVAILABLE[action] ?? UNAVAILABLE.list);
  return remindMessage(text, [section('remind_store_down', text)]);
}

/** The acknowledgment when the answer takes longer than Slack waits: the outcome follows. */
export function renderRemindWorking(): SlackMessage {
  const text = 'Working on it… the reminders store is slow; I will post the outcome here.';
  return remindMessage(text, [section('remind_working', text)]);
}
