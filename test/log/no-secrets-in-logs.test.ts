/**
 * No token, secret or request signature reaches the logs, end to end: the real process (src/main.ts) at
 * LOG_LEVEL=debug, so Bolt and the Web API client log bodies and calls too, goes through each step below,
 * and the whole of its stdout and stderr is then searched for every configured secret value and for
 * anything token- or signature-shaped.
 *
 * Each step is one entry in STEPS (single-workspace mode, a bot token in the environment) or OAUTH_STEPS
 * (OAuth mode: installs, a refused state, requests and reminders with each workspace's issued token, a
 * token refresh, an uninstall): a new flow is a new entry in the list of the mode it runs in.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/answer/utc-day.js';
import { secretValues } from '../../src/config.js';
import { openStore } from '../../src/store/open-store.js';
import { subscribeToEveryChange } from '../reminders/reminder-fixtures.js';
import { writeReminderCatalog } from '../reminders/support/write-reminder-catalog.js';
import { freePort, type Started, startMain, tempDatabaseUrl, waitForHealth } from '../support/run-main.js';
import { signSlackRequest } from '../support/sign-slack-request.js';
import { installedToken, oauthAccessHandler, type SlackStandIn, startSlackStandIn } from '../support/slack-stand-in.js';
import { slashCommandForm } from '../support/slash-command-form.js';
import {
  beginInstall as beginBrowserInstall,
  oauthCallback as browserCallback,
} from '../support/walk-oauth-install.js';

const BOT_TOKEN = 'xoxb-4242-8484-BotTokenNeverLogged';
const SIGNING_SECRET = 'signing-secret-never-logged-5f3a9c';
/** Other credentials a hostile user pastes into a question. */
const PASTED = ['xoxp-1111-2222-UserTokenNeverLogged', 'xapp-1-A0APP-3333-AppTokenNeverLogged'];
/** MLS-C01 retires 20 days from today: its 30-day reminder is due now, whatever today is. */
const MLS_DATE = addDays(new Date().toISOString().slice(0, 10), 20);

interface Context {
  port: number;
  slack: SlackStandIn;
  app: Started;
  /** The environment the process runs with. */
  env: Record<string, string>;
  /** Every x-slack-signature this test sent, valid ones included. */
  signatures: string[];
}

function sign(ctx: Context, body: string, secret = SIGNING_SECRET, timestamp?: number): Record<string, string> {
  const headers = signSlackRequest(secret, body, timestamp);
  ctx.signatures.push(headers['x-slack-signature'] ?? '');
  return headers;
}

