/**
 * `certdesk reminders run` in OAuth mode (same variables as the app): each workspace's reminders go out
 * with that workspace's token, an expiring token refreshed first; no bot token needed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCertdesk } from '../cli/run-cli-harness.js';
import { PASS_NOW, subscribeToEveryChange } from '../reminders/reminder-fixtures.js';
import { writeReminderCatalog } from '../reminders/support/write-reminder-catalog.js';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  KEY_A,
  type OAuthHarness,
  STATE_SECRET,
  startOAuthHarness,
} from '../slack/oauth-harness.js';
import { createStoreTarget, type StoreTarget } from '../store/store-targets.js';
import { installedToken } from '../support/slack-stand-in.js';

describe('certdesk reminders run in OAuth mode', () => {
  let target: StoreTarget;
  let h: OAuthHarness;

  beforeEach(async () => {
    target = await createStoreTarget('sqlite');
    h = await startOAuthHarness({ url: target.url });
  });
  afterEach(async () => {
    await h.close();
    await target.cleanup();
  });

  it("posts with each workspace's own token, refreshing an expiring one first", async () => {
    await h.install('T0AAA');
    await h.install('T0ROT', { rotating: true });
    await subscribeToEveryChange(h.store, [
      ['T0AAA', 'CT0AAA'],
      ['T0ROT', 'CT0ROT'],
    ]);
    const env = {
      DATABASE_URL: target.url,
      CATALOG_DIR: writeReminderCatalog(join(mkdtempSync(join(tmpdir(), 'certdesk-cat-')), 'catalog')),
      SLACK_API_URL: h.standIn.apiUrl,
      SLACK_CLIENT_ID: CLIENT_ID,
      SLACK_CLIENT_SECRET: CLIENT_SECRET,
      SLACK_STATE_SECRET: STATE_SECRET,
      CERTDESK_ENCRYPTION_KEY: KEY_A,
    };
    const r = await runCertdesk(['reminders', 'run', '--now', PASS_NOW.toISOString(), '--json'], { env });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { channels: { channel: string; outcome: string }[] };
    expect(report.channels.map((c) => [c.channel, c.outcome]).sort()).toEqual([
      ['CT0AAA', 'sent'],
      ['CT0ROT', 'sent'],
    ]);
    const posts = h.standIn.callsTo('chat.postMessage');
    for (const c of posts) {
      const team = String(c.body.channel).slice(1);
      if (team === 'T0AAA') expect(c.headers.authorization).toBe(`Bearer ${installedToken('T0AAA')}`);
      else expect(c.headers.authorization).toMatch(/^Bearer xoxe\.xoxb-refreshed-\d+$/);
    }
    expect(new Set(posts.map((c) => c.body.channel))).toEqual(new Set(['CT0AAA', 'CT0ROT']));
    expect(h.standIn.callsTo('oauth.v2.access').filter((c) => c.body.grant_type === 'refresh_token')).toHaveLength(1);
  });
});
