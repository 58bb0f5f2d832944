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
import type { Logger } from 'pino';
import type { Catalog } from '../catalog/schema.js';
import { renderReminderMessage } from '../render/slack/render-reminder.js';
import type { ClaimRequest, Store } from '../store/store.js';
import { buildReminderMessage, type ReminderMessageModel } from './build-reminder-message.js';
import { chunkReminders, dueChannelReminders } from './due-channel-reminders.js';
import type { DueReminder, ReminderEvent } from './due-reminders.js';
import { loadReminderEvents } from './load-reminder-events.js';
import type { PostMetadata, PostOutcome, ReminderPoster } from './reminder-poster.js';
import {
  type ChannelRef,
  channelKeyString,
  type DeliveryKey,
  type DeliveryRecord,
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
  /** Aborted on shutdown: claim nothing more (posts already out finish). */
  signal?: AbortSignal;
  /** Keys whose post is out and not yet answered, added and removed by the pass (shutdown reads it). */
  inFlight?: Set<DeliveryKey[]>;
  /** Wait after the n-th (1, 2, …) HTTP 5xx for the same reminders (default 30 s doubling, at most 1 h). */
  serverErrorBackoffMs?: (attempt: number) => number;
}

export interface PassMessage {
  reminders: ReminderKey[];
  model: ReminderMessageModel;
  text: string;
  ts?: string;
}

export type ChannelOutcome =
  | 'sent'
  | 'would-send'
  | 'nothing-claimed'
  | 'rate-limited'
  | 'server-error'
  | 'unconfirmed'
  | 'stopped'
  | 'paused'
  | 'failed';

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
  /** Reminders whose post Slack never answered (this pass's, and abandoned ones it found): not posted again. */
  unconfirmed: number;
}

export const DEFAULT_LEASE_MS = 120_000;

export function defaultServerErrorBackoffMs(attempt: number): number {
  return Math.min(3_600_000, 30_000 * 2 ** Math.max(0, attempt - 1));
}

