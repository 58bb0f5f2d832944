import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_DATABASE_URL, parseBaseConfig, parseConfig } from '../src/config.js';

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('parseConfig', () => {
  it('selects Socket Mode when an app token is given', () => {
    const c = parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(c.mode).toEqual({ kind: 'socket', appToken: 'xapp-1', signingSecret: undefined });
    expect(c.port).toBe(3000);
    expect(c.logLevel).toBe('info');
    expect(c.databaseUrl).toBe(DEFAULT_DATABASE_URL);
    expect(c.tickSeconds).toBe(60);
    expect(c.database).toEqual({ connectTimeoutMs: 2000, statementTimeoutMs: 2000, poolSize: 10, busyTimeoutMs: 2000 });
  });

  it('reads the database timeouts and pool size, and names a bad one', () => {
    const c = parseBaseConfig({
      DATABASE_CONNECT_TIMEOUT_MS: '500',
      DATABASE_STATEMENT_TIMEOUT_MS: '1500',
      DATABASE_POOL_SIZE: '4',
      DATABASE_BUSY_TIMEOUT_MS: '0',
    });
    expect(c.database).toEqual({ connectTimeoutMs: 500, statementTimeoutMs: 1500, poolSize: 4, busyTimeoutMs: 0 });
    expect(problemsOf(() => parseBaseConfig({ DATABASE_POOL_SIZE: 'lots' }))[0]).toMatch(/^DATABASE_POOL_SIZE .*1–100/);
  });

  it('selects HTTP mode with a signing secret', () => {
    const c = parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'shh', PORT: '8080' });
    expect(c.mode).toEqual({ kind: 'http', signingSecret: 'shh' });
    expect(c.port).toBe(8080);
  });

  it('names every missing variable and where to get it', () => {
    const problems = problemsOf(() => parseConfig({}));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^SLACK_BOT_TOKEN is missing — .*OAuth & Permissions/);
    expect(problems[1]).toMatch(/SLACK_APP_TOKEN \(Socket Mode\) or SLACK_SIGNING_SECRET \(HTTP mode\) is missing/);
  });

  it('treats blank variables as unset', () => {
    expect(problemsOf(() => parseConfig({ SLACK_BOT_TOKEN: '  ', SLACK_APP_TOKEN: 'xapp-1' }))).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN is missing/),
    ]);
  });

  it('names malformed variables and the form they take', () => {
    const problems = problemsOf(() =>
      parseConfig({
        SLACK_BOT_TOKEN: 'xoxp-user-token',
        SLACK_APP_TOKEN: 'xapp-1',
        PORT: '70000',
        LOG_LEVEL: 'loud',
        SLACK_API_URL: 'ftp://slack.example',
        CERTDESK_ADMINS: 'U012ABC, not-a-user',
        CERTDESK_TICK_SECONDS: '0',
      }),
    );
    for (const name of [
      'SLACK_BOT_TOKEN',
      'PORT',
      'LOG_LEVEL',
      'SLACK_API_URL',
      'CERTDESK_ADMINS',
      'CERTDESK_TICK_SECONDS',
    ])
      expect(problems.some((p) => p.startsWith(`${name} `))).toBe(true);
    expect(problems.find((p) => p.startsWith('SLACK_BOT_TOKEN'))).toMatch(/must start with xoxb-/);
  });
});

describe('parseBaseConfig', () => {
  it('needs no Slack credentials (the CLI) and parses the admins list', () => {
    const c = parseBaseConfig({ CERTDESK_ADMINS: 'U012ABC, W034DEF,', CATALOG_DIR: '/tmp/cat' });
    expect(c.admins).toEqual(['U012ABC', 'W034DEF']);
    expect(c.catalogDir).toBe('/tmp/cat');
  });
});

