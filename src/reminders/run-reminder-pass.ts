/**
 * One reminder pass: for every channel with an active subscription, work out what is due, claim it
 * in the database, post one message (or a few, when many are due at once), and mark it sent.
 *
 * Exactly once where it can be known, at most once where it cannot. A reminder is posted only by the
 * process that holds its claim: a row keyed by (workspace, channel, credential, event kind, event
 * date, lead), inserted (or taken over once its lease ran out) in one atomic statement. Before the
 * post goes out the claim is marked `sending`; a `sending` row is never taken over. Slack's answer
 * decides the rest: ok → `sent`; `ok: false` → released for the next pass; 429 → deferred until
 * Retry-After; 5xx → deferred with backoff; no answer (timeout, reset, or the process or database
 * lost after sending) → `unconfirmed`, logged and never posted again, because chat.postMessage has no
 * idempotency key and a second post could double it. A process that dies before `sending` leaves a
 * claim that the next pass after the lease takes over and posts.
 *
 * A pass stops claiming as soon as its `signal` is aborted (shutdown); posts already out finish.
 *
 * Channels are worked on concurrently (a few at a time); a rate-limited channel is deferred on its
 * own (its claims keep a lease until Retry-After) and never holds up the others.
 */
import { loadReminderEvents } from './load-reminder-events.js';
import type { ChannelPassResult, ChannelWork, ReminderPassOptions, ReminderPassReport } from './reminder-pass-types.js';
import { channelKeyString, reminderKeyString, type Subscription } from './reminder-types.js';
import { runChannelPass } from './run-channel-pass.js';

export const ABANDONED_REASON = 'the process or its database was lost while the post was out';

function groupByChannel(subs: readonly Subscription[]): ChannelWork[] {
  const byChannel = new Map<string, ChannelWork>();
  for (const s of subs) {
    const key = channelKeyString(s);
    const work = byChannel.get(key) ?? {
      channel: { team: s.team, enterprise: s.enterprise, channel: s.channel },
      subscriptions: [],
    };
    work.subscriptions.push(s);
    byChannel.set(key, work);
  }
  return [...byChannel.values()];
}

async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      if (item !== undefined) await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

export async function runReminderPass(opts: ReminderPassOptions): Promise<ReminderPassReport> {
  const { store, now, logger } = opts;
  const dryRun = opts.dryRun ?? false;
  if (!dryRun && !opts.poster) throw new Error('runReminderPass needs a poster unless dryRun');
  let unconfirmed = 0;
  if (!dryRun) {
    const clock = opts.clock ?? (() => new Date());
    for (const k of await store.deliveries.settleAbandoned(clock(), ABANDONED_REASON)) {
      unconfirmed += 1;
      logger.warn(
        { team: k.team, channel: k.channel, reminder: reminderKeyString(k), claimedBy: k.claimedBy },
        'reminder outcome unknown: its post was out when its process or database was lost; not posted again',
      );
    }
  }
  const events = await loadReminderEvents(store, opts.catalog, now, { record: !dryRun });
  const work = groupByChannel(await store.subscriptions.listActive());
  const results: ChannelPassResult[] = [];
  await eachLimited(work, opts.channelConcurrency ?? 4, async (w) => {
    if (opts.signal?.aborted) return;
    try {
      const r = await runChannelPass(opts, w, events, dryRun);
      if (r) results.push(r);
    } catch (err) {
      // A database error in one channel must not end the pass for the others.
      logger.error({ err, channel: w.channel.channel, team: w.channel.team }, 'reminder pass failed for a channel');
      results.push({ ...w.channel, outcome: 'failed', messages: [], error: (err as Error).message });
    }
  });
  results.sort((a, b) => channelKeyString(a).localeCompare(channelKeyString(b)));
  for (const r of results) if (r.outcome === 'unconfirmed') unconfirmed += r.messages.at(-1)?.reminders.length ?? 0;
  return { now: now.toISOString(), dryRun, channels: results, unconfirmed };
}
