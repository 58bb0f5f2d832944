/**
 * What the rest of certdesk asks of persistence. One SQL implementation (open-store.ts) serves SQLite
 * and PostgreSQL. Every user-facing read and write takes the workspace and filters on it, so a
 * subscription id guessed from another workspace finds nothing; only the scheduler's pass
 * (`listActive`) and the administrators' CLI (`listEverywhere`) read across workspaces.
 */
import type {
  ChannelRef,
  DeliveryKey,
  DeliveryRecord,
  ReminderScope,
  Subscription,
  SubscriptionChange,
  WorkspaceRef,
} from '../reminders/reminder-types.js';
import type { EventDedupStore } from './event-dedup.js';
import type { ThreadContextStore } from './thread-context.js';

export interface UpsertSubscription extends ChannelRef {
  scope: ReminderScope;
  leads: number[];
  hour: number;
  tz: string;
  actor: string;
  now: Date;
}

export interface SubscriptionStore {
  /** Create, or update the channel's subscription with the same scope (and make it active again). */
  upsert(input: UpsertSubscription): Promise<{ subscription: Subscription; created: boolean }>;
  get(workspace: WorkspaceRef, id: string): Promise<Subscription | undefined>;
  /** The workspace's subscriptions (one channel's when given), oldest first. */
  list(workspace: WorkspaceRef, filter?: { channel?: string }): Promise<Subscription[]>;
  /** Remove these subscriptions, if they belong to the workspace; returns those removed. */
  remove(workspace: WorkspaceRef, ids: string[], actor: string, now: Date): Promise<Subscription[]>;
  /** Pause these (the app lost the channel); returns those that were active. */
  pause(workspace: WorkspaceRef, ids: string[], reason: string, actor: string, now: Date): Promise<Subscription[]>;
  /** Resume these paused subscriptions; returns those resumed. */
  resume(workspace: WorkspaceRef, ids: string[], actor: string, now: Date): Promise<Subscription[]>;
  /** Recorded changes, newest first. */
  changes(workspace: WorkspaceRef, filter: { channel?: string; limit: number }): Promise<SubscriptionChange[]>;
  /** Every active subscription in every workspace: for the reminder pass only. */
  listActive(): Promise<Subscription[]>;
  /** Every subscription (of one team when given): for administrators (the CLI). */
  listEverywhere(filter?: { team?: string }): Promise<Subscription[]>;
}

export interface ClaimRequest extends DeliveryKey {
  subscriptionId: string;
}

export interface DeliveryStore {
  /**
   * Claim these reminders for `holder` until `leaseUntil`: a key nobody holds is inserted, a claim
   * whose lease ran out is taken over; a key sent, or claimed under a live lease, is not. Returns the
   * keys now held by `holder`. Each statement is atomic, so two processes never both hold a key.
   */
  claim(requests: ClaimRequest[], holder: string, now: Date, leaseUntil: Date): Promise<DeliveryKey[]>;
  /**
   * Record, before posting, that the post of these held claims is going out (lease renewed to
   * `leaseUntil`); returns the keys so marked: post only those. A `sending` row is never taken over.
   */
  markSending(keys: DeliveryKey[], holder: string, at: Date, leaseUntil: Date): Promise<DeliveryKey[]>;
  /** Mark held claims sent (from claimed, sending or unconfirmed); returns how many rows changed. */
  markSent(keys: DeliveryKey[], holder: string, sentAt: Date, messageTs: string): Promise<number>;
  /** Slack never answered the post: `sending` → `unconfirmed`, with the reason; never posted again. */
  markUnconfirmed(keys: DeliveryKey[], holder: string, reason: string): Promise<number>;
  /**
   * `sending` rows whose lease ran out (their process or database was lost mid-post) become
   * `unconfirmed`; returns them, for the log.
   */
  settleAbandoned(now: Date, reason: string): Promise<(DeliveryKey & { claimedBy: string })[]>;
  /** Give held claims up (Slack said no, or nothing was sent), so the next pass retries them. */
  release(keys: DeliveryKey[], holder: string): Promise<number>;
  /**
   * Keep held claims (claimed or sending: Slack answered that it did not post) out of every pass until
   * `until`, after which any pass may take them. With `error` (a 5xx), counts a failed attempt.
   */
  defer(keys: DeliveryKey[], holder: string, until: Date, error?: string): Promise<number>;
  /** What a channel has had: sent reminders and claims (live or not). */
  history(channel: ChannelRef): Promise<DeliveryRecord[]>;
  /** Every record (tests and the CLI's JSON report). */
  all(): Promise<DeliveryRecord[]>;
}

