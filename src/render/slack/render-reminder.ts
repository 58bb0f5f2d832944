/**
 * A reminder message for a channel (pure): one section per credential and date, saying what changes,
 * when and in how many days, what to take instead, and where that is published; a "Stop these
 * reminders" button per subscription it was sent for (action_id stop_reminders, value {"sub": id}).
 */
import type { ReminderItem, ReminderMessageModel } from '../../reminders/build-reminder-message.js';
import { changeLabel, formatReminderDate } from '../../reminders/reminder-phrases.js';
import { stopButtonValue } from '../../reminders/stop-button-value.js';
import { relativeDays } from '../doc/format-values.js';
import { ACTION_IDS } from './action-ids.js';
import { BLOCK_KIT_LIMITS, fitBlocks, truncateText } from './block-kit-limits.js';
import type { ActionsBlock, Block, SlackMessage } from './block-types.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { inlineMrkdwn } from './render-doc-blocks.js';

function changes(item: ReminderItem): string {
  return item.changes.map((c) => (c.code ? `exam ${c.code}: ${changeLabel(c.kind)}` : changeLabel(c.kind))).join(' · ');
}

/** "the certification stays active; SY0-801 replaces it" for a change to one exam code. */
function versionNote(item: ReminderItem): string | null {
  const c = item.changes.find((x) => x.code !== undefined);
  if (!c) return null;
  return `${item.acronym} itself stays active${c.replacedByCode ? `; ${c.replacedByCode} replaces ${c.code}` : ''}.`;
}

function headline(item: ReminderItem): string {
  return `${item.acronym}: ${changes(item).toLowerCase()} ${relativeDays(item.days)}`;
}

function itemText(item: ReminderItem): string {
  const lines = [
    `*${escapeMrkdwn(item.acronym)}* — ${escapeMrkdwn(item.name)}${item.issuerName ? ` (${escapeMrkdwn(item.issuerName)})` : ''}`,
    `*${escapeMrkdwn(changes(item))}* on *${escapeMrkdwn(item.dateLabel ?? formatReminderDate(item.date))}*, ${relativeDays(item.days)}.`,
    ...item.dateNotes.map(escapeMrkdwn),
  ];
  const version = versionNote(item);
  if (version) lines.push(escapeMrkdwn(version));
  if (item.replacedBy.length > 0) {
    lines.push(
      `Instead: ${item.replacedBy.map((r) => `*${escapeMrkdwn(r.acronym)}* ${escapeMrkdwn(r.name)}`).join(', ')}`,
    );
  }
  for (const c of item.changes) if (c.note) lines.push(`_${escapeMrkdwn(c.note)}_`);
  return truncateText(lines.join('\n'), BLOCK_KIT_LIMITS.sectionText);
}

function sourcesText(item: ReminderItem): string | null {
  if (item.sources.length === 0) return null;
  const parts = item.sources.map((s) => inlineMrkdwn(s.url ? { text: s.title, url: s.url } : s.title));
  return truncateText(
    `${item.sources.length === 1 ? 'Source' : 'Sources'}: ${parts.join(' · ')}`,
    BLOCK_KIT_LIMITS.textObject,
  );
}

function stopBlocks(model: ReminderMessageModel): ActionsBlock[] {
  const single = model.subscriptions.length === 1;
  return model.subscriptions.map((s) => ({
    type: 'actions',
    block_id: truncateText(`stop_${s.id}`, BLOCK_KIT_LIMITS.blockId),
    elements: [
      {
        type: 'button',
        action_id: ACTION_IDS.stopReminders,
        text: {
          type: 'plain_text',
          text: truncateText(
            single ? 'Stop these reminders' : `Stop reminders: ${s.scope}`,
            BLOCK_KIT_LIMITS.buttonText,
          ),
        },
        value: stopButtonValue(s.id),
      },
    ],
  }));
}

function fallbackText(model: ReminderMessageModel): string {
  const [only] = model.items;
  if (model.items.length === 1 && only) {
    return escapeMrkdwn(`Reminder: ${headline(only)} (${formatReminderDate(only.date)})`);
  }
  const list = model.items.map((i) => `${i.acronym} ${relativeDays(i.days)}`).join(', ');
  return truncateText(escapeMrkdwn(`Certification changes coming up: ${list}`), BLOCK_KIT_LIMITS.messageText);
}

export function renderReminderMessage(model: ReminderMessageModel): SlackMessage {
  const [only] = model.items;
  const title = model.items.length === 1 && only ? headline(only) : 'Certification changes coming up';
  const body: Block[] = [
    {
      type: 'header',
      block_id: 'reminder_header',
      text: { type: 'plain_text', text: truncateText(title, BLOCK_KIT_LIMITS.headerText) },
    },
  ];
  for (const item of model.items) {
    body.push({
      type: 'section',
      block_id: truncateText(`reminder_${item.id}_${item.date}`, BLOCK_KIT_LIMITS.blockId),
      text: { type: 'mrkdwn', text: itemText(item) },
    });
    const sources = sourcesText(item);
    if (sources) {
      body.push({
        type: 'context',
        block_id: truncateText(`sources_${item.id}_${item.date}`, BLOCK_KIT_LIMITS.blockId),
        elements: [{ type: 'mrkdwn', text: sources }],
      });
    }
  }
  const blocks = fitBlocks(body, {
    maxBlocks: BLOCK_KIT_LIMITS.messageBlocks,
    maxChars: BLOCK_KIT_LIMITS.messageBlocksChars,
    tail: stopBlocks(model),
    moreNote: 'More reminders than fit in one message: `/cert remind list` shows what is coming.',
  });
  return { text: fallbackText(model), blocks };
}
