/**
 * Schema migrations, listed in code (no folder globbing, so they work the same from src/ with tsx and
 * from dist/ after tsc). Append new ones; never edit one that has shipped.
 */
import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';

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

/** Entries folded into another as one of its exam versions (issue 7): old id → surviving id. */
const FOLDED_CREDENTIALS: Record<string, string> = { 'scs-c02': 'scs-c03' };

/**
 * Reminder deliveries and event sightings key on the catalog's stable event ids. Today's events have
 * the ids `{credential}/{kind}-{date}`, so they are computed in SQL from the stored columns (no YAML
 * is read); sent rows stay sent. Deliveries are keyed (channel, event id, event date, lead): a moved
 * date is the same event, reminded of again at its new date. Sightings are keyed by event id alone.
 * Also folds credentials that became exam versions of another (scs-c02 into scs-c03): subscriptions
 * and history move to the surviving id; event ids keep their original prefix.
 * Tables are rebuilt (SQLite cannot change a primary key in place), the same way on both databases.
 */
const eventIds: Migration = {
  async up(db: Kysely<unknown>) {
    const eventId = sql<string>`credential_id || '/' || event_kind || '-' || event_date`;

    await db.schema
      .createTable('reminder_deliveries_v2')
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('enterprise_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('event_id', 'text', (c) => c.notNull())
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
      .addPrimaryKeyConstraint('reminder_deliveries_v2_pk', [
        'team_id',
        'enterprise_id',
        'channel_id',
        'event_id',
        'event_date',
        'lead_days',
      ])
      .execute();
    await sql`INSERT INTO reminder_deliveries_v2 (team_id, enterprise_id, channel_id, event_id, credential_id,
        event_kind, event_date, lead_days, state, claimed_by, claimed_at, lease_until, sent_at, message_ts,
        subscription_id)
      SELECT team_id, enterprise_id, channel_id, ${eventId}, credential_id, event_kind, event_date, lead_days,
        state, claimed_by, claimed_at, lease_until, sent_at, message_ts, subscription_id
      FROM reminder_deliveries`.execute(db);
    await db.schema.dropTable('reminder_deliveries').execute();
    await db.schema.alterTable('reminder_deliveries_v2').renameTo('reminder_deliveries').execute();

    await db.schema
      .createTable('catalog_events_v2')
      .addColumn('event_id', 'text', (c) => c.primaryKey())
      .addColumn('credential_id', 'text', (c) => c.notNull())
      .addColumn('event_kind', 'text', (c) => c.notNull())
      .addColumn('event_date', 'text', (c) => c.notNull())
      .addColumn('first_seen_at', 'text', (c) => c.notNull())
      .execute();
    await sql`INSERT INTO catalog_events_v2 (event_id, credential_id, event_kind, event_date, first_seen_at)
      SELECT ${eventId}, credential_id, event_kind, event_date, first_seen_at FROM catalog_events`.execute(db);
    await db.schema.dropTable('catalog_events').execute();
    await db.schema.alterTable('catalog_events_v2').renameTo('catalog_events').execute();

    for (const [from, to] of Object.entries(FOLDED_CREDENTIALS)) {
      await sql`UPDATE reminder_deliveries SET credential_id = ${to} WHERE credential_id = ${from}`.execute(db);
      await sql`UPDATE catalog_events SET credential_id = ${to} WHERE credential_id = ${from}`.execute(db);
      const rows = await sql<{
        id: string;
        team_id: string;
        enterprise_id: string;
        channel_id: string;
        scope_value: string;
      }>`
        SELECT id, team_id, enterprise_id, channel_id, scope_value FROM subscriptions
        WHERE scope_kind = 'credentials'`.execute(db);
      for (const row of rows.rows) {
        const ids = row.scope_value.split(',');
        if (!ids.includes(from)) continue;
        const value = [...new Set(ids.map((id) => (id === from ? to : id)))].sort().join(',');
        const clash = await sql<{ id: string }>`SELECT id FROM subscriptions WHERE team_id = ${row.team_id}
          AND enterprise_id = ${row.enterprise_id} AND channel_id = ${row.channel_id}
          AND scope_kind = 'credentials' AND scope_value = ${value} AND id <> ${row.id}`.execute(db);
        // The channel already follows the surviving entry with the same scope: the old row adds nothing.
        if (clash.rows.length > 0) await sql`DELETE FROM subscriptions WHERE id = ${row.id}`.execute(db);
        else await sql`UPDATE subscriptions SET scope_value = ${value} WHERE id = ${row.id}`.execute(db);
      }
    }
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

/**
 * Follow-ups (issue 9): the subject of the last answer in each conversation (a thread, or a DM's top
 * level with thread_ts ''): credential ids and fact fields as JSON text, the intent; never message text.
 * Rows expire 24 hours after the last answer; the expiry index serves the sweep.
 */
const threadContext: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('thread_context')
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('enterprise_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('thread_ts', 'text', (c) => c.notNull())
      .addColumn('credential_ids', 'text', (c) => c.notNull())
      .addColumn('intent', 'text', (c) => c.notNull())
      .addColumn('fact_fields', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('thread_context_pk', ['team_id', 'enterprise_id', 'channel_id', 'thread_ts'])
      .execute();
    await db.schema.createIndex('thread_context_expires_idx').on('thread_context').column('expires_at').execute();
  },
};

/**
 * Many workspaces (OAuth): installations (ids in clear, secrets sealed), single-use OAuth states,
 * named leases for token refresh, and uninstalled workspaces awaiting their purge.
 */
const installations: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('installations')
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('enterprise_id', 'text', (c) => c.notNull())
      .addColumn('is_enterprise_install', 'integer', (c) => c.notNull())
      .addColumn('key_id', 'text', (c) => c.notNull())
      .addColumn('secret', 'text', (c) => c.notNull())
      .addColumn('bot_expires_at', 'text')
      .addColumn('installed_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('installations_pk', ['enterprise_id', 'team_id'])
      .execute();
    await db.schema
      .createTable('oauth_states')
      .addColumn('state', 'text', (c) => c.primaryKey())
      .addColumn('install_options', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('consumed_at', 'text')
      .execute();
    await db.schema
      .createTable('locks')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('holder', 'text', (c) => c.notNull())
      .addColumn('lease_until', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('workspace_removals')
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('enterprise_id', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('removed_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('workspace_removals_pk', ['enterprise_id', 'team_id'])
      .execute();
  },
};

/** Every migration, in order. Names sort in the order they apply. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '2026-12-01a-event-ids': eventIds,
  '2026-12-01b-delivery-states': deliveryStates,
  '2026-12-01c-thread-context': threadContext,
  '2026-12-01d-installations': installations,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
