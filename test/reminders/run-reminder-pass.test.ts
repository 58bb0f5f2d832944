import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackPoster } from '../../src/reminders/create-slack-poster.js';
import { listSubscriptions } from '../../src/reminders/list-subscriptions.js';
import { resume } from '../../src/reminders/resume-subscriptions.js';
import { runReminderPass } from '../../src/reminders/run-reminder-pass.js';
import { subscribe } from '../../src/reminders/subscribe.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { createStoreTarget, STORE_KINDS, type StoreTarget } from '../store/store-targets.js';
import { validateMessage } from '../support/block-kit-validator.js';
import {
  type RecordedCall,
  type SlackStandIn,
  type StandInReply,
  startSlackStandIn,
} from '../support/slack-stand-in.js';
import { LONG_AGO, PASS_NOW, type ReminderCatalog, reminderCatalog } from './reminder-fixtures.js';

const logger = pino({ level: 'silent' });
const WS = { team: 'T1', enterprise: '' };

function okPost(c: RecordedCall): StandInReply {
  return { body: { ok: true, channel: c.body.channel, ts: `${1_800_000_000 + c.at / 1e6}` } };
}

function posts(slack: SlackStandIn, channel?: string): RecordedCall[] {
  return slack.callsTo('chat.postMessage').filter((c) => channel === undefined || c.body.channel === channel);
}

/** The reminder items of a posted message, by their block ids (`reminder_<credential>_<date>`). */
function items(call: RecordedCall): string[] {
  const blocks = call.body.blocks as { block_id?: string }[];
  return blocks.map((b) => b.block_id ?? '').filter((id) => id.startsWith('reminder_') && id !== 'reminder_header');
}

