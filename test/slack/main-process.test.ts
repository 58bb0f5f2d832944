/**
 * src/main.ts as a real process: starts from the environment, serves health, and on SIGTERM stops taking
 * requests, finishes the one in flight and exits 0 within 10 seconds.
 */
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { freePort, httpMode, MAIN_SIGNING_SECRET, postEvent, tempDatabaseUrl } from '../support/run-main.js';
import { useMainProcesses } from '../support/use-main-processes.js';

describe('the app process', () => {
  const app = useMainProcesses();

  it('on SIGTERM finishes the reply in flight, then exits 0 within 10 seconds', async () => {
    const standIn = await app.standIn();
    standIn.on('chat.postMessage', (c) => ({ delayMs: 1500, body: { ok: true, channel: c.body.channel, ts: '1.1' } }));
    const { started, port } = await app.startHealthy((port) => httpMode(standIn, port));
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);

    const res = await postEvent(port, 'Ev0SIGTERM', {
      type: 'app_mention',
      user: 'U0ASKER',
      text: '<@UBOT> what is aaism',
      ts: '1.0',
      channel: 'C0CHAN',
    });
    expect(res.status).toBe(200);
    const [call] = await standIn.waitFor('chat.postMessage');
    const signalledAt = Date.now();
    started.child.kill('SIGTERM');
    const { code, at } = await started.exited;
    expect(code).toBe(0);
    expect(at - signalledAt).toBeLessThan(10_000);
    // It waited for Slack's (slow) answer to the reply it was sending.
    expect(at).toBeGreaterThanOrEqual((call?.at ?? 0) + 1500);
    expect(started.output()).toContain('shutting down');
    expect(started.output()).not.toContain('stopped before every request finished');
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });

  it("pauses the workspace's reminders when the app is uninstalled", async () => {
    const databaseUrl = tempDatabaseUrl();
    const seed = await openStore(databaseUrl);
    const workspace = { team: 'T0TEST', enterprise: '' };
    await seed.subscriptions.upsert({
      ...workspace,
      channel: 'C0CHAN',
      scope: { kind: 'all' },
      leads: [30, 7],
      hour: 9,
      tz: 'UTC',
      actor: 'U0ASKER',
      now: new Date(),
    });
    await seed.close();

    const standIn = await app.standIn();
    const { started, port } = await app.startHealthy((port) => ({
      ...httpMode(standIn, port),
      DATABASE_URL: databaseUrl,
    }));
    await postEvent(port, 'Ev0GONE', { type: 'app_uninstalled', event_ts: '1.0' });
    started.child.kill('SIGTERM');
    expect((await started.exited).code).toBe(0);
    const after = await openStore(databaseUrl);
    const [sub] = await after.subscriptions.list(workspace);
    await after.close();
    expect(sub).toMatchObject({ status: 'paused', pausedReason: 'app_uninstalled' });
  });

  it('refuses to start without a bot token, naming the variable and where to get it', async () => {
    const started = app.start({
      PORT: String(await freePort()),
      SLACK_SIGNING_SECRET: MAIN_SIGNING_SECRET,
      SLACK_BOT_TOKEN: '',
    });
    const { code } = await started.exited;
    expect(code).toBe(1);
    expect(started.output()).toMatch(/SLACK_BOT_TOKEN is missing.*OAuth & Permissions/);
  });
});
