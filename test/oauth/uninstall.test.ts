/**
 * Losing a workspace, on SQLite and PostgreSQL, through signed events to the real app: app_uninstalled
 * and tokens_revoked delete the installation in either order and when repeated; a user-token-only
 * revocation keeps the bot; the rest stays paused, a reinstall within 30 days resumes it, and it is
 * purged after 30 days (by the scheduler's tick) or at once with `certdesk workspace purge`.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInstallationService } from '../../src/oauth/create-installation-service.js';
import { secretBoxOf } from '../../src/oauth/create-oauth-parts.js';
import { createReminderService } from '../../src/reminders/create-reminder-service.js';
import { createSlackPoster } from '../../src/reminders/create-slack-poster.js';
import { subscribe } from '../../src/reminders/subscribe.js';
import { runCertdesk } from '../cli/run-cli-harness.js';
import { reminderCatalog } from '../reminders/reminder-fixtures.js';
import { KEY_A, type OAuthHarness, startOAuthHarness } from '../slack/oauth-harness.js';
import { createStoreTarget, STORE_KINDS, type StoreTarget } from '../store/store-targets.js';
import { installedToken } from '../support/slack-stand-in.js';

const WS = { team: 'T0AAA', enterprise: '' };
const DAY = 24 * 60 * 60 * 1000;
const uninstalled = { type: 'app_uninstalled', event_ts: '1764000000.000100' };
const botRevoked = { type: 'tokens_revoked', tokens: { bot: ['UBOT'] }, event_ts: '1764000000.000200' };
const userRevoked = { type: 'tokens_revoked', tokens: { oauth: ['U0INSTALLER'] }, event_ts: '1764000000.000300' };
const silent = { debug() {}, info() {}, warn() {}, error() {} };

describe.each(STORE_KINDS)('uninstall on %s', (kind) => {
  let target: StoreTarget;
  let h: OAuthHarness;

  beforeEach(async () => {
    target = await createStoreTarget(kind);
    h = await startOAuthHarness({ url: target.url });
    expect((await h.install('T0AAA')).status).toBe(200);
    await subscribe(h.store, { ...WS, channel: 'C1', scope: { kind: 'all' }, actor: 'U1', now: new Date() });
  });
  afterEach(async () => {
    await h.close();
    await target.cleanup();
  });

  const send = async (event: Record<string, unknown>) => {
    expect((await h.event('T0AAA', event)).status).toBe(200);
    await h.slack.idle();
  };
  const statuses = async () => (await h.store.subscriptions.list(WS)).map((s) => [s.status, s.pausedReason]);

  for (const order of [
    [uninstalled, botRevoked],
    [botRevoked, uninstalled],
  ]) {
    it(`removes the installation on ${order.map((e) => e.type).join(' then ')}, repeated, and keeps the rest paused`, async () => {
      for (const event of [...order, ...order]) await send(event);
      expect(await h.store.installations.get(WS)).toBeUndefined();
      await expect(h.installations.botToken(WS)).rejects.toThrow(/not installed/);
      expect(await statuses()).toEqual([['paused', order[0]?.type]]);
      const removals = await h.store.workspaces.list();
      expect(removals).toEqual([expect.objectContaining({ ...WS, reason: order[0]?.type })]);
      expect(JSON.stringify(h.logs)).not.toMatch(/a Slack listener failed/);
      // A question from the lost workspace goes unanswered.
      await send({ type: 'app_mention', user: 'U1', text: '<@UBOT> aaism', ts: '1.2', channel: 'C1', event_ts: '1.2' });
      expect(h.standIn.callsTo('chat.postMessage')).toEqual([]);
    });
  }

  it('forgets only the user token when tokens_revoked lists user tokens alone', async () => {
    const before = await h.installations.fetch({
      teamId: 'T0AAA',
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    expect(before.user.token).toBe('xoxp-T0AAA-user-secret');
    await send(userRevoked);
    const after = await h.installations.fetch({ teamId: 'T0AAA', enterpriseId: undefined, isEnterpriseInstall: false });
    expect(after.user.token).toBeUndefined();
    expect(after.bot?.token).toBe(installedToken('T0AAA'));
    expect(await statuses()).toEqual([['active', null]]);
    expect(await h.store.workspaces.list()).toEqual([]);
  });

  it('restores the paused subscriptions when the workspace reinstalls within 30 days', async () => {
    await send(uninstalled);
    await send(botRevoked);
    expect(await statuses()).toEqual([['paused', 'app_uninstalled']]);
    expect((await h.install('T0AAA')).status).toBe(200);
    expect(await statuses()).toEqual([['active', null]]);
    expect(await h.store.workspaces.list()).toEqual([]);
    expect(await h.installations.botToken(WS)).toBe(installedToken('T0AAA'));
  });

  it('purges the workspace 30 days after it left, on the scheduler tick, and not before', async () => {
    await send(uninstalled);
    const removedAt = (await h.store.workspaces.list())[0]?.removedAt as Date;
    const later = (days: number) => new Date(removedAt.getTime() + days * DAY);
    const serviceAt = (now: Date) =>
      createInstallationService({
        store: h.store,
        box: secretBoxOf({ key: KEY_A, previousKey: undefined }),
        log: silent,
        holder: 'purger',
        now: () => now,
      });
    expect(await serviceAt(later(29)).purgeExpired()).toEqual([]);
    expect(await h.store.subscriptions.list(WS)).toHaveLength(1);

    const reminders = createReminderService({
      store: h.store,
      catalog: reminderCatalog(),
      poster: createSlackPoster({ tokenFor: async () => 'xoxb-unused', slackApiUrl: h.standIn.apiUrl }),
      logger: silent,
      tickSeconds: 1,
      housekeeping: () => serviceAt(later(31)).purgeExpired(),
    });
    reminders.start();
    try {
      for (let i = 0; i < 100 && (await h.store.workspaces.list()).length > 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await reminders.stop();
    }
    expect(await h.store.workspaces.list()).toEqual([]);
    expect(await h.store.subscriptions.list(WS)).toEqual([]);
    expect(await h.store.subscriptions.changes(WS, { limit: 10 })).toEqual([]);
  });

  it('purges at once with certdesk workspace purge, and refuses while the workspace is installed', async () => {
    const env = { DATABASE_URL: target.url };
    const refused = await runCertdesk(['workspace', 'purge', 'T0AAA'], { env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/T0AAA is still installed; uninstall it first, or pass --force/);
    expect(await h.store.subscriptions.list(WS)).toHaveLength(1);

    await send(uninstalled);
    const purged = await runCertdesk(['workspace', 'purge', 'T0AAA'], { env });
    expect(purged.code).toBe(0);
    expect(purged.stdout).toMatch(/^Purged T0AAA: 1 from subscriptions, \d+ from subscription_changes\.\n$/);
    expect(await h.store.subscriptions.list(WS)).toEqual([]);
    expect(await h.store.workspaces.list()).toEqual([]);
    expect((await runCertdesk(['workspace', 'purge', 'T0AAA'], { env })).stdout).toBe('Nothing was kept for T0AAA.\n');
  });
});
