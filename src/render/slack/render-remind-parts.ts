/**
 * Pieces the `/cert remind` replies share (pure): names for ids, a subscription's scope and settings in
 * words, the "Remind this channel" button, and a message from a few blocks. Everything that may come
 * from a person (ids echoed back, parser messages quoting their words) is escaped here.
 */

import { daysBetween } from '../../answer/utc-day.js';
import { describeScope, describeSettings } from '../../reminders/describe-subscription.js';
import { localDateOf } from '../../reminders/due-clock.js';
import type { DueReminder } from '../../reminders/due-reminders.js';
import { changeLabel, formatReminderDate } from '../../reminders/reminder-phrases.js';
import type { ReminderScope, Subscription } from '../../reminders/reminder-types.js';
import { relativeDays } from '../doc/format-values.js';
import { ACTION_IDS } from './action-ids.js';
import { fitBlocks, BLOCK_KIT_LIMITS as L, truncateText } from './block-kit-limits.js';
import type { Block, ButtonElement, ContextBlock, SectionBlock, SlackMessage } from './block-types.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { mrkdwn, plainText } from './render-doc-blocks.js';

/** How to name catalog ids in a sentence (the CatalogIndex's labels). */
export interface RemindNames {
  credential(id: string): string;
  issuer(id: string): string;
}

/** What the "Remind this channel" button may preselect in the modal. */
export interface RemindPrefill {
  credentials?: string[] | undefined;
  issuer?: string | undefined;
}

export const REMIND_BLOCK_IDS = {
  actions: 'remind_actions',
} as const;

/** "every dated change", "AAISM and SCS-C03", "everything from Amazon Web Services" (escaped mrkdwn). */
export function scopeMrkdwn(scope: ReminderScope, names: RemindNames): string {
  const name = scope.kind === 'issuer' ? names.issuer : names.credential;
  return escapeMrkdwn(describeScope(scope, name));
}

/** "90, 30, 7 and 1 days before, at 09:00 Europe/Berlin" (escaped mrkdwn). */
export function settingsMrkdwn(sub: Pick<Subscription, 'leads' | 'hour' | 'tz'>): string {
  return escapeMrkdwn(describeSettings(sub));
}

/**
 * JSON {"ids": [...]} or {"issuer": id} (or {}): the scope the modal opens with. Ids are catalog slugs;
 * the button keeps within the value limit by dropping ids from the end.
 */
export function remindButtonValue(prefill: RemindPrefill = {}): string {
  if (prefill.issuer !== undefined) return JSON.stringify({ issuer: prefill.issuer });
  const ids = [...(prefill.credentials ?? [])];
  while (JSON.stringify({ ids }).length > L.buttonValue) ids.pop();
  return ids.length > 0 ? JSON.stringify({ ids }) : '{}';
}

export function remindChannelButton(prefill?: RemindPrefill): ButtonElement {
  return {
    type: 'button',
    action_id: ACTION_IDS.remindChannel,
    text: plainText('Remind this channel', L.buttonText),
    value: remindButtonValue(prefill),
  };
}

export function section(blockId: string, text: string): SectionBlock {
  return { type: 'section', block_id: blockId, text: mrkdwn(text, L.sectionText) };
}

export function context(blockId: string, texts: readonly string[]): ContextBlock {
  return {
    type: 'context',
    block_id: blockId,
    elements: texts.slice(0, L.contextElements).map((t) => mrkdwn(t, L.textObject)),
  };
}

/** A reply: `text` (already escaped mrkdwn) as the fallback, the body clamped to a message's limits. */
export function remindMessage(text: string, body: readonly Block[], tail: readonly Block[] = []): SlackMessage {
  return {
    text: truncateText(text, L.textObject),
    blocks: fitBlocks(body, {
      maxBlocks: L.messageBlocks,
      maxChars: L.messageBlocksChars,
      tail,
      moreNote: 'More than fits in one message.',
    }),
  };
}

/** The button row under a reply, offering the modal. */
export function remindActions(prefill?: RemindPrefill): Block {
  return { type: 'actions', block_id: REMIND_BLOCK_IDS.actions, elements: [remindChannelButton(prefill)] };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** How many coming reminders a reply shows per subscription. */
export const NEXT_SHOWN = 3;

/** The reminders to show: soonest sent first, and among those sent together the nearest change first. */
export function soonest(next: readonly DueReminder[], count = NEXT_SHOWN): DueReminder[] {
  return [...next]
    .sort(
      (a, b) =>
        a.at.getTime() - b.at.getTime() ||
        a.date.localeCompare(b.date) ||
        a.credentialId.localeCompare(b.credentialId) ||
        a.kind.localeCompare(b.kind),
    )
    .slice(0, count);
}

/**
 * One coming reminder: "*Mon 22 Feb 2027, 09:00* — MLS-C01: last day to sit the exam in 30 days
 * (Wed 24 Mar 2027)". One already due goes out with the next pass: "Due now".
 */
export function nextReminderMrkdwn(
  r: DueReminder,
  sub: Pick<Subscription, 'hour' | 'tz'>,
  names: RemindNames,
  now: Date,
): string {
  const due = r.at.getTime() <= now.getTime();
  const sentOn = localDateOf(due ? now : r.at, sub.tz);
  const when = due ? 'Due now' : `${formatReminderDate(sentOn)}, ${pad2(sub.hour)}:00`;
  const change = changeLabel(r.kind).toLowerCase();
  const days = relativeDays(daysBetween(sentOn, r.date));
  return `*${when}* — ${escapeMrkdwn(names.credential(r.credentialId))}: ${change} ${days} (${formatReminderDate(r.date)})`;
}
