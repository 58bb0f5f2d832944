/**
 * src/main.ts as a real process: starts from the environment, serves health, and on SIGTERM stops taking
 * requests, finishes the one in flight and exits 0 within 10 seconds.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { signSlackRequest } from '../support/sign-slack-request.js';
import { type SlackStandIn, startSlackStandIn } from '../support/slack-stand-in.js';
import { SIGNING_SECRET } from './harness.js';

const REPO = new URL('../../', import.meta.url).pathname;

function tempDatabaseUrl(): string {
  return `sqlite:${join(mkdtempSync(join(tmpdir(), 'certdesk-main-')), 'certdesk.db')}`;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; at: number }>;
}

function startMain(env: Record<string, string>): Started {
  // node --import tsx (not `npx tsx`, whose wrapper process would stand between the signal and the app).
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: REPO,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      SLACK_APP_TOKEN: '',
      LOG_LEVEL: 'info',
      CERTDESK_TICK_SECONDS: '1', // reminder passes run (over no subscriptions) while the app works
      DATABASE_URL: tempDatabaseUrl(),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.on('exit', (code) => resolve({ code, at: Date.now() })),
  );
  return { child, output: () => out, exited };
}

async function waitForHealth(port: number, deadline = Date.now() + 20_000): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the app did not become healthy');
}

/** The environment of main in HTTP mode on `port`, its Web API pointed at the stand-in. */
function httpMode(standIn: SlackStandIn, port: number): Record<string, string> {
  return {
    PORT: String(port),
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: standIn.apiUrl,
  };
}

/** Delivers one Events API event to the app on `port`, signed as Slack signs it. */
function postEvent(port: number, eventId: string, event: Record<string, unknown>): Promise<Response> {
  const body = JSON.stringify({
    type: 'event_callback',
    team_id: 'T0TEST',
    api_app_id: 'A0APP',
    event_id: eventId,
    event_time: 1764000000,
    event,
  });
  return fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signSlackRequest(SIGNING_SECRET, body) },
    body,
  });
}

describe('the app process', () => {
  let standIn: SlackStandIn | undefined;
  let started: Started | undefined;
  afterEach(async () => {
    started?.child.kill('SIGKILL');
    await standIn?.close();
  });

  it('on SIGTERM finishes the reply in flight, then exits 0 within 10 seconds', async () => {
    standIn = await startSlackStandIn();
    standIn.on('chat.postMessage', (c) => ({ delayMs: 1500, body: { ok: true, channel: c.body.channel, ts: '1.1' } }));
    const port = await freePort();
    started = startMain(httpMode(standIn, port));
    await waitForHealth(port);
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

    standIn = await startSlackStandIn();
    const port = await freePort();
    started = startMain({ ...httpMode(standIn, port), DATABASE_URL: databaseUrl });
    await waitForHealth(port);
    await postEvent(port, 'Ev0GONE', { type: 'app_uninstalled', event_ts: '1.0' });
    started.child.kill('SIGTERM');
    expect((await started.exited).code).toBe(0);
    const after = await openStore(databaseUrl);
    const [sub] = await after.subscriptions.list(workspace);
    await after.close();
    expect(sub).toMatchObject({ status: 'paused', pausedReason: 'app_uninstalled' });
  });

  it('refuses to start without a bot token, naming the variable and where to get it', async () => {
    started = startMain({ PORT: String(await freePort()), SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: '' });
    const { code } = await started.exited;
    expect(code).toBe(1);
    expect(started.output()).toMatch(/SLACK_BOT_TOKEN is missing.*OAuth & Permissions/);
  });
});
