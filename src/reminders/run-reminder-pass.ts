/**
 * One reminder pass: for every channel with an active subscription, work out what is due, claim it
 * in the database, post one message (or a few, when many are due at once), and mark it sent.
 *
 * Exactly once. A reminder is posted only by the process that holds its claim: a row keyed by
 * (workspace, channel, credential, event kind, event date, lead), inserted (or taken over once its
 * lease ran out) in one atomic statement. A failed post releases the claim for the next pass; a
 * process that dies leaves its claim to expire, and the next pass after the lease takes it over.
 *
 * The one window: a process that dies (or loses its database) after Slack accepted the post but
 * before `markSent` committed leaves a claim that looks unsent; after the lease another pass posts
 * it again. The same happens when a post times out on our side although Slack accepted it. Slack has
 * no idempotency key for chat.postMessage, so that window can be narrowed (mark right after the
 * post, keep the lease longer than the post timeout) but not closed.
 *
 * Channels are worked on concurrently (a few at a time); a rate-limited channel is deferred on its
 * own (its claims keep a lease until Retry-After) and never holds up the others.
 */
import type { Logger } from 'pino';
import type { Catalog } from '../catalog/schema.js';
import { renderReminderMessage } from '../render/slack/render-reminder.js';
import type { ClaimRequest, Store } from '../store/store.js';
import { buildReminderMessage, type ReminderMessageModel } from './build-reminder-message.js';
import { chunkReminders, dueChannelReminders } from './due-channel-reminders.js';
import type { DueReminder, ReminderEvent } from './due-reminders.js';
import { loadReminderEvents } from './load-reminder-events.js';
import type { ReminderPoster } from './reminder-poster.js';
import {
  type ChannelRef,
  channelKeyString,
  type ReminderKey,
  reminderKeyString,
  type Subscription,
} from './reminder-types.js';

export type ReminderLogger = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;

export interface ReminderPassOptions {
  store: Store;
  catalog: Pick<Catalog, 'credentials' | 'issuers' | 'dod8140'>;
  /** The due rule's "now" (`reminders run --now` moves it; leases always use `clock`). */
  now: Date;
  /** Required unless dryRun. */
  poster?: ReminderPoster | undefined;
  /** Work out and render what would be sent; claim, post and record nothing. */
  dryRun?: boolean;
  /** This process, as written into its claims. */
  holder: string;
  /** How long a claim keeps others off while its post is in flight (default 2 minutes). */
  leaseMs?: number;
  /** Real time, for leases and sent_at (default: the system clock). */
  clock?: () => Date;
  logger: ReminderLogger;
  /** Channels worked on at once (default 4). */
  channelConcurrency?: number;
  /** Items (credential + date) per message (default 10). */
  maxItemsPerMessage?: number;
}

export interface PassMessage {
  reminders: ReminderKey[];
  model: ReminderMessageModel;
  text: string;
  ts?: string;
}

export type ChannelOutcome = 'sent' | 'would-send' | 'nothing-claimed' | 'rate-limited' | 'paused' | 'failed';

export interface ChannelPassResult extends ChannelRef {
  outcome: ChannelOutcome;
  messages: PassMessage[];
  error?: string;
  retryAfterMs?: number;
}

export interface ReminderPassReport {
  now: string;
  dryRun: boolean;
  channels: ChannelPassResult[];
}

export const DEFAULT_LEASE_MS = 120_000;

interface ChannelWork {
  channel: ChannelRef;
  subscriptions: Subscription[];
}

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
  const events = await loadReminderEvents(store, opts.catalog, now, { record: !dryRun });
  const work = groupByChannel(await store.subscriptions.listActive());
  const results: ChannelPassResult[] = [];
  await eachLimited(work, opts.channelConcurrency ?? 4, async (w) => {
    try {
      const r = await runChannel(opts, w, events, dryRun);
      if (r) results.push(r);
    } catch (err) {
      // A database error in one channel must not end the pass for the others.
      logger.error({ err, channel: w.channel.channel, team: w.channel.team }, 'reminder pass failed for a channel');
      results.push({ ...w.channel, outcome: 'failed', messages: [], error: (err as Error).message });
    }
  });
  results.sort((a, b) => channelKeyString(a).localeCompare(channelKeyString(b)));
  return { now: now.toISOString(), dryRun, channels: results };
}

