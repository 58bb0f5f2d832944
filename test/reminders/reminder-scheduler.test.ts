import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createSlackPoster } from '../../src/reminders/create-slack-poster.js';
import { createReminderScheduler } from '../../src/reminders/reminder-scheduler.js';
import { runReminderPass } from '../../src/reminders/run-reminder-pass.js';
import { subscribe } from '../../src/reminders/subscribe.js';
import { openStore } from '../../src/store/open-store.js';
import { createStoreTarget } from '../store/store-targets.js';
import { startSlackStandIn } from '../support/slack-stand-in.js';
import { LONG_AGO, PASS_NOW, reminderCatalog } from './reminder-fixtures.js';

const run = promisify(execFile);

const logger = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('reminder scheduler', () => {
  it('ticks repeatedly, never runs two passes at once, and stop() waits for the running pass', async () => {
    let running = 0;
    let maxRunning = 0;
    let passes = 0;
    let finished = 0;
    const scheduler = createReminderScheduler({
      intervalMs: 20,
      firstDelayMs: 0,
      logger,
      runPass: async () => {
        running++;
        passes++;
        maxRunning = Math.max(maxRunning, running);
        await sleep(50); // longer than the interval
        running--;
        finished++;
      },
    });
    scheduler.start();
    scheduler.start(); // a second start changes nothing
    await sleep(230);
    expect(passes).toBeGreaterThanOrEqual(3);
    expect(maxRunning).toBe(1);
    while (!scheduler.running) await sleep(1);
    await scheduler.stop();
    expect(scheduler.running).toBe(false);
    expect(finished).toBe(passes);
    const after = passes;
    await sleep(100);
    expect(passes).toBe(after);
  });

  it('keeps ticking after a pass fails, and logs it', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const scheduler = createReminderScheduler({
      intervalMs: 10,
      firstDelayMs: 0,
      logger: { ...logger, error: (obj: unknown) => errors.push(obj), warn: () => {}, info: () => {}, debug: () => {} },
      runPass: async () => {
        calls++;
        throw new Error('database down');
      },
    });
    scheduler.start();
    await sleep(60);
    await scheduler.stop();
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(errors.length).toBe(calls);
  });

  it('does not keep the process alive: its timers are unref’d', async () => {
    const script = fileURLToPath(new URL('./support/scheduler-exit.ts', import.meta.url));
    const started = Date.now();
    const { stdout } = await run(process.execPath, ['--import', 'tsx', script], { timeout: 10_000 });
    expect(stdout).toBe('started\n');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('never holds up request handling while a pass waits on a slow Slack', async () => {
    const target = await createStoreTarget('sqlite');
    const store = await openStore(target.url);
    const slack = await startSlackStandIn();
    slack.on('chat.postMessage', (c) => ({ delayMs: 400, body: { ok: true, channel: c.body.channel, ts: '1.1' } }));
    const server = createServer((_req, res) => res.end('ok'));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    try {
      for (const channel of ['C1', 'C2']) {
        await subscribe(store, { team: 'T1', channel, scope: { kind: 'all' }, actor: 'U1', now: LONG_AGO });
      }
      const scheduler = createReminderScheduler({
        intervalMs: 60_000,
        firstDelayMs: 0,
        logger,
        runPass: () =>
          runReminderPass({
            store,
            catalog: reminderCatalog(),
            now: PASS_NOW,
            poster: createSlackPoster({ token: 'xoxb-t', slackApiUrl: slack.apiUrl }),
            holder: 'tick',
            logger,
          }),
      });
      scheduler.start();
      await slack.waitFor('chat.postMessage', 1);
      expect(scheduler.running).toBe(true);
      const asked = Date.now();
      expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('ok');
      expect(Date.now() - asked).toBeLessThan(200);
      await scheduler.stop();
      expect(slack.callsTo('chat.postMessage')).toHaveLength(2);
    } finally {
      server.close();
      await slack.close();
      await store.close();
      await target.cleanup();
    }
  });
});
