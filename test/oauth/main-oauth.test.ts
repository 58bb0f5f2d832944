/**
 * src/main.ts as a real process in OAuth mode: installs a workspace through /slack/install and the
 * callback (oauth.v2.access answered by the stand-in), answers it with its own token, deletes the
 * installation on app_uninstalled, and refuses to start in OAuth mode next to a bot or app token.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { freePort, MAIN_SIGNING_SECRET, postEvent, tempDatabaseUrl } from '../support/run-main.js';
import { installedToken, type SlackStandIn } from '../support/slack-stand-in.js';
import { useMainProcesses } from '../support/use-main-processes.js';
import { beginInstall, oauthCallback } from '../support/walk-oauth-install.js';

const KEY = randomBytes(32).toString('base64');

function oauthMode(standIn: SlackStandIn, port: number, databaseUrl: string): Record<string, string> {
  return {
    PORT: String(port),
    SLACK_BOT_TOKEN: '',
    SLACK_SIGNING_SECRET: MAIN_SIGNING_SECRET,
    SLACK_API_URL: standIn.apiUrl,
    SLACK_CLIENT_ID: '1111.2222',
    SLACK_CLIENT_SECRET: 'client-secret-main',
    SLACK_STATE_SECRET: 'state-secret-main-0123456789abcdef0123',
    CERTDESK_ENCRYPTION_KEY: KEY,
    DATABASE_URL: databaseUrl,
  };
}

describe('the app process in OAuth mode', () => {
  const app = useMainProcesses();

  it('installs, answers with the workspace token, and forgets the installation on uninstall', async () => {
    const standIn = await app.standIn();
    const databaseUrl = tempDatabaseUrl();
    const { started, port } = await app.startHealthy((port) => oauthMode(standIn, port, databaseUrl));
    const base = `http://127.0.0.1:${port}`;
    const { state, cookie, page } = await beginInstall(base);
    expect(page.status).toBe(200);
    const done = await oauthCallback(base, { code: 'code-T0TEST', state }, cookie);
    expect(done.status).toBe(200);

    await postEvent(port, 'Ev0ASK', {
      type: 'app_mention',
      user: 'U0ASKER',
      text: '<@UBOT> what is aaism',
      ts: '1764000100.000100',
      channel: 'C0CHAN',
      event_ts: '1764000100.000100',
    });
    const [answer] = await standIn.waitFor('chat.postMessage', 1, 20_000);
    expect(answer?.headers.authorization).toBe(`Bearer ${installedToken('T0TEST')}`);

    await postEvent(port, 'Ev0GONE', { type: 'app_uninstalled', event_ts: '1.0' });
    started.child.kill('SIGTERM');
    expect((await started.exited).code).toBe(0);
    const after = await openStore(databaseUrl);
    const left = await after.installations.list();
    const removals = await after.workspaces.list();
    await after.close();
    expect(left).toEqual([]);
    expect(removals).toEqual([expect.objectContaining({ team: 'T0TEST', reason: 'app_uninstalled' })]);
    expect(started.output()).not.toContain(installedToken('T0TEST'));
  });

  it('refuses to start with a bot token or an app token alongside, saying why', async () => {
    const standIn = await app.standIn();
    for (const [extra, message] of [
      [{ SLACK_BOT_TOKEN: 'xoxb-1' }, /SLACK_BOT_TOKEN is set together with SLACK_CLIENT_ID/],
      [
        { SLACK_APP_TOKEN: 'xapp-1' },
        /SLACK_APP_TOKEN is set together with SLACK_CLIENT_ID — OAuth mode runs over HTTP only/,
      ],
      [{ CERTDESK_ENCRYPTION_KEY: '' }, /CERTDESK_ENCRYPTION_KEY is missing/],
    ] as const) {
      const started = app.start({ ...oauthMode(standIn, await freePort(), tempDatabaseUrl()), ...extra });
      expect((await started.exited).code).toBe(1);
      expect(started.output()).toMatch(message);
    }
  });
});
