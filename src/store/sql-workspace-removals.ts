/**
 * Uninstalled workspaces: when each was removed, and the purge of everything certdesk keeps for it.
 * WORKSPACE_TABLES lists every table keyed by (team_id, enterprise_id): a new per-workspace table is
 * one more entry here.
 */
import { type Kysely, sql } from 'kysely';
import type { WorkspaceRef } from '../reminders/reminder-types.js';
import type { StoreDatabase } from './db-schema.js';
import type { WorkspaceRemovalStore } from './store.js';

export const WORKSPACE_TABLES: readonly string[] = [
  'subscriptions',
  'subscription_changes',
  'reminder_deliveries',
  'thread_context',
  'installations',
];

export function createSqlWorkspaceRemovals(db: Kysely<StoreDatabase>): WorkspaceRemovalStore {
  return {
    async markRemoved(ws, reason, now) {
      // The first removal counts: a repeated event does not push the purge back.
      await db
        .insertInto('workspace_removals')
        .values({ team_id: ws.team, enterprise_id: ws.enterprise, reason, removed_at: now.toISOString() })
        .onConflict((oc) => oc.columns(['enterprise_id', 'team_id']).doNothing())
        .execute();
    },
    async restore(ws) {
      const r = await db
        .deleteFrom('workspace_removals')
        .where('team_id', '=', ws.team)
        .where('enterprise_id', '=', ws.enterprise)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    async removedBefore(before) {
      const rows = await db
        .selectFrom('workspace_removals')
        .select(['team_id', 'enterprise_id'])
        .where('removed_at', '<', before.toISOString())
        .execute();
      return rows.map((r) => ({ team: r.team_id, enterprise: r.enterprise_id }));
    },
    async list() {
      const rows = await db.selectFrom('workspace_removals').selectAll().execute();
      return rows.map((r) => ({
        team: r.team_id,
        enterprise: r.enterprise_id,
        reason: r.reason,
        removedAt: new Date(r.removed_at),
      }));
    },
    async purge(ws: WorkspaceRef) {
      return db.transaction().execute(async (tx) => {
        const deleted: Record<string, number> = {};
        for (const table of WORKSPACE_TABLES) {
          const r = await sql`DELETE FROM ${sql.table(table)}
            WHERE team_id = ${ws.team} AND enterprise_id = ${ws.enterprise}`.execute(tx);
          deleted[table] = Number(r.numAffectedRows ?? 0n);
        }
        await tx
          .deleteFrom('workspace_removals')
          .where('team_id', '=', ws.team)
          .where('enterprise_id', '=', ws.enterprise)
          .execute();
        return deleted;
      });
    },
  };
}
