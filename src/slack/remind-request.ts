/**
 * Who is asking to change which channel's reminders, from a slash command, a button or a modal.
 *
 * Two workspaces matter. The one the reminders are stored under is the workspace that installed
 * certdesk, which auth.test on the request's bot token reports (asked once per token). The asker's own organization comes
 * from the payload: a slash command's `team_id` / `enterprise_id` say where the person was in Slack
 * (their own workspace, also in a Slack Connect channel); an interaction's `user.team_id` is the
 * person's team (on Enterprise Grid it may be the organization's E… id). checkReminderPermission
 * compares the two, so a person from another organization in a Slack Connect channel is refused.
 */
import type { SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { ReminderActor } from '../reminders/check-reminder-permission.js';
import { workspaceOf } from '../reminders/check-reminder-permission.js';
import type { WorkspaceRef } from '../reminders/reminder-types.js';

export interface RemindRequest {
  /** The installing workspace: where the channel's subscriptions live. */
  ws: WorkspaceRef;
  actor: ReminderActor;
  channel: string;
}

/** How many bot tokens' workspaces are remembered (one per installation; rotating tokens add more). */
const REMEMBERED_TOKENS = 1000;

/**
 * The installing workspace, as auth.test on the request's bot token reports it: asked once per token
 * (again after a failure). In OAuth mode each installation has its own token, so each workspace is
 * filed under itself; the payload's team cannot serve, since in a Slack Connect channel it is the
 * asker's organization, not the installation's.
 */
export function installedWorkspace(): (client: WebClient) => Promise<WorkspaceRef> {
  const byToken = new Map<string, Promise<WorkspaceRef>>();
  return (client) => {
    const token = client.token ?? '';
    let known = byToken.get(token);
    if (!known) {
      known = client.auth
        .test()
        .then((r) =>
          workspaceOf({
            teamId: r.team_id,
            enterpriseId: r.enterprise_id,
            isEnterpriseInstall: r.is_enterprise_install,
          }),
        )
        .catch((err: unknown) => {
          byToken.delete(token);
          throw err;
        });
      if (byToken.size >= REMEMBERED_TOKENS) byToken.delete(byToken.keys().next().value ?? '');
      byToken.set(token, known);
    }
    return known;
  };
}

export function commandActor(command: SlashCommand): ReminderActor {
  return { userId: command.user_id, teamId: command.team_id, enterpriseId: command.enterprise_id };
}

/** The parts of a block_actions or view_submission body that say who acted. */
export interface InteractionBody {
  user: { id: string; team_id?: string | undefined };
  team: { id: string; enterprise_id?: string | undefined } | null;
  enterprise?: { id: string } | undefined;
}

export function interactionActor(body: InteractionBody): ReminderActor {
  const teamId = body.user.team_id ?? body.team?.id ?? '';
  // On Enterprise Grid user.team_id may be the organization itself; otherwise the organization is
  // known only for someone of the team the interaction came from.
  const enterpriseId = teamId.startsWith('E')
    ? teamId
    : teamId === body.team?.id
      ? (body.team?.enterprise_id ?? body.enterprise?.id)
      : undefined;
  return { userId: body.user.id, teamId, enterpriseId };
}

/** The channel of a button press: the message's channel (ephemeral replies carry it in the container). */
export function actionChannel(body: { channel?: { id: string } | undefined; container?: Record<string, unknown> }) {
  const fromContainer = body.container?.channel_id;
  return body.channel?.id ?? (typeof fromContainer === 'string' ? fromContainer : undefined);
}