function postRaw(ctx: Context, body: string, headers: Record<string, string>, type = 'application/json') {
  return fetch(`http://127.0.0.1:${ctx.port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': type, ...headers },
    body,
  });
}

const FORM = 'application/x-www-form-urlencoded';

function slashCommand(ctx: Context, text: string, team = 'T1'): string {
  return slashCommandForm({
    token: 'verification-token-never-logged',
    team_id: team,
    channel_id: 'C1',
    text,
    response_url: ctx.slack.responseUrl('hostile'),
  });
}

type Step = { name: string; run: (ctx: Context) => Promise<void> };

/** Runs every step, then stops the process (cleanly) and returns the whole of its stdout and stderr. */
async function runSteps(ctx: Context, steps: readonly Step[]): Promise<string> {
  for (const step of steps) {
    await step.run(ctx).catch((err: unknown) => {
      throw new Error(`step "${step.name}" failed: ${String(err)}\n${ctx.app.output().slice(-4000)}`);
    });
  }
  ctx.app.child.kill('SIGTERM');
  expect((await ctx.app.exited).code).toBe(0);
  return ctx.app.output();
}

/** The greps: no secret value, no signature sent, nothing token- or HMAC-shaped left unmasked. */
function expectNoSecrets(output: string, secretList: readonly string[], signatures: readonly string[]): void {
  // The steps were logged (at debug, with the bodies), and something had to be taken out.
  expect(output).toContain('[redacted]');
  const secrets = [...new Set(secretList)];
  expect(secrets.length).toBeGreaterThanOrEqual(4);
  for (const secret of secrets) expect(output, secret).not.toContain(secret);
  expect(signatures.length).toBeGreaterThan(0);
  for (const signature of signatures) expect(output).not.toContain(signature.slice(3));
  expect(output.match(/\b(xox[a-z]|xapp)-(?!\[redacted\])[\w-]+/g) ?? []).toEqual([]);
  expect(output.match(/[0-9a-f]{64}/gi) ?? []).toEqual([]);
  expect(output).not.toContain('verification-token-never-logged');
}

/** Resolves once `done` holds (polled), or fails naming `what`. */
async function until(what: string, done: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function eventBody(team: string, eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    type: 'event_callback',
    token: 'verification-token-never-logged',
    team_id: team,
    api_app_id: 'A0APP',
    event_id: eventId,
    event_time: 1764000000,
    event,
  });
}

/** `text` as a signed /cert command and as a signed mention in `channel` of `team`: both accepted. */
async function sendHostile(ctx: Context, text: string, team: string, channel: string): Promise<void> {
  const body = slashCommand(ctx, text, team);
  const res = await postRaw(ctx, body, sign(ctx, body), FORM);
  expect(res.status).toBe(200);
  const event = eventBody(team, 'Ev0HOSTILE', {
    type: 'app_mention',
    user: 'U0ASKER',
    channel,
    ts: '1764000000.000100',
    text: `<@UBOT> ${text}`,
  });
  expect((await postRaw(ctx, event, sign(ctx, event))).status).toBe(200);
}

/**
 * The suite's real process at LOG_LEVEL=debug, started before its test and killed after: `places`
 * subscribed to every change (MLS-C01's reminder is due now), and a Slack stand-in (set up further by
 * `setUp`) that refuses every post to C2 echoing the bearer token back. `modeEnv` picks the mode.
 */
function useLoggedApp(opts: {
  places: readonly (readonly [team: string, channel: string])[];
  modeEnv: Record<string, string>;
  setUp?: (slack: SlackStandIn) => void;
}): Context {
  const ctx = { signatures: [] as string[] } as unknown as Context;
  beforeAll(async () => {
    ctx.slack = await startSlackStandIn();
    opts.setUp?.(ctx.slack);
    ctx.slack.on('chat.postMessage', (c) =>
      c.body.channel === 'C2'
        ? { body: { ok: false, error: 'invalid_auth', detail: `refused ${String(c.headers.authorization)}` } }
        : { body: { ok: true, channel: c.body.channel, ts: `${c.at / 1000}` } },
    );
    const databaseUrl = tempDatabaseUrl();
    const store = await openStore(databaseUrl);
    await subscribeToEveryChange(store, opts.places);
    await store.close();
    ctx.port = await freePort();
    ctx.env = {
      PORT: String(ctx.port),
      LOG_LEVEL: 'debug',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      ...opts.modeEnv,
      SLACK_API_URL: ctx.slack.apiUrl,
      DATABASE_URL: databaseUrl,
      CATALOG_DIR: writeReminderCatalog(join(mkdtempSync(join(tmpdir(), 'certdesk-cat-')), 'catalog'), {
        mlsDate: MLS_DATE,
      }),
    };
    ctx.app = startMain(ctx.env);
    await waitForHealth(ctx.port);
  }, 90_000);

  afterAll(async () => {
    ctx.app?.child.kill('SIGKILL');
    await ctx.slack?.close();
  });
  return ctx;
}

const STEPS: Step[] = [
  {
    name: 'a reminder pass, one channel posted and one refused by a Slack that echoes the token back',
    async run(ctx) {
      await ctx.slack.waitFor('chat.postMessage', 2, 30_000);
      await until(
        'a reminder pass in the output',
        () => /reminder posted/.test(ctx.app.output()) && /refused|cannot post/i.test(ctx.app.output()),
      );
    },
  },
  {
    name: 'a hostile slash command carrying tokens, the signing secret and control sequences',
    async run(ctx) {
      const text = `cissp ${BOT_TOKEN} ${SIGNING_SECRET} ${PASTED.join(' ')} <!channel> <@U123> Bearer abc.def`;
      await sendHostile(ctx, text, 'T1', 'C1');
      await ctx.slack.waitFor('chat.postMessage', 3 + 1, 20_000);
      const bad = slashCommand(ctx, `remind every ${BOT_TOKEN} ${PASTED[0]}`);
      expect((await postRaw(ctx, bad, sign(ctx, bad), FORM)).status).toBe(200);
    },
  },
  {
    name: 'forged, stale and oversized requests',
    async run(ctx) {
      const body = slashCommand(ctx, `aaism ${BOT_TOKEN}`);
      const forged = await postRaw(ctx, body, sign(ctx, body, 'not-the-signing-secret'), FORM);
      const staleAt = Math.floor(Date.now() / 1000) - 6 * 60;
      const stale = await postRaw(ctx, body, sign(ctx, body, SIGNING_SECRET, staleAt), FORM);
      const big = JSON.stringify({ type: 'event_callback', token: BOT_TOKEN, padding: 'x'.repeat(1024 * 1024) });
      const oversized = await postRaw(ctx, big, sign(ctx, big));
      expect([forged.status, stale.status, oversized.status]).toEqual([401, 401, 413]);
    },
  },
];

describe('the logs of the real process', () => {
  const ctx = useLoggedApp({
    places: [
      ['T1', 'C1'],
      ['T1', 'C2'],
    ],
    modeEnv: { SLACK_BOT_TOKEN: BOT_TOKEN },
  });

  it('hold no token, secret or signature after every step', async () => {
    const output = await runSteps(ctx, STEPS);
    expect(output).toMatch(/reminder posted/);
    expectNoSecrets(output, [...secretValues(ctx.env), BOT_TOKEN, SIGNING_SECRET, ...PASTED], ctx.signatures);
  }, 120_000);
});

// ---- OAuth mode: many workspaces, each with the token Slack issued it at install ----

const CLIENT_SECRET = 'client-secret-never-logged-7c1e0b';
const STATE_SECRET = 'state-secret-never-logged-0123456789abcdef';
const KEY = randomBytes(32).toString('base64');
const KEY_PREVIOUS = randomBytes(32).toString('base64');
/** Token rotation on: its first token expires within the hour, so the reminder pass refreshes it first. */
const ROTATING = 'T0ROT';
/** What the stand-in's oauth.v2.access issues (slack-stand-in.ts oauthAccessHandler): never configured. */
const ISSUED = [
  installedToken('T0TEST'),
  'xoxp-T0TEST-user-secret',
  `xoxe.xoxb-${ROTATING}-rotating-secret`,
  `xoxe-1-${ROTATING}-first-refresh`,
  `xoxp-${ROTATING}-user-secret`,
  'xoxe.xoxb-refreshed-1',
  'xoxe-1-refresh-1',
];

function base(ctx: Context): string {
  return `http://127.0.0.1:${ctx.port}`;
}

/** GET /slack/install, as a browser: the state Bolt put in the page's cookie. */
async function beginInstall(ctx: Context): Promise<{ state: string; cookie: string }> {
  const { state, cookie, page } = await beginBrowserInstall(base(ctx));
  expect(page.status).toBe(200);
  return { state, cookie };
}

function oauthCallback(ctx: Context, query: Record<string, string>, cookie?: string): Promise<Response> {
  return browserCallback(base(ctx), query, cookie);
}

const bearerOf = (ctx: Context, method: string, channel: string) =>
  ctx.slack
    .callsTo(method)
    .filter((c) => c.body.channel === channel)
    .map((c) => String(c.headers.authorization));

const OAUTH_STEPS: Step[] = [
  {
    name: 'the install flow: two workspaces (one with token rotation); forged, missing and replayed states refused',
    async run(ctx) {
      const first = await beginInstall(ctx);
      expect((await oauthCallback(ctx, { code: 'code-T0TEST', state: first.state }, first.cookie)).status).toBe(200);
      const replayed = await oauthCallback(ctx, { code: 'code-T0EVIL', state: first.state }, first.cookie);
      const other = await beginInstall(ctx);
      const forged = `${other.state.split('.')[0]}.${CLIENT_SECRET}`;
      const forgedAnswer = await oauthCallback(ctx, { code: 'code-T0EVIL', state: forged }, `${other.cookie}x`);
      const missing = await oauthCallback(ctx, { code: 'code-T0EVIL' }, other.cookie);
      expect([replayed.status, forgedAnswer.status, missing.status]).toEqual([400, 400, 400]);
      const rotating = await beginInstall(ctx);
      const done = await oauthCallback(
        ctx,
        { code: `code-${ROTATING}-rotating`, state: rotating.state },
        rotating.cookie,
      );
      expect(done.status).toBe(200);
      // Only the two good callbacks reached Slack, with the client secret in the body.
      const exchanges = ctx.slack.callsTo('oauth.v2.access');
      expect(exchanges.map((c) => c.body.code)).toEqual(['code-T0TEST', `code-${ROTATING}-rotating`]);
      expect(exchanges[0]?.body.client_secret).toBe(CLIENT_SECRET);
    },
  },
  {
    name: "a reminder pass with each workspace's token, the rotating one refreshed first, and a Slack that echoes it",
    async run(ctx) {
      await until('reminders posted in C1, C2 and C3', () =>
        ['C1', 'C2', 'C3'].every((c) => bearerOf(ctx, 'chat.postMessage', c).length > 0),
      );
      expect(bearerOf(ctx, 'chat.postMessage', 'C1')[0]).toBe(`Bearer ${installedToken('T0TEST')}`);
      expect(bearerOf(ctx, 'chat.postMessage', 'C3')[0]).toBe('Bearer xoxe.xoxb-refreshed-1');
      const refreshes = ctx.slack.callsTo('oauth.v2.access').filter((c) => c.body.grant_type === 'refresh_token');
      expect(refreshes.map((c) => c.body.refresh_token)).toEqual([`xoxe-1-${ROTATING}-first-refresh`]);
      await until('the pass logged', () => /reminder posted/.test(ctx.app.output()));
    },
  },
  {
    name: 'a hostile slash command and mention in an installed workspace, answered with its token',
    async run(ctx) {
      const pasted = [...ISSUED, CLIENT_SECRET, STATE_SECRET, KEY, KEY_PREVIOUS, SIGNING_SECRET].join(' ');
      const text = `cissp ${pasted} ${PASTED.join(' ')} <!channel> <@U123> Bearer abc.def`;
      await sendHostile(ctx, text, 'T0TEST', 'C9');
      await until('the mention answered', () => bearerOf(ctx, 'chat.postMessage', 'C9').length > 0);
      expect(bearerOf(ctx, 'chat.postMessage', 'C9')[0]).toBe(`Bearer ${installedToken('T0TEST')}`);
      // A reminder command: the app looks its workspace up (auth.test) with the installed token.
      const before = ctx.slack.callsTo('auth.test').length;
      const bad = slashCommand(ctx, `remind every ${installedToken('T0TEST')} ${CLIENT_SECRET}`, 'T0TEST');
      expect((await postRaw(ctx, bad, sign(ctx, bad), FORM)).status).toBe(200);
      await until('auth.test with the installed token', () =>
        ctx.slack
          .callsTo('auth.test')
          .slice(before)
          .some((c) => c.headers.authorization === `Bearer ${installedToken('T0TEST')}`),
      );
    },
  },
  {
    name: "forged and stale signatures on an installed workspace's command",
    async run(ctx) {
      const body = slashCommand(ctx, `aaism ${installedToken('T0TEST')}`, 'T0TEST');
      const forged = await postRaw(ctx, body, sign(ctx, body, CLIENT_SECRET), FORM);
      const staleAt = Math.floor(Date.now() / 1000) - 6 * 60;
      const stale = await postRaw(ctx, body, sign(ctx, body, SIGNING_SECRET, staleAt), FORM);
      expect([forged.status, stale.status]).toEqual([401, 401]);
    },
  },
  {
    name: 'app_uninstalled removes the installation',
    async run(ctx) {
      const event = eventBody('T0TEST', 'Ev0GONE', { type: 'app_uninstalled', event_ts: '1764000001.000100' });
      expect((await postRaw(ctx, event, sign(ctx, event))).status).toBe(200);
      await until('the removal logged', () => /installation removed/.test(ctx.app.output()));
    },
  },
];

describe('the logs of the real process in OAuth mode', () => {
  const ctx = useLoggedApp({
    // Subscribed before the install: passes until then find no token and retry the next tick.
    places: [
      ['T0TEST', 'C1'],
      ['T0TEST', 'C2'],
      [ROTATING, 'C3'],
    ],
    modeEnv: {
      SLACK_BOT_TOKEN: '',
      SLACK_CLIENT_ID: '1111.2222',
      SLACK_CLIENT_SECRET: CLIENT_SECRET,
      SLACK_STATE_SECRET: STATE_SECRET,
      CERTDESK_ENCRYPTION_KEY: KEY,
      CERTDESK_ENCRYPTION_KEY_PREVIOUS: KEY_PREVIOUS,
    },
    // A Slack that echoes what it was sent: the refresh answer carries the refresh token and the client
    // secret in its warnings (which the Web API client logs), every post to C2 the bearer token.
    setUp(slack) {
      const exchange = oauthAccessHandler();
      slack.on('oauth.v2.access', async (c) => {
        const reply = await exchange(c);
        if (c.body.grant_type !== 'refresh_token') return reply;
        const echoed = `[ERROR] refused ${String(c.body.refresh_token)} ${String(c.body.client_secret)}`;
        return { body: { ...(reply.body as object), response_metadata: { messages: [echoed] } } };
      });
    },
  });

  it('hold no secret, issued token, encryption key or signature after every step', async () => {
    const output = await runSteps(ctx, OAUTH_STEPS);
    expect(output).toMatch(/"oauth":true/);
    expect(output).toMatch(/bot token refreshed/);
    const keyForms = [KEY, KEY_PREVIOUS].flatMap((k) => {
      const raw = Buffer.from(k, 'base64');
      return [k, raw.toString('base64url'), raw.toString('hex')];
    });
    const secrets = [...secretValues(ctx.env), CLIENT_SECRET, STATE_SECRET, SIGNING_SECRET, ...keyForms, ...ISSUED];
    expect(secrets).toEqual(expect.arrayContaining([CLIENT_SECRET, STATE_SECRET, KEY, KEY_PREVIOUS]));
    expectNoSecrets(output, [...secrets, ...PASTED], ctx.signatures);
    // Slack's echo of the refresh reached the process's own (scrubbing) logger, not the console.
    expect(output).toMatch(/"module":"installations","msg":"refused xoxe-\[redacted\] \[redacted\]"/);
  }, 60_000);
});
