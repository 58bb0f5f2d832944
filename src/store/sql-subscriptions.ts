/** Subscriptions and their change log in SQL (SQLite and PostgreSQL alike). */
import type { Kysely, Selectable } from 'kysely';
import { describeScope, describeSettings } from '../reminders/describe-subscription.js';
import {
  type ChangeAction,
  type ReminderScope,
  type Subscription,
  type SubscriptionChange,
  scopeValue,
  type WorkspaceRef,
} from '../reminders/reminder-types.js';
import type { StoreDatabase, SubscriptionChangesTable, SubscriptionsTable } from './db-schema.js';
import { newId } from './new-id.js';
import type { SubscriptionStore, UpsertSubscription } from './store.js';

type Db = Kysely<StoreDatabase>;
type Row = Selectable<SubscriptionsTable>;

function scopeColumns(scope: ReminderScope): Pick<SubscriptionsTable, 'scope_kind' | 'scope_value'> {
  return { scope_kind: scope.kind, scope_value: scopeValue(scope) };
}

function scopeOf(row: Pick<Row, 'scope_kind' | 'scope_value'>): ReminderScope {
  if (row.scope_kind === 'credentials') return { kind: 'credentials', ids: row.scope_value.split(',').filter(Boolean) };
  if (row.scope_kind === 'issuer') return { kind: 'issuer', id: row.scope_value };
  return { kind: 'all' };
}

