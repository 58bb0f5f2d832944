/**
 * Exactly once across processes: two passes in two processes over one database, with a slow Slack;
 * and a pass killed with SIGKILL mid-way, then passes before and after its lease ran out.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeliveryRecord } from '../../src/reminders/reminder-types.js';
import { subscribe } from '../../src/reminders/subscribe.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { createStoreTarget, STORE_KINDS, type StoreTarget } from '../store/store-targets.js';
import { type RecordedCall, type SlackStandIn, startSlackStandIn } from '../support/slack-stand-in.js';
import { LONG_AGO, PASS_NOW } from './reminder-fixtures.js';
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

/** (channel, item) → how many posts carried it. */
function itemCounts(calls: RecordedCall[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of calls) {
    for (const b of c.body.blocks as { block_id?: string }[]) {
      const id = b.block_id ?? '';
      if (!id.startsWith('reminder_') || id === 'reminder_header') continue;
      const key = `${String(c.body.channel)}|${id}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
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
    slowSlack(slack, 300);
    const startAt = String(Date.now() + 4000);
    const a = spawnPassWorker(env('A', { START_AT: startAt }));
    const b = spawnPassWorker(env('B', { START_AT: startAt }));
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect([ra.code, rb.code], `${ra.stderr}\n${rb.stderr}`).toEqual([0, 0]);

    const counts = itemCounts(slack.callsTo('chat.postMessage'));
    expect(counts.size).toBe(channels.length * ITEMS_PER_CHANNEL);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    const rows = await store.deliveries.all();
    expect(rows).toHaveLength(channels.length * KEYS_PER_CHANNEL);
    expect(rows.every((r) => r.state === 'sent')).toBe(true);
    // Both processes really competed: each sent some channels (a channel the other is sending is not due).
    const outcomes = [...(ra.report?.channels ?? []), ...(rb.report?.channels ?? [])].map((c) => c.outcome);
    expect(outcomes.filter((o) => o === 'sent').length).toBeGreaterThanOrEqual(channels.length);
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