export const ABANDONED_REASON = 'the process or its database was lost while the post was out';

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
      const r = await runChannel(opts, w, events, dryRun);
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
    if (opts.signal?.aborted) return { ...result, outcome: result.outcome === 'sent' ? 'sent' : 'stopped' };
    const leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
    const claimAt = clock();
    const requests: ClaimRequest[] = chunk.map((r) => ({
      ...w.channel,
      ...keyOnly(r),
      subscriptionId: r.subscriptionId,
    }));
    const claimed = await store.deliveries.claim(requests, opts.holder, claimAt, new Date(claimAt.getTime() + leaseMs));
    if (claimed.length === 0) continue;
    if (opts.signal?.aborted) {
      await store.deliveries.release(claimed, opts.holder);
      return { ...result, outcome: result.outcome === 'sent' ? 'sent' : 'stopped' };
    }
    // Recorded before the post goes out: from here on this claim is never posted by anyone else.
    const sendingAt = clock();
    const sending = await store.deliveries.markSending(
      claimed,
      opts.holder,
      sendingAt,
      new Date(sendingAt.getTime() + leaseMs),
    );
    if (sending.length === 0) continue;
    const sendingKeys = new Set(sending.map(reminderKeyString));
    const mine = chunk.filter((r) => sendingKeys.has(reminderKeyString(r)));
    const { model, message } = compose(mine);
    const poster = opts.poster;
    if (!poster) throw new Error('no poster');
    const log = { team: w.channel.team, channel: w.channel.channel, reminders: mine.length };
    opts.inFlight?.add(sending);
    let posted: PostOutcome;
    try {
      posted = await poster.post(w.channel.channel, message, reminderMetadata(w.channel, mine), {
        team: w.channel.team,
        enterprise: w.channel.enterprise,
      });
    } finally {
      opts.inFlight?.delete(sending);
    }
    const entry: PassMessage = { reminders: mine.map(keyOnly), model, text: message.text };

    if (posted.ok) {
      const marked = await markSentPersistently(opts, sending, clock, posted.ts, log);
      if (marked < sending.length) {
        logger.warn({ ...log, marked }, 'a posted reminder could not be marked sent: it counts as outcome unknown');
      }
      logger.info({ ...log, ts: posted.ts }, 'reminder posted');
      result.outcome = 'sent';
      result.messages.push({ ...entry, ts: posted.ts });
      continue;
    }
    if (posted.kind === 'unknown') {
      await store.deliveries.markUnconfirmed(sending, opts.holder, posted.error);
      logger.error(
        { ...log, error: posted.error, reminderKeys: mine.map(reminderKeyString) },
        'reminder outcome unknown: Slack did not answer the post; recorded as unconfirmed and not posted again',
      );
      return { ...result, outcome: 'unconfirmed', error: posted.error, messages: [...result.messages, entry] };
    }
    if (posted.kind === 'rate_limited') {
      await store.deliveries.defer(sending, opts.holder, new Date(clock().getTime() + posted.retryAfterMs));
      logger.warn({ ...log, retryAfterMs: posted.retryAfterMs }, 'rate limited: channel deferred');
      return { ...result, outcome: 'rate-limited', retryAfterMs: posted.retryAfterMs };
    }
    if (posted.kind === 'server_error') {
      const attempt = 1 + Math.max(0, ...sending.map((k) => attemptsOf(history, k)));
      const waitMs = (opts.serverErrorBackoffMs ?? defaultServerErrorBackoffMs)(attempt);
      await store.deliveries.defer(sending, opts.holder, new Date(clock().getTime() + waitMs), posted.error);
      logger.warn({ ...log, error: posted.error, attempt, retryAfterMs: waitMs }, 'Slack failed (5xx): retried later');
      return { ...result, outcome: 'server-error', error: posted.error, retryAfterMs: waitMs };
    }
    await store.deliveries.release(sending, opts.holder);
    if (posted.kind === 'channel_gone') {
      const paused = await pauseChannel(opts, w, posted.error, clock());
      logger.warn({ ...log, error: posted.error, paused }, 'cannot post in the channel: its reminders are paused');
      return { ...result, outcome: 'paused', error: posted.error };
    }
    logger.error({ ...log, error: posted.error }, 'Slack refused the reminder post: retried next pass');
    return { ...result, outcome: 'failed', error: posted.error };
  }
  return result;
}

function attemptsOf(history: readonly DeliveryRecord[], k: DeliveryKey): number {
  const key = reminderKeyString(k);
  return history.find((h) => reminderKeyString(h) === key)?.attempts ?? 0;
}

/** Slack posted it: recording that is worth a few tries (a database blip must not leave it "sending"). */
async function markSentPersistently(
  opts: ReminderPassOptions,
  keys: DeliveryKey[],
  clock: () => Date,
  ts: string,
  log: Record<string, unknown>,
): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await opts.store.deliveries.markSent(keys, opts.holder, clock(), ts);
    } catch (err) {
      if (attempt >= 3) {
        opts.logger.error(
          { ...log, err, ts },
          'reminder posted but not recorded as sent: it counts as outcome unknown',
        );
        return 0;
      }
      await new Promise((r) => setTimeout(r, 250 * attempt));
    }
  }
}

/** The reminder keys a message carries, as Slack message metadata (needs only chat:write). */
export function reminderMetadata(channel: ChannelRef, reminders: readonly ReminderKey[]): PostMetadata {
  return {
    eventType: 'certdesk_reminder',
    payload: {
      team: channel.team,
      enterprise: channel.enterprise,
      channel: channel.channel,
      reminder_keys: reminders.map(reminderKeyString).join(','),
      reminders: reminders.map((r) => ({ credential: r.credentialId, kind: r.kind, date: r.date, lead: r.lead })),
    },
  };
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
