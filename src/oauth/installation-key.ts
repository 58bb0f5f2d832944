/**
 * Where an installation lives: the workspace (team, with its enterprise when there is one) or, for an
 * Enterprise Grid org-wide install, the organization (team ''), keyed as subscriptions are.
 */
import type { Installation, InstallationQuery } from '@slack/bolt';
import { workspaceOf } from '../reminders/check-reminder-permission.js';
import type { WorkspaceRef } from '../reminders/reminder-types.js';

export function workspaceOfQuery(query: InstallationQuery<boolean>): WorkspaceRef {
  return workspaceOf({
    teamId: query.teamId,
    enterpriseId: query.enterpriseId,
    isEnterpriseInstall: query.isEnterpriseInstall,
  });
}

export function workspaceOfInstallation(installation: Installation): WorkspaceRef {
  return workspaceOf({
    teamId: installation.team?.id,
    enterpriseId: installation.enterprise?.id,
    isEnterpriseInstall: installation.isEnterpriseInstall === true,
  });
}

/** The additional data a row's sealed secret is bound to. */
export function sealingContext(ws: WorkspaceRef): string {
  return `certdesk/installation/${ws.enterprise}/${ws.team}`;
}

export function workspaceKey(ws: WorkspaceRef): string {
  return `${ws.enterprise}/${ws.team}`;
}
