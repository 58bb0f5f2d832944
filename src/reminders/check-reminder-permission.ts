/**
 * Who may change a channel's reminders (pure). With CERTDESK_ADMINS set, only those users. Otherwise
 * anyone from the installing workspace (or, for an org install, the installing organization); people
 * from other organizations in a Slack Connect channel may not.
 */
import type { WorkspaceRef } from './reminder-types.js';

export interface ReminderActor {
  userId: string;
  /** The user's own team (Slack: `user.team_id` in interactions, `team_id` in slash commands). */
  teamId: string;
  /** The user's organization, when on Enterprise Grid. */
  enterpriseId?: string | undefined;
}

export type PermissionVerdict =
  | { allowed: true }
  | { allowed: false; reason: 'not-admin' | 'outside-organization'; message: string };

export function checkReminderPermission(
  actor: ReminderActor,
  installedIn: WorkspaceRef,
  admins: readonly string[],
): PermissionVerdict {
  if (admins.length > 0) {
    return admins.includes(actor.userId)
      ? { allowed: true }
      : {
          allowed: false,
          reason: 'not-admin',
          message: 'Only the certdesk administrators of this workspace can change its reminders.',
        };
  }
  const sameOrg =
    installedIn.enterprise !== '' ? actor.enterpriseId === installedIn.enterprise : actor.teamId === installedIn.team;
  return sameOrg
    ? { allowed: true }
    : {
        allowed: false,
        reason: 'outside-organization',
        message:
          "Reminders in this channel belong to the workspace that installed certdesk; people from other organizations can't change them.",
      };
}

/**
 * The workspace a Slack request belongs to: the team for a workspace install, the organization
 * (team '') for an org-wide install, so one channel has one set of subscriptions either way.
 */
export function workspaceOf(ids: {
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  isEnterpriseInstall?: boolean | undefined;
}): WorkspaceRef {
  const enterprise = ids.enterpriseId ?? '';
  if (ids.isEnterpriseInstall && enterprise !== '') return { team: '', enterprise };
  return { team: ids.teamId ?? '', enterprise };
}
