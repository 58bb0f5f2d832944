/**
 * Schema migrations, listed in code (no folder globbing, so they work the same from src/ with tsx and
 * from dist/ after tsc). Append new ones; never edit one that has shipped.
 */
import type { Kysely, Migration, MigrationProvider } from 'kysely';

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('subscriptions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('enterprise_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('scope_kind', 'text', (c) => c.notNull())
      .addColumn('scope_value', 'text', (c) => c.notNull())
      .addColumn('leads', 'text', (c) => c.notNull())
      .addColumn('hour', 'integer', (c) => c.notNull())
      .addColumn('tz', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('paused_reason', 'text')
      .addColumn('paused_at', 'text')
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('subscriptions_scope_unique', [
        'team_id',
        'enterprise_id',
        'channel_id',
        'scope_kind',
        'scope_value',
      ])
      .execute();
    await db.schema.createIndex('subscriptions_status_idx').on('subscriptions').column('status').execute();

    await db.schema
      .createTable('subscription_changes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('enterprise_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('subscription_id', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('detail', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('subscription_changes_channel_idx')
      .on('subscription_changes')
      .columns(['team_id', 'enterprise_id', 'channel_id', 'at'])
      .execute();

    await db.schema
      .createTable('reminder_deliveries')
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('enterprise_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('credential_id', 'text', (c) => c.notNull())
      .addColumn('event_kind', 'text', (c) => c.notNull())
      .addColumn('event_date', 'text', (c) => c.notNull())
      .addColumn('lead_days', 'integer', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('claimed_by', 'text', (c) => c.notNull())
      .addColumn('claimed_at', 'text', (c) => c.notNull())
      .addColumn('lease_until', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text')
      .addColumn('message_ts', 'text')
      .addColumn('subscription_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('reminder_deliveries_pk', [
        'team_id',
        'enterprise_id',
        'channel_id',
        'credential_id',
        'event_kind',
        'event_date',
        'lead_days',
      ])
      .execute();

    await db.schema
      .createTable('event_dedup')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('seen_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('event_dedup_seen_idx').on('event_dedup').column('seen_at').execute();

    await db.schema
      .createTable('catalog_events')
      .addColumn('credential_id', 'text', (c) => c.notNull())
      .addColumn('event_kind', 'text', (c) => c.notNull())
      .addColumn('event_date', 'text', (c) => c.notNull())
      .addColumn('first_seen_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('catalog_events_pk', ['credential_id', 'event_kind', 'event_date'])
      .execute();
  },
};

/**
 * Delivery states for "at most once where it cannot be known": a claim is marked `sending` (with
 * `sending_at`) before its post goes out, and a post Slack never answered ends `unconfirmed` with the
 * reason in `last_error`; `attempts` counts definite failures (HTTP 5xx) for the retry backoff. The
 * states live in the existing `state` text column. Only adds columns, so it applies the same whether
 * reminder_deliveries is the first migration's table or a later re-keyed one.
 */
const deliveryStates: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('reminder_deliveries').addColumn('sending_at', 'text').execute();
    await db.schema
      .alterTable('reminder_deliveries')
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('reminder_deliveries').addColumn('last_error', 'text').execute();
  },
};

/** Every migration, in order. Names sort in the order they apply. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '2026-12-01b-delivery-states': deliveryStates,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