async function runChannel(
  opts: ReminderPassOptions,
  w: ChannelWork,
  events: ReminderEvent[],
  dryRun: boolean,
): Promise<ChannelPassResult | null> {
  const { store, now, logger } = opts;
  const clock = opts.clock ?? (() => new Date());
  const history = await store.deliveries.history(w.channel);
  const { reminders, owedBy } = dueChannelReminders({ subscriptions: w.subscriptions, events, now, history });
  if (reminders.length === 0) return null;

  const result: ChannelPassResult = { ...w.channel, outcome: dryRun ? 'would-send' : 'nothing-claimed', messages: [] };
  const compose = (due: DueReminder[]) => {
    const owing = new Set(due.flatMap((r) => owedBy.get(reminderKeyString(r)) ?? [r.subscriptionId]));
    const model = buildReminderMessage({
      catalog: opts.catalog,
      reminders: due,
      subscriptions: w.subscriptions,
      // Stop buttons for every subscription that owed something in this message.
      stopFor: w.subscriptions.filter((s) => owing.has(s.id)).map((s) => s.id),
      now,
    });
    return { model, message: renderReminderMessage(model) };
  };

  for (const chunk of chunkReminders(reminders, opts.maxItemsPerMessage ?? 10)) {
    if (dryRun) {
      const { model, message } = compose(chunk);
      result.messages.push({ reminders: chunk.map(keyOnly), model, text: message.text });
      continue;
    }
    const leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
    const claimAt = clock();
    const requests: ClaimRequest[] = chunk.map((r) => ({
      ...w.channel,
      ...keyOnly(r),
      subscriptionId: r.subscriptionId,
    }));
    const claimed = await store.deliveries.claim(requests, opts.holder, claimAt, new Date(claimAt.getTime() + leaseMs));
    if (claimed.length === 0) continue;
    const claimedKeys = new Set(claimed.map(reminderKeyString));
    const mine = chunk.filter((r) => claimedKeys.has(reminderKeyString(r)));
    const { model, message } = compose(mine);
    const poster = opts.poster;
    if (!poster) throw new Error('no poster');
    const posted = await poster.post(w.channel.channel, message);
    const log = { team: w.channel.team, channel: w.channel.channel, reminders: mine.length };

    if (posted.ok) {
      const marked = await store.deliveries.markSent(claimed, opts.holder, clock(), posted.ts);
      if (marked < claimed.length) {
        logger.warn({ ...log, marked }, 'a reminder claim expired while posting: another pass may repeat it');
      }
      logger.info({ ...log, ts: posted.ts }, 'reminder posted');
      result.outcome = 'sent';
      result.messages.push({ reminders: mine.map(keyOnly), model, text: message.text, ts: posted.ts });
      continue;
    }
    if (posted.kind === 'rate_limited') {
      await store.deliveries.defer(claimed, opts.holder, new Date(clock().getTime() + posted.retryAfterMs));
      logger.warn({ ...log, retryAfterMs: posted.retryAfterMs }, 'rate limited: channel deferred');
      return { ...result, outcome: 'rate-limited', retryAfterMs: posted.retryAfterMs };
    }
    await store.deliveries.release(claimed, opts.holder);
    if (posted.kind === 'channel_gone') {
      const paused = await pauseChannel(opts, w, posted.error, clock());
      logger.warn({ ...log, error: posted.error, paused }, 'cannot post in the channel: its reminders are paused');
      return { ...result, outcome: 'paused', error: posted.error };
    }
    logger.error(
      { ...log, error: posted.error, ambiguous: posted.ambiguous },
      'reminder post failed: retried next pass',
    );
    return { ...result, outcome: 'failed', error: posted.error };
  }
  return result;
}

async function pauseChannel(opts: ReminderPassOptions, w: ChannelWork, error: string, at: Date): Promise<string[]> {
  const ws = { team: w.channel.team, enterprise: w.channel.enterprise };
  const active = await opts.store.subscriptions.list(ws, { channel: w.channel.channel });
  const paused = await opts.store.subscriptions.pause(
    ws,
    active.filter((s) => s.status === 'active').map((s) => s.id),
    error,
    'certdesk',
    at,
  );
  return paused.map((s) => s.id);
}

function keyOnly(r: ReminderKey): ReminderKey {
  return { eventId: r.eventId, credentialId: r.credentialId, kind: r.kind, date: r.date, lead: r.lead };
}
