/** subscribe / listSubscriptions / unsubscribe / resume / pauseWorkspace: what the Slack listeners call. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listSubscriptions } from '../../src/reminders/list-subscriptions.js';
import { pauseWorkspace } from '../../src/reminders/pause-workspace.js';
import { ReminderInputError } from '../../src/reminders/reminder-input-error.js';
import { resume } from '../../src/reminders/resume-subscriptions.js';
import { subscribe } from '../../src/reminders/subscribe.js';
import { unsubscribe } from '../../src/reminders/unsubscribe.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { createStoreTarget, type StoreTarget } from '../store/store-targets.js';
import { PASS_NOW, reminderCatalog } from './reminder-fixtures.js';

describe('managing a channel’s reminders', () => {
  let target: StoreTarget;
  let store: Store;
  const catalog = reminderCatalog();
  const T1 = { team: 'T1', enterprise: '' };

  beforeEach(async () => {
    target = await createStoreTarget('sqlite');
    store = await openStore(target.url);
  });
  afterEach(async () => {
    await store.close();
    await target.cleanup();
  });

  it('subscribes with defaults, refuses unknown ids and bad settings with a message for the user', async () => {
    const { subscription, created } = await subscribe(store, {
      ...T1,
      channel: 'C1',
      scope: { kind: 'all' },
      actor: 'U1',
      now: PASS_NOW,
    });
    expect(created).toBe(true);
    expect(subscription).toMatchObject({ leads: [90, 30, 7, 1], hour: 9, tz: 'UTC', enterprise: '', createdBy: 'U1' });
    await expect(
      subscribe(store, { ...T1, channel: 'C1', scope: { kind: 'credentials', ids: ['zzz'] }, actor: 'U1', catalog }),
    ).rejects.toThrow(ReminderInputError);
    await expect(
      subscribe(store, { ...T1, channel: 'C1', scope: { kind: 'all' }, tz: 'Nowhere', actor: 'U1' }),
    ).rejects.toThrow(/not a time zone/);
  });

  it('lists the channel’s subscriptions with what each sends next, and the last changes', async () => {
    await subscribe(store, {
      ...T1,
      channel: 'C1',
      scope: { kind: 'issuer', id: 'aws' },
      leads: [7],
      actor: 'U1',
      now: PASS_NOW,
    });
    await subscribe(store, { ...T1, channel: 'C2', scope: { kind: 'all' }, actor: 'U1', now: PASS_NOW });
    const listing = await listSubscriptions(store, { ...T1, channel: 'C1', catalog, now: PASS_NOW });
    expect(listing.subscriptions).toHaveLength(1);
    // Made at 09:00 on the dot: the first due hour is now; SCS-C02 retires in 7 days.
    expect(listing.subscriptions[0]?.next.map((n) => `${n.credentialId}:${n.lead}:${n.at.toISOString()}`)).toEqual([
      'scs-c02:7:2026-11-24T09:00:00.000Z',
      'mls-c01:7:2026-12-17T09:00:00.000Z',
      'mls-c01:7:2026-12-17T09:00:00.000Z',
    ]);
    expect(listing.changes.map((c) => [c.action, c.channel])).toEqual([['subscribed', 'C1']]);
    expect((await listSubscriptions(store, { ...T1 })).subscriptions).toHaveLength(2);
  });

  it('stops one by id (the stop button), one by scope, or all; never another workspace’s or channel’s', async () => {
    const all = await subscribe(store, { ...T1, channel: 'C1', scope: { kind: 'all' }, actor: 'U1' });
    await subscribe(store, { ...T1, channel: 'C1', scope: { kind: 'issuer', id: 'aws' }, actor: 'U1' });
    await subscribe(store, {
      ...T1,
      channel: 'C1',
      scope: { kind: 'credentials', ids: ['aaism', 'mls-c01'] },
      actor: 'U1',
    });
    const id = all.subscription.id;
    // A guessed id from another workspace, or the right workspace but another channel: nothing happens.
    expect(await unsubscribe(store, { team: 'T2', channel: 'C1', target: { id }, actor: 'U9' })).toEqual([]);
    expect(await unsubscribe(store, { ...T1, enterprise: 'E1', channel: 'C1', target: { id }, actor: 'U9' })).toEqual(
      [],
    );
    expect(await unsubscribe(store, { ...T1, channel: 'C2', target: { id }, actor: 'U9' })).toEqual([]);

    expect((await unsubscribe(store, { ...T1, channel: 'C1', target: { id }, actor: 'U2' })).map((s) => s.id)).toEqual([
      id,
    ]);
    const byScope = await unsubscribe(store, {
      ...T1,
      channel: 'C1',
      target: { scope: { kind: 'credentials', ids: ['mls-c01', 'aaism'] } },
      actor: 'U2',
    });
    expect(byScope.map((s) => s.scope)).toEqual([{ kind: 'credentials', ids: ['aaism', 'mls-c01'] }]);
    expect(await unsubscribe(store, { ...T1, channel: 'C1', target: { all: true }, actor: 'U2' })).toHaveLength(1);
    expect(await store.subscriptions.list(T1)).toEqual([]);
  });

  it('pauses a whole team on uninstall and resumes one channel on request', async () => {
    await subscribe(store, { ...T1, channel: 'C1', scope: { kind: 'all' }, actor: 'U1' });
    await subscribe(store, { ...T1, channel: 'C2', scope: { kind: 'all' }, actor: 'U1' });
    await subscribe(store, { team: 'T2', channel: 'C3', scope: { kind: 'all' }, actor: 'U1' });
    const paused = await pauseWorkspace(store, { ...T1, reason: 'app_uninstalled' });
    expect(paused.map((s) => s.channel).sort()).toEqual(['C1', 'C2']);
    expect((await store.subscriptions.listActive()).map((s) => s.channel)).toEqual(['C3']);
    expect(await resume(store, { team: 'T2', channel: 'C1', actor: 'U1' })).toEqual([]);
    expect((await resume(store, { ...T1, channel: 'C1', actor: 'U1' })).map((s) => s.channel)).toEqual(['C1']);
    expect((await store.subscriptions.listActive()).map((s) => s.channel).sort()).toEqual(['C1', 'C3']);
  });
});
