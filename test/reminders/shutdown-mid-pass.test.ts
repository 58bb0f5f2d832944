/**
 * SIGTERM while the app's reminder pass is under way (the real process, a slow Slack stand-in, SQLite
 * and PostgreSQL): it claims nothing more, lets the posts in flight finish — or, past the deadline,
 * records them as outcome unknown — exits 0 within 10 s, and no reminder is posted twice afterwards.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src/answer/utc-day.js';
import { createSlackPoster } from '../../src/reminders/create-slack-poster.js';
import { runReminderPass } from '../../src/reminders/run-reminder-pass.js';
import { subscribe } from '../../src/reminders/subscribe.js';
import { openStore } from '../../src/store/open-store.js';
import { createStoreTarget, STORE_KINDS, type StoreTarget } from '../store/store-targets.js';
import { freePort, httpMode, type Started, startMain, waitForHealth } from '../support/run-main.js';
import { type SlackStandIn, startSlackStandIn } from '../support/slack-stand-in.js';
import { LONG_AGO, reminderCatalog } from './reminder-fixtures.js';
import { itemCounts } from './support/item-counts.js';
import { writeReminderCatalog } from './support/write-reminder-catalog.js';

const WS = { team: 'T1', enterprise: '' };
const CHANNELS = Array.from({ length: 60 }, (_, i) => `C${String(i + 1).padStart(3, '0')}`);
/** MLS-C01 retires 20 days from today: its 30-day reminder is due now in every channel, whatever today is. */
const MLS_DATE = addDays(new Date().toISOString().slice(0, 10), 20);

describe.each(STORE_KINDS)('SIGTERM during a reminder pass on %s', (kind) => {
  let target: StoreTarget;
  let slack: SlackStandIn;
  let started: Started | undefined;
  let catalogDir: string;

  beforeEach(async () => {
    target = await createStoreTarget(kind);
    slack = await startSlackStandIn();
    catalogDir = writeReminderCatalog(join(mkdtempSync(join(tmpdir(), 'certdesk-cat-')), 'catalog'), {
      mlsDate: MLS_DATE,
    });
    const store = await openStore(target.url);
    for (const channel of CHANNELS) {
      await subscribe(store, { ...WS, channel, scope: { kind: 'all' }, actor: 'U1', now: LONG_AGO });
    }
    await store.close();
  });
  afterEach(async () => {
    started?.child.kill('SIGKILL');
    await slack.close();
    await target.cleanup();
  });

  async function stopMidPass(postDelayMs: number, postsBeforeSignal: number) {
    slack.on('chat.postMessage', (c) => ({
      delayMs: postDelayMs,
      body: { ok: true, channel: c.body.channel, ts: `${c.at / 1000}` },
    }));
    const port = await freePort();
    started = startMain({ ...httpMode(slack, port), DATABASE_URL: target.url, CATALOG_DIR: catalogDir });
    await waitForHealth(port);
    await slack.waitFor('chat.postMessage', postsBeforeSignal, 30_000);
    const signalledAt = Date.now();
    started.child.kill('SIGTERM');
    const { code, at } = await started.exited;
    expect(code, started.output()).toBe(0);
    expect(at - signalledAt).toBeLessThan(10_000);
    return { postedAtStop: slack.callsTo('chat.postMessage').length };
  }

  /** A later pass (after any lease) by another process, with a quick Slack. */
  async function laterPass() {
    slack.on('chat.postMessage', (c) => ({ body: { ok: true, channel: c.body.channel, ts: `${c.at / 1000}` } }));
    const store = await openStore(target.url);
    try {
      return await runReminderPass({
        store,
        catalog: reminderCatalog({ mlsDate: MLS_DATE }),
        now: new Date(),
        clock: () => new Date(Date.now() + 10 * 60_000),
        poster: createSlackPoster({ token: 'xoxb-test', slackApiUrl: slack.apiUrl }),
        holder: 'later',
        logger: pino({ level: 'silent' }),
      });
    } finally {
      await store.close();
    }
  }

  it('stops claiming, finishes the posts in flight, leaves no claim behind, and nothing is posted twice', async () => {
    const { postedAtStop } = await stopMidPass(1000, 6);
    // The pass stopped claiming: far fewer posts than channels, all of them answered and recorded.
    expect(postedAtStop).toBeLessThan(CHANNELS.length / 2);
    const store = await openStore(target.url);
    const rows = await store.deliveries.all();
    await store.close();
    expect(rows.filter((r) => r.state !== 'sent')).toEqual([]);
    expect(new Set(rows.map((r) => r.channel)).size).toBe(postedAtStop);

    await laterPass();
    const counts = itemCounts(slack.callsTo('chat.postMessage'));
    expect(new Set([...counts.keys()].map((k) => k.split('|')[0])).size).toBe(CHANNELS.length);
    expect([...counts.entries()].filter(([, n]) => n !== 1)).toEqual([]);
  }, 120_000);

  it('records posts still unanswered at the deadline as outcome unknown, and never posts them again', async () => {
    const { postedAtStop } = await stopMidPass(12_000, 4);
    const store = await openStore(target.url);
    const rows = await store.deliveries.all();
    await store.close();
    expect(rows.filter((r) => r.state === 'claimed' || r.state === 'sending')).toEqual([]);
    const unconfirmed = new Set(rows.filter((r) => r.state === 'unconfirmed').map((r) => r.channel));
    expect(unconfirmed.size).toBe(postedAtStop);
    expect(started?.output()).toContain('stopped before Slack answered');

    const report = await laterPass();
    const counts = itemCounts(slack.callsTo('chat.postMessage'));
    expect([...counts.entries()].filter(([, n]) => n !== 1)).toEqual([]);
    expect(report.channels.filter((c) => unconfirmed.has(c.channel))).toEqual([]);
    expect(new Set([...counts.keys()].map((k) => k.split('|')[0])).size).toBe(CHANNELS.length);
  }, 120_000);
});
