/**
 * The reminder domain's plain data: subscriptions, their scope and the key a reminder is sent under.
 * Shared by the pure due rule, the store (which persists them) and the Slack/CLI adapters.
 */
import type { EventKind } from '../catalog/schema.js';

/** A workspace: its team id, and the enterprise (org) id for org installs; '' when there is none. */
export interface WorkspaceRef {
  team: string;
  enterprise: string;
}

export interface ChannelRef extends WorkspaceRef {
  channel: string;
}

/** What a subscription covers: every dated change, a set of credentials, or one issuer's credentials. */
export type ReminderScope = { kind: 'all' } | { kind: 'credentials'; ids: string[] } | { kind: 'issuer'; id: string };

/**
 * What tells two scopes of a channel apart (with the kind; the store's unique key): '' for all, the
 * credential ids sorted without repeats, or the issuer id.
 */
export function scopeValue(scope: ReminderScope): string {
  switch (scope.kind) {
    case 'all':
      return '';
    case 'credentials':
      return [...new Set(scope.ids)].sort().join(',');
    case 'issuer':
      return scope.id;
  }
}

export type SubscriptionStatus = 'active' | 'paused';

export interface Subscription extends ChannelRef {
  id: string;
  scope: ReminderScope;
  /** Days before each event, largest first, no repeats. */
  leads: number[];
  /** Local hour of day (0–23) the subscription's reminders go out, in `tz`. */
  hour: number;
  /** IANA time zone, for example Europe/Berlin. */
  tz: string;
  status: SubscriptionStatus;
  /** Why the subscription was paused (the Slack error), when it is paused. */
  pausedReason: string | null;
  pausedAt: Date | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export type ChangeAction = 'subscribed' | 'updated' | 'unsubscribed' | 'paused' | 'resumed';

/** One recorded change to a channel's reminders: who, when, what. */
export interface SubscriptionChange extends ChannelRef {
  id: string;
  subscriptionId: string;
  /** A Slack user id, `cli`, or `certdesk` for changes the app made itself (pausing on channel_not_found). */
  actor: string;
  action: ChangeAction;
  /** A short human description: the scope and settings, or the pause reason. */
  detail: string;
  at: Date;
}

/** What one reminder is about, within a channel: the event and the lead it is sent for. */
export interface ReminderKey {
  /** The catalog event's stable id (`scs-c03/launched-2025-12-02`): a new id is a new event. */
  eventId: string;
  credentialId: string;
  kind: EventKind;
  /** The event's date, YYYY-MM-DD: the same event moved to another date is reminded of again. */
  date: string;
  /** Days before the event this reminder stands for. */
  lead: number;
}

/** The exactly-once key: (workspace, channel, event id, event date, lead). */
export interface DeliveryKey extends ChannelRef, ReminderKey {}

export type DeliveryState = 'claimed' | 'sent';

export interface DeliveryRecord extends DeliveryKey {
  state: DeliveryState;
  /** Process that holds (or last held) the claim. */
  claimedBy: string;
  /** A claim not marked sent by then may be taken over by another pass. */
  leaseUntil: Date;
  sentAt: Date | null;
  messageTs: string | null;
  subscriptionId: string;
}

export const DEFAULT_LEADS: readonly number[] = [90, 30, 7, 1];
export const DEFAULT_HOUR = 9;
export const DEFAULT_TZ = 'UTC';
export const MAX_LEAD_DAYS = 365;
export const MAX_LEADS = 10;

export function reminderKeyString(k: ReminderKey): string {
  return `${k.eventId}|${k.date}|${k.lead}`;
}

export function channelKeyString(c: ChannelRef): string {
  return `${c.team}|${c.enterprise}|${c.channel}`;
}
