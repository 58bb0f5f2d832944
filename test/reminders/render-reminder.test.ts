import { describe, expect, it } from 'vitest';
import type { ReminderItem, ReminderMessageModel } from '../../src/reminders/build-reminder-message.js';
import { buildReminderMessage } from '../../src/reminders/build-reminder-message.js';
import { parseStopButtonValue } from '../../src/reminders/stop-button-value.js';
import { renderReminderMessage } from '../../src/render/slack/render-reminder.js';
import { renderReminderText } from '../../src/render/text/render-reminder-text.js';
import { validateMessage } from '../support/block-kit-validator.js';
import { PASS_NOW, reminderCatalog } from './reminder-fixtures.js';

function item(over: Partial<ReminderItem> = {}): ReminderItem {
  return {
    id: 'mls-c01',
    acronym: 'MLS-C01',
    name: 'AWS Certified Machine Learning – Specialty',
    issuerName: 'Amazon Web Services',
    date: '2026-12-24',
    dateNotes: [],
    days: 30,
    changes: [
      { kind: 'last-exam', lead: 30 },
      { kind: 'retired', lead: 30 },
    ],
    replacedBy: [{ id: 'mla-c01', acronym: 'MLA-C01', name: 'AWS Certified Machine Learning Engineer – Associate' }],
    sources: [{ title: 'AWS exam updates', url: 'https://aws.amazon.com/certification/exam-updates/' }],
    ...over,
  };
}

const blocksOf = (model: ReminderMessageModel) => renderReminderMessage(model).blocks;

describe('reminder message', () => {
  it('says what changes, when, in how many days, what instead, and where from; with a stop button', () => {
    const msg = renderReminderMessage({
      items: [item()],
      subscriptions: [{ id: 'sabc', scope: 'every dated change' }],
    });
    expect(validateMessage(msg)).toEqual([]);
    expect(msg.text).toBe('Reminder: MLS-C01: last day to sit the exam · retires in 30 days (Thu 24 Dec 2026)');
    const json = JSON.stringify(msg.blocks);
    expect(json).toContain('*Last day to sit the exam · Retires* on *Thu 24 Dec 2026*, in 30 days.');
    expect(json).toContain('Instead: *MLA-C01* AWS Certified Machine Learning Engineer – Associate');
    expect(json).toContain('Source: <https://aws.amazon.com/certification/exam-updates/|AWS exam updates>');
    const actions = msg.blocks.find((b) => b.type === 'actions');
    expect(actions).toMatchObject({
      elements: [{ action_id: 'stop_reminders', text: { text: 'Stop these reminders' } }],
    });
    const value = actions?.type === 'actions' ? actions.elements[0] : undefined;
    expect(parseStopButtonValue(value?.type === 'button' ? value.value : undefined)).toBe('sabc');
  });

  it('says today and tomorrow, and names each subscription on its own stop button when several', () => {
    const msg = renderReminderMessage({
      items: [item({ days: 0 }), item({ id: 'scs-c02', acronym: 'SCS-C02', days: 1, date: '2026-11-25' })],
      subscriptions: [
        { id: 's1', scope: 'every dated change' },
        { id: 's2', scope: 'everything from Amazon Web Services' },
      ],
    });
    expect(validateMessage(msg)).toEqual([]);
    expect(msg.text).toBe('Certification changes coming up: MLS-C01 today, SCS-C02 tomorrow');
    const buttons = msg.blocks.filter((b) => b.type === 'actions');
    expect(JSON.stringify(buttons)).toContain('Stop reminders: everything from Amazon Web Services');
    expect(buttons).toHaveLength(2);
  });

  it('escapes catalog text and keeps hostile links inside their <url|text>', () => {
    const msg = renderReminderMessage({
      items: [
        item({
          name: 'Evil <!channel> & co',
          changes: [{ kind: 'price-change', lead: 7, note: 'Ping <@U123> > now' }],
          sources: [{ title: 'a|b <!here>', url: 'https://x.example/a b>|c' }],
        }),
      ],
      subscriptions: [{ id: 's1', scope: 'x' }],
    });
    const json = JSON.stringify(msg);
    expect(json).not.toMatch(/<!channel>|<!here>|<@U123>/);
    expect(json).toContain('Evil &lt;!channel&gt; &amp; co');
    expect(json).toContain('<https://x.example/a%20b%3E%7Cc|a¦b &lt;!here&gt;>');
  });

  it('stays within Block Kit limits with many items, keeping the stop button', () => {
    const items = Array.from({ length: 40 }, (_, i) =>
      item({
        id: `c${i}`,
        acronym: `C${i}`,
        name: 'N'.repeat(400),
        sources: [{ title: 'T'.repeat(200), url: 'https://x.example/' }],
      }),
    );
    const msg = renderReminderMessage({ items, subscriptions: [{ id: 's1', scope: 'all' }] });
    expect(validateMessage(msg)).toEqual([]);
    expect(blocksOf({ items, subscriptions: [{ id: 's1', scope: 'all' }] }).at(-1)?.type).toBe('actions');
    expect(JSON.stringify(msg.blocks)).toContain('/cert remind list');
  });

  it('builds items from the catalog: one per credential and date, days in the subscription’s zone', () => {
    const model = buildReminderMessage({
      catalog: reminderCatalog(),
      reminders: [
        {
          eventId: 'mls-c01/retired-2026-12-24',
          subscriptionId: 's1',
          credentialId: 'mls-c01',
          kind: 'retired',
          date: '2026-12-24',
          lead: 30,
          at: PASS_NOW,
        },
        {
          eventId: 'mls-c01/last-exam-2026-12-24',
          subscriptionId: 's1',
          credentialId: 'mls-c01',
          kind: 'last-exam',
          date: '2026-12-24',
          lead: 30,
          at: PASS_NOW,
        },
      ],
      subscriptions: [{ id: 's1', scope: { kind: 'issuer', id: 'aws' }, tz: 'Pacific/Kiritimati' }],
      now: new Date('2026-11-24T20:00:00Z'),
    });
    expect(model.items).toHaveLength(1);
    // 20:00Z is already 25 November in Kiritimati (UTC+14): 29 days to go there.
    expect(model.items[0]).toMatchObject({ days: 29, changes: [{ kind: 'last-exam' }, { kind: 'retired' }] });
    expect(model.items[0]?.replacedBy.map((r) => r.acronym)).toEqual(['MLA-C01', 'AIF-C01']);
    expect(model.subscriptions).toEqual([{ id: 's1', scope: 'everything from Amazon Web Services' }]);
    expect(renderReminderText(model)).toContain(
      'Last day to sit the exam (30-day reminder) · Retires (30-day reminder): Thu 24 Dec 2026, in 29 days',
    );
  });
});
