/**
 * The in-process tick: runs a pass every interval, never two at once, on unref'd timers (the server,
 * not the scheduler, keeps the process alive). A pass is plain async work: request handling goes on
 * while it waits on the database and Slack. `stop()` cancels the next tick and waits for a running
 * pass to finish; the pass gets an AbortSignal that stop() aborts, so it claims nothing more.
 */
import type { ReminderLogger } from './reminder-pass-types.js';

export interface ReminderScheduler {
  start(): void;
  stop(): Promise<void>;
  /** True while a pass is running. */
  readonly running: boolean;
}

export interface SchedulerOptions {
  intervalMs: number;
  /** Delay before the first pass (default: the interval, at most 10 s). */
  firstDelayMs?: number;
  runPass: (signal: AbortSignal) => Promise<unknown>;
  logger: ReminderLogger;
}

export function createReminderScheduler(opts: SchedulerOptions): ReminderScheduler {
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> | undefined;
  let controller: AbortController | undefined;
  let started = false;

  const schedule = (delayMs: number) => {
    if (!started) return;
    timer = setTimeout(tick, delayMs);
    timer.unref();
  };

  function tick() {
    timer = undefined;
    const startedAt = Date.now();
    controller = new AbortController();
    current = opts
      .runPass(controller.signal)
      .then(
        () => undefined,
        (err: unknown) => {
          opts.logger.error({ err }, 'reminder pass failed');
        },
      )
      .finally(() => {
        current = undefined;
        // The next pass starts one interval after this one started, or at once if it overran.
        schedule(Math.max(0, opts.intervalMs - (Date.now() - startedAt)));
      });
  }

  return {
    start() {
      if (started) return;
      started = true;
      schedule(opts.firstDelayMs ?? Math.min(opts.intervalMs, 10_000));
    },
    async stop() {
      started = false;
      if (timer) clearTimeout(timer);
      timer = undefined;
      controller?.abort();
      await current;
    },
    get running() {
      return current !== undefined;
    },
  };
}
