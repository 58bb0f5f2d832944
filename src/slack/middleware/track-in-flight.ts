/**
 * Counts the requests Bolt is still working on (a listener keeps running after it acknowledged), so that
 * shutdown can wait for them to finish.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

export interface InFlight {
  middleware: Middleware<AnyMiddlewareArgs>;
  count(): number;
  /** Resolves true once nothing is in flight, or false when `timeoutMs` passed first. */
  drain(timeoutMs: number): Promise<boolean>;
}

export function trackInFlight(): InFlight {
  let count = 0;
  let waiters: (() => void)[] = [];
  const settle = () => {
    if (count > 0) return;
    for (const w of waiters) w();
    waiters = [];
  };
  return {
    middleware: async ({ next }) => {
      count += 1;
      try {
        await next();
      } finally {
        count -= 1;
        settle();
      }
    },
    count: () => count,
    drain: (timeoutMs) =>
      new Promise((resolve) => {
        if (count === 0) return resolve(true);
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== done);
          resolve(false);
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          resolve(true);
        };
        waiters.push(done);
      }),
  };
}
