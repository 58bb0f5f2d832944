/**
 * OAuth mode end to end, on SQLite and PostgreSQL: Bolt's install flow against the Slack stand-in
 * (oauth.v2.access and auth.test answered by it), installations sealed in the database (read back raw:
 * no token in clear), two workspaces side by side each answered and reminded with its own token, and
 * the callback refusing a forged, foreign or replayed state.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackPoster } from '../../src/reminders/create-slack-poster.js';
import { runReminderPass } from '../../src/reminders/run-reminder-pass.js';
import { NOTICES } from '../../src/slack/notices.js';
import { PASS_NOW, reminderCatalog, subscribeToEveryChange } from '../reminders/reminder-fixtures.js';
import { createStoreTarget, STORE_KINDS, type StoreTarget, TEST_PG_URL } from '../store/store-targets.js';
import { validateMessage } from '../support/block-kit-validator.js';
import { installedToken, type RecordedCall } from '../support/slack-stand-in.js';
import { CLIENT_ID, CLIENT_SECRET, type OAuthHarness, startOAuthHarness } from './oauth-harness.js';

const mention = (text: string) => ({
  type: 'app_mention',
  user: 'U0ASKER',
  text,
  ts: '1764000100.000100',
  channel: 'C0CHAN',
  event_ts: '1764000100.000100',
});

const bearer = (c: RecordedCall) => String(c.headers.authorization ?? c.body.token ?? '');

/** Every byte the database holds for the app, as text: the SQLite files, or every row of every table. */
async function rawDatabase(target: StoreTarget): Promise<string> {
  if (target.kind === 'sqlite') {
    const file = target.url.slice('sqlite:'.length);
    const dir = dirname(file);
    return readdirSync(dir)
      .map((f) => readFileSync(join(dir, f)).toString('latin1'))
      .join('\n');
  }
  const schema = /search_path=([\w]+)/.exec(decodeURIComponent(target.url))?.[1];
  const c = new pg.Client({ connectionString: TEST_PG_URL });
  await c.connect();
  try {
    const tables = await c.query<{ table_name: string }>(
      'select table_name from information_schema.tables where table_schema = $1',
      [schema],
    );
    const out: string[] = [];
    for (const t of tables.rows) {
      const rows = await c.query(`select * from ${schema}."${t.table_name}"`);
      out.push(JSON.stringify(rows.rows));
    }
    return out.join('\n');
  } finally {
    await c.end();
  }
}

