/**
 * Exactly once across processes: two passes in two processes over one database, each held mid-pass until
 * the other is too; and a pass killed with SIGKILL mid-way, then passes before and after its lease ran out.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeliveryRecord } from '../../src/reminders/reminder-types.js';
import { subscribe } from '../../src/reminders/subscribe.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { createStoreTarget, STORE_KINDS, type StoreTarget } from '../store/store-targets.js';
import { type SlackStandIn, startSlackStandIn } from '../support/slack-stand-in.js';
import { LONG_AGO, PASS_NOW } from './reminder-fixtures.js';
import { itemCounts } from './support/item-counts.js';
import { spawnPassWorker } from './support/spawn-pass-worker.js';

const WS = { team: 'T1', enterprise: '' };
/** Every channel is owed 4 reminders in 3 items (see reminder-fixtures.ts). */
const ITEMS_PER_CHANNEL = 3;
const KEYS_PER_CHANNEL = 4;

function slowSlack(slack: SlackStandIn, delayMs: number) {
  slack.on('chat.postMessage', (c) => ({
    delayMs,
    body: {
      ok: true,
      channel: c.body.channel,
      ts: `${Math.floor(c.at / 1000)}.${String(c.at % 1000).padStart(6, '0')}`,
    },
  }));
}

/**
 * A Slack whose chat.postMessage holds every answer until both processes have posted at least once (or
 * `timeoutMs` passed): neither pass can finish before the other is mid-pass, however the two processes
 * are scheduled. The workers post with their own tokens (xoxb-worker-A, -B).
 */
function slackHeldUntilBothPost(slack: SlackStandIn, holders: string[], timeoutMs: number) {
  const seen = new Set<string>();
  let open!: () => void;
  const bothPosted = new Promise<void>((resolve) => {
    open = resolve;
  });
  const timer = setTimeout(open, timeoutMs);
  slack.on('chat.postMessage', async (c) => {
    seen.add(String(c.headers.authorization ?? '').replace(/^Bearer xoxb-worker-/, ''));
    if (holders.every((h) => seen.has(h))) {
      clearTimeout(timer);
      open();
    }
    await bothPosted;
    return {
      body: {
        ok: true,
        channel: c.body.channel,
        ts: `${Math.floor(c.at / 1000)}.${String(c.at % 1000).padStart(6, '0')}`,
      },
    };
  });
  return { seen };
}

