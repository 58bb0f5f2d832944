/**
 * The real app in OAuth mode (HTTP, install flow on), over a real SQLite or PostgreSQL store, its Web
 * API (oauth.v2.access, auth.test, chat.postMessage) pointed at the Slack stand-in; installs walked
 * the way a browser walks them, events signed the way Slack signs them.
 */
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/log/create-logger.js';
import type { InstallationService } from '../../src/oauth/create-installation-service.js';
import { createInstallations, createInstaller } from '../../src/oauth/create-oauth-parts.js';
import { createSlackApp, type SlackApp } from '../../src/slack/create-app.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { signSlackRequest } from '../support/sign-slack-request.js';
import { type SlackStandIn, startSlackStandIn } from '../support/slack-stand-in.js';
import { slashCommandForm } from '../support/slash-command-form.js';
import { beginInstall, oauthCallback } from '../support/walk-oauth-install.js';
import { catalogIndex, NOW, SIGNING_SECRET } from './harness.js';

export const CLIENT_ID = '1111.2222';
export const CLIENT_SECRET = 'client-secret-0123456789abcdef';
export const STATE_SECRET = 'state-secret-0123456789abcdef0123456789';
export const KEY_A = randomBytes(32).toString('base64');
export const KEY_B = randomBytes(32).toString('base64');

export interface OAuthHarness {
  base: string;
  standIn: SlackStandIn;
  store: Store;
  slack: SlackApp;
  installations: InstallationService;
  logs: Record<string, unknown>[];
  /** GET /slack/install: the state (from the cookie Bolt sets) and the page. */
  begin(): Promise<{ state: string; cookie: string; page: Response }>;
  /** The callback Slack redirects the browser to. */
  callback(query: Record<string, string>, cookie?: string): Promise<Response>;
  /** begin + callback with code `code-TEAM` (suffix `-rotating` for token rotation). */
  install(team: string, opts?: { rotating?: boolean }): Promise<Response>;
  event(team: string, event: Record<string, unknown>, envelope?: Record<string, unknown>): Promise<Response>;
  /** A signed `/cert TEXT` from a person in TEAM, in channel C{TEAM}. */
  command(team: string, text: string): Promise<Response>;
  close(): Promise<void>;
}

export async function startOAuthHarness(opts: {
  url: string;
  encryption?: { key: string; previousKey?: string };
  standIn?: SlackStandIn;
}): Promise<OAuthHarness> {
  const standIn = opts.standIn ?? (await startSlackStandIn());
  const logs: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const log = createLogger({ level: 'debug', destination });
  const store = await openStore(opts.url);
  const oauth = { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, stateSecret: STATE_SECRET };
  const installations = createInstallations({
    oauth,
    encryption: { key: opts.encryption?.key ?? KEY_A, previousKey: opts.encryption?.previousKey },
    store,
    log,
    slackApiUrl: standIn.apiUrl,
    holder: `test-${randomBytes(3).toString('hex')}`,
  });
  const slack = createSlackApp(
    {
      botToken: undefined,
      mode: { kind: 'http', signingSecret: SIGNING_SECRET },
      port: 0,
      slackApiUrl: standIn.apiUrl,
      installer: createInstaller(oauth, installations, store),
    },
    {
      index: await catalogIndex(),
      now: () => NOW,
      log,
      dedup: store.eventDedup,
      ready: async () => ({ ok: true }),
      store,
      admins: [],
      onUninstall: async (workspace, reason) => {
        await installations.removeBot(workspace, reason);
      },
      onUserTokensRevoked: async (workspace, userIds) => {
        await installations.removeUserTokens(workspace, userIds);
      },
    },
  );
  const { port } = await slack.start();
  const base = `http://127.0.0.1:${port}`;

  const begin = () => beginInstall(base);
  const callback = (query: Record<string, string>, cookie?: string) => oauthCallback(base, query, cookie);

  return {
    base,
    standIn,
    store,
    slack,
    installations,
    logs,
    begin,
    callback,
    async install(team, o = {}) {
      const { state, cookie } = await begin();
      return callback({ code: `code-${team}${o.rotating ? '-rotating' : ''}`, state }, cookie);
    },
    event(team, event, envelope = {}) {
      const body = JSON.stringify({
        token: 'verification-token',
        team_id: team,
        api_app_id: 'A0APP',
        event,
        type: 'event_callback',
        event_id: `Ev${randomBytes(5).toString('hex').toUpperCase()}`,
        event_time: 1764000000,
        authorizations: [
          { enterprise_id: null, team_id: team, user_id: 'UBOT', is_bot: true, is_enterprise_install: false },
        ],
        is_ext_shared_channel: false,
        ...envelope,
      });
      return fetch(`${base}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signSlackRequest(SIGNING_SECRET, body) },
        body,
      });
    },
    command(team, text) {
      const body = slashCommandForm({
        team_id: team,
        team_domain: team.toLowerCase(),
        channel_id: `C${team}`,
        text,
        response_url: standIn.responseUrl(`command-${team}`),
      });
      return fetch(`${base}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...signSlackRequest(SIGNING_SECRET, body) },
        body,
      });
    },
    async close() {
      await slack.stop(1000);
      await store.close();
      if (!opts.standIn) await standIn.close();
    },
  };
}
