/**
 * Installation rows in SQL. The row is keyed by (enterprise, team), '' for none: a workspace install
 * has a team; an org-wide install has team ''. Secrets arrive sealed (src/oauth/seal-secret.ts).
 */
import type { Kysely } from 'kysely';
import type { WorkspaceRef } from '../reminders/reminder-types.js';
import type { InstallationsTable, StoreDatabase } from './db-schema.js';
import type { InstallationRow, InstallationRowStore } from './store.js';

function toRow(r: InstallationsTable): InstallationRow {
  return {
    team: r.team_id,
    enterprise: r.enterprise_id,
    isEnterpriseInstall: Number(r.is_enterprise_install) === 1,
    keyId: r.key_id,
    secret: r.secret,
    botExpiresAt: r.bot_expires_at === null ? null : new Date(r.bot_expires_at),
    installedAt: new Date(r.installed_at),
    updatedAt: new Date(r.updated_at),
  };
}

export function createSqlInstallations(db: Kysely<StoreDatabase>): InstallationRowStore {
  return {
    async get(ws: WorkspaceRef) {
      const r = await db
        .selectFrom('installations')
        .selectAll()
        .where('team_id', '=', ws.team)
        .where('enterprise_id', '=', ws.enterprise)
        .executeTakeFirst();
      return r ? toRow(r) : undefined;
    },
    async put(row: InstallationRow) {
      const values = {
        team_id: row.team,
        enterprise_id: row.enterprise,
        is_enterprise_install: row.isEnterpriseInstall ? 1 : 0,
        key_id: row.keyId,
        secret: row.secret,
        bot_expires_at: row.botExpiresAt ? row.botExpiresAt.toISOString() : null,
        installed_at: row.installedAt.toISOString(),
        updated_at: row.updatedAt.toISOString(),
      };
      await db
        .insertInto('installations')
        .values(values)
        .onConflict((oc) =>
          oc.columns(['enterprise_id', 'team_id']).doUpdateSet({
            is_enterprise_install: values.is_enterprise_install,
            key_id: values.key_id,
            secret: values.secret,
            bot_expires_at: values.bot_expires_at,
            updated_at: values.updated_at,
          }),
        )
        .execute();
    },
    async remove(ws: WorkspaceRef) {
      const r = await db
        .deleteFrom('installations')
        .where('team_id', '=', ws.team)
        .where('enterprise_id', '=', ws.enterprise)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    async list() {
      const rows = await db
        .selectFrom('installations')
        .selectAll()
        .orderBy('enterprise_id')
        .orderBy('team_id')
        .execute();
      return rows.map(toRow);
    },
  };
}