describe('OAuth mode (many workspaces)', () => {
  const KEY = Buffer.alloc(32, 7).toString('base64');
  const OLD_KEY = Buffer.alloc(32, 9).toString('base64');
  const OAUTH = {
    SLACK_CLIENT_ID: '1111.2222',
    SLACK_CLIENT_SECRET: 'client-secret',
    SLACK_STATE_SECRET: 's'.repeat(32),
    SLACK_SIGNING_SECRET: 'shh',
    CERTDESK_ENCRYPTION_KEY: KEY,
  };

  it('runs over HTTP with no bot token, exposing the client secrets and keys', () => {
    const c = parseConfig({ ...OAUTH, CERTDESK_ENCRYPTION_KEY_PREVIOUS: OLD_KEY });
    expect(c.mode).toEqual({ kind: 'http', signingSecret: 'shh' });
    expect(c.botToken).toBeUndefined();
    expect(c.oauth).toEqual({ clientId: '1111.2222', clientSecret: 'client-secret', stateSecret: 's'.repeat(32) });
    expect(c.encryption).toEqual({ key: KEY, previousKey: OLD_KEY });
  });

  it('leaves single-workspace mode as it was', () => {
    const c = parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'shh' });
    expect(c.oauth).toBeUndefined();
    expect(c.encryption).toBeUndefined();
  });

  it('refuses to start without a valid encryption key, naming the variable', () => {
    const { CERTDESK_ENCRYPTION_KEY: _k, ...noKey } = OAUTH;
    expect(problemsOf(() => parseConfig(noKey))).toEqual([
      expect.stringMatching(/^CERTDESK_ENCRYPTION_KEY is missing — OAuth mode keeps .*openssl rand -base64 32/),
    ]);
    for (const bad of ['short', Buffer.alloc(16).toString('base64'), `${KEY}!`]) {
      expect(problemsOf(() => parseConfig({ ...OAUTH, CERTDESK_ENCRYPTION_KEY: bad }))).toEqual([
        expect.stringMatching(/^CERTDESK_ENCRYPTION_KEY must be 32 bytes in base64/),
      ]);
    }
    expect(problemsOf(() => parseConfig({ ...OAUTH, CERTDESK_ENCRYPTION_KEY_PREVIOUS: 'nope' }))).toEqual([
      expect.stringMatching(/^CERTDESK_ENCRYPTION_KEY_PREVIOUS must be 32 bytes in base64/),
    ]);
  });

  it('refuses a bot token or an app token alongside, and says why', () => {
    expect(problemsOf(() => parseConfig({ ...OAUTH, SLACK_BOT_TOKEN: 'xoxb-1' }))).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN is set together with SLACK_CLIENT_ID — OAuth mode takes each workspace/),
    ]);
    expect(problemsOf(() => parseConfig({ ...OAUTH, SLACK_APP_TOKEN: 'xapp-1' }))).toEqual([
      expect.stringMatching(/^SLACK_APP_TOKEN is set together with SLACK_CLIENT_ID — OAuth mode runs over HTTP only/),
    ]);
    const { SLACK_SIGNING_SECRET: _s, ...noSecret } = OAUTH;
    expect(problemsOf(() => parseConfig(noSecret))).toEqual([
      expect.stringMatching(/^SLACK_SIGNING_SECRET is missing/),
    ]);
  });

  it('names the OAuth variables missing when only some are set', () => {
    expect(
      problemsOf(() =>
        parseConfig({ SLACK_CLIENT_ID: '1.2', SLACK_SIGNING_SECRET: 'x', CERTDESK_ENCRYPTION_KEY: KEY }),
      ),
    ).toEqual([
      expect.stringMatching(/^SLACK_CLIENT_SECRET is missing — OAuth mode needs all of/),
      expect.stringMatching(/^SLACK_STATE_SECRET is missing — OAuth mode needs all of/),
    ]);
    expect(problemsOf(() => parseConfig({ ...OAUTH, SLACK_STATE_SECRET: 'short' }))[0]).toMatch(
      /^SLACK_STATE_SECRET must be at least 32 characters/,
    );
  });
});
