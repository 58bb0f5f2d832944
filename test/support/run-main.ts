/**
 * src/main.ts as a real child process (node --import tsx, so signals reach the app itself), with helpers
 * to wait for it, find a free port and deliver signed requests as Slack does.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signSlackRequest } from './sign-slack-request.js';
import type { SlackStandIn } from './slack-stand-in.js';

const REPO = new URL('../../', import.meta.url).pathname;
export const MAIN_SIGNING_SECRET = 'test-signing-secret-0123456789';

export function tempDatabaseUrl(): string {
  return `sqlite:${join(mkdtempSync(join(tmpdir(), 'certdesk-main-')), 'certdesk.db')}`;
}

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; at: number }>;
}

export function startMain(env: Record<string, string>): Started {
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

export async function waitForHealth(port: number, deadline = Date.now() + 60_000): Promise<void> {
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

/** Resolves once `text` appears in the process's output. */
export async function waitForOutput(started: Started, text: string | RegExp, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const found = () => (typeof text === 'string' ? started.output().includes(text) : text.test(started.output()));
  while (!found()) {
    if (Date.now() > deadline) throw new Error(`no "${String(text)}" in the output:\n${started.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The environment of main in HTTP mode on `port`, its Web API pointed at the stand-in. */
export function httpMode(standIn: SlackStandIn, port: number): Record<string, string> {
  return {
    PORT: String(port),
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: MAIN_SIGNING_SECRET,
    SLACK_API_URL: standIn.apiUrl,
  };
}

/** Delivers one Events API event to the app on `port`, signed as Slack signs it. */
export function postEvent(port: number, eventId: string, event: Record<string, unknown>): Promise<Response> {
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
    headers: { 'content-type': 'application/json', ...signSlackRequest(MAIN_SIGNING_SECRET, body) },
    body,
  });
}

/** Delivers a form-encoded request (a slash command, or `payload=` for interactivity), signed. */
export function postForm(port: number, form: Record<string, string>): Promise<Response> {
  const body = new URLSearchParams(form).toString();
  return fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...signSlackRequest(MAIN_SIGNING_SECRET, body) },
    body,
  });
}
