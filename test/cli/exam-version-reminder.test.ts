/**
 * A channel reminder for an exam-version change, end to end through `certdesk reminders run` on the
 * shipped catalog: CySA+ exam CS0-003 retires on 2026-12-22 (content sources in
 * catalog/credentials/cysa-plus.yaml). The reminder names the exam code, says the certification goes on,
 * is posted once and fits Block Kit.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateMessage } from '../support/block-kit-validator.js';
import { type SlackStandIn, startSlackStandIn } from '../support/slack-stand-in.js';
import { runCertdesk } from './run-cli-harness.js';

describe('an exam-version reminder through certdesk reminders run', () => {
  let dir: string;
  let slack: SlackStandIn;
  let env: Record<string, string>;
  const run = (args: string[], now: Date) => runCertdesk(['reminders', ...args], { env, now });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'certdesk-version-'));
    slack = await startSlackStandIn();
    env = {
      DATABASE_URL: `sqlite:${join(dir, 'certdesk.db')}`,
      SLACK_BOT_TOKEN: 'xoxb-cli-test',
      SLACK_API_URL: slack.apiUrl,
    };
  });
  afterEach(async () => {
    await slack.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('CS0-003 retiring: a 7-day reminder to a channel following CySA+, once', async () => {
    const added = await run(
      ['add', '--team', 'T1', '--channel', 'C1', '--only', 'cysa-plus', '--lead', '7'],
      new Date('2026-12-01T12:00:00Z'),
    );
    expect(added.code).toBe(0);
    const r = await run(['run', '--now', '2026-12-15T09:00:00Z', '--json'], new Date('2026-12-15T09:00:00Z'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).channels[0]).toMatchObject({ channel: 'C1', outcome: 'sent' });
    const posts = slack.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    const post = posts[0];
    const text = JSON.stringify(post?.body.blocks);
    expect(text).toContain('CS0-003');
    expect(text).toContain('CS0-004');
    expect(validateMessage({ text: String(post?.body.text), blocks: post?.body.blocks as unknown[] })).toEqual([]);
    const again = await run(['run', '--now', '2026-12-15T09:30:00Z'], new Date('2026-12-15T09:30:00Z'));
    expect(again.code).toBe(0);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });
});
