import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openStore } from '../../src/store/open-store.js';
import { writeReminderCatalog } from '../reminders/support/write-reminder-catalog.js';
import { validateMessage } from '../support/block-kit-validator.js';
import { type SlackStandIn, startSlackStandIn } from '../support/slack-stand-in.js';
import { runCertdesk } from './run-cli-harness.js';

/** The real dispatcher: bad usage and configuration errors come back as exit status 2 with a message. */
const run = (argv: string[], env: Record<string, string>, now: Date) => runCertdesk(argv, { env, now });

describe('certdesk reminders and db', () => {
  let dir: string;
  let env: Record<string, string>;
  let slack: SlackStandIn;
  const NOW = new Date('2026-11-24T12:00:00Z');
  const reminders = (args: string[], now = NOW) => run(['reminders', ...args], env, now);

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'certdesk-cli-'));
    slack = await startSlackStandIn();
    env = {
      DATABASE_URL: `sqlite:${join(dir, 'db', 'certdesk.db')}`,
      CATALOG_DIR: writeReminderCatalog(join(dir, 'catalog')),
      SLACK_BOT_TOKEN: 'xoxb-cli-test',
      SLACK_API_URL: slack.apiUrl,
    };
  });
  afterEach(async () => {
    await slack.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('db migrate applies the migrations once', async () => {
    const first = await run(['db', 'migrate'], env, NOW);
    expect(first).toMatchObject({ code: 0 });
    const names = Object.keys(MIGRATIONS);
    expect(names.slice(0, 3)).toEqual(['0001-initial', '2026-12-01a-event-ids', '2026-12-01b-delivery-states']);
    expect(first.stdout).toContain(`Applied ${names.length} migrations to the sqlite database: ${names.join(', ')}`);
    const again = await run(['db', 'migrate'], env, NOW);
    expect(again.stdout).toBe('The sqlite database is up to date.\n');
    for (const argv of [['db', 'drop'], ['db']]) {
      const bad = await run(argv, env, NOW);
      expect(bad.code, argv.join(' ')).toBe(2);
      expect(bad.stderr).toMatch(/usage: certdesk db migrate/);
    }
  });

  it('adds subscriptions, updates the same scope, and lists them with their next reminders', async () => {
    const a = await reminders(['add', '--team', 'T1', '--channel', 'C1']);
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(
      /^Subscribed C1 \(T1\) to every dated change: 90, 30, 7 and 1 days before, at 09:00 UTC\. Id: s/,
    );
    const b = await reminders([
      'add',
      '--team',
      'T1',
      '--channel',
      'C1',
      '--lead',
      '30,7',
      '--hour',
      '8',
      '--tz',
      'Europe/Berlin',
    ]);
    expect(b.stdout).toMatch(/^Updated C1 \(T1\) to every dated change: 30 and 7 days before, at 08:00 Europe\/Berlin/);
    await reminders(['add', '--team', 'T1', '--channel', 'C2', '--only', 'MLS-C01,aaism']);
    await reminders(['add', '--team', 'T2', '--channel', 'C9', '--issuer', 'aws']);

    const text = await reminders(['list', '--team', 'T1']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('T1 C1  active');
    expect(text.stdout).toContain('aaism and mls-c01: 90, 30, 7 and 1 days before, at 09:00 UTC');
    expect(text.stdout).not.toContain('C9');

    const json = await reminders(['list', '--json']);
    const listed = JSON.parse(json.stdout) as {
      channel: string;
      scope: unknown;
      next: { credential: string; lead: number; at: string }[];
    }[];
    expect(listed.map((l) => l.channel).sort()).toEqual(['C1', 'C2', 'C9']);
    const c9 = listed.find((l) => l.channel === 'C9');
    expect(c9?.scope).toEqual({ kind: 'issuer', id: 'aws' });
    // Made "now" (12:00 UTC): the first reminders wait for the next 09:00.
    expect(c9?.next[0]).toMatchObject({ at: '2026-11-25T09:00:00.000Z' });
    // C1 now reminds at 08:00 Berlin time (07:00Z).
    expect(text.stdout).toContain('next: 2026-11-25T07:00:00.000Z  SCS-C02 retired 2026-12-01 (7-day reminder)');
  });

  it('refuses bad usage with a one-line reason, the usage and exit status 2', async () => {
    const cases = [
      ['add', '--channel', 'C1'],
      ['add', '--team', 'T1'],
      ['add', '--team', 'T1', '--channel', 'C1', '--only', 'aaism', '--issuer', 'aws'],
      ['add', '--team', 'T1', '--channel', 'C1', '--lead', '30,soon'],
      ['add', '--team', 'T1', '--channel', 'C1', '--hour', '25'],
      ['add', '--team', 'T1', '--channel', 'C1', '--tz', 'Mars/Olympus'],
      ['add', '--team', 'T1', '--channel', 'C1', '--only', 'no-such-cert'],
      ['add', '--team', 'T1', '--channel', 'C1', '--issuer', 'nobody'],
      ['list', '--dry-run'],
      ['run', '--now', 'tomorrow'],
      ['run', '--team', 'T1'],
      ['frobnicate'],
      [],
    ];
    for (const args of cases) {
      const r = await reminders(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^certdesk: .+\nusage: certdesk reminders/);
    }
  });

  it('run --dry-run lists what would be sent and sends nothing', async () => {
    await reminders(['add', '--team', 'T1', '--channel', 'C1'], new Date('2026-11-02T00:00:00Z'));
    const r = await reminders(['run', '--now', '2026-11-24T09:00:00Z', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('C1 (T1): would send 1 message (3 items)');
    expect(r.stdout).toContain(
      'Last day to sit the exam (30-day reminder) · Retires (30-day reminder): Thu 24 Dec 2026, in 30 days',
    );
    expect(r.stdout).toContain('Instead: MLA-C01 (AWS Certified Machine Learning Engineer – Associate)');
    expect(slack.callsTo('chat.postMessage')).toEqual([]);
    const json = JSON.parse((await reminders(['run', '--now', '2026-11-24T09:00:00Z', '--dry-run', '--json'])).stdout);
    expect(json.channels[0]).toMatchObject({ channel: 'C1', outcome: 'would-send' });
    const store = await openStore(env.DATABASE_URL ?? '');
    expect(await store.deliveries.all()).toEqual([]);
    await store.close();
  });

  it('run posts through SLACK_BOT_TOKEN and SLACK_API_URL, once', async () => {
    await reminders(['add', '--team', 'T1', '--channel', 'C1'], new Date('2026-11-02T00:00:00Z'));
    const r = await reminders(['run', '--now', '2026-11-24T09:00:00Z', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.channels[0]).toMatchObject({ channel: 'C1', outcome: 'sent' });
    const [post] = slack.callsTo('chat.postMessage');
    expect(post?.headers.authorization).toBe('Bearer xoxb-cli-test');
    expect(validateMessage({ text: String(post?.body.text), blocks: post?.body.blocks as unknown[] })).toEqual([]);
    const again = await reminders(['run', '--now', '2026-11-24T09:00:00Z']);
    expect(again.stdout).toBe('Nothing due at 2026-11-24T09:00:00.000Z.\n');
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('run without a bot token is a configuration error, unless it is a dry run', async () => {
    const { SLACK_BOT_TOKEN: _, ...noToken } = env;
    env = noToken;
    const r = await reminders(['run']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/SLACK_BOT_TOKEN/);
    expect((await reminders(['run', '--dry-run'])).code).toBe(0);
  });

  it('run exits 1 when a post failed, and says it is retried', async () => {
    await reminders(['add', '--team', 'T1', '--channel', 'C1'], new Date('2026-11-02T00:00:00Z'));
    slack.on('chat.postMessage', () => ({ status: 500, body: 'down' }));
    const r = await reminders(['run', '--now', '2026-11-24T09:00:00Z']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('C1 (T1): Slack failed (http_500); retried after 30 s');
  });

  it('list and run --json count reminders whose post Slack never answered', async () => {
    await reminders(['add', '--team', 'T1', '--channel', 'C1'], new Date('2026-11-02T00:00:00Z'));
    const store = await openStore(env.DATABASE_URL ?? '');
    const [sub] = await store.subscriptions.list({ team: 'T1', enterprise: '' });
    const key = {
      team: 'T1',
      enterprise: '',
      channel: 'C1',
      eventId: 'scs-c03/retired-2026-12-01',
      credentialId: 'scs-c03',
      kind: 'retired' as const,
      date: '2026-12-01',
      lead: 7,
      subscriptionId: sub?.id ?? '',
    };
    const at = new Date('2026-11-24T09:00:00Z');
    await store.deliveries.claim([key], 'gone', at, new Date(at.getTime() + 1000));
    await store.deliveries.markSending([key], 'gone', at, new Date(at.getTime() + 1000));
    await store.close();
    const listed = JSON.parse((await reminders(['list', '--json'])).stdout);
    expect(listed[0]).toMatchObject({ channel: 'C1', unconfirmed: 1 });
    expect((await reminders(['list'])).stdout).toContain('unconfirmed: 1 reminder (Slack never answered the post)');
    const r = await reminders(['run', '--now', '2026-11-24T09:00:00Z', '--json']);
    expect(JSON.parse(r.stdout).unconfirmed).toBe(1);
  });
});
