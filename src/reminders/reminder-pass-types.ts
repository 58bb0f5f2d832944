/** What a reminder pass takes and what it reports, per channel and in all. */
import type { Logger } from 'pino';
import type { Catalog } from '../catalog/schema.js';
import type { Store } from '../store/store.js';
import type { ReminderMessageModel } from './build-reminder-message.js';
import type { ReminderPoster } from './reminder-poster.js';
import type { ChannelRef, DeliveryKey, ReminderKey, Subscription } from './reminder-types.js';

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

/** One channel's share of a pass: the channel and its active subscriptions. */
export interface ChannelWork {
  channel: ChannelRef;
  subscriptions: Subscription[];
}