describe.each(STORE_KINDS)('reminder pass on %s', (kind) => {
  let target: StoreTarget;
  let store: Store;
  let slack: SlackStandIn;
  let catalog: ReminderCatalog;

  const pass = (over: Partial<Parameters<typeof runReminderPass>[0]> = {}) =>
    runReminderPass({
      store,
      catalog,
      now: PASS_NOW,
      poster: createSlackPoster({ token: 'xoxb-test', slackApiUrl: slack.apiUrl }),
      holder: 'test-holder',
      logger,
      ...over,
    });

  const sub = (channel: string, scope: Parameters<typeof subscribe>[1]['scope'] = { kind: 'all' }, now = LONG_AGO) =>
    subscribe(store, { ...WS, channel, scope, actor: 'U1', now });

  beforeEach(async () => {
    target = await createStoreTarget(kind);
    store = await openStore(target.url);
    slack = await startSlackStandIn();
    catalog = reminderCatalog();
  });
  afterEach(async () => {
    await store.close();
    await slack.close();
    await target.cleanup();
  });

  it('sends everything due for a channel as one valid message, once', async () => {
    await sub('C1');
    const report = await pass();
    expect(report.channels.map((c) => [c.channel, c.outcome])).toEqual([['C1', 'sent']]);
    const [call, ...more] = posts(slack);
    expect(more).toEqual([]);
    if (!call) throw new Error('no post');
    expect(validateMessage({ text: String(call.body.text), blocks: call.body.blocks as unknown[] })).toEqual([]);
    // A credential's last exam and retirement on the same date are one item.
    expect(items(call)).toEqual([
      'reminder_scs-c02_2026-12-01',
      'reminder_mls-c01_2026-12-24',
      'reminder_aaism_2027-01-15',
    ]);
    const json = JSON.stringify(call.body.blocks);
    expect(json).toContain('Last day to sit the exam · Retires');
    expect(json).toContain('in 30 days');
    expect(json).toContain('*MLA-C01* AWS Certified Machine Learning Engineer – Associate');
    expect(json).toContain('<https://issuer.example/mls-c01|MLS-C01 exam page>');
    // Catalog text cannot ping the channel.
    expect(json).not.toContain('<!channel>');
    expect(json).toContain('&lt;!channel&gt;');
    const stop = (call.body.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]).find(
      (b) => b.type === 'actions',
    );
    const subs = await store.subscriptions.list(WS);
    expect(stop?.elements?.[0]).toMatchObject({
      action_id: 'stop_reminders',
      value: JSON.stringify({ sub: subs[0]?.id }),
    });

    const rows = await store.deliveries.all();
    expect(rows.map((r) => `${r.credentialId}:${r.kind}:${r.lead}:${r.state}`).sort()).toEqual([
      'aaism:price-change:90:sent',
      'mls-c01:last-exam:30:sent',
      'mls-c01:retired:30:sent',
      'scs-c02:retired:7:sent',
    ]);
    // A second pass at the same moment, and one an hour later, send nothing more.
    await pass();
    await pass({ now: new Date(PASS_NOW.getTime() + 3600_000) });
    expect(posts(slack)).toHaveLength(1);
  });

  it('never sends a channel the same reminder twice for overlapping subscriptions', async () => {
    const all = await sub('C1');
    const aws = await sub('C1', { kind: 'issuer', id: 'aws' });
    await sub('C1', { kind: 'credentials', ids: ['mls-c01'] });
    await sub('C2', { kind: 'issuer', id: 'aws' });
    await pass();
    const [c1, ...moreC1] = posts(slack, 'C1');
    expect(moreC1).toEqual([]);
    if (!c1) throw new Error('no post to C1');
    expect(items(c1)).toHaveLength(3);
    // Each subscription that owed something gets its own stop button.
    const buttons = (c1.body.blocks as { type: string; elements?: { value: string }[] }[])
      .filter((b) => b.type === 'actions')
      .map((b) => JSON.parse(b.elements?.[0]?.value ?? '{}').sub);
    expect(buttons).toContain(all.subscription.id);
    expect(buttons).toContain(aws.subscription.id);
    expect(buttons).toHaveLength(3);
    expect(items(posts(slack, 'C2')[0] ?? c1)).toEqual(['reminder_scs-c02_2026-12-01', 'reminder_mls-c01_2026-12-24']);
  });

  it('defers a rate-limited channel on its own and posts it after Retry-After', async () => {
    await sub('C-limited');
    await sub('C-fine');
    slack.on('chat.postMessage', (c) =>
      c.body.channel === 'C-limited'
        ? { status: 429, headers: { 'retry-after': '30' }, body: { ok: false, error: 'ratelimited' } }
        : okPost(c),
    );
    const started = Date.now();
    const report = await pass();
    expect(Date.now() - started).toBeLessThan(5000);
    const limited = report.channels.find((c) => c.channel === 'C-limited');
    expect(limited).toMatchObject({ outcome: 'rate-limited', retryAfterMs: 30_000 });
    expect(report.channels.find((c) => c.channel === 'C-fine')?.outcome).toBe('sent');

    // Slack is fine again, but the channel's claims are held until Retry-After has passed.
    slack.on('chat.postMessage', okPost);
    await pass();
    expect(posts(slack, 'C-limited')).toHaveLength(1);
    await pass({ clock: () => new Date(Date.now() + 31_000) });
    expect(posts(slack, 'C-limited')).toHaveLength(2);
    expect(posts(slack, 'C-fine')).toHaveLength(1);
    expect((await store.deliveries.all()).every((r) => r.state === 'sent')).toBe(true);
  });

  it('releases the claims of a post Slack failed (500) and sends them on the next pass', async () => {
    await sub('C1');
    let fail = true;
    slack.on('chat.postMessage', (c) => (fail ? { status: 500, body: 'oops' } : okPost(c)));
    const report = await pass();
    expect(report.channels[0]).toMatchObject({ outcome: 'failed', error: 'http_500' });
    expect(await store.deliveries.all()).toEqual([]);
    fail = false;
    await pass();
    expect(posts(slack)).toHaveLength(2);
    expect((await store.deliveries.all()).filter((r) => r.state === 'sent')).toHaveLength(4);
  });

  it.each(['channel_not_found', 'is_archived', 'not_in_channel'])(
    'pauses the channel on %s, shows it in the list, and resumes on request',
    async (error) => {
      const { subscription } = await sub('C-gone');
      slack.on('chat.postMessage', () => ({ body: { ok: false, error } }));
      const report = await pass();
      expect(report.channels[0]).toMatchObject({ outcome: 'paused', error });
      const listed = await listSubscriptions(store, { ...WS, channel: 'C-gone', catalog, now: PASS_NOW });
      expect(listed.subscriptions[0]?.subscription).toMatchObject({ status: 'paused', pausedReason: error });
      expect(listed.changes[0]).toMatchObject({ action: 'paused', actor: 'certdesk', detail: error });
      // Paused: no more attempts.
      await pass();
      expect(posts(slack)).toHaveLength(1);

      slack.on('chat.postMessage', okPost);
      const resumed = await resume(store, { ...WS, channel: 'C-gone', actor: 'U2', now: PASS_NOW });
      expect(resumed.map((s) => s.id)).toEqual([subscription.id]);
      await pass();
      expect(posts(slack)).toHaveLength(2);
    },
  );

  it('dry run: shows what would be sent and records nothing', async () => {
    await sub('C1');
    const report = await runReminderPass({ store, catalog, now: PASS_NOW, dryRun: true, holder: 'dry', logger });
    expect(report.channels[0]?.outcome).toBe('would-send');
    expect(report.channels[0]?.messages[0]?.reminders).toHaveLength(4);
    expect(posts(slack)).toEqual([]);
    expect(await store.deliveries.all()).toEqual([]);
  });

  it('a new subscription hears at its next due hour, once, then follows the leads', async () => {
    const created = new Date('2026-11-24T15:00:00Z');
    await sub('C-new', { kind: 'all' }, created);
    await pass({ now: new Date('2026-11-24T15:01:00Z') });
    expect(posts(slack)).toEqual([]);
    await pass({ now: new Date('2026-11-25T09:00:00Z') });
    const [first] = posts(slack);
    if (!first) throw new Error('no post');
    expect(items(first)).toHaveLength(3);
    expect((await store.deliveries.all()).map((r) => `${r.credentialId}:${r.lead}`).sort()).toEqual([
      'aaism:90',
      'mls-c01:30',
      'mls-c01:30',
      'scs-c02:7',
    ]);
    await pass({ now: new Date('2026-11-26T09:00:00Z') });
    expect(posts(slack)).toHaveLength(1);
    // 2026-11-30 09:00 is the 1-day lead of SCS-C02's retirement.
    await pass({ now: new Date('2026-11-30T09:00:00Z') });
    expect(items(posts(slack)[1] ?? first)).toEqual(['reminder_scs-c02_2026-12-01']);
  });

  it('follows a moved date, and starts an event added later at its next lead', async () => {
    await sub('C1');
    await pass();
    expect(posts(slack)).toHaveLength(1);
    // The issuer moves MLS-C01's last day earlier, and the catalog gains a launch 20 days out.
    const launch = reminderCatalog().credentials.find((c) => c.id === 'scs-c03');
    if (!launch) throw new Error('fixture');
    catalog = reminderCatalog({
      mlsDate: '2026-12-20',
      extra: [
        {
          ...launch,
          id: 'new-cert',
          acronym: 'NEW',
          events: [
            {
              id: 'new-cert/launched-2026-12-16',
              kind: 'launched',
              date: '2026-12-16',
              sources: ['issuer-page'],
              replaced_by: [],
              dates_by_language: [],
            },
          ],
        },
      ],
    });
    await pass({ now: new Date('2026-11-26T09:00:00Z') });
    const [, moved] = posts(slack);
    if (!moved) throw new Error('no post for the moved date');
    expect(items(moved)).toEqual(['reminder_mls-c01_2026-12-20']);
    expect(JSON.stringify(moved.body.blocks)).toContain('in 24 days');
    // The new launch's 30-day lead passed before it was added: its first reminder is the 7-day one.
    await pass({ now: new Date('2026-12-08T09:00:00Z') });
    expect(posts(slack)).toHaveLength(2);
    await pass({ now: new Date('2026-12-09T09:00:00Z') });
    expect(items(posts(slack)[2] ?? moved)).toEqual(['reminder_new-cert_2026-12-16']);
  });
});
