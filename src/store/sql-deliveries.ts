/**
 * Reminder deliveries in SQL: the exactly-once ledger. A row per (workspace, channel, event id,
 * event date, lead); `claimed` under a lease while a process posts it, `sent` after.
 * Every write is one statement (atomic on both databases); keys are written in one sorted order so
 * two PostgreSQL writers never deadlock on each other's rows.
 */
import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import { eventKindSchema } from '../catalog/schema.js';
import type { ChannelRef, DeliveryKey, DeliveryRecord } from '../reminders/reminder-types.js';
import type { ReminderDeliveriesTable, StoreDatabase } from './db-schema.js';
import type { ClaimRequest, DeliveryStore } from './store.js';

type Db = Kysely<StoreDatabase>;
type Eb = ExpressionBuilder<StoreDatabase, 'reminder_deliveries'>;

/** The row's key (the primary key since migration 2026-12-01a-event-ids). */
const KEY_COLUMNS = ['team_id', 'enterprise_id', 'channel_id', 'event_id', 'event_date', 'lead_days'] as const;
/** Key columns and what the row says about its event (credential, kind). */
const ROW_KEY_COLUMNS = [...KEY_COLUMNS, 'credential_id', 'event_kind'] as const;

function keyString(k: DeliveryKey): string {
  return [k.team, k.enterprise, k.channel, k.eventId, k.date, k.lead].join('|');
}

function keyColumns(k: DeliveryKey) {
  return {
    team_id: k.team,
    enterprise_id: k.enterprise,
    channel_id: k.channel,
    event_id: k.eventId,
    event_date: k.date,
    lead_days: k.lead,
  };
}

function rowColumns(k: DeliveryKey) {
  return { ...keyColumns(k), credential_id: k.credentialId, event_kind: k.kind };
}

function toKey(row: Pick<Selectable<ReminderDeliveriesTable>, (typeof ROW_KEY_COLUMNS)[number]>): DeliveryKey {
  return {
    team: row.team_id,
    enterprise: row.enterprise_id,
    channel: row.channel_id,
    eventId: row.event_id,
    credentialId: row.credential_id,
    kind: eventKindSchema.parse(row.event_kind),
    date: row.event_date,
    lead: Number(row.lead_days),
  };
}

function toRecord(row: Selectable<ReminderDeliveriesTable>): DeliveryRecord {
  return {
    ...toKey(row),
    state: row.state === 'sent' ? 'sent' : 'claimed',
    claimedBy: row.claimed_by,
    leaseUntil: new Date(row.lease_until),
    sentAt: row.sent_at === null ? null : new Date(row.sent_at),
    messageTs: row.message_ts,
    subscriptionId: row.subscription_id,
  };
}

/** Unique keys, in one stable order. */
function sortedUnique<T extends DeliveryKey>(keys: T[]): T[] {
  const byKey = new Map<string, T>();
  for (const k of keys) if (!byKey.has(keyString(k))) byKey.set(keyString(k), k);
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, k]) => k);
}

function anyKey(eb: Eb, keys: DeliveryKey[]) {
  return eb.or(
    keys.map((k) => {
      const c = keyColumns(k);
      return eb.and(KEY_COLUMNS.map((col) => eb(col, '=', c[col])));
    }),
  );
}

export function createSqlDeliveries(db: Db): DeliveryStore {
  return {
    async claim(requests: ClaimRequest[], holder, now, leaseUntil) {
      const keys = sortedUnique(requests);
      if (keys.length === 0) return [];
      const at = now.toISOString();
      const rows = await db
        .insertInto('reminder_deliveries')
        .values(
          keys.map((k) => ({
            ...rowColumns(k),
            state: 'claimed' as const,
            claimed_by: holder,
            claimed_at: at,
            lease_until: leaseUntil.toISOString(),
            sent_at: null,
            message_ts: null,
            subscription_id: k.subscriptionId,
          })),
        )
        .onConflict((oc) =>
          oc
            .columns([...KEY_COLUMNS])
            // Take over a claim whose lease ran out (its process died, or it was deferred until then).
            .doUpdateSet((eb) => ({
              claimed_by: eb.ref('excluded.claimed_by'),
              claimed_at: eb.ref('excluded.claimed_at'),
              lease_until: eb.ref('excluded.lease_until'),
              subscription_id: eb.ref('excluded.subscription_id'),
            }))
            .where('reminder_deliveries.state', '=', 'claimed')
            .where('reminder_deliveries.lease_until', '<=', at),
        )
        .returning([...ROW_KEY_COLUMNS])
        .execute();
      return sortedUnique(rows.map(toKey));
    },

    async markSent(keys, holder, sentAt, messageTs) {
      if (keys.length === 0) return 0;
      const r = await db
        .updateTable('reminder_deliveries')
        .set({ state: 'sent', sent_at: sentAt.toISOString(), message_ts: messageTs })
        .where('claimed_by', '=', holder)
        .where('state', '=', 'claimed')
        .where((eb) => anyKey(eb, sortedUnique(keys)))
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },

    async release(keys, holder) {
      if (keys.length === 0) return 0;
      const r = await db
        .deleteFrom('reminder_deliveries')
        .where('claimed_by', '=', holder)
        .where('state', '=', 'claimed')
        .where((eb) => anyKey(eb, sortedUnique(keys)))
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },

    async defer(keys, holder, until) {
      if (keys.length === 0) return 0;
      const r = await db
        .updateTable('reminder_deliveries')
        .set({ lease_until: until.toISOString() })
        .where('claimed_by', '=', holder)
        .where('state', '=', 'claimed')
        .where((eb) => anyKey(eb, sortedUnique(keys)))
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },

    async history(channel: ChannelRef) {
      const rows = await db
        .selectFrom('reminder_deliveries')
        .selectAll()
        .where('team_id', '=', channel.team)
        .where('enterprise_id', '=', channel.enterprise)
        .where('channel_id', '=', channel.channel)
        .execute();
      return rows.map(toRecord);
    },

    async all() {
      const rows = await db
        .selectFrom('reminder_deliveries')
        .selectAll()
        .orderBy('team_id')
        .orderBy('channel_id')
        .orderBy('event_date')
        .orderBy('credential_id')
        .orderBy('event_kind')
        .orderBy('lead_days', 'desc')
        .execute();
      return rows.map(toRecord);
    },
  };
}