export interface CatalogEventRef {
  eventId: string;
  credentialId: string;
  kind: string;
  date: string;
}

export interface EventSightings {
  /**
   * When each event was first seen, recording those not seen before at `now`; on a store that has
   * never recorded any event, they count as known from the start (the epoch). With `record: false`
   * nothing is written (dry runs) and the answer is what recording would give.
   */
  firstSeen(events: CatalogEventRef[], now: Date, opts?: { record?: boolean }): Promise<Map<string, Date>>;
}

export function catalogEventKey(e: CatalogEventRef): string {
  return e.eventId;
}

/** An installation as stored: ids in clear, the rest sealed (src/oauth/seal-secret.ts). */
export interface InstallationRow extends WorkspaceRef {
  isEnterpriseInstall: boolean;
  keyId: string;
  secret: string;
  botExpiresAt: Date | null;
  installedAt: Date;
  updatedAt: Date;
}

export interface InstallationRowStore {
  get(workspace: WorkspaceRef): Promise<InstallationRow | undefined>;
  /** Insert, or replace the workspace's row (keeping when it was first installed). */
  put(row: InstallationRow): Promise<void>;
  /** Returns whether there was a row. */
  remove(workspace: WorkspaceRef): Promise<boolean>;
  list(): Promise<InstallationRow[]>;
}

export interface OAuthStateStore {
  issue(state: string, installOptions: string, now: Date, expiresAt: Date): Promise<void>;
  /** Marks the state used and returns its install options; undefined when unknown, used or expired. */
  consume(state: string, now: Date): Promise<string | undefined>;
}

export interface LockStore {
  /** Take the named lock until `leaseUntil` unless another holder's lease is live; true when taken. */
  acquire(name: string, holder: string, now: Date, leaseUntil: Date): Promise<boolean>;
  release(name: string, holder: string): Promise<void>;
}

export interface WorkspaceRemoval extends WorkspaceRef {
  reason: string;
  removedAt: Date;
}

export interface WorkspaceRemovalStore {
  /** Record that the workspace uninstalled (the first time counts). */
  markRemoved(workspace: WorkspaceRef, reason: string, now: Date): Promise<void>;
  /** Forget the removal (the workspace reinstalled); true when there was one. */
  restore(workspace: WorkspaceRef): Promise<boolean>;
  removedBefore(before: Date): Promise<WorkspaceRef[]>;
  list(): Promise<WorkspaceRemoval[]>;
  /** Delete everything kept for the workspace (rows deleted per table), and its removal record. */
  purge(workspace: WorkspaceRef): Promise<Record<string, number>>;
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** Installations of the app (OAuth mode). */
  readonly installations: InstallationRowStore;
  readonly oauthStates: OAuthStateStore;
  readonly locks: LockStore;
  readonly workspaces: WorkspaceRemovalStore;
  readonly subscriptions: SubscriptionStore;
  readonly deliveries: DeliveryStore;
  readonly sightings: EventSightings;
  /** Slack event ids seen recently, shared by every replica on the same database. */
  readonly eventDedup: EventDedupStore;
  /** The subject of each conversation's last answer, for follow-ups (24 hours). */
  readonly threadContext: ThreadContextStore;
  /** Apply pending migrations; returns the names applied. */
  migrate(): Promise<string[]>;
  /** A trivial query, for readiness checks. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
