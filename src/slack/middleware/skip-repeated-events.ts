/**
 * Slack redelivers an event when it thinks the first delivery failed (X-Slack-Retry-Num, or Socket Mode's
 * retry_attempt), with the same event_id. Bolt passes every delivery on; this global middleware lets only
 * the first one through, keyed by workspace and event id.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps.js';

/** `${team}:${event_id}` for Events API envelopes; null for everything else (commands, actions, views). */
export function eventKey(body: object): string | null {
  const b = body as { type?: unknown; event_id?: unknown; team_id?: unknown; enterprise_id?: unknown };
  if (b.type !== 'event_callback' || typeof b.event_id !== 'string') return null;
  const team = typeof b.team_id === 'string' ? b.team_id : typeof b.enterprise_id === 'string' ? b.enterprise_id : '-';
  return `${team}:${b.event_id}`;
}

export function skipRepeatedEvents(deps: Pick<SlackDeps, 'dedup' | 'now' | 'log'>): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const key = eventKey(body);
    if (key !== null && !(await deps.dedup.firstSeen(key, deps.now()))) {
      deps.log.info({ key, retryNum: context.retryNum, retryReason: context.retryReason }, 'repeated event skipped');
      return;
    }
    await next();
  };
}
