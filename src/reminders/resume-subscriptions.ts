/**
 * Resume a channel's paused subscriptions (`/cert remind resume`), once the app is back in the
 * channel: the caller checks that (conversations.info is_member) before calling.
 */
import type { Store } from '../store/store.js';
import type { Subscription } from './reminder-types.js';

export interface ResumeInput {
  team: string;
  enterprise?: string | null | undefined;
  channel: string;
  /** Only these; default every paused subscription of the channel. */
  ids?: string[] | undefined;
  actor: string;
  now?: Date;
}

export async function resume(store: Pick<Store, 'subscriptions'>, input: ResumeInput): Promise<Subscription[]> {
  const ws = { team: input.team, enterprise: input.enterprise ?? '' };
  const paused = (await store.subscriptions.list(ws, { channel: input.channel })).filter(
    (s) => s.status === 'paused' && (input.ids === undefined || input.ids.includes(s.id)),
  );
  return store.subscriptions.resume(
    ws,
    paused.map((s) => s.id),
    input.actor,
    input.now ?? new Date(),
  );
}
