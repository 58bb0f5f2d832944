/**
 * Work raced against a deadline: its result, or TIMED_OUT when the deadline comes first. The work is not
 * cancelled; a late result is dropped, its error too. Readiness checks, shutdown and the Slack lookups
 * made before an acknowledgment all wait this way.
 */

/**
 * Slack lookups made before an acknowledgment (users.info, conversations.info) must not hold it past
 * Slack's 3 seconds: the Web API client waits out a 429's Retry-After and retries on its own. Past the
 * deadline the caller goes on with what it can assume.
 */
export const LOOKUP_DEADLINE_MS = 800;

export const TIMED_OUT: unique symbol = Symbol('timed out');

export async function withinDeadline<T>(
  work: Promise<T>,
  ms: number = LOOKUP_DEADLINE_MS,
): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  work.catch(() => undefined); // work that fails after the deadline is nobody's to handle
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
