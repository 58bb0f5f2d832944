/**
 * Reminders for the running app: a pass function bound to the store, catalog and Slack poster, and
 * the scheduler that ticks it every CERTDESK_TICK_SECONDS. main.ts starts it after the app and
 * stops it (waiting for a running pass) before closing the store.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Catalog } from '../catalog/schema.js';
import type { Store } from '../store/store.js';
import type { ReminderPoster } from './reminder-poster.js';
import { createReminderScheduler } from './reminder-scheduler.js';
import { type ReminderLogger, type ReminderPassReport, runReminderPass } from './run-reminder-pass.js';

export interface ReminderServiceOptions {
  store: Store;
  catalog: Pick<Catalog, 'credentials' | 'issuers'>;
  poster: ReminderPoster;
  logger: ReminderLogger;
  tickSeconds: number;
  leaseMs?: number;
  /** Default: host, pid and a random suffix. */
  holder?: string;
}

export interface ReminderService {
  start(): void;
  /** Stops ticking and waits for a pass in progress. */
  stop(): Promise<void>;
  runPass(now?: Date): Promise<ReminderPassReport>;
}

export function processHolderId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

export function createReminderService(opts: ReminderServiceOptions): ReminderService {
  const holder = opts.holder ?? processHolderId();
  const runPass = (now: Date = new Date()) =>
    runReminderPass({
      store: opts.store,
      catalog: opts.catalog,
      now,
      poster: opts.poster,
      holder,
      logger: opts.logger,
      ...(opts.leaseMs !== undefined ? { leaseMs: opts.leaseMs } : {}),
    });
  const scheduler = createReminderScheduler({
    intervalMs: opts.tickSeconds * 1000,
    runPass: () => runPass(),
    logger: opts.logger,
  });
  return { start: scheduler.start, stop: scheduler.stop, runPass };
}
