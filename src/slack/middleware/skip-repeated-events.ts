/**
 * Slack redelivers an event when it thinks the first delivery failed (X-Slack-Retry-Num, or Socket Mode's
 * retry_attempt), with the same event_id. Bolt passes every delivery on; this global middleware lets only
 * the first one through, keyed by workspace and event id.
 *
 * It fails open: Bolt has acknowledged the event already (Slack will not send it again), so when the
 * shared store cannot answer within a second the event is answered anyway, checked against this
 * process's memory only, and the lapse is logged.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { TIMED_OUT, withinDeadline } from '../../http/within-deadline.js';
import { createMemoryEventDedup } from '../../store/event-dedup.js';
import type { SlackDeps } from '../slack-deps.js';

/** `${team}:${event_id}` for Events API envelopes; null for everything else (commands, actions, views). */
export function eventKey(body: object): string | null {
  const b = body as { type?: unknown; event_id?: unknown; team_id?: unknown; enterprise_id?: unknown };
  if (b.type !== 'event_callback' || typeof b.event_id !== 'string') return null;
  const team = typeof b.team_id === 'string' ? b.team_id : typeof b.enterprise_id === 'string' ? b.enterprise_id : '-';
  return `${team}:${b.event_id}`;
}

/** How long the shared check may take before the event is answered without it. */
export const DEDUP_DEADLINE_MS = 1000;

export function skipRepeatedEvents(
  deps: Pick<SlackDeps, 'dedup' | 'now' | 'log'>,
  deadlineMs = DEDUP_DEADLINE_MS,
): Middleware<AnyMiddlewareArgs> {
  const local = createMemoryEventDedup();
  const firstSeen = async (key: string): Promise<boolean> => {
    const now = deps.now();
    const seenHere = await local.firstSeen(key, now);
    let shared: boolean | typeof TIMED_OUT;
    try {
      shared = await withinDeadline(deps.dedup.firstSeen(key, now), deadlineMs);
    } catch (err) {
      deps.log.warn({ key, err }, 'event deduplication unavailable (store failed): answering anyway');
      return seenHere;
    }
    if (shared === TIMED_OUT) {
      deps.log.warn({ key, deadlineMs }, 'event deduplication unavailable (store too slow): answering anyway');
      return seenHere;
    }
    return shared;
  };
  return async ({ body, context, next }) => {
    const key = eventKey(body);
    if (key !== null && !(await firstSeen(key))) {
      deps.log.info({ key, retryNum: context.retryNum, retryReason: context.retryReason }, 'repeated event skipped');
      return;
    }
    await next();
  };
}
