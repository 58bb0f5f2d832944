/**
 * The real app process on PostgreSQL through a TCP proxy the test can cut, stall and restore: the
 * database is never a reason to lose an answer, the app starts without it, and stops cleanly during
 * a stall.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { createStoreTarget, type StoreTarget } from '../store/store-targets.js';
import {
  freePort,
  httpMode,
  postEvent,
  postForm,
  type Started,
  startMain,
  waitForHealth,
} from '../support/run-main.js';
import { type SlackStandIn, startSlackStandIn } from '../support/slack-stand-in.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';

const PG = new URL(process.env.CERTDESK_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test');

const mention = (text: string, ts: string) => ({
  type: 'app_mention',
  user: 'U0ASKER',
  text: `<@UBOT> ${text}`,
  ts,
  channel: 'C0CHAN',
});
const dm = (text: string, ts: string) => ({
  type: 'message',
  channel_type: 'im',
  user: 'U0ASKER',
  text,
  ts,
  channel: 'D0ASKER',
});

async function readyz(port: number): Promise<{ status: number; body: { ok: boolean; reason?: string } }> {
  const res = await fetch(`http://127.0.0.1:${port}/readyz`);
  return { status: res.status, body: (await res.json()) as { ok: boolean; reason?: string } };
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('the app with PostgreSQL behind a proxy', () => {
  let target: StoreTarget;
  let proxy: TcpProxy;
  let slack: SlackStandIn;
  let started: Started | undefined;
  let port: number;

  beforeEach(async () => {
    target = await createStoreTarget('postgres');
    proxy = await startTcpProxy({ host: PG.hostname, port: Number(PG.port || 5432) });
    slack = await startSlackStandIn();
    port = await freePort();
  });
  afterEach(async () => {
    started?.child.kill('SIGKILL');
    await proxy.close();
    await slack.close();
    await target.cleanup();
  });

  const start = (
    timeouts: Record<string, string> = { DATABASE_CONNECT_TIMEOUT_MS: '500', DATABASE_STATEMENT_TIMEOUT_MS: '800' },
  ) => {
    started = startMain({ ...httpMode(slack, port), DATABASE_URL: proxy.via(target.url), ...timeouts });
    return started;
  };

  const remind = async (text: string, id: string) => {
    const sentAt = Date.now();
    const res = await postForm(port, {
      team_id: 'T0TEST',
      channel_id: 'C0CHAN',
      user_id: 'U0ASKER',
      command: '/cert',
      text,
      api_app_id: 'A0APP',
      response_url: slack.responseUrl(id),
      trigger_id: '111.222.abc',
    });
    return { status: res.status, ms: Date.now() - sentAt, text: res.status === 200 ? await res.text() : '' };
  };

  const subscriptions = async () => {
    const store = await openStore(target.url, { migrate: false });
    try {
      return await store.subscriptions.list({ team: 'T0TEST', enterprise: '' });
    } finally {
      await store.close();
    }
  };

  it('starts with the database down: answers, /readyz 503, then connects and migrates when it appears', async () => {
    proxy.cut();
    const app = start();
    await waitForHealth(port);
    const before = await readyz(port);
    expect(before.status).toBe(503);
    expect(before.body.reason).toMatch(/store: the database is not connected yet/);

    expect((await postEvent(port, 'EvDOWN1', mention('what is aaism', '1.0'))).status).toBe(200);
    expect((await postEvent(port, 'EvDOWN2', dm('aaism vs aaia', '2.0'))).status).toBe(200);
    const replies = await slack.waitFor('chat.postMessage', 2, 30_000);
    expect(replies.map((c) => c.body.channel).sort()).toEqual(['C0CHAN', 'D0ASKER']);
    expect(app.output()).toContain('event deduplication unavailable');
    expect(app.output()).toContain('database unavailable: retrying with backoff');

    proxy.restore();
    await until(async () => (await readyz(port)).status === 200, 40_000);
    expect(app.output()).toContain('store connected, migrations applied');
    const store = await openStore(target.url, { migrate: false });
    expect(await store.migrate()).toEqual([]); // the app applied them all
    await store.close();

    app.child.kill('SIGTERM');
    expect((await app.exited).code).toBe(0);
  }, 120_000);

  it('answers every mention and DM while the database is cut or stalled; SIGTERM during a stall exits 0', async () => {
    const app = start();
    await waitForHealth(port);
    await until(async () => (await readyz(port)).status === 200, 40_000);

    proxy.cut();
    for (let i = 0; i < 4; i++) await postEvent(port, `EvCUT${i}`, mention(`what is aaism ${i}`, `1${i}.0`));
    for (let i = 0; i < 4; i++) await postEvent(port, `EvCUTDM${i}`, dm('what is aaia', `2${i}.0`));
    await slack.waitFor('chat.postMessage', 8, 30_000);

    proxy.restore();
    await until(async () => (await readyz(port)).status === 200, 40_000);
    proxy.stall();
    await postEvent(port, 'EvSTALL', mention('what is aaism', '30.0'));
    await slack.waitFor('chat.postMessage', 9, 30_000);
    expect((await readyz(port)).status).toBe(503);

    const signalledAt = Date.now();
    app.child.kill('SIGTERM');
    const { code, at } = await app.exited;
    expect(code, app.output()).toBe(0);
    expect(at - signalledAt).toBeLessThan(10_000);
  }, 120_000);

  it('/cert remind with the database cut says the store is unavailable, in words fitting what was asked', async () => {
    const app = start();
    await waitForHealth(port);
    await until(async () => (await readyz(port)).status === 200, 40_000);
    proxy.cut();
    const list = await remind('remind list', 'list');
    expect(list.status).toBe(200);
    expect(list.text).toContain('so I cannot show this channel’s reminders');
    expect(list.text).not.toContain('changing');
    const set = await remind('remind aaism', 'set');
    expect(set.text).toContain('no reminders were set');
    proxy.restore();
    expect(await subscriptions()).toEqual([]);
    app.child.kill('SIGTERM');
    expect((await app.exited).code).toBe(0);
  }, 120_000);

  it('/cert remind during a stall never says it failed and then commits: it answers within 3 s and reports the outcome', async () => {
    const app = start({});
    await waitForHealth(port);
    await until(async () => (await readyz(port)).status === 200, 40_000);
    proxy.stall();
    const reply = await remind('remind aaism', 'stall');
    expect(reply.status).toBe(200);
    expect(reply.ms).toBeLessThan(3000);
    expect(reply.text).toContain('Working on it');
    const [outcome] = await slack.waitFor('/respond/stall', 1, 20_000);
    const said = JSON.stringify(outcome?.body);
    setTimeout(() => proxy.restore(), 0);
    await new Promise((r) => setTimeout(r, 3000));
    const subs = await subscriptions();
    if (said.includes('Reminders set')) expect(subs).toHaveLength(1);
    else {
      expect(said).toMatch(/cannot tell whether it was saved|no reminders were set/);
      expect(said).not.toContain('something went wrong');
    }
    expect(app.output()).not.toContain('ERR_HTTP_HEADERS_SENT');
    app.child.kill('SIGTERM');
    expect((await app.exited).code).toBe(0);
  }, 120_000);
});
