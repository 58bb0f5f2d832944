/**
 * SIGTERM / SIGINT: stop once (a second signal is ignored while stopping), exit 0 when done, and exit 1 if
 * stopping overruns the deadline (orchestrators send SIGKILL after about 10 seconds anyway).
 */
import type { Logger } from 'pino';
import { TIMED_OUT, withinDeadline } from './within-deadline.js';

export const SHUTDOWN_DEADLINE_MS = 9500;

export function shutdownOnSignals(stop: () => Promise<void>, log: Logger, deadlineMs = SHUTDOWN_DEADLINE_MS): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    setTimeout(() => {
      log.error({ deadlineMs }, 'shutdown overran its deadline');
      process.exit(1);
    }, deadlineMs).unref();
    stop().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

/** Resolves true when `work` settles within `ms`, false when the time ran out first (the work goes on). */
export async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  const settled = work.then(
    () => true,
    () => true,
  );
  return (await withinDeadline(settled, ms)) !== TIMED_OUT;
}
