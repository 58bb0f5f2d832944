/**
 * Replies confirming a change to a channel's reminders (pure): subscribed or updated (with the first
 * reminders it will send), stopped, resumed. The person sees them privately.
 */
import type { DueReminder } from '../../reminders/due-reminders.js';
import type { Subscription } from '../../reminders/reminder-types.js';
import type { UnsubscribeTarget } from '../../reminders/unsubscribe.js';
import type { SlackMessage } from './block-types.js';
import {
  context,
  nextReminderMrkdwn,
  type RemindNames,
  remindMessage,
  scopeMrkdwn,
  section,
  settingsMrkdwn,
  soonest,
} from './render-remind-parts.js';

/** Where the subscription's time zone came from: typed in the command, or the person's Slack profile. */
export type TzSource = 'typed' | 'slack' | 'default';

export interface SubscribedInput {
  subscription: Subscription;
  /** False when the channel's subscription with this scope was updated. */
  created: boolean;
  tzSource: TzSource;
  /** The first reminders it will send, soonest first. */
  next: readonly DueReminder[];
  names: RemindNames;
  now: Date;
}

const TZ_NOTE: Record<TzSource, string> = {
  typed: '',
  slack: ' (your Slack time zone)',
  default: ' (I could not read your Slack time zone: add `in Europe/Berlin` or the like to choose one)',
};

const MANAGE_HINT =
  '`/cert remind list` shows what comes next · `/cert remind off` stops reminders · the same scope again with other days or hour updates it';

export function renderRemindSubscribed(input: SubscribedInput): SlackMessage {
  const { subscription: sub, names } = input;
  const scope = scopeMrkdwn(sub.scope, names);
  const verb = input.created ? 'will now hear about' : 'now hears about';
  const lead = input.created ? ':white_check_mark: Reminders set.' : ':white_check_mark: Reminders updated.';
  const text = `${lead} This channel ${verb} *${scope}*: ${settingsMrkdwn(sub)}${TZ_NOTE[input.tzSource]}.`;
  const next = soonest(input.next).map((r) => `• ${nextReminderMrkdwn(r, sub, names, input.now)}`);
  return remindMessage(text, [
    section('remind_subscribed', text),
    section(
      'remind_first',
      next.length > 0
        ? `*First reminders*\n${next.join('\n')}`
        : 'Nothing in this scope has a dated change coming up yet: you will hear when the catalog gains one.',
    ),
    context('remind_manage', [MANAGE_HINT]),
  ]);
}

function nothingMatched(target: UnsubscribeTarget, names: RemindNames): string {
  if ('all' in target) return 'this channel has no reminders';
  if ('id' in target) return 'those reminders were already stopped';
  return `no reminder in this channel covers *${scopeMrkdwn(target.scope, names)}*`;
}

/** What `/cert remind off …` or a Stop button removed (or that nothing matched). */
export function renderRemindStopped(
  removed: readonly Subscription[],
  target: UnsubscribeTarget,
  names: RemindNames,
): SlackMessage {
  if (removed.length === 0) {
    const text = `Nothing to stop: ${nothingMatched(target, names)}.`;
    return remindMessage(text, [section('remind_stopped', text), context('remind_stopped_hint', [MANAGE_HINT])]);
  }
  const lines = removed.map((s) => `• *${scopeMrkdwn(s.scope, names)}* (${settingsMrkdwn(s)})`);
  const text = `:octagonal_sign: Stopped ${removed.length === 1 ? 'these reminders' : `${removed.length} reminders`} for this channel:`;
  return remindMessage(`${text} ${removed.map((s) => scopeMrkdwn(s.scope, names)).join('; ')}`, [
    section('remind_stopped', `${text}\n${lines.join('\n')}`),
    context('remind_stopped_hint', ['Start again any time with `/cert remind`.']),
  ]);
}

export function renderRemindResumed(resumed: readonly Subscription[], names: RemindNames): SlackMessage {
  if (resumed.length === 0) {
    const text = 'Nothing is paused in this channel: its reminders are running.';
    return remindMessage(text, [section('remind_resumed', text), context('remind_resumed_hint', [MANAGE_HINT])]);
  }
  const lines = resumed.map((s) => `• *${scopeMrkdwn(s.scope, names)}* (${settingsMrkdwn(s)})`);
  const text = ':arrow_forward: Reminders resumed for this channel:';
  return remindMessage(`${text} ${resumed.map((s) => scopeMrkdwn(s.scope, names)).join('; ')}`, [
    section('remind_resumed', `${text}\n${lines.join('\n')}`),
    context('remind_resumed_hint', ['Each change it missed while paused comes once, at its most recent lead.']),
  ]);
}
