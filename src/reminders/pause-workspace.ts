/**
 * Pause every active subscription of a workspace the app lost (app_uninstalled, tokens_revoked): the
 * SlackDeps `onUninstall` hook calls this. They resume with `/cert remind resume` after a reinstall.
 */
import type { Store } from '../store/store.js';
import type { Subscription, WorkspaceRef } from './reminder-types.js';

export async function pauseWorkspace(
  store: Pick<Store, 'subscriptions'>,
  input: WorkspaceRef & { reason: string; now?: Date },
): Promise<Subscription[]> {
  const workspace = { team: input.team, enterprise: input.enterprise };
  const active = (await store.subscriptions.list(workspace)).filter((s) => s.status === 'active');
  if (active.length === 0) return [];
  return store.subscriptions.pause(
    workspace,
    active.map((s) => s.id),
    input.reason,
    'certdesk',
    input.now ?? new Date(),
  );
}
