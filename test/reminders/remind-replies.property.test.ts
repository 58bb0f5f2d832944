/**
 * Hostile input, fuzzed (fast-check) through `/cert remind`: whatever follows `remind`, the parser
 * returns a command and the reply rendered for it (invalid, subscribed, stopped, help) passes the Block
 * Kit validator with fallback text, and nothing the person typed comes back as a Slack control sequence.
 * Checked with this suite's own pattern (test/support/hostile-text.ts), never the app's escape function.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogIndex } from '../../src/catalog/build-catalog-index.js';
import { parseRemindCommand, type RemindCommand } from '../../src/reminders/parse-remind-command.js';
import type { Subscription } from '../../src/reminders/reminder-types.js';
import type { SlackMessage } from '../../src/render/slack/block-types.js';
import { renderRemindHelp, renderRemindInvalid } from '../../src/render/slack/render-remind-notice.js';
import { renderRemindStopped, renderRemindSubscribed } from '../../src/render/slack/render-remind-reply.js';
import { remindNames } from '../../src/slack/remind-names.js';
import { loadIndex } from '../render/support/make-answers.js';
import { validateMessage } from '../support/block-kit-validator.js';
import { catalogUrls, HOSTILE, messageStrings, slackLeaks } from '../support/hostile-text.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const WORDS = [
  'off',
  'list',
  'resume',
  'help',
  'every',
  '30,7 days',
  '2 weeks and 1 day before',
  'on the day',
  'at 8am',
  'at noon',
  'at 25',
  'in Europe/Berlin',
  'in Mars/Olympus',
  '10,000',
  '-7',
  '7.5',
  'sabcdefghjk',
];

let index: CatalogIndex;
let urls: Set<string>;
let remindText: fc.Arbitrary<string>;

beforeAll(async () => {
  index = await loadIndex();
  urls = catalogUrls(index);
  const known = [
    ...index.catalog.credentials.flatMap((c) => [c.id, c.acronym]),
    ...index.catalog.issuers.flatMap((i) => [i.id, i.name]),
  ].filter((w): w is string => typeof w === 'string' && w.length > 0);
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...known) },
    { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  );
  remindText = fc.oneof(
    { weight: 8, arbitrary: fc.array(piece, { maxLength: 10 }).map((ps) => ps.join(' ')) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
    { weight: 1, arbitrary: fc.array(piece, { minLength: 1, maxLength: 3 }).map((ps) => ps.join(' ').repeat(400)) },
  );
});

function subscription(scope: Subscription['scope'], c: Extract<RemindCommand, { action: 'subscribe' }>): Subscription {
  return {
    id: 'sabcdefghjk',
    team: 'T1',
    enterprise: '',
    channel: 'C1',
    scope,
    leads: c.leads ?? [90, 30, 7, 1],
    hour: c.hour ?? 9,
    tz: c.tz ?? 'UTC',
    status: 'active',
    pausedReason: null,
    pausedAt: null,
    createdBy: 'U1',
    createdAt: NOW,
    updatedAt: NOW,
  };
}

/** Every reply the command can get without a database (list and resume read the store). */
function repliesFor(c: RemindCommand): SlackMessage[] {
  const names = remindNames(index);
  switch (c.action) {
    case 'invalid':
      return [renderRemindInvalid(c.message)];
    case 'subscribe': {
      const sub = subscription(c.scope, c);
      return [
        renderRemindSubscribed({ subscription: sub, created: true, tzSource: 'typed', next: [], names, now: NOW }),
        renderRemindSubscribed({ subscription: sub, created: false, tzSource: 'default', next: [], names, now: NOW }),
      ];
    }
    case 'off': {
      const removed =
        'scope' in c.target ? [subscription(c.target.scope, { action: 'subscribe', scope: c.target.scope })] : [];
      return [renderRemindStopped([], c.target, names), renderRemindStopped(removed, c.target, names)];
    }
    default:
      return [renderRemindHelp()];
  }
}

function check(typed: string) {
  for (const text of [typed, `off ${typed}`]) {
    const command = parseRemindCommand(text, index);
    for (const msg of repliesFor(command)) {
      expect(validateMessage(msg), text).toEqual([]);
      expect(msg.text.trim().length).toBeGreaterThan(0);
      const leaks = messageStrings(msg).flatMap((s) => slackLeaks(s, urls));
      expect(leaks, `${JSON.stringify(text.slice(0, 200))} → ${command.action}`).toEqual([]);
    }
  }
}

describe('/cert remind, for any input', () => {
  it('the controls: hostile words quoted back in a refusal come out harmless', () => {
    for (const h of HOSTILE) {
      check(`aaism ${h}`);
      check(`aaism in ${h}`);
      check(`aaism at ${h}`);
    }
    // The time zone refusal quotes the word as typed: it reaches the reply, escaped.
    const c = parseRemindCommand('aaism in <!channel>', index);
    if (c.action !== 'invalid') throw new Error(`expected a refusal, got ${c.action}`);
    expect(c.message).toContain('<!channel>');
    expect(renderRemindInvalid(c.message).text).toContain('&lt;!channel&gt;');
  });

  it('parses, renders within Block Kit limits, and lets no control sequence through', () => {
    fc.assert(fc.property(remindText, check), { numRuns: 300 });
  });
});
