/**
 * Reminders for the running app: a pass function bound to the store, catalog and Slack poster, and
 * the scheduler that ticks it every CERTDESK_TICK_SECONDS. main.ts starts it once the store is
 * ready and stops it before closing the store: the pass under way claims nothing more, its posts in
 * flight finish, and those still unanswered at the deadline are recorded as outcome unknown.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Catalog } from '../catalog/schema.js';
import { settlesWithin } from '../http/shutdown-on-signals.js';
import type { Store } from '../store/store.js';
import type { ReminderLogger, ReminderPassReport } from './reminder-pass-types.js';
import type { ReminderPoster } from './reminder-poster.js';
import { createReminderScheduler } from './reminder-scheduler.js';
import { type DeliveryKey, reminderKeyString } from './reminder-types.js';
import { runReminderPass } from './run-reminder-pass.js';

export interface ReminderServiceOptions {
  store: Store;
  catalog: Pick<Catalog, 'credentials' | 'issuers'>;
  poster: ReminderPoster;
  logger: ReminderLogger;
  tickSeconds: number;
  leaseMs?: number;
  /** Default: host, pid and a random suffix. */
  holder?: string;
  /** Run at every tick before the pass (OAuth mode: purge workspaces uninstalled 30 days ago); failures are logged. */
  housekeeping?: () => Promise<unknown>;
}

export interface ReminderService {
  start(): void;
  /**
   * Stops ticking and claiming; waits up to `graceMs` for posts in flight. Those Slack has not answered
   * by then are recorded as unconfirmed (never posted again). Resolves true when the pass finished.
   */
  stop(graceMs?: number): Promise<boolean>;
  runPass(now?: Date, signal?: AbortSignal): Promise<ReminderPassReport>;
}

export function processHolderId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

export function createReminderService(opts: ReminderServiceOptions): ReminderService {
  const holder = opts.holder ?? processHolderId();
  const inFlight = new Set<DeliveryKey[]>();
  const runPass = (now: Date = new Date(), signal?: AbortSignal) =>
    runReminderPass({
      store: opts.store,
      catalog: opts.catalog,
      now,
      poster: opts.poster,
      holder,
      logger: opts.logger,
      inFlight,
      ...(signal ? { signal } : {}),
      ...(opts.leaseMs !== undefined ? { leaseMs: opts.leaseMs } : {}),
    });
  const scheduler = createReminderScheduler({
    intervalMs: opts.tickSeconds * 1000,
    runPass: async (signal) => {
      try {
        await opts.housekeeping?.();
      } catch (err) {
        opts.logger.error({ err }, 'housekeeping before the reminder pass failed');
      }
      return runPass(new Date(), signal);
    },
    logger: opts.logger,
  });
  return {
    start: scheduler.start,
    async stop(graceMs = 8000) {
      if (await settlesWithin(scheduler.stop(), graceMs)) return true;
      const unanswered = [...inFlight];
      inFlight.clear();
      for (const keys of unanswered) {
        try {
          await opts.store.deliveries.markUnconfirmed(keys, holder, 'stopped before Slack answered the post');
          opts.logger.warn(
            { reminderKeys: keys.map((k) => `${k.channel}|${reminderKeyString(k)}`) },
            'reminder outcome unknown: stopped before Slack answered; not posted again',
          );
        } catch (err) {
          opts.logger.error({ err }, 'could not record a reminder post cut short by the stop');
        }
      }
      return false;
    },
    runPass,
  };
}