describe.each(STORE_KINDS)('OAuth install flow on %s', (kind) => {
  let target: StoreTarget;
  let h: OAuthHarness;

  beforeEach(async () => {
    target = await createStoreTarget(kind);
    h = await startOAuthHarness({ url: target.url });
  });
  afterEach(async () => {
    await h.close();
    await target.cleanup();
  });

  it('installs through /slack/install and the callback, exchanging the code with oauth.v2.access', async () => {
    const { state, page } = await h.begin();
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`client_id=${CLIENT_ID}`);
    expect(html).toContain(`state=${encodeURIComponent(state).replace(/%2E/g, '.')}`);
    expect(decodeURIComponent(html)).toContain('scope=app_mentions:read,channels:read,chat:write,commands');

    const done = await h.install('T0AAA');
    expect(done.status).toBe(200);
    const [exchange] = h.standIn.callsTo('oauth.v2.access');
    expect(exchange?.body).toMatchObject({ code: 'code-T0AAA', client_id: CLIENT_ID, client_secret: CLIENT_SECRET });
    expect(bearer(h.standIn.callsTo('auth.test')[0] as RecordedCall)).toContain(installedToken('T0AAA'));

    const row = await h.store.installations.get({ team: 'T0AAA', enterprise: '' });
    expect(row).toMatchObject({ team: 'T0AAA', enterprise: '', isEnterpriseInstall: false });
    expect(await h.installations.botToken({ team: 'T0AAA', enterprise: '' })).toBe(installedToken('T0AAA'));
  });

  it('keeps no token, refresh token or secret in clear in the database', async () => {
    await h.install('T0AAA');
    await h.install('T0BBB', { rotating: true });
    expect(await h.store.installations.list()).toHaveLength(2);
    const raw = await rawDatabase(target);
    expect(raw).toContain('T0AAA');
    for (const secret of [
      installedToken('T0AAA'),
      'xoxb-T0AAA',
      'xoxp-T0AAA-user-secret',
      'xoxe.xoxb-T0BBB-rotating-secret',
      'xoxe-1-T0BBB-first-refresh',
      'installed-secret',
      'rotating-secret',
      'xoxb-',
      'xoxp-',
      'xoxe',
    ]) {
      expect(raw, secret).not.toContain(secret);
    }
  });

  it('answers and reminds two workspaces side by side, each with its own token', async () => {
    await h.install('T0AAA');
    await h.install('T0BBB');
    await h.event('T0AAA', mention('<@UBOT> what is aaism'));
    await h.event('T0BBB', mention('<@UBOT> what is aaia'));
    const answers = await h.standIn.waitFor('chat.postMessage', 2);
    const byToken = new Map(answers.map((c) => [bearer(c), c]));
    expect(byToken.get(`Bearer ${installedToken('T0AAA')}`)?.body.text).toMatch(/AAISM/);
    expect(byToken.get(`Bearer ${installedToken('T0BBB')}`)?.body.text).toMatch(/AAIA/);
    for (const c of answers) expect(validateMessage(c.body as { text: string; blocks?: unknown[] })).toEqual([]);

    await subscribeToEveryChange(h.store, [
      ['T0AAA', 'CT0AAA'],
      ['T0BBB', 'CT0BBB'],
    ]);
    const report = await runReminderPass({
      store: h.store,
      catalog: reminderCatalog(),
      now: PASS_NOW,
      poster: createSlackPoster({
        tokenFor: (ws) => h.installations.botToken(ws),
        slackApiUrl: h.standIn.apiUrl,
      }),
      holder: 'test-pass',
      logger: { debug() {}, info() {}, warn() {}, error() {} },
    });
    expect(report.channels.map((c) => [c.channel, c.outcome]).sort()).toEqual([
      ['CT0AAA', 'sent'],
      ['CT0BBB', 'sent'],
    ]);
    const reminders = h.standIn.callsTo('chat.postMessage').filter((c) => String(c.body.channel).startsWith('CT0'));
    expect(reminders.length).toBeGreaterThanOrEqual(2);
    for (const c of reminders) {
      const team = String(c.body.channel).slice(1);
      expect(bearer(c)).toBe(`Bearer ${installedToken(team)}`);
      expect(validateMessage(c.body as { text: string; blocks?: unknown[] })).toEqual([]);
    }
  });

  it("apologises in the thread with that workspace's own token when Slack refuses an answer", async () => {
    await h.install('T0AAA');
    await h.install('T0BBB');
    let refused = false;
    h.standIn.on('chat.postMessage', (c) => {
      if (!refused && bearer(c) === `Bearer ${installedToken('T0BBB')}`) {
        refused = true;
        return { body: { ok: false, error: 'msg_blocks_too_long' } };
      }
      return { body: { ok: true, channel: c.body.channel, ts: '9.9' } };
    });
    await h.event('T0BBB', mention('<@UBOT> what is aaism'));
    const [, apology] = await h.standIn.waitFor('chat.postMessage', 2);
    expect(bearer(apology as RecordedCall)).toBe(`Bearer ${installedToken('T0BBB')}`);
    expect(apology?.body).toMatchObject({
      channel: 'C0CHAN',
      thread_ts: '1764000100.000100',
      text: NOTICES.replyFailed,
    });
    expect(h.logs.find((l) => l.msg === 'a Slack listener failed')).toMatchObject({
      slackError: 'msg_blocks_too_long',
    });
  });

  it("files each workspace's /cert remind under that workspace, not the first one seen", async () => {
    await h.install('T0AAA');
    await h.install('T0BBB');
    for (const team of ['T0AAA', 'T0BBB']) expect((await h.command(team, 'remind aaism')).status).toBe(200);
    await h.slack.idle();
    for (const team of ['T0AAA', 'T0BBB']) {
      const subs = await h.store.subscriptions.list({ team, enterprise: '' });
      expect(subs.map((s) => [s.channel, s.scope])).toEqual([[`C${team}`, { kind: 'credentials', ids: ['aaism'] }]]);
    }
  });

  it('does not answer a workspace that never installed, and says why in the log', async () => {
    await h.event('T0NONE', mention('<@UBOT> what is aaism'));
    await h.slack.idle();
    expect(h.standIn.callsTo('chat.postMessage')).toEqual([]);
    expect(JSON.stringify(h.logs)).toMatch(/not installed in workspace T0NONE/);
  });

  it('refuses a forged, foreign, missing or replayed state with 400, and installs nothing', async () => {
    const { state, cookie } = await h.begin();
    const forged = `${state.split('.')[0]}.AAAA`;
    expect((await h.callback({ code: 'code-T0BAD', state: forged }, `slack-app-oauth-state=${forged}`)).status).toBe(
      400,
    );
    // A state issued to another browser (no cookie, or another cookie).
    expect((await h.callback({ code: 'code-T0BAD', state })).status).toBe(400);
    const other = await h.begin();
    expect((await h.callback({ code: 'code-T0BAD', state }, other.cookie)).status).toBe(400);
    expect((await h.callback({ code: 'code-T0BAD' }, cookie)).status).toBe(400);
    expect(h.standIn.callsTo('oauth.v2.access')).toEqual([]);

    expect((await h.callback({ code: 'code-T0AAA', state }, cookie)).status).toBe(200);
    // The same callback again (a replay within the cookie's 10 minutes): the state was consumed.
    expect((await h.callback({ code: 'code-T0EVIL', state }, cookie)).status).toBe(400);
    expect(h.standIn.callsTo('oauth.v2.access')).toHaveLength(1);
    expect((await h.store.installations.list()).map((r) => r.team)).toEqual(['T0AAA']);
  });
});
