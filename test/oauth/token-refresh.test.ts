/**
 * Token rotation, on SQLite and PostgreSQL: an installation whose bot token expires within the hour
 * is refreshed (oauth.v2.access, grant_type=refresh_token, answered by the stand-in) before it is used,
 * by the reminder scheduler of two replicas sharing the database (refreshed once, both posting with
 * the new token) and by a request (the answer goes out with the new token, Bolt refreshing nothing).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInstallations } from '../../src/oauth/create-oauth-parts.js';
import { createReminderService } from '../../src/reminders/create-reminder-service.js';
import { createSlackPoster } from '../../src/reminders/create-slack-poster.js';
import { subscribe } from '../../src/reminders/subscribe.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { LONG_AGO, PASS_NOW, reminderCatalog } from '../reminders/reminder-fixtures.js';
import { CLIENT_ID, CLIENT_SECRET, KEY_A, type OAuthHarness, startOAuthHarness } from '../slack/oauth-harness.js';
import { createStoreTarget, STORE_KINDS, type StoreTarget } from '../store/store-targets.js';
import type { RecordedCall } from '../support/slack-stand-in.js';

const WS = { team: 'T0ROT', enterprise: '' };
const silent = { debug() {}, info() {}, warn() {}, error() {} };
const bearer = (c: RecordedCall) => String(c.headers.authorization ?? '');

describe.each(STORE_KINDS)('token rotation on %s', (kind) => {
  let target: StoreTarget;
  let h: OAuthHarness;
  const opened: Store[] = [];

  beforeEach(async () => {
    target = await createStoreTarget(kind);
    h = await startOAuthHarness({ url: target.url });
    expect((await h.install('T0ROT', { rotating: true })).status).toBe(200);
  });
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
    await h.close();
    await target.cleanup();
  });

  const refreshes = () => h.standIn.callsTo('oauth.v2.access').filter((c) => c.body.grant_type === 'refresh_token');

  /** A replica: its own connection, installation service and reminder scheduler. */
  async function replica(name: string) {
    const store = await openStore(target.url);
    opened.push(store);
    const installations = createInstallations({
      oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
      encryption: { key: KEY_A, previousKey: undefined },
      store,
      log: silent,
      slackApiUrl: h.standIn.apiUrl,
      holder: name,
    });
    return createReminderService({
      store,
      catalog: reminderCatalog(),
      poster: createSlackPoster({ tokenFor: (ws) => installations.botToken(ws), slackApiUrl: h.standIn.apiUrl }),
      logger: silent,
      tickSeconds: 60,
      holder: name,
    });
  }

  it('is refreshed once by the schedulers of two replicas, which both post with the new token', async () => {
    for (const channel of ['C1', 'C2', 'C3', 'C4', 'C5', 'C6']) {
      await subscribe(h.store, { ...WS, channel, scope: { kind: 'all' }, actor: 'U1', now: LONG_AGO });
    }
    // Slack takes its time over the refresh, so both replicas want the token while it is under way.
    const answer = h.standIn;
    const original = refreshHandler();
    answer.on('oauth.v2.access', async (c) => ({ ...(await original(c)), delayMs: 300 }));
    const [a, b] = [await replica('replica-a'), await replica('replica-b')];
    const [ra, rb] = await Promise.all([a.runPass(PASS_NOW), b.runPass(PASS_NOW)]);

    expect(refreshes()).toHaveLength(1);
    expect(refreshes()[0]?.body).toMatchObject({
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      refresh_token: 'xoxe-1-T0ROT-first-refresh',
    });
    // Both replicas posted, so both needed the token while the refresh was under way.
    expect(ra.channels.some((c) => c.outcome === 'sent')).toBe(true);
    expect(rb.channels.some((c) => c.outcome === 'sent')).toBe(true);
    const sent = [...ra.channels, ...rb.channels].filter((c) => c.outcome === 'sent').map((c) => c.channel);
    expect(sent.sort()).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6']);
    const posts = h.standIn.callsTo('chat.postMessage');
    const tokens = new Set(posts.map(bearer));
    expect(tokens.size).toBe(1);
    expect([...tokens][0]).toMatch(/^Bearer xoxe\.xoxb-refreshed-\d+$/);
    const row = await h.store.installations.get(WS);
    expect(row?.botExpiresAt?.getTime()).toBeGreaterThan(Date.now() + 11 * 3600_000);
    expect(await h.installations.botToken(WS)).toBe([...tokens][0]?.slice('Bearer '.length));
  });

  it('is refreshed before a request is answered, and Bolt refreshes nothing itself', async () => {
    await h.event('T0ROT', {
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> what is aaism',
      ts: '1764000100.000100',
      channel: 'C1',
      event_ts: '1764000100.000100',
    });
    const [answer] = await h.standIn.waitFor('chat.postMessage', 1);
    expect(refreshes()).toHaveLength(1);
    expect(bearer(answer as RecordedCall)).toMatch(/^Bearer xoxe\.xoxb-refreshed-\d+$/);
    // Two more requests: the fresh token lasts 12 hours.
    await h.event('T0ROT', {
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> aaia',
      ts: '2.1',
      channel: 'C1',
      event_ts: '2.1',
    });
    await h.standIn.waitFor('chat.postMessage', 2);
    expect(refreshes()).toHaveLength(1);
  });
});

/** The stand-in's own oauth.v2.access answer, to wrap with a delay. */
function refreshHandler() {
  let n = 1000;
  return async (c: RecordedCall) => {
    if (c.body.grant_type !== 'refresh_token') return { body: { ok: false, error: 'invalid_code' } };
    n++;
    return {
      body: {
        ok: true,
        token_type: 'bot',
        access_token: `xoxe.xoxb-refreshed-${n}`,
        refresh_token: `xoxe-1-refresh-${n}`,
        expires_in: 43_200,
      },
    };
  };
}
