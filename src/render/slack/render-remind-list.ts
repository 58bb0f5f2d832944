/**
 * `/cert remind list` (pure): each of the channel's subscriptions with its settings, whether it is
 * paused (and why), the next reminders it will send and a Stop button; then the last recorded changes
 * (who, when, what), and the button that opens the reminders form.
 */
import type { ListedSubscription, SubscriptionListing } from '../../reminders/list-subscriptions.js';
import { formatReminderDate } from '../../reminders/reminder-phrases.js';
import type { SubscriptionChange } from '../../reminders/reminder-types.js';
import { stopButtonValue } from '../../reminders/stop-button-value.js';
import { ACTION_IDS } from './action-ids.js';
import { BLOCK_KIT_LIMITS as L } from './block-kit-limits.js';
import type { Block, SectionBlock, SlackMessage } from './block-types.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { mrkdwn, plainText } from './render-doc-blocks.js';
import {
  context,
  nextReminderMrkdwn,
  type RemindNames,
  remindActions,
  remindMessage,
  scopeMrkdwn,
  section,
  settingsMrkdwn,
  soonest,
} from './render-remind-parts.js';

export interface RemindListInput {
  listing: SubscriptionListing;
  names: RemindNames;
  now: Date;
}

const SLACK_ID = /^[UWB][A-Z0-9]{2,30}$/;

/** "Tue 24 Nov 2026, 12:00 UTC" */
function formatInstant(at: Date): string {
  const iso = at.toISOString();
  return `${formatReminderDate(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC`;
}

function actorMrkdwn(actor: string): string {
  if (SLACK_ID.test(actor)) return `<@${actor}>`;
  if (actor === 'cli') return 'an administrator (certdesk CLI)';
  if (actor === 'certdesk') return 'certdesk';
  return escapeMrkdwn(actor);
}

function pausedLine(item: ListedSubscription): string[] {
  const sub = item.subscription;
  if (sub.status !== 'paused') return [];
  const since = sub.pausedAt ? ` since ${formatInstant(sub.pausedAt)}` : '';
  const why = sub.pausedReason ? ` (${escapeMrkdwn(sub.pausedReason)})` : '';
  return [
    `:double_vertical_bar: *Paused*${since}${why}: invite me back with \`/invite @certdesk\`, then type \`/cert remind resume\`.`,
  ];
}

function subscriptionBlock(item: ListedSubscription, n: number, input: RemindListInput): SectionBlock {
  const sub = item.subscription;
  const paused = sub.status === 'paused';
  const next = soonest(item.next).map((r) => `• ${nextReminderMrkdwn(r, sub, input.names, input.now)}`);
  const lines = [
    `*${scopeMrkdwn(sub.scope, input.names)}* — ${settingsMrkdwn(sub)}`,
    ...pausedLine(item),
    ...(next.length > 0
      ? [paused ? '_Once resumed, next:_' : '_Next:_', ...next]
      : ['_Nothing dated coming up in this scope._']),
    `_id_ \`${escapeMrkdwn(sub.id)}\``,
  ];
  return {
    type: 'section',
    block_id: `remind_sub_${n}`,
    text: mrkdwn(lines.join('\n'), L.sectionText),
    accessory: {
      type: 'button',
      action_id: ACTION_IDS.stopReminders,
      text: plainText('Stop', L.buttonText),
      value: stopButtonValue(sub.id),
    },
  };
}

const CHANGE_VERBS: Record<SubscriptionChange['action'], string> = {
  subscribed: 'subscribed',
  updated: 'updated',
  unsubscribed: 'stopped',
  paused: 'paused',
  resumed: 'resumed',
};

function changeLine(change: SubscriptionChange): string {
  return `• ${formatInstant(change.at)} — ${actorMrkdwn(change.actor)} ${CHANGE_VERBS[change.action]}: ${escapeMrkdwn(change.detail)}`;
}

export function renderRemindList(input: RemindListInput): SlackMessage {
  const { subscriptions, changes } = input.listing;
  const paused = subscriptions.filter((s) => s.subscription.status === 'paused').length;
  const count = `${subscriptions.length} ${subscriptions.length === 1 ? 'subscription' : 'subscriptions'}`;
  const text =
    subscriptions.length === 0
      ? 'This channel has no reminders. Type `/cert remind` to hear about every dated change, or use the button.'
      : `This channel’s reminders: ${count}${paused > 0 ? `, ${paused} paused` : ''}.`;
  const body: Block[] = [
    section('remind_list', `*${text}*`),
    ...subscriptions.map((s, i) => subscriptionBlock(s, i + 1, input)),
  ];
  if (changes.length > 0) {
    body.push({ type: 'divider', block_id: 'remind_changes_divider' });
    body.push(section('remind_changes', `*Recent changes*\n${changes.map(changeLine).join('\n')}`));
  }
  return remindMessage(text, body, [
    context('remind_list_hint', ['`/cert remind off` stops them all · `/cert remind help` shows every option']),
    remindActions(),
  ]);
}
