/**
 * One channel's share of a reminder pass: claim what is due, mark it `sending`, post it, and settle the
 * claim by Slack's answer (run-reminder-pass.ts says why each outcome is settled the way it is).
 */
import { renderReminderMessage } from '../render/slack/render-reminder.js';
import type { ClaimRequest } from '../store/store.js';
import { buildReminderMessage } from './build-reminder-message.js';
import { buildReminderMetadata } from './build-reminder-metadata.js';
import { chunkReminders, dueChannelReminders } from './due-channel-reminders.js';
import type { DueReminder, ReminderEvent } from './due-reminders.js';
import type { ChannelPassResult, ChannelWork, PassMessage, ReminderPassOptions } from './reminder-pass-types.js';
import type { PostOutcome } from './reminder-poster.js';
import { type DeliveryKey, type DeliveryRecord, type ReminderKey, reminderKeyString } from './reminder-types.js';

export const DEFAULT_LEASE_MS = 120_000;

export function defaultServerErrorBackoffMs(attempt: number): number {
  return Math.min(3_600_000, 30_000 * 2 ** Math.max(0, attempt - 1));
}

export async function runChannelPass(
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
      posted = await poster.post(w.channel.channel, message, buildReminderMetadata(w.channel, mine), {
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