describe.each(STORE_KINDS)('passes in separate processes on %s', (kind) => {
  let target: StoreTarget;
  let store: Store;
  let slack: SlackStandIn;
  const channels = Array.from({ length: 8 }, (_, i) => `C${i + 1}`);

  beforeEach(async () => {
    target = await createStoreTarget(kind);
    store = await openStore(target.url);
    slack = await startSlackStandIn();
    for (const [i, channel] of channels.entries()) {
      // Subscriptions made in channel order, so passes work through channels in that order.
      await subscribe(store, {
        ...WS,
        channel,
        scope: { kind: 'all' },
        actor: 'U1',
        now: new Date(LONG_AGO.getTime() + i),
      });
      await subscribe(store, {
        ...WS,
        channel,
        scope: { kind: 'issuer', id: 'aws' },
        actor: 'U1',
        now: new Date(LONG_AGO.getTime() + i),
      });
    }
  });
  afterEach(async () => {
    await store.close();
    await slack.close();
    await target.cleanup();
  });

  const env = (holder: string, extra: Record<string, string> = {}) => ({
    DATABASE_URL: target.url,
    SLACK_API_URL: slack.apiUrl,
    PASS_NOW: PASS_NOW.toISOString(),
    HOLDER: holder,
    ...extra,
  });

  it('two concurrent passes send every reminder exactly once', async () => {
    // Each pass holds at most CONCURRENCY channels at once, all waiting on Slack until the other process
    // has posted too: the second pass must find, and claim, channels the first has not reached.
    const gate = slackHeldUntilBothPost(slack, ['A', 'B'], 30_000);
    const a = spawnPassWorker(env('A', { CONCURRENCY: '2' }));
    const b = spawnPassWorker(env('B', { CONCURRENCY: '2' }));
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect([ra.code, rb.code], `${ra.stderr}\n${rb.stderr}`).toEqual([0, 0]);
    expect(gate.seen).toEqual(new Set(['A', 'B']));

    const counts = itemCounts(slack.callsTo('chat.postMessage'));
    expect(counts.size).toBe(channels.length * ITEMS_PER_CHANNEL);
    for (const [key, n] of counts) expect(n, key).toBe(1);
    const rows = await store.deliveries.all();
    expect(rows).toHaveLength(channels.length * KEYS_PER_CHANNEL);
    expect(rows.every((r) => r.state === 'sent')).toBe(true);
    // Both processes really competed: each sent some channels, and no channel was sent by both.
    const sentBy = (r: typeof ra) =>
      (r.report?.channels ?? []).filter((c) => c.outcome === 'sent').map((c) => c.channel);
    const [sentA, sentB] = [sentBy(ra), sentBy(rb)];
    expect(sentA.length).toBeGreaterThan(0);
    expect(sentB.length).toBeGreaterThan(0);
    expect(new Set([...sentA, ...sentB]).size).toBe(sentA.length + sentB.length);
    expect(sentA.length + sentB.length).toBe(channels.length);
    expect(new Set(rows.map((r) => r.claimedBy))).toEqual(new Set(['A', 'B']));
  }, 60_000);

  it('a pass killed with SIGKILL loses nothing and doubles nothing: its in-flight post ends unconfirmed', async () => {
    slowSlack(slack, 300);
    const leaseMs = 8000;
    const a = spawnPassWorker(env('A', { LEASE_MS: String(leaseMs), CONCURRENCY: '1' }));
    // Kill it as Slack receives its third post: two are done, the third is in flight.
    await slack.waitFor('chat.postMessage', 3, 30_000);
    a.child.kill('SIGKILL');
    const ra = await a.done;
    expect(ra.signal).toBe('SIGKILL');

    const afterKill = await store.deliveries.all();
    // Marked sending before the post went out: no lease expiry lets another pass post it again.
    const inFlight = afterKill.filter((r) => r.state === 'sending');
    const inFlightChannels = new Set(inFlight.map((r) => r.channel));
    expect(afterKill.filter((r) => r.state === 'sent')).toHaveLength(2 * KEYS_PER_CHANNEL);
    expect(inFlightChannels.size).toBe(1);
    expect(inFlight).toHaveLength(KEYS_PER_CHANNEL);

    // Another pass (within the lease, or after it on a slow machine): everything else is sent, and the
    // in-flight channel is not posted again (its rows stay sending, or are settled as unconfirmed).
    const b = await spawnPassWorker(env('B', { LEASE_MS: String(leaseMs) })).done;
    expect(b.code, b.stderr).toBe(0);
    const heldUntil = Math.max(...inFlight.map((r: DeliveryRecord) => r.leaseUntil.getTime()));
    const midway = await store.deliveries.all();
    expect(
      midway.filter((r) => (r.state === 'sending' || r.state === 'unconfirmed') && r.claimedBy === 'A'),
    ).toHaveLength(KEYS_PER_CHANNEL);

    // After the lease, the next pass records the dead process's post as outcome unknown, and does not repeat it.
    await new Promise((r) => setTimeout(r, Math.max(0, heldUntil - Date.now()) + 200));
    const c = await spawnPassWorker(env('C', { LEASE_MS: String(leaseMs) })).done;
    expect(c.code, c.stderr).toBe(0);

    expect((b.report?.unconfirmed ?? 0) + (c.report?.unconfirmed ?? 0)).toBe(KEYS_PER_CHANNEL);
    const final = await store.deliveries.all();
    expect(final).toHaveLength(channels.length * KEYS_PER_CHANNEL);
    expect(final.filter((r) => r.state === 'unconfirmed').map((r) => r.channel)).toEqual(
      inFlight.map((r) => r.channel),
    );
    expect(final.filter((r) => r.state === 'sent')).toHaveLength((channels.length - 1) * KEYS_PER_CHANNEL);
    const counts = itemCounts(slack.callsTo('chat.postMessage'));
    expect(counts.size).toBe(channels.length * ITEMS_PER_CHANNEL);
    for (const [key, n] of counts) expect(n, key).toBe(1);
    expect(final.some((r) => r.claimedBy === 'C')).toBe(false);
  }, 60_000);
});
