/**
 * Pause every active subscription of a team (app_uninstalled, tokens_revoked): the SlackDeps
 * `onUninstall(teamId)` hook calls this. They resume with `/cert remind resume` after a reinstall.
 */
import type { Store } from '../store/store.js';
import type { Subscription } from './reminder-types.js';

export async function pauseWorkspace(
  store: Pick<Store, 'subscriptions'>,
  input: { team: string; reason: string; now?: Date },
): Promise<Subscription[]> {
  const now = input.now ?? new Date();
  const active = (await store.subscriptions.listEverywhere({ team: input.team })).filter((s) => s.status === 'active');
  const byWorkspace = new Map<string, Subscription[]>();
  for (const s of active) byWorkspace.set(s.enterprise, [...(byWorkspace.get(s.enterprise) ?? []), s]);
  const paused: Subscription[] = [];
  for (const [enterprise, subs] of byWorkspace) {
    paused.push(
      ...(await store.subscriptions.pause(
        { team: input.team, enterprise },
        subs.map((s) => s.id),
        input.reason,
        'certdesk',
        now,
      )),
    );
  }
  return paused;
}
