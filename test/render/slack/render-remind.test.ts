/**
 * The `/cert remind` renderers on their own: hostile text stays escaped, many subscriptions or many
 * credentials stay within Block Kit's limits, and the values a button or modal carries stay readable.
 */
import { describe, expect, it } from 'vitest';
import type { DueReminder } from '../../../src/reminders/due-reminders.js';
import type { ListedSubscription } from '../../../src/reminders/list-subscriptions.js';
import type { Subscription, SubscriptionChange } from '../../../src/reminders/reminder-types.js';
import { renderRemindList } from '../../../src/render/slack/render-remind-list.js';
import { REMIND_MODAL, renderRemindModal } from '../../../src/render/slack/render-remind-modal.js';
import { renderRemindInvalid } from '../../../src/render/slack/render-remind-notice.js';
import { nextReminderMrkdwn, remindButtonValue, soonest } from '../../../src/render/slack/render-remind-parts.js';
import { validateMessage, validateView } from '../../support/block-kit-validator.js';

const NOW = new Date('2026-03-10T12:00:00Z');
const names = { credential: (id: string) => id.toUpperCase(), issuer: (id: string) => `Issuer ${id}` };
const UNESCAPED = /<!(channel|here|everyone)|<@U123>/;

function sub(n: number, extra: Partial<Subscription> = {}): Subscription {
  return {
    id: `s${String(n).padStart(10, 'a')}`,
    team: 'T1',
    enterprise: '',
    channel: 'C1',
    scope: { kind: 'credentials', ids: [`cred-${n}`] },
    leads: [30, 7],
    hour: 9,
    tz: 'Europe/Berlin',
    status: 'active',
    pausedReason: null,
    pausedAt: null,
    createdBy: 'U0ASKER',
    createdAt: NOW,
    updatedAt: NOW,
    ...extra,
  };
}

function due(credentialId: string, date: string, at: string): DueReminder {
  return {
    subscriptionId: 's',
    eventId: `${credentialId}/last-exam-${date}`,
    credentialId,
    kind: 'last-exam',
    date,
    lead: 30,
    at: new Date(at),
  };
}

function change(actor: string, detail: string): SubscriptionChange {
  return {
    id: 'c1',
    team: 'T1',
    enterprise: '',
    channel: 'C1',
    subscriptionId: 's1',
    actor,
    action: 'subscribed',
    detail,
    at: NOW,
  };
}

describe('renderRemindList', () => {
  it('escapes what came from elsewhere (pause reasons, change details) and names actors', () => {
    const paused = sub(1, { status: 'paused', pausedReason: '<!channel> gone', pausedAt: NOW });
    const msg = renderRemindList({
      listing: {
        subscriptions: [{ subscription: paused, next: [due('mls-c01', '2026-03-31', '2026-03-11T08:00:00Z')] }],
        changes: [change('U0ASKER', 'x <@U123>'), change('cli', 'all'), change('certdesk', 'paused')],
      },
      names,
      now: NOW,
    });
    const text = JSON.stringify(msg);
    expect(validateMessage(msg)).toEqual([]);
    expect(text).not.toMatch(UNESCAPED);
    expect(text).toContain('&lt;!channel&gt; gone');
    expect(text).toContain('Paused');
    expect(text).toContain('Once resumed');
    expect(text).toContain('<@U0ASKER> subscribed');
    expect(text).toContain('an administrator (certdesk CLI) subscribed');
  });

  it('keeps 60 subscriptions within a message, the Remind button last', () => {
    const many: ListedSubscription[] = Array.from({ length: 60 }, (_, i) => ({
      subscription: sub(i),
      next: [
        due('mls-c01', '2026-03-31', '2026-03-11T08:00:00Z'),
        due('aip-c01', '2026-04-14', '2026-03-15T08:00:00Z'),
      ],
    }));
    const msg = renderRemindList({ listing: { subscriptions: many, changes: [] }, names, now: NOW });
    expect(validateMessage(msg)).toEqual([]);
    expect(msg.blocks.at(-1)).toMatchObject({ type: 'actions', block_id: 'remind_actions' });
    expect(JSON.stringify(msg.blocks)).toContain('More than fits in one message');
  });
});

describe('next reminders', () => {
  it('say when each goes out, how far off the change is, and "Due now" for one already due', () => {
    const s = { hour: 9, tz: 'Europe/Berlin' };
    expect(nextReminderMrkdwn(due('mls-c01', '2026-03-31', '2026-03-11T08:00:00Z'), s, names, NOW)).toBe(
      '*Wed 11 Mar 2026, 09:00* — MLS-C01: last day to sit the exam in 20 days (Tue 31 Mar 2026)',
    );
    expect(nextReminderMrkdwn(due('mls-c01', '2026-03-31', '2026-03-10T08:00:00Z'), s, names, NOW)).toMatch(
      /^\*Due now\* — MLS-C01: last day to sit the exam in 21 days/,
    );
  });

  it('show the soonest first, the nearest change first among those sent together', () => {
    const later = due('aair', '2026-04-15', '2026-03-11T08:00:00Z');
    const nearer = due('mls-c01', '2026-03-31', '2026-03-11T08:00:00Z');
    const next = due('ccsp', '2026-08-01', '2026-03-12T08:00:00Z');
    expect(soonest([next, later, nearer]).map((r) => r.credentialId)).toEqual(['mls-c01', 'aair', 'ccsp']);
  });
});

describe('renderRemindModal', () => {
  const choices = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `c${i}`, label: `C${i} — ${'n'.repeat(90)}` }));

  it('offers at most 100 credentials, preselects only known ones, and is a valid modal', () => {
    const view = renderRemindModal({
      channel: 'C0CHAN',
      credentials: choices(150),
      issuers: [{ id: 'aws', label: 'Amazon Web Services' }],
      prefill: { credentials: ['c3', 'missing'], issuer: 'nope' },
    });
    expect(validateView(view)).toEqual([]);
    const text = JSON.stringify(view);
    expect(text).toContain('<#C0CHAN>');
    expect(text).not.toContain('"value":"c100"');
    expect(text).toContain('"initial_options":[{"text":{"type":"plain_text","text":"C3');
    expect(text).not.toContain('"value":"missing"');
    expect(JSON.parse(view.private_metadata ?? '')).toEqual({ channel: 'C0CHAN' });
    expect(view.callback_id).toBe(REMIND_MODAL.callbackId);
  });

  it('names no channel it cannot vouch for', () => {
    const view = renderRemindModal({ channel: '<!here>', credentials: choices(1), issuers: choices(1) });
    expect(JSON.stringify(view.blocks)).toContain('this channel');
    expect(JSON.stringify(view.blocks)).not.toContain('<!here>');
  });
});

describe('values and notices', () => {
  it('keeps the button value within 2000 characters', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `credential-${i}`);
    const value = remindButtonValue({ credentials: ids });
    expect(value.length).toBeLessThanOrEqual(2000);
    expect((JSON.parse(value) as { ids: string[] }).ids[0]).toBe('credential-0');
    expect(remindButtonValue({ issuer: 'aws' })).toBe('{"issuer":"aws"}');
    expect(remindButtonValue()).toBe('{}');
  });

  it('escapes the words the parser quotes back', () => {
    const msg = renderRemindInvalid('I don\'t know "<!channel>"');
    expect(JSON.stringify(msg)).not.toMatch(UNESCAPED);
    expect(msg.text).toContain('&lt;!channel&gt;');
  });
});
