import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelRef, DeliveryKey, WorkspaceRef } from '../../src/reminders/reminder-types.js';
import { openStore } from '../../src/store/open-store.js';
import type { ClaimRequest, Store, UpsertSubscription } from '../../src/store/store.js';
import type { ThreadKey } from '../../src/store/thread-context.js';
import { createStoreTarget, STORE_KINDS, type StoreTarget } from './store-targets.js';

const T1: WorkspaceRef = { team: 'T1', enterprise: '' };
const T2: WorkspaceRef = { team: 'T2', enterprise: '' };
const ORG: WorkspaceRef = { team: 'T1', enterprise: 'E1' };
const C1: ChannelRef = { ...T1, channel: 'C1' };
const NOW = new Date('2026-11-24T10:00:00.000Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

function upsert(over: Partial<UpsertSubscription> = {}): UpsertSubscription {
  return { ...C1, scope: { kind: 'all' }, leads: [90, 30, 7, 1], hour: 9, tz: 'UTC', actor: 'U1', now: NOW, ...over };
}

function key(over: Partial<DeliveryKey> = {}): ClaimRequest {
  return {
    ...C1,
    eventId: 'mls-c01/retired-2026-12-31',
    credentialId: 'mls-c01',
    kind: 'retired',
    date: '2026-12-31',
    lead: 30,
    subscriptionId: 's1',
    ...over,
  };
}

describe.each(STORE_KINDS)('store on %s', (kind) => {
  let target: StoreTarget;
  let store: Store;

  beforeAll(async () => {
    target = await createStoreTarget(kind);
  });
  afterAll(async () => {
    await target.cleanup();
  });
  beforeEach(async () => {
    store = await openStore(target.url);
  });
  afterEach(async () => {
    await store.close();
  });

  it('migrates once, then has nothing left to apply, and answers a ping', async () => {
    expect(store.dialect).toBe(kind);
    expect(await store.migrate()).toEqual([]);
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it('lets several replicas open a fresh database at once: one migrates, the others find it done', async () => {
    const fresh = await createStoreTarget(kind);
    try {
      const stores = await Promise.all([1, 2, 3, 4].map(() => openStore(fresh.url)));
      for (const s of stores) expect(await s.migrate()).toEqual([]);
      await stores[0]?.subscriptions.upsert(upsert({ channel: 'C-fresh' }));
      expect(await stores[3]?.subscriptions.list(T1)).toHaveLength(1);
      await Promise.all(stores.map((s) => s.close()));
    } finally {
      await fresh.cleanup();
    }
  });

  describe('subscriptions', () => {
    it('creates one per channel and scope; subscribing again with the same scope updates it', async () => {
      const a = await store.subscriptions.upsert(upsert({ channel: 'C-upsert' }));
      expect(a.created).toBe(true);
      expect(a.subscription).toMatchObject({ channel: 'C-upsert', leads: [90, 30, 7, 1], hour: 9, status: 'active' });
      const b = await store.subscriptions.upsert(
        upsert({ channel: 'C-upsert', leads: [7, 30], hour: 8, tz: 'Europe/Berlin' }),
      );
      expect(b.created).toBe(false);
      expect(b.subscription.id).toBe(a.subscription.id);
      expect(b.subscription).toMatchObject({ leads: [30, 7], hour: 8, tz: 'Europe/Berlin' });
      expect(b.subscription.createdAt.toISOString()).toBe(NOW.toISOString());
      const c = await store.subscriptions.upsert(upsert({ channel: 'C-upsert', scope: { kind: 'issuer', id: 'aws' } }));
      expect(c.created).toBe(true);
      expect(await store.subscriptions.list(T1, { channel: 'C-upsert' })).toHaveLength(2);
    });

    it('treats a set of credentials as the same scope whatever the order', async () => {
      const a = await store.subscriptions.upsert(
        upsert({ channel: 'C-set', scope: { kind: 'credentials', ids: ['scs-c03', 'aaism'] } }),
      );
      const b = await store.subscriptions.upsert(
        upsert({ channel: 'C-set', scope: { kind: 'credentials', ids: ['aaism', 'scs-c03', 'aaism'] } }),
      );
      expect(b.subscription.id).toBe(a.subscription.id);
      expect(b.subscription.scope).toEqual({ kind: 'credentials', ids: ['aaism', 'scs-c03'] });
    });

    it('never lets another workspace see, stop, pause or resume a subscription, even with its id', async () => {
      const { subscription } = await store.subscriptions.upsert(upsert({ channel: 'C-iso' }));
      const id = subscription.id;
      for (const other of [T2, ORG]) {
        expect(await store.subscriptions.get(other, id)).toBeUndefined();
        expect(await store.subscriptions.list(other)).toEqual([]);
        expect(await store.subscriptions.changes(other, { limit: 10 })).toEqual([]);
        expect(await store.subscriptions.remove(other, [id], 'U9', NOW)).toEqual([]);
        expect(await store.subscriptions.pause(other, [id], 'x', 'U9', NOW)).toEqual([]);
      }
      expect((await store.subscriptions.get(T1, id))?.status).toBe('active');
      // An org install is its own workspace: the same team and channel under an enterprise are separate.
      const org = await store.subscriptions.upsert(upsert({ ...ORG, channel: 'C-iso' }));
      expect(org.created).toBe(true);
      expect(await store.subscriptions.list(ORG)).toHaveLength(1);
    });

    it('pauses and resumes, lists only active ones for the pass, and records every change', async () => {
      const { subscription } = await store.subscriptions.upsert(upsert({ channel: 'C-pause', actor: 'U7' }));
      const paused = await store.subscriptions.pause(
        T1,
        [subscription.id],
        'channel_not_found',
        'certdesk',
        later(1000),
      );
      expect(paused[0]).toMatchObject({ status: 'paused', pausedReason: 'channel_not_found' });
      expect(await store.subscriptions.pause(T1, [subscription.id], 'again', 'certdesk', later(1500))).toEqual([]);
      expect((await store.subscriptions.listActive()).map((s) => s.id)).not.toContain(subscription.id);
      const resumed = await store.subscriptions.resume(T1, [subscription.id], 'U8', later(2000));
      expect(resumed[0]).toMatchObject({ status: 'active', pausedReason: null, pausedAt: null });
      expect((await store.subscriptions.listActive()).map((s) => s.id)).toContain(subscription.id);
      const removed = await store.subscriptions.remove(T1, [subscription.id], 'U9', later(3000));
      expect(removed.map((s) => s.id)).toEqual([subscription.id]);
      expect(await store.subscriptions.get(T1, subscription.id)).toBeUndefined();

      const changes = await store.subscriptions.changes(T1, { channel: 'C-pause', limit: 10 });
      expect(changes.map((c) => [c.action, c.actor])).toEqual([
        ['unsubscribed', 'U9'],
        ['resumed', 'U8'],
        ['paused', 'certdesk'],
        ['subscribed', 'U7'],
      ]);
      expect(changes[2]?.detail).toBe('channel_not_found');
      expect(changes[3]?.detail).toBe('every dated change: 90, 30, 7 and 1 days before, at 09:00 UTC');
      expect(await store.subscriptions.changes(T1, { channel: 'C-pause', limit: 2 })).toHaveLength(2);
    });

    it('lists everything for administrators, by team when asked', async () => {
      await store.subscriptions.upsert(upsert({ ...T2, channel: 'C-admin' }));
      const all = await store.subscriptions.listEverywhere();
      expect(all.some((s) => s.team === 'T2')).toBe(true);
      expect((await store.subscriptions.listEverywhere({ team: 'T2' })).every((s) => s.team === 'T2')).toBe(true);
    });
  });

  describe('deliveries', () => {
    it('lets one holder claim a key; others cannot until its lease runs out; then it is taken over', async () => {
      const k = key({ channel: 'C-claim' });
      expect(await store.deliveries.claim([k], 'A', NOW, later(60_000))).toHaveLength(1);
      expect(await store.deliveries.claim([k], 'B', later(1000), later(61_000))).toEqual([]);
      expect(await store.deliveries.claim([k], 'A', later(1000), later(61_000))).toEqual([]);
      const taken = await store.deliveries.claim([k], 'B', later(60_000), later(120_000));
      expect(taken).toHaveLength(1);
      // A lost it: marking it sent does nothing; B's mark counts.
      expect(await store.deliveries.markSent([k], 'A', later(60_500), '1.1')).toBe(0);
      expect(await store.deliveries.markSent([k], 'B', later(61_000), '1.2')).toBe(1);
      // Sent is final: no lease expiry makes it claimable again.
      expect(await store.deliveries.claim([k], 'C', later(10_000_000), later(10_060_000))).toEqual([]);
      const [rec] = await store.deliveries.history({ ...T1, channel: 'C-claim' });
      expect(rec).toMatchObject({ state: 'sent', claimedBy: 'B', messageTs: '1.2', lead: 30, kind: 'retired' });
    });

    it('claims only the free keys of a batch, and never the same key twice in one batch', async () => {
      const a = key({ channel: 'C-batch', lead: 90 });
      const b = key({ channel: 'C-batch', lead: 30 });
      await store.deliveries.claim([a], 'A', NOW, later(60_000));
      const got = await store.deliveries.claim([a, b, b], 'B', NOW, later(60_000));
      expect(got.map((k) => k.lead)).toEqual([30]);
    });

    it('releases a claim for the next pass, and defers one until a given time', async () => {
      const k = key({ channel: 'C-release' });
      await store.deliveries.claim([k], 'A', NOW, later(60_000));
      expect(await store.deliveries.release([k], 'B')).toBe(0);
      expect(await store.deliveries.release([k], 'A')).toBe(1);
      expect(await store.deliveries.claim([k], 'B', NOW, later(60_000))).toHaveLength(1);
      expect(await store.deliveries.defer([k], 'B', later(5000))).toBe(1);
      expect(await store.deliveries.claim([k], 'C', later(4999), later(70_000))).toEqual([]);
      expect(await store.deliveries.claim([k], 'C', later(5000), later(70_000))).toHaveLength(1);
    });

    it('never lets a claim marked sending be taken over; unanswered, it ends unconfirmed', async () => {
      const k = key({ channel: 'C-sending' });
      await store.deliveries.claim([k], 'A', NOW, later(60_000));
      expect(await store.deliveries.markSending([k], 'B', NOW, later(60_000))).toEqual([]);
      expect(await store.deliveries.markSending([k], 'A', NOW, later(60_000))).toHaveLength(1);
      expect(await store.deliveries.claim([k], 'B', later(10_000_000), later(10_060_000))).toEqual([]);
      expect(await store.deliveries.settleAbandoned(later(59_999), 'lost')).toEqual([]);
      const settled = await store.deliveries.settleAbandoned(later(60_000), 'lost');
      expect(settled.map((s) => [s.channel, s.claimedBy])).toEqual([['C-sending', 'A']]);
      const [rec] = await store.deliveries.history({ ...T1, channel: 'C-sending' });
      expect(rec).toMatchObject({ state: 'unconfirmed', lastError: 'lost', sendingAt: NOW });
      expect(await store.deliveries.claim([k], 'B', later(20_000_000), later(20_060_000))).toEqual([]);
    });

    it('defers a sending claim Slack failed (5xx), counting the attempt', async () => {
      const k = key({ channel: 'C-5xx' });
      await store.deliveries.claim([k], 'A', NOW, later(60_000));
      await store.deliveries.markSending([k], 'A', NOW, later(60_000));
      expect(await store.deliveries.defer([k], 'A', later(30_000), 'http_503')).toBe(1);
      const [rec] = await store.deliveries.history({ ...T1, channel: 'C-5xx' });
      expect(rec).toMatchObject({ state: 'claimed', attempts: 1, lastError: 'http_503', sendingAt: null });
      expect(await store.deliveries.claim([k], 'B', later(30_000), later(90_000))).toHaveLength(1);
    });

    it('keeps channels and workspaces apart in the key', async () => {
      const base = key({ channel: 'C-keys' });
      const claims = await store.deliveries.claim(
        [base, { ...base, team: 'T2' }, { ...base, enterprise: 'E1' }, { ...base, channel: 'C-keys2' }],
        'A',
        NOW,
        later(1000),
      );
      expect(claims).toHaveLength(4);
      expect(await store.deliveries.history({ ...T1, channel: 'C-keys' })).toHaveLength(1);
    });
  });

  describe('event dedup', () => {
    it('says first once per key within the time to live, across two connections (replicas)', async () => {
      const other = await openStore(target.url);
      try {
        expect(await store.eventDedup.firstSeen('Ev1', NOW)).toBe(true);
        expect(await other.eventDedup.firstSeen('Ev1', later(1000))).toBe(false);
        expect(await store.eventDedup.firstSeen('Ev1', later(2000))).toBe(false);
        expect(await other.eventDedup.firstSeen('Ev2', later(2000))).toBe(true);
        // After the time to live (2 h) the key counts as new again.
        expect(await store.eventDedup.firstSeen('Ev1', later(2 * 3600_000 + 1000))).toBe(true);
      } finally {
        await other.close();
      }
    });
  });

  describe('event sightings', () => {
    it('dates the first events ever recorded to the epoch, later ones to when they were first seen', async () => {
      const e1 = {
        eventId: 'mls-c01/retired-2026-12-31',
        credentialId: 'mls-c01',
        kind: 'retired',
        date: '2026-12-31',
      };
      const e2 = {
        eventId: 'aaism/price-change-2027-01-15',
        credentialId: 'aaism',
        kind: 'price-change',
        date: '2027-01-15',
      };
      const dry = await store.sightings.firstSeen([e1], NOW, { record: false });
      expect([...dry.values()][0]?.getTime()).toBe(0);
      const first = await store.sightings.firstSeen([e1], NOW);
      expect([...first.values()][0]?.getTime()).toBe(0);
      const second = await store.sightings.firstSeen([e1, e2], later(1000));
      expect(second.get('mls-c01/retired-2026-12-31')?.getTime()).toBe(0);
      expect(second.get('aaism/price-change-2027-01-15')?.toISOString()).toBe(later(1000).toISOString());
      const third = await store.sightings.firstSeen([e2], later(5000));
      expect(third.get('aaism/price-change-2027-01-15')?.toISOString()).toBe(later(1000).toISOString());
    });
  });

  describe('thread context', () => {
    const DAY = 24 * 3600_000;
    const dm: ThreadKey = { ...T1, channel: 'D1', thread: '' };
    const subject = { credentials: ['aaism'], intent: 'lookup' as const };

    it('keeps the last subject of a conversation for 24 hours, then never returns it', async () => {
      expect(await store.threadContext.get(dm, NOW)).toBeUndefined();
      await store.threadContext.put(dm, subject, NOW);
      expect(await store.threadContext.get(dm, later(1000))).toEqual(subject);
      const fact = { credentials: ['aaism', 'aaia'], intent: 'fact' as const, fields: ['cost' as const] };
      await store.threadContext.put(dm, fact, later(2000));
      expect(await store.threadContext.get(dm, later(3000))).toEqual(fact);
      // 24 hours from the last answer, not the first.
      expect(await store.threadContext.get(dm, later(DAY))).toEqual(fact);
      expect(await store.threadContext.get(dm, later(DAY + 2000))).toBeUndefined();
      // Read from another connection (a replica) the same.
      const other = await openStore(target.url);
      try {
        expect(await other.threadContext.get(dm, later(5000))).toEqual(fact);
      } finally {
        await other.close();
      }
    });

    it('keys by workspace, channel and thread: nothing leaks across them', async () => {
      const thread: ThreadKey = { ...T1, channel: 'C-ctx', thread: '1700000000.000100' };
      await store.threadContext.put(thread, subject, NOW);
      const near: ThreadKey[] = [
        { ...thread, thread: '1700000000.000200' },
        { ...thread, thread: '' },
        { ...thread, channel: 'C-other' },
        { ...thread, team: 'T2' },
        { ...thread, enterprise: 'E1' },
      ];
      for (const k of near) expect(await store.threadContext.get(k, later(1000)), JSON.stringify(k)).toBeUndefined();
      const elsewhere = { credentials: ['cissp'], intent: 'lookup' as const };
      await store.threadContext.put({ ...thread, team: 'T2' }, elsewhere, later(1000));
      expect(await store.threadContext.get(thread, later(2000))).toEqual(subject);
      expect(await store.threadContext.get({ ...thread, team: 'T2' }, later(2000))).toEqual(elsewhere);
    });

    it('removes what expired, and everything of a workspace on uninstall', async () => {
      const a: ThreadKey = { ...T2, channel: 'C-purge', thread: '' };
      const b: ThreadKey = { ...T2, channel: 'C-purge', thread: '1.2' };
      const c: ThreadKey = { ...ORG, channel: 'C-purge', thread: '' };
      await store.threadContext.put(a, subject, NOW);
      await store.threadContext.put(b, subject, later(DAY / 2));
      await store.threadContext.put(c, subject, NOW);
      expect(await store.threadContext.removeExpired(later(DAY + 1000))).toBeGreaterThanOrEqual(2);
      expect(await store.threadContext.get(b, later(DAY + 1000))).toEqual(subject);
      await store.threadContext.put(a, subject, later(DAY + 1000));
      expect((await store.workspaces.purge(T2)).thread_context).toBe(2);
      expect(await store.threadContext.get(a, later(DAY + 2000))).toBeUndefined();
      expect(await store.threadContext.get(b, later(DAY + 2000))).toBeUndefined();
      await store.threadContext.put(c, subject, later(DAY + 1000));
      expect(await store.threadContext.get(c, later(DAY + 2000))).toEqual(subject);
    });
  });
});