export function toSubscription(row: Row): Subscription {
  return {
    id: row.id,
    team: row.team_id,
    enterprise: row.enterprise_id,
    channel: row.channel_id,
    scope: scopeOf(row),
    leads: row.leads.split(',').filter(Boolean).map(Number),
    hour: Number(row.hour),
    tz: row.tz,
    status: row.status === 'paused' ? 'paused' : 'active',
    pausedReason: row.paused_reason,
    pausedAt: row.paused_at === null ? null : new Date(row.paused_at),
    createdBy: row.created_by,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

const ACTIONS: readonly ChangeAction[] = ['subscribed', 'updated', 'unsubscribed', 'paused', 'resumed'];

function changeAction(value: string): ChangeAction {
  return ACTIONS.find((a) => a === value) ?? 'updated';
}

function toChange(row: Selectable<SubscriptionChangesTable>): SubscriptionChange {
  return {
    id: row.id,
    team: row.team_id,
    enterprise: row.enterprise_id,
    channel: row.channel_id,
    subscriptionId: row.subscription_id,
    actor: row.actor,
    action: changeAction(row.action),
    detail: row.detail,
    at: new Date(row.at),
  };
}

function changeRow(sub: Subscription, actor: string, action: ChangeAction, detail: string, at: Date) {
  return {
    id: newId('c'),
    team_id: sub.team,
    enterprise_id: sub.enterprise,
    channel_id: sub.channel,
    subscription_id: sub.id,
    actor,
    action,
    detail,
    at: at.toISOString(),
  };
}

function settingsDetail(sub: Subscription): string {
  return `${describeScope(sub.scope)}: ${describeSettings(sub)}`;
}

export function createSqlSubscriptions(db: Db): SubscriptionStore {
  const inWorkspace = (ws: WorkspaceRef) =>
    db.selectFrom('subscriptions').where('team_id', '=', ws.team).where('enterprise_id', '=', ws.enterprise);

  /** Write first in every transaction (SQLite then takes its write lock up front and waits, instead of failing). */
  async function logged(
    rows: Row[],
    actor: string,
    action: ChangeAction,
    detail: (s: Subscription) => string,
    at: Date,
    trx: Db,
  ): Promise<Subscription[]> {
    const subs = rows.map(toSubscription);
    if (subs.length > 0) {
      await trx
        .insertInto('subscription_changes')
        .values(subs.map((s) => changeRow(s, actor, action, detail(s), at)))
        .execute();
    }
    return subs;
  }

  return {
    async upsert(input: UpsertSubscription) {
      const now = input.now.toISOString();
      const id = newId('s');
      // What a new row starts with and what an existing one with this scope is reset to.
      const settings = {
        leads: [...new Set(input.leads)].sort((a, b) => b - a).join(','),
        hour: input.hour,
        tz: input.tz,
        status: 'active' as const,
        paused_reason: null,
        paused_at: null,
        updated_at: now,
      };
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('subscriptions')
          .values({
            id,
            team_id: input.team,
            enterprise_id: input.enterprise,
            channel_id: input.channel,
            ...scopeColumns(input.scope),
            ...settings,
            created_by: input.actor,
            created_at: now,
          })
          .onConflict((oc) =>
            oc.columns(['team_id', 'enterprise_id', 'channel_id', 'scope_kind', 'scope_value']).doUpdateSet(settings),
          )
          .returningAll()
          .executeTakeFirstOrThrow();
        const created = row.id === id;
        const [subscription] = await logged(
          [row],
          input.actor,
          created ? 'subscribed' : 'updated',
          settingsDetail,
          input.now,
          trx,
        );
        if (!subscription) throw new Error('upsert returned no row');
        return { subscription, created };
      });
    },

    async get(ws, id) {
      const row = await inWorkspace(ws).selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toSubscription(row) : undefined;
    },

    async list(ws, filter = {}) {
      let q = inWorkspace(ws).selectAll();
      if (filter.channel !== undefined) q = q.where('channel_id', '=', filter.channel);
      return (await q.orderBy('created_at').orderBy('id').execute()).map(toSubscription);
    },

    async remove(ws, ids, actor, now) {
      if (ids.length === 0) return [];
      return db.transaction().execute(async (trx) => {
        const rows = await trx
          .deleteFrom('subscriptions')
          .where('team_id', '=', ws.team)
          .where('enterprise_id', '=', ws.enterprise)
          .where('id', 'in', ids)
          .returningAll()
          .execute();
        return logged(rows, actor, 'unsubscribed', settingsDetail, now, trx);
      });
    },

    async pause(ws, ids, reason, actor, now) {
      if (ids.length === 0) return [];
      return db.transaction().execute(async (trx) => {
        const rows = await trx
          .updateTable('subscriptions')
          .set({ status: 'paused', paused_reason: reason, paused_at: now.toISOString(), updated_at: now.toISOString() })
          .where('team_id', '=', ws.team)
          .where('enterprise_id', '=', ws.enterprise)
          .where('id', 'in', ids)
          .where('status', '=', 'active')
          .returningAll()
          .execute();
        return logged(rows, actor, 'paused', () => reason, now, trx);
      });
    },

    async resume(ws, ids, actor, now) {
      if (ids.length === 0) return [];
      return db.transaction().execute(async (trx) => {
        const rows = await trx
          .updateTable('subscriptions')
          .set({ status: 'active', paused_reason: null, paused_at: null, updated_at: now.toISOString() })
          .where('team_id', '=', ws.team)
          .where('enterprise_id', '=', ws.enterprise)
          .where('id', 'in', ids)
          .where('status', '=', 'paused')
          .returningAll()
          .execute();
        return logged(rows, actor, 'resumed', settingsDetail, now, trx);
      });
    },

    async changes(ws, filter) {
      let q = db
        .selectFrom('subscription_changes')
        .selectAll()
        .where('team_id', '=', ws.team)
        .where('enterprise_id', '=', ws.enterprise);
      if (filter.channel !== undefined) q = q.where('channel_id', '=', filter.channel);
      return (await q.orderBy('at', 'desc').orderBy('id').limit(filter.limit).execute()).map(toChange);
    },

    async listActive() {
      const rows = await db
        .selectFrom('subscriptions')
        .selectAll()
        .where('status', '=', 'active')
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toSubscription);
    },

    async listEverywhere(filter = {}) {
      let q = db.selectFrom('subscriptions').selectAll();
      if (filter.team !== undefined) q = q.where('team_id', '=', filter.team);
      const rows = await q.orderBy('team_id').orderBy('channel_id').orderBy('created_at').orderBy('id').execute();
      return rows.map(toSubscription);
    },
  };
}
