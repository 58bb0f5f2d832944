/**
 * No token, secret or request signature reaches the logs, end to end: the real process (src/main.ts) at
 * LOG_LEVEL=debug, so Bolt and the Web API client log bodies and calls too, goes through each step below,
 * and the whole of its stdout and stderr is then searched for every configured secret value and for
 * anything token- or signature-shaped.
 *
 * Each step is one entry in STEPS: a new flow (the OAuth install, for one) is a new entry.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/answer/utc-day.js';
import { secretValues } from '../../src/config.js';
import { subscribe } from '../../src/reminders/subscribe.js';
import { openStore } from '../../src/store/open-store.js';
import { LONG_AGO } from '../reminders/reminder-fixtures.js';
import { writeReminderCatalog } from '../reminders/support/write-reminder-catalog.js';
import { freePort, type Started, startMain, tempDatabaseUrl, waitForHealth } from '../support/run-main.js';
import { signSlackRequest } from '../support/sign-slack-request.js';
import { type SlackStandIn, startSlackStandIn } from '../support/slack-stand-in.js';

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

function slashCommand(ctx: Context, text: string): string {
  return new URLSearchParams({
    token: 'verification-token-never-logged',
    team_id: 'T1',
    team_domain: 'test',
    channel_id: 'C1',
    channel_name: 'general',
    user_id: 'U0ASKER',
    user_name: 'asker',
    command: '/cert',
    text,
    api_app_id: 'A0APP',
    response_url: ctx.slack.responseUrl('hostile'),
    trigger_id: '111.222.abc',
  }).toString();
}

const STEPS: { name: string; run: (ctx: Context) => Promise<void> }[] = [
  {
    name: 'a reminder pass, one channel posted and one refused by a Slack that echoes the token back',
    async run(ctx) {
      await ctx.slack.waitFor('chat.postMessage', 2, 30_000);
      const deadline = Date.now() + 20_000;
      while (!/reminder posted/.test(ctx.app.output()) || !/refused|cannot post/i.test(ctx.app.output())) {
        if (Date.now() > deadline) throw new Error(`no reminder pass in the output:\n${ctx.app.output()}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  },
  {
    name: 'a hostile slash command carrying tokens, the signing secret and control sequences',
    async run(ctx) {
      const text = `cissp ${BOT_TOKEN} ${SIGNING_SECRET} ${PASTED.join(' ')} <!channel> <@U123> Bearer abc.def`;
      const body = slashCommand(ctx, text);
      const res = await postRaw(ctx, body, sign(ctx, body), FORM);
      expect(res.status).toBe(200);
      const event = JSON.stringify({
        type: 'event_callback',
        token: 'verification-token-never-logged',
        team_id: 'T1',
        api_app_id: 'A0APP',
        event_id: 'Ev0HOSTILE',
        event_time: 1764000000,
        event: {
          type: 'app_mention',
          user: 'U0ASKER',
          channel: 'C1',
          ts: '1764000000.000100',
          text: `<@UBOT> ${text}`,
        },
      });
      expect((await postRaw(ctx, event, sign(ctx, event))).status).toBe(200);
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
  const ctx = { signatures: [] as string[] } as unknown as Context;
  let env: Record<string, string>;

  beforeAll(async () => {
    ctx.slack = await startSlackStandIn();
    ctx.slack.on('chat.postMessage', (c) =>
      c.body.channel === 'C2'
        ? { body: { ok: false, error: 'invalid_auth', detail: `refused ${String(c.headers.authorization)}` } }
        : { body: { ok: true, channel: c.body.channel, ts: `${c.at / 1000}` } },
    );
    const databaseUrl = tempDatabaseUrl();
    const store = await openStore(databaseUrl);
    for (const channel of ['C1', 'C2']) {
      await subscribe(store, {
        team: 'T1',
        enterprise: '',
        channel,
        scope: { kind: 'all' },
        actor: 'U1',
        now: LONG_AGO,
      });
    }
    await store.close();
    ctx.port = await freePort();
    env = {
      PORT: String(ctx.port),
      LOG_LEVEL: 'debug',
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: ctx.slack.apiUrl,
      DATABASE_URL: databaseUrl,
      CATALOG_DIR: writeReminderCatalog(join(mkdtempSync(join(tmpdir(), 'certdesk-cat-')), 'catalog'), {
        mlsDate: MLS_DATE,
      }),
    };
    ctx.app = startMain(env);
    await waitForHealth(ctx.port);
  }, 90_000);

  afterAll(async () => {
    ctx.app?.child.kill('SIGKILL');
    await ctx.slack?.close();
  });

  it('hold no token, secret or signature after every step', async () => {
    for (const step of STEPS) {
      await step.run(ctx).catch((err: unknown) => {
        throw new Error(`step "${step.name}" failed: ${String(err)}`);
      });
    }
    ctx.app.child.kill('SIGTERM');
    expect((await ctx.app.exited).code).toBe(0);
    const output = ctx.app.output();

    // The steps were logged (at debug, with the bodies), and something had to be taken out.
    expect(output).toMatch(/reminder posted/);
    expect(output).toContain('[redacted]');
    const secrets = [...new Set([...secretValues(env), BOT_TOKEN, SIGNING_SECRET, ...PASTED])];
    expect(secrets.length).toBeGreaterThanOrEqual(4);
    for (const secret of secrets) expect(output, secret).not.toContain(secret);
    for (const signature of ctx.signatures) expect(output).not.toContain(signature.slice(3));
    expect(output.match(/\b(xox[a-z]|xapp)-(?!\[redacted\])[\w-]+/g) ?? []).toEqual([]);
    expect(output.match(/[0-9a-f]{64}/gi) ?? []).toEqual([]);
    expect(output).not.toContain('verification-token-never-logged');
  }, 120_000);
});
