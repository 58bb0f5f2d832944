/**
 * Table shapes for Kysely, the same on SQLite and PostgreSQL. Instants are stored as ISO 8601 UTC
 * text (`2026-11-24T09:00:00.000Z`), which sorts and compares correctly as text on both; dates as
 * YYYY-MM-DD; "no enterprise" as ''. Migrations (migrations.ts) create exactly these columns.
 */
import type { Generated } from 'kysely';

export interface SubscriptionsTable {
  id: string;
  team_id: string;
  enterprise_id: string;
  channel_id: string;
  scope_kind: 'all' | 'credentials' | 'issuer';
  /** '' for all; sorted comma-joined credential ids; the issuer id. */
  scope_value: string;
  /** Comma-joined lead days, largest first. */
  leads: string;
  hour: number;
  tz: string;
  status: 'active' | 'paused';
  paused_reason: string | null;
  paused_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface SubscriptionChangesTable {
  id: string;
  team_id: string;
  enterprise_id: string;
  channel_id: string;
  subscription_id: string;
  actor: string;
  action: string;
  detail: string;
  at: string;
}

export interface ReminderDeliveriesTable {
  team_id: string;
  enterprise_id: string;
  channel_id: string;
  /** The catalog event id (migration 2026-12-01a-event-ids); part of the key with the date and lead. */
  event_id: string;
  credential_id: string;
  event_kind: string;
  event_date: string;
  lead_days: number;
  /** claimed → sending → sent or unconfirmed (see DeliveryState). */
  state: 'claimed' | 'sending' | 'sent' | 'unconfirmed';
  claimed_by: string;
  claimed_at: string;
  lease_until: string;
  sent_at: string | null;
  message_ts: string | null;
  subscription_id: string;
  /** When the post began (migration 2026-12-01b). */
  sending_at: string | null;
  /** Definite failed posts (HTTP 5xx), for the backoff. */
  attempts: Generated<number>;
  /** The last Slack error, or why the outcome is unknown. */
  last_error: string | null;
}

export interface EventDedupTable {
  key: string;
  seen_at: string;
}

/** When this deployment first saw each catalog event (tells a new event from one known all along). */
export interface CatalogEventsTable {
  /** The catalog event id: the key (migration 2026-12-01a-event-ids). */
  event_id: string;
  credential_id: string;
  event_kind: string;
  event_date: string;
  first_seen_at: string;
}

/**
 * One row per installation (migration 2026-12-01d): a workspace (team) or, for an Enterprise Grid
 * org-wide install, the organization (team_id ''). The ids stay in clear for lookups; everything else
 * Slack gave (tokens, refresh tokens, webhook URL, scopes, user id) is the sealed JSON in `secret`.
 */
export interface InstallationsTable {
  team_id: string;
  enterprise_id: string;
  is_enterprise_install: number;
  /** Which CERTDESK_ENCRYPTION_KEY sealed `secret` (see src/oauth/seal-secret.ts). */
  key_id: string;
  secret: string;
  /** When the bot token expires (token rotation), else null. */
  bot_expires_at: string | null;
  installed_at: string;
  updated_at: string;
}

/** OAuth states issued by /slack/install: each is consumed once by the callback. */
export interface OAuthStatesTable {
  state: string;
  install_options: string;
  expires_at: string;
  consumed_at: string | null;
}

/** Named leases (token refresh): a row held by one process until `lease_until`. */
export interface LocksTable {
  name: string;
  holder: string;
  lease_until: string;
}

/** Workspaces that uninstalled: their data is kept paused until purged, 30 days after `removed_at`. */
export interface WorkspaceRemovalsTable {
  team_id: string;
  enterprise_id: string;
  reason: string;
  removed_at: string;
}

/** The subject of a conversation's last answer, for follow-ups (migration 2026-12-01c-thread-context). */
export interface ThreadContextTable {
  team_id: string;
  enterprise_id: string;
  channel_id: string;
  /** The thread's root ts; '' for a DM's top level. */
  thread_ts: string;
  /** JSON array of credential ids. */
  credential_ids: string;
  intent: string;
  /** JSON array of fact fields ('[]' unless the answer was a fact). */
  fact_fields: string;
  updated_at: string;
  expires_at: string;
}

export interface StoreDatabase {
  installations: InstallationsTable;
  oauth_states: OAuthStatesTable;
  locks: LocksTable;
  workspace_removals: WorkspaceRemovalsTable;
  subscriptions: SubscriptionsTable;
  subscription_changes: SubscriptionChangesTable;
  reminder_deliveries: ReminderDeliveriesTable;
  event_dedup: EventDedupTable;
  catalog_events: CatalogEventsTable;
  thread_context: ThreadContextTable;
}
