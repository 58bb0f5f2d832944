/**
 * Enterprise Grid, over the real app on SQLite: an org-wide install is kept under the organization
 * (team ''), answers a workspace of the organization with the org's token, and gives that token to
 * whatever is keyed to the organization (reminders of an org-wide install are); a workspace install
 * inside an enterprise keeps its enterprise id in its key.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type OAuthHarness, startOAuthHarness } from '../slack/oauth-harness.js';
import { createStoreTarget, type StoreTarget } from '../store/store-targets.js';
import type { RecordedCall } from '../support/slack-stand-in.js';

const ORG_TOKEN = 'xoxb-E0ORG-org-secret';
const mention = {
  type: 'app_mention',
  user: 'U1',
  text: '<@UBOT> what is aaism',
  ts: '1.1',
  channel: 'C1',
  event_ts: '1.1',
};

describe('Enterprise Grid installs', () => {
  let target: StoreTarget;
  let h: OAuthHarness;

  beforeEach(async () => {
    target = await createStoreTarget('sqlite');
    h = await startOAuthHarness({ url: target.url });
    h.standIn.on('oauth.v2.access', (c) => {
      const org = c.body.code === 'code-org';
      return {
        body: {
          ok: true,
          app_id: 'A0APP',
          authed_user: { id: 'U0ADMIN' },
          scope: 'chat:write',
          token_type: 'bot',
          access_token: org ? ORG_TOKEN : 'xoxb-T0GRID-ws-secret',
          bot_user_id: 'UBOT',
          team: org ? null : { id: 'T0GRID', name: 'Grid workspace' },
          enterprise: { id: 'E0ORG', name: 'Org' },
          is_enterprise_install: org,
        },
      };
    });
  });
  afterEach(async () => {
    await h.close();
    await target.cleanup();
  });

  const installWith = async (code: string) => {
    const { state, cookie } = await h.begin();
    return h.callback({ code, state }, cookie);
  };

  it('keeps an org-wide install under the organization and answers its workspaces with the org token', async () => {
    expect((await installWith('code-org')).status).toBe(200);
    expect(await h.store.installations.list()).toEqual([
      expect.objectContaining({ team: '', enterprise: 'E0ORG', isEnterpriseInstall: true }),
    ]);
    await h.event('T0ANY', mention, {
      enterprise_id: 'E0ORG',
      authorizations: [
        { enterprise_id: 'E0ORG', team_id: 'T0ANY', user_id: 'UBOT', is_bot: true, is_enterprise_install: true },
      ],
    });
    const [answer] = await h.standIn.waitFor('chat.postMessage', 1);
    expect((answer as RecordedCall).headers.authorization).toBe(`Bearer ${ORG_TOKEN}`);
    // A workspace of the organization, looked up on its own, is served by the org's installation.
    expect(await h.installations.botToken({ team: 'T0ANY', enterprise: 'E0ORG' })).toBe(ORG_TOKEN);
    expect(await h.installations.botToken({ team: '', enterprise: 'E0ORG' })).toBe(ORG_TOKEN);
  });

  it('keys a workspace install inside an enterprise by both ids', async () => {
    expect((await installWith('code-ws')).status).toBe(200);
    expect(await h.store.installations.list()).toEqual([
      expect.objectContaining({ team: 'T0GRID', enterprise: 'E0ORG', isEnterpriseInstall: false }),
    ]);
    expect(await h.installations.botToken({ team: 'T0GRID', enterprise: 'E0ORG' })).toBe('xoxb-T0GRID-ws-secret');
    await expect(h.installations.botToken({ team: 'T0GRID', enterprise: '' })).rejects.toThrow(/not installed/);
  });
});
